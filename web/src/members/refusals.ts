import { ApiError } from '../api/client'
import { placeServerError, sentence } from '../auth/errors'

/** A refused grant, placed where the user acts: on the permission or the role the server names. */
export interface Refusal {
  message: string
  byPermission?: Record<string, string>
  onRole?: string
}

/**
 * The server names what it refuses: an escalation names the permission the granter lacks (or the
 * role that would reach sub-accounts), a set missing a requirement names the one that needs it.
 */
export function grantRefusal(error: unknown): Refusal {
  const message = placeServerError(null, error) ?? ''
  if (!(error instanceof ApiError)) return { message }
  const { permission, role, requiredBy } = error.details
  const named = typeof permission === 'string' ? permission : requiredBy
  if (typeof named === 'string')
    return { message, byPermission: { [named]: sentence(error.message) } }
  if (typeof role === 'string') return { message, onRole: sentence(error.message) }
  return { message }
}
