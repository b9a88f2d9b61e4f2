import { type Kysely, sql, type Transaction } from 'kysely'
import type { GrantRow } from '../access/grants.js'
import { fixedText, reachOf } from '../access/repository.js'
import type { PreparedQuery } from '../db/database.js'
import type { DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export type SessionEndReason =
  | 'replaced'
  | 'logout'
  | 'password_changed'
  | 'two_factor_changed'
  | 'password_reset'
  | 'revoked'

export const userColumns = [
  'users.id',
  'users.email',
  'users.name',
  'users.password_hash',
  'users.totp_secret',
  'users.totp_pending_secret',
  'users.created_at',
  'users.email_confirmed_at',
  'users.notifications',
] as const

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').select(userColumns).where('email', '=', email).executeTakeFirst()
}

/**
 * The user others may find by this address: only once it is confirmed, so that registering
 * someone else's address reaches nothing (SPEC §3). Callers answer "not found" exactly like an
 * unknown address.
 */
export function findConfirmedUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where('email', '=', email)
    .where('email_confirmed_at', 'is not', null)
    .executeTakeFirst()
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst()
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>

export async function insertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string; confirmedAt?: Date | null },
) {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      email_confirmed_at: user.confirmedAt ?? null,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow()
}

export async function updateUser(
  db: Db,
  id: string,
  values: Partial<{
    email: string
    email_confirmed_at: Date | null
    notifications: boolean
    name: string
    password_hash: string
    totp_secret: string | null
    totp_pending_secret: string | null
    totp_last_step: null
  }>,
) {
  await db
    .updateTable('users')
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute()
}

/** Records a TOTP step as used; false when that step (or a later one) was already used. */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) =>
      eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]),
    )
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

/** Serialises logins of one user across connections and processes: the user row is the lock. */
export async function lockUser(db: Transaction<DB>, userId: string) {
  await db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute()
}

export async function insertSession(
  db: Db,
  session: {
    id: string
    userId: string
    secretHash: Buffer
    expiresAt: Date
    now: Date
    ip: string | null
    userAgent: string | null
  },
) {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      secret_hash: session.secretHash,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute()
}

/** What a request knows of its signed-in user: never the password hash or the TOTP secret. */
export interface SessionUser {
  id: string
  email: string
  name: string
  two_factor_enabled: boolean
  created_at: Date
}

export interface SessionLookupRow extends SessionUser {
  session_id: string
  secret_hash: Uint8Array
  last_seen_at: Date
  expires_at: Date
  ended_at: Date | null
  end_reason: string | null
  grant_rows: GrantRow[]
  /** The account the request names, or one above it, requires 2FA of its members. */
  account_requires_two_factor: boolean
}

/**
 * The session, its user and (when the request names an account) the user's paths to that
 * account: one indexed read, prepared once per connection, on every authenticated request. The
 * paths are `reachOf`'s (access/repository), compiled once into the fixed text a prepared
 * statement needs: `$2` the account, `$3` the app's clock.
 */
const SESSION_LOOKUP = `
  select s.id as session_id, s.secret_hash, s.last_seen_at, s.expires_at, s.ended_at, s.end_reason,
         u.id, u.email, u.name, (u.totp_secret is not null) as two_factor_enabled, u.created_at,
         coalesce((
           select json_agg(json_build_object(
             'account_id', r.account_id, 'role', r.role, 'permissions', r.permissions, 'kind', r.kind))
           from (${fixedText(reachOf(sql.raw('s.user_id'), sql.raw('$3'), sql.raw('$2')))}) r
         ), '[]'::json) as grant_rows,
         exists (
           select 1 from accounts a join accounts up on up.id = any(a.ancestry)
           where a.id = $2::uuid and up.require_two_factor
         ) as account_requires_two_factor
  from sessions s
  join users u on u.id = s.user_id
  where s.id = $1`

export async function findSessionWithUser(
  prepared: PreparedQuery,
  id: string,
  accountId: string | undefined,
  now: Date,
): Promise<SessionLookupRow | undefined> {
  const rows = await prepared<SessionLookupRow>('chorus_session_lookup', SESSION_LOOKUP, [
    id,
    accountId ?? null,
    now,
  ])
  return rows[0]
}

export async function touchSession(db: Db, id: string, now: Date) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute()
}

export async function endSessions(
  db: Db,
  where: { userId: string; exceptId?: string; id?: string },
  reason: SessionEndReason,
  now: Date,
): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ ended_at: now, end_reason: reason })
    .where('user_id', '=', where.userId)
    .where('ended_at', 'is', null)
  if (where.exceptId) query = query.where('id', '!=', where.exceptId)
  if (where.id) query = query.where('id', '=', where.id)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export function listSessions(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('sessions')
    .select([
      'id',
      'created_at',
      'last_seen_at',
      'expires_at',
      'ended_at',
      'end_reason',
      'ip',
      'user_agent',
    ])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
}

export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
  if (codeHashes.length === 0) return
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute()
}

/** Marks a recovery code used; true only for the one request that used it. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, now: Date) {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

export async function insertPasswordReset(
  db: Db,
  reset: { tokenHash: string; userId: string; expiresAt: Date },
) {
  await db
    .insertInto('password_resets')
    .values({ token_hash: reset.tokenHash, user_id: reset.userId, expires_at: reset.expiresAt })
    .execute()
}

/** Uses a reset token once; returns its user, or undefined when unknown, used or expired. */
export async function consumePasswordReset(db: Db, tokenHash: string, now: Date) {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst()
  return row?.user_id
}

/** Ends every outstanding reset token of a user (a newer link, a new password or a new email). */
export async function endPasswordResets(db: Db, userId: string, now: Date) {
  await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute()
}

export async function insertEmailConfirmation(
  db: Db,
  row: { tokenHash: string; userId: string; email: string; expiresAt: Date },
) {
  await db
    .insertInto('email_confirmations')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      email: row.email,
      expires_at: row.expiresAt,
    })
    .execute()
}

/**
 * Uses a confirmation token once and marks its user's address confirmed, only while the address is
 * still the one the link was sent to. Returns the user id, or undefined for a useless token.
 */
export async function consumeEmailConfirmation(db: Db, tokenHash: string, now: Date) {
  const row = await db
    .updateTable('email_confirmations')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'email'])
    .executeTakeFirst()
  if (!row) return undefined
  const confirmed = await db
    .updateTable('users')
    .set({ email_confirmed_at: now })
    .where('id', '=', row.user_id)
    .where('email', '=', row.email)
    .returning('id')
    .executeTakeFirst()
  return confirmed?.id
}
