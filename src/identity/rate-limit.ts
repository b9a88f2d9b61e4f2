import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { AppError } from '../errors.js'

export interface Limit {
  max: number
  windowSeconds: number
}

/**
 * Attempts counted per key in fixed windows, kept in the database so every process sees the same
 * counts. A window always ends: there is no permanent lockout.
 */
export const LIMITS = {
  loginPerEmail: { max: 10, windowSeconds: 15 * 60 },
  loginPerIp: { max: 100, windowSeconds: 15 * 60 },
  twoFactorPerUser: { max: 10, windowSeconds: 15 * 60 },
  resetPerEmail: { max: 5, windowSeconds: 60 * 60 },
  resetPerIp: { max: 30, windowSeconds: 60 * 60 },
  signupPerIp: { max: 20, windowSeconds: 60 * 60 },
  /** `POST /api/v1/invitations/{token}/signup`, every attempt, before the token is looked up. */
  invitationSignupPerIp: { max: 20, windowSeconds: 60 * 60 },
  confirmationPerUser: { max: 5, windowSeconds: 60 * 60 },
  /** `POST /api/v1/accounts` (another top-level account of one's own). */
  accountCreationPerUser: { max: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>

export interface LimitedKey {
  key: string
  limit: Limit
}

function windowStart(now: Date, limit: Limit): Date {
  return new Date(now.getTime() - limit.windowSeconds * 1000)
}

/**
 * Counts one attempt against a key and returns the key's count and window, in one statement: the
 * row lock of the upsert serialises parallel attempts, so no two of them read the same count.
 */
async function countAttempt(db: Kysely<DB>, { key, limit }: LimitedKey, now: Date) {
  const expired = sql<boolean>`rate_limits.window_started_at <= ${windowStart(now, limit)}`
  return db
    .insertInto('rate_limits')
    .values({ key, window_started_at: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when ${expired} then 1 else rate_limits.count + 1 end`,
        window_started_at: sql`case when ${expired} then ${now} else rate_limits.window_started_at end`,
      }),
    )
    .returning(['count', 'window_started_at'])
    .executeTakeFirstOrThrow()
}

/**
 * Takes one attempt from every key before the attempt is checked, and throws 429 when any key is
 * past its limit. Counting and checking are one step, so parallel requests cannot all pass a check
 * made before any of them was counted. An attempt that succeeds gives its slot back
 * (`returnAttempt`), so only failures use up the window.
 */
export async function takeAttempt(db: Kysely<DB>, keys: LimitedKey[], now: Date) {
  let retryAfter = 0
  for (const key of keys) {
    const row = await countAttempt(db, key, now)
    if (row.count > key.limit.max) {
      const endsAt = new Date(row.window_started_at).getTime() + key.limit.windowSeconds * 1000
      retryAfter = Math.max(retryAfter, Math.ceil((endsAt - now.getTime()) / 1000), 1)
    }
  }
  if (retryAfter > 0) {
    throw new AppError('rate_limited', 'too many attempts; try again later', { retryAfter })
  }
}

/** Gives back the slot a successful attempt took. */
export async function returnAttempt(db: Kysely<DB>, keys: LimitedKey[]) {
  if (keys.length === 0) return
  await db
    .updateTable('rate_limits')
    .set({ count: sql`greatest(count - 1, 0)` })
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute()
}

export async function clearAttempts(db: Kysely<DB>, keys: string[]) {
  if (keys.length > 0) await db.deleteFrom('rate_limits').where('key', 'in', keys).execute()
}

/** Rows whose window ended long ago carry no information; the housekeeping job drops them. */
export async function pruneRateLimits(db: Kysely<DB>, now: Date) {
  const longestWindow = Math.max(...Object.values(LIMITS).map((l) => l.windowSeconds))
  await db
    .deleteFrom('rate_limits')
    .where('window_started_at', '<', new Date(now.getTime() - longestWindow * 1000))
    .execute()
}
