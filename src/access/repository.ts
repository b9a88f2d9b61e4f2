import { type Expression, type Kysely, sql, type Transaction } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { DB } from '../db/schema.js'
import { notFound } from '../errors.js'
import type { GrantRow } from './grants.js'
import { CASCADING_ROLES } from './roles.js'

type Db = Kysely<DB> | Transaction<DB>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids come from URLs; one that is not a UUID names nothing, and must not reach a uuid cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/** `value` when it is a UUID; anything else names nothing, so it is a 404 for `what`. */
export function existingId(value: string, what: string): string {
  if (!isUuid(value)) throw notFound(what)
  return value
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
    select m.user_id, m.account_id, m.role, m.permissions, null::text as kind
    from accounts a
    join memberships m on m.account_id = any(a.ancestry)
    where a.id = ${accountId} and a.deleted_at is null
    union all
    select c.user_id, c.account_id, c.role, c.permissions, 'connection'
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
 * The rows by which anyone reaches an account, trimmed for listing: memberships of the account
 * itself, memberships of its ancestors whose role cascades (no other reaches down: `pathsTo` would
 * drop it), and live connections to it. `account_id` is null on a row of the account itself, so
 * the common row carries no repeated uuid. The account's own memberships are selected by their
 * account id, a parameter, so the planner sizes them from the statistics (10 or 10,000 rows call
 * for different joins). A deleted account has none.
 */
function reachOf(accountId: string, now: Date) {
  return sql`
    select m.user_id, null::uuid as account_id, m.role, m.permissions, null::text as kind
    from memberships m
    join accounts a on a.id = m.account_id and a.deleted_at is null
    where m.account_id = ${accountId}
    union all
    select m.user_id, m.account_id, m.role, m.permissions, null
    from accounts a
    join memberships m on m.account_id = any(array_remove(a.ancestry, a.id))
    where a.id = ${accountId} and a.deleted_at is null
      and m.role = any(${CASCADING_ROLES}::text[])
    union all
    select c.user_id, null, c.role, c.permissions, 'connection'
    from connections c
    join accounts a on a.id = c.account_id and a.deleted_at is null
    where c.account_id = ${accountId} and c.status = 'active'
      and (c.expires_at is null or c.expires_at > ${now}::timestamptz)`
}

/** Grouped by user in email order: a user's own membership, then ancestors', then a connection. */
const ORDER = sql`
  order by u.email collate "C", g.user_id, g.kind nulls first, g.account_id nulls first`

/** What `who` narrows to: the permission, the roles holding it, and those of them that cascade. */
export interface Holding {
  permission: string
  roles: readonly string[]
  cascadingRoles: readonly string[]
}

/**
 * Every row by which someone reaches the account (see `reachOf`), with the user, by email — or,
 * given a permission, only the rows of users who have at least one row that could grant it
 * (every row of theirs: the caller still decides with `decide`, and lists all they hold). The
 * users table is joined only after that narrowing.
 */
export async function loadAllGrantRows(
  db: Db,
  accountId: string,
  now: Date,
  holding?: Holding,
): Promise<AccountGrantRow[]> {
  if (!isUuid(accountId)) return []
  // A row could grant the permission: in the account itself (or by a connection to it) when its
  // preset holds it or its custom set lists it; from an ancestor only by a cascading preset. Its
  // user's other rows come too, for the permissions they hold in all.
  const result = holding
    ? await sql<AccountGrantRow>`
      with r as (
        select r.*, case when r.account_id is null
            then r.role = any(${holding.roles}::text[])
              or ${holding.permission}::text = any(r.permissions)
            else r.role = any(${holding.cascadingRoles}::text[])
          end as grants
        from (${reachOf(accountId, now)}) r)
      select g.user_id, g.account_id, g.role, g.permissions, g.kind, u.email, u.name
      from r g
      join users u on u.id = g.user_id
      where g.grants or g.user_id in (select h.user_id from r h where h.grants)
      ${ORDER}`.execute(db)
    : await sql<AccountGrantRow>`
      select g.user_id, g.account_id, g.role, g.permissions, g.kind, u.email, u.name
      from (${reachOf(accountId, now)}) g
      join users u on u.id = g.user_id
      ${ORDER}`.execute(db)
  // The account's own id as the database spells it (isUuid admits only the canonical layout).
  const own = accountId.toLowerCase()
  const rows = result.rows
  for (const row of rows) if (row.account_id === null) row.account_id = own
  return rows
}
