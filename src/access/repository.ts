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
      .where('m.user_id', '=', userId)
      .orderBy('a.level'),
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

/** Every membership that can reach the account (its own and its ancestors'), with the user. */
export async function loadAllGrantRows(db: Db, accountId: string) {
  if (!isUuid(accountId)) return []
  return db
    .selectFrom('accounts as a')
    .innerJoin('memberships as m', (join) => join.on(sql<boolean>`m.account_id = any(a.ancestry)`))
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.account_id', 'm.role', 'm.permissions', 'u.email', 'u.name'])
    .where('a.id', '=', accountId)
    .where('a.deleted_at', 'is', null)
    .execute()
}
