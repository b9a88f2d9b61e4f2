import { createHmac } from 'node:crypto'
import type { GrantRow } from '../access/grants.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import * as repo from './repository.js'
import { randomToken, sameBytes, sha256 } from './tokens.js'

export const SESSION_IDLE_MS = 7 * 24 * 3600 * 1000
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600 * 1000
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60 * 1000

export interface RequestMeta {
  ip: string | null
  userAgent: string | null
}

/** The session of one request, as the request gate hands it to routes and services. */
export interface SessionInfo {
  id: string
  user: repo.SessionUser
  /** The address of this request (not the sign-in's), which the audit log records. */
  ip: string | null
}

export interface ResolvedSession extends Omit<SessionInfo, 'ip'> {
  /** The user's memberships on the chain of the account the request names, when it names one. */
  grantRows: GrantRow[]
  /** The account the request names (or one above it) requires 2FA of its members. */
  accountRequiresTwoFactor: boolean
}

/** Tokens are `id.secret`: the id finds the row, only a hash of the 256-bit secret is stored. */
function parseSessionToken(token: string): { id: string; secret: string } | undefined {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token)
  return match ? { id: match[1] as string, secret: match[2] as string } : undefined
}

/**
 * Starts a browser session and ends every other live session of the user in the same transaction.
 * The user row is locked first, so concurrent logins of one user take turns and exactly one
 * session is left live; a unique index backs this up.
 */
export async function startSession(deps: Deps, userId: string, meta: RequestMeta): Promise<string> {
  const id = randomToken(16)
  const secret = randomToken(32)
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await repo.lockUser(tx, userId)
    // Shown to holders of users.security; sessions are pruned, so the user row keeps it.
    await tx.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute()
    await repo.endSessions(tx, { userId }, 'replaced', now)
    await repo.insertSession(tx, {
      id,
      userId,
      secretHash: sha256(secret),
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      now,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    })
  })
  return `${id}.${secret}`
}

const ENDED_MESSAGES: Record<string, string> = {
  replaced: 'you signed in from another browser; this session has ended',
  logout: 'this session was signed out',
}

export async function resolveSession(
  deps: Deps,
  token: string,
  accountId?: string,
): Promise<ResolvedSession> {
  const parsed = parseSessionToken(token)
  const session =
    parsed &&
    (await repo.findSessionWithUser(deps.prepared, parsed.id, accountId, deps.clock.now()))
  if (!parsed || !session || !sameBytes(Buffer.from(session.secret_hash), sha256(parsed.secret))) {
    throw new AppError('unauthenticated', 'sign in to continue')
  }
  if (session.ended_at) {
    const reason = session.end_reason ?? 'revoked'
    throw new AppError(
      reason === 'replaced' ? 'session_replaced' : 'session_ended',
      ENDED_MESSAGES[reason] ?? 'this session has ended; sign in again',
      { reason },
    )
  }
  const now = deps.clock.now()
  const lastSeen = new Date(session.last_seen_at).getTime()
  if (new Date(session.expires_at) <= now || lastSeen + SESSION_IDLE_MS <= now.getTime()) {
    throw new AppError('session_ended', 'this session has expired; sign in again', {
      reason: 'expired',
    })
  }
  if (now.getTime() - lastSeen > TOUCH_INTERVAL_MS) {
    await repo.touchSession(deps.db, session.session_id, now)
  }
  const {
    session_id,
    secret_hash,
    last_seen_at,
    expires_at,
    ended_at,
    end_reason,
    grant_rows,
    account_requires_two_factor,
    ...user
  } = session
  return {
    id: session_id,
    user,
    grantRows: grant_rows,
    accountRequiresTwoFactor: account_requires_two_factor,
  }
}

/**
 * The CSRF token is derived from the session secret: it changes with every session, needs no
 * storage, and cannot be computed by a page that cannot read the HttpOnly session cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('chorus-csrf').digest('base64url')
}
