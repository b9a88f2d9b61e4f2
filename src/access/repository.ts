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

export async function loadGrantRows(
  db: Db,
  userId: string,
  accountId: string,
): Promise<GrantRow[]> {
  if (!isUuid(accountId) || !isUuid(userId)) return []
  return db
    .selectFrom('accounts as a')
    .innerJoin('memberships as m', (join) => join.on(sql<boolean>`m.account_id = any(a.ancestry)`))
    .select(['m.account_id', 'm.role', 'm.permissions'])
    .where('a.id', '=', accountId)
    .where('a.deleted_at', 'is', null)
    .where('m.user_id', '=', userId)
    .execute()
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
  holding?: { permission: string; roles: string[]; cascadingRoles: string[] },
): Promise<AccountGrantRow[]> {
  if (!isUuid(accountId)) return []
  const onlyHolders = holding
    ? sql`and exists (
        select 1 from memberships g
        where g.user_id = m.user_id and g.account_id = any(a.ancestry)
          and ((g.account_id = a.id and (g.role = any(${holding.roles}::text[]) or ${holding.permission}::text = any(g.permissions)))
            or (g.account_id <> a.id and g.role = any(${holding.cascadingRoles}::text[]))))`
    : sql``
  const result = await sql<AccountGrantRow>`
    select m.user_id, m.account_id, m.role, m.permissions, u.email, u.name
    from accounts a
    join memberships m on m.account_id = any(a.ancestry)
    join users u on u.id = m.user_id
    where a.id = ${accountId} and a.deleted_at is null ${onlyHolders}
    order by u.email collate "C", m.user_id`.execute(db)
  return result.rows
}
