import { type Expression, type Kysely, sql, type Transaction } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { DB } from '../db/schema.js'
import type { GrantRow } from './grants.js'

type Db = Kysely<DB> | Transaction<DB>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids come from URLs; one that is not a UUID names nothing, and must not reach a uuid cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/**
 * The memberships of a user in an account and its ancestors, as a JSON array: a subquery so the
 * request's session lookup and its access lookup are one indexed round trip. A deleted account
 * yields no rows, so it is invisible to everyone.
 */
export function grantRowsOf(db: Db, userId: Expression<string> | string, accountId: string) {
  return jsonArrayFrom(
    db
      .selectFrom('accounts as a')
      .innerJoin('memberships as m', (join) =>
        join.on(sql<boolean>`m.account_id = any(a.ancestry)`),
      )
      .select(['m.account_id', 'm.role', 'm.permissions'])
      .where('a.id', '=', accountId)
      .where('a.deleted_at', 'is', null)
      .where('m.user_id', '=', userId),
  )
}

/**
 * The rows by which anyone reaches an account: memberships of the account and its ancestors, and
 * live (active, unexpired) connections to the account itself. A deleted account has none.
 */
function grantsOf(accountId: string, now: Date) {
  return sql`
    select m.user_id, m.account_id, m.role, m.permissions, null::text as kind, (m.account_id = a.id) as direct
    from accounts a
    join memberships m on m.account_id = any(a.ancestry)
    where a.id = ${accountId} and a.deleted_at is null
    union all
    select c.user_id, c.account_id, c.role, c.permissions, 'connection', true
    from connections c
    join accounts a on a.id = c.account_id and a.deleted_at is null
    where c.account_id = ${accountId} and c.status = 'active'
      and (c.expires_at is null or c.expires_at > ${now}::timestamptz)`
}

export async function loadGrantRows(
  db: Db,
  userId: string,
  accountId: string,
  now: Date,
): Promise<GrantRow[]> {
  if (!isUuid(accountId) || !isUuid(userId)) return []
  const result = await sql<GrantRow>`
    select g.account_id, g.role, g.permissions, g.kind
    from (${grantsOf(accountId, now)}) g
    where g.user_id = ${userId}`.execute(db)
  return result.rows
}

export interface AccountGrantRow extends GrantRow {
  user_id: string
  email: string
  name: string
}

/**
 * Every membership that can reach the account (its own and its ancestors'), with the user, sorted
 * by email — or, given a permission, only the rows of users who have at least one membership that
 * could grant it (the caller still decides with `decide`).
 */
export async function loadAllGrantRows(
  db: Db,
  accountId: string,
  now: Date,
  holding?: { permission: string; roles: string[]; cascadingRoles: string[] },
): Promise<AccountGrantRow[]> {
  if (!isUuid(accountId)) return []
  const onlyHolders = holding
    ? sql`where g.user_id in (
        select h.user_id from grants h
        where (h.direct and (h.role = any(${holding.roles}::text[]) or ${holding.permission}::text = any(h.permissions)))
           or (not h.direct and h.role = any(${holding.cascadingRoles}::text[])))`
    : sql``
  const result = await sql<AccountGrantRow>`
    with grants as (${grantsOf(accountId, now)})
    select g.user_id, g.account_id, g.role, g.permissions, g.kind, u.email, u.name
    from grants g
    join users u on u.id = g.user_id
    ${onlyHolders}
    order by u.email collate "C", g.user_id`.execute(db)
  return result.rows
}
