import { randomUUID } from 'node:crypto'
import { type Kysely, sql, type Transaction } from 'kysely'
import { reachOf } from '../access/repository.js'
import type { DB } from '../db/schema.js'
import type { AccountLanguage } from './language.js'

type Db = Kysely<DB> | Transaction<DB>

const accountColumns = [
  'id',
  'name',
  'parent_id',
  'level',
  'ancestry',
  'require_two_factor',
  'time_zone',
  'language',
  'created_at',
] as const

export function findLiveAccount(db: Db, id: string) {
  return db
    .selectFrom('accounts')
    .select(accountColumns)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export type AccountRow = NonNullable<Awaited<ReturnType<typeof findLiveAccount>>>

/** The language of an account's public pages (a sign-up form's); English if it is gone. */
export async function findAccountLanguage(db: Db, id: string): Promise<AccountLanguage> {
  const row = await db
    .selectFrom('accounts')
    .select('language')
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.language ?? 'en'
}

export async function insertAccount(db: Db, account: { name: string; parent: AccountRow | null }) {
  const id = randomUUID()
  return db
    .insertInto('accounts')
    .values({
      id,
      name: account.name,
      parent_id: account.parent?.id ?? null,
      level: (account.parent?.level ?? 0) + 1,
      ancestry: [...(account.parent?.ancestry ?? []), id],
    })
    .returning(accountColumns)
    .executeTakeFirstOrThrow()
}

export async function updateAccount(
  db: Db,
  id: string,
  values: {
    name?: string
    require_two_factor?: boolean
    time_zone?: string
    language?: AccountLanguage
  },
) {
  return db
    .updateTable('accounts')
    .set(values)
    .where('id', '=', id)
    .returning(accountColumns)
    .executeTakeFirstOrThrow()
}

/** Soft-deletes the account and every account below it. */
export async function deleteAccountTree(db: Db, id: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('accounts')
    .set({ deleted_at: now })
    .where(sql<boolean>`ancestry @> array[${id}]::uuid[]`)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export function listChildren(db: Db, parentId: string) {
  return db
    .selectFrom('accounts')
    .select(accountColumns)
    .where('parent_id', '=', parentId)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute()
}

/** The live accounts of a top-level account's tree, parents before children. */
export function listTree(db: Db, topId: string) {
  return db
    .selectFrom('accounts')
    .select(accountColumns)
    .where(sql<boolean>`ancestry @> array[${topId}]::uuid[]`)
    .where('deleted_at', 'is', null)
    .orderBy('level')
    .orderBy('name')
    .execute()
}

export function findMembership(db: Db, accountId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['account_id', 'user_id', 'role', 'permissions', 'granted_by', 'created_at'])
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

export async function insertMembership(
  db: Db,
  membership: {
    accountId: string
    userId: string
    role: string | null
    permissions: string[] | null
    grantedBy?: string | null
  },
) {
  await db
    .insertInto('memberships')
    .values({
      account_id: membership.accountId,
      user_id: membership.userId,
      role: membership.role,
      permissions: membership.permissions,
      granted_by: membership.grantedBy ?? null,
    })
    .execute()
}

export async function updateMembership(
  db: Db,
  accountId: string,
  userId: string,
  grant: { role: string | null; permissions: string[] | null },
) {
  await db
    .updateTable('memberships')
    .set({ role: grant.role, permissions: grant.permissions })
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .execute()
}

export async function deleteMembership(db: Db, accountId: string, userId: string) {
  await db
    .deleteFrom('memberships')
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .execute()
}

/** Live accounts the user holds a membership in, other than `exceptAccountId`'s tree. */
export async function countOtherLiveMemberships(
  db: Db,
  userId: string,
  exceptTreeOf: string,
): Promise<number> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('m.user_id', '=', userId)
    .where('a.deleted_at', 'is', null)
    .where(sql<boolean>`not (a.ancestry @> array[${exceptTreeOf}]::uuid[])`)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** The live accounts where the user holds a membership of their own. */
export async function listDirectAccountIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select('a.id')
    .where('m.user_id', '=', userId)
    .where('a.deleted_at', 'is', null)
    .execute()
  return rows.map((r) => r.id)
}

export interface ReachableAccount {
  id: string
  name: string
  parent_id: string | null
  level: number
  role: string | null
  via: 'member' | 'cascade' | 'connection'
}

/**
 * Every live account the user reaches: direct memberships, the descendants of accounts where the
 * user is Owner or Admin (those roles cascade down the tree), and live connections. A direct
 * membership is listed as such even when a cascade also reaches the account.
 */
export async function listReachableAccounts(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<ReachableAccount[]> {
  const connection = sql`(r.kind = 'connection') is true`
  const direct = sql`r.account_id = r.target`
  const result = await sql<ReachableAccount>`
    select distinct on (a.id) a.id, a.name, a.parent_id, a.level, r.role,
      case when ${connection} then 'connection' when ${direct} then 'member' else 'cascade' end as via
    from (${reachOf(userId, now)}) r
    join accounts a on a.id = r.target
    -- A direct membership first, then a cascade (an Owner's before an Admin's), then a connection.
    order by a.id, ${connection}, ${direct} desc, (r.role = 'owner') desc`.execute(db)
  return result.rows.sort((a, b) => a.level - b.level || a.name.localeCompare(b.name))
}

export async function insertInvitation(
  db: Db,
  invitation: {
    accountId: string
    email: string
    role: string | null
    permissions: string[] | null
    tokenHash: string
    invitedBy: string
    expiresAt: Date
  },
) {
  return db
    .insertInto('invitations')
    .values({
      account_id: invitation.accountId,
      email: invitation.email,
      role: invitation.role,
      permissions: invitation.permissions,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returning(invitationColumns)
    .executeTakeFirstOrThrow()
}

const invitationColumns = [
  'account_id',
  'id',
  'email',
  'role',
  'permissions',
  'invited_by',
  'created_at',
  'expires_at',
  'accepted_at',
  'revoked_at',
] as const

export function listOpenInvitations(db: Db, accountId: string, now: Date) {
  return db
    .selectFrom('invitations')
    .select(invitationColumns)
    .where('account_id', '=', accountId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute()
}

export async function revokeInvitation(
  db: Db,
  accountId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

/** Marks an open invitation accepted; returns it only to the one request that did. */
export function claimInvitation(db: Db, tokenHash: string, userId: string, now: Date) {
  return db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: userId })
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(invitationColumns)
    .executeTakeFirst()
}

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof claimInvitation>>>

/** What holders of users.security see of members: 2FA on or off, and the last sign-in. */
export async function securityOf(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0)
    return new Map<string, { twoFactorEnabled: boolean; lastSignInAt: Date | null }>()
  const rows = await db
    .selectFrom('users')
    .select([
      'id',
      sql<boolean>`totp_secret is not null`.as('two_factor_enabled'),
      'last_sign_in_at',
    ])
    .where(sql<boolean>`id = any(${userIds}::uuid[])`)
    .execute()
  return new Map(
    rows.map((r) => [
      r.id,
      { twoFactorEnabled: r.two_factor_enabled, lastSignInAt: r.last_sign_in_at },
    ]),
  )
}
