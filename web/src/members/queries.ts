import type { Grant } from '../access/PermissionMatrix'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

export type Member =
  paths['/api/v1/accounts/{accountId}/members']['get']['responses']['200']['content']['application/json']['items'][number]

/** Everyone who reaches the account: the members list and a member's page share one answer. */
export function membersQuery(accountId: string) {
  return {
    queryKey: ['members', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/members', { params: { path: { accountId } } })),
  }
}

/** How a listing says someone reaches an account (`via`). */
export const VIA_LABELS: Record<string, string> = {
  membership: 'Member',
  member: 'Member',
  cascade: 'From a parent account',
  connection: 'Connection',
}

/** The member's own grant in this account, if their access here is a membership of it. */
export function ownGrant(member: Member, accountId: string): Grant | null {
  const path = member.paths.find((p) => p.kind === 'membership' && p.accountId === accountId)
  return path ? { role: path.role, permissions: [...path.permissions] } : null
}
