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
 * Whether the connection aliased `c` grants access at `now` (the app's clock): accepted and not
 * expired. The one statement of that rule in SQL, bar the session lookup's fixed prepared text.
 */
export function liveConnection(now: Date) {
  return sql<boolean>`c.status = 'active' and (c.expires_at is null or c.expires_at > ${now}::timestamptz)`
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
    where c.account_id = ${accountId} and ${liveConnection(now)}`
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

/**
 * Which of these accounts require 2FA of their members, themselves or through an account above
 * them (the rule of the session lookup's `account_requires_two_factor`, for several at once).
 */
export async function accountsRequiringTwoFactor(
  db: Db,
  accountIds: readonly string[],
): Promise<Set<string>> {
  const ids = accountIds.filter(isUuid)
  if (ids.length === 0) return new Set()
  const result = await sql<{ id: string }>`
    select distinct a.id
    from accounts a
    join accounts up on up.id = any(a.ancestry) and up.require_two_factor
    where a.id = any(${ids}::uuid[])`.execute(db)
  return new Set(result.rows.map((r) => r.id))
}

/**
 * Every grant by which a user reaches a live account, `target` the account reached: their
 * membership of it, a membership of an ancestor whose role cascades, or a live connection to it.
 */
export function userReach(userId: string, now: Date) {
  return sql<GrantRow & { target: string }>`
    select a.id as target, m.account_id, m.role, m.permissions, null::text as kind
    from memberships m
    join accounts a on a.ancestry @> array[m.account_id] and a.deleted_at is null
    where m.user_id = ${userId}
      -- From an ancestor only a cascading role reaches down (pathsTo drops any other).
      and (m.account_id = a.id or m.role = any(${CASCADING_ROLES}::text[]))
    union all
    select c.account_id, c.account_id, c.role, c.permissions, 'connection'
    from connections c
    join accounts a on a.id = c.account_id and a.deleted_at is null
    where c.user_id = ${userId} and ${liveConnection(now)}`
}

/**
 * A user's grant rows for every account they reach, in one read: for each live account, what
 * `loadGrantRows` reads for it alone.
 */
export async function loadGrantRowsByAccount(
  db: Db,
  userId: string,
  now: Date,
): Promise<Map<string, GrantRow[]>> {
  if (!isUuid(userId)) return new Map()
  const result = await userReach(userId, now).execute(db)
  const byAccount = new Map<string, GrantRow[]>()
  for (const { target, ...row } of result.rows) {
    byAccount.set(target, [...(byAccount.get(target) ?? []), row])
  }
  return byAccount
}

export interface AccountGrantRow extends GrantRow {
  user_id: string
  email: string
  name: string
}

/**
 * The rows by which anyone reaches an account, trimmed for listing, in two parts. `ownMembersOf`:
 * memberships of the account itself, with `account_id` null so the common row carries no repeated
 * uuid; selected by their account id, a parameter, so the planner sizes them from the statistics
 * (10 or 10,000 rows call for different joins). `reachFromElsewhere`: memberships of its ancestors
 * whose role cascades (no other reaches down: `pathsTo` would drop it) and live connections to it;
 * a few rows, whatever the size of the account. A deleted account has none.
 */
function ownMembersOf(accountId: string) {
  return sql`
    select m.user_id, null::uuid as account_id, m.role, m.permissions, null::text as kind
    from memberships m
    join accounts a on a.id = m.account_id and a.deleted_at is null
    where m.account_id = ${accountId}`
}

function reachFromElsewhere(accountId: string, now: Date) {
  return sql`
    select m.user_id, m.account_id, m.role, m.permissions, null::text as kind
    from accounts a
    join memberships m on m.account_id = any(array_remove(a.ancestry, a.id))
    where a.id = ${accountId} and a.deleted_at is null
      and m.role = any(${CASCADING_ROLES}::text[])
    union all
    select c.user_id, null, c.role, c.permissions, 'connection'
    from connections c
    join accounts a on a.id = c.account_id and a.deleted_at is null
    where c.account_id = ${accountId} and ${liveConnection(now)}`
}

/** Grouped by user in email order: a user's own membership, then ancestors', then a connection. */
const ORDER = sql`
  order by u.email collate "C", g.user_id, g.kind nulls first, g.account_id nulls first`

/**
 * A custom permission set as one comma-joined string (catalog keys hold no comma). A large account
 * has thousands of members and a handful of distinct sets: each set becomes an array once per read
 * (see `sharedSets`), where parsing every row's text[] was a fifth of what a listing allocated.
 */
const PERMISSIONS_JOINED = sql`array_to_string(g.permissions, ',') as permissions`

/** Turns joined sets back into arrays, one shared (frozen) array per distinct set. */
function sharedSets(): (joined: string | null) => string[] | null {
  const sets = new Map<string, string[]>()
  return (joined) => {
    if (joined === null) return null
    let set = sets.get(joined)
    if (!set) {
      set = Object.freeze(joined === '' ? [] : joined.split(',')) as string[]
      sets.set(joined, set)
    }
    return set
  }
}

/** What `who` narrows to: the permission and the preset roles holding it. */
export interface Holding {
  permission: string
  roles: readonly string[]
}

/**
 * Every row by which someone reaches the account, with the user, by email — or, given a
 * permission, a narrower superset of the rows of the users who hold it: the caller still decides
 * with `decide`, and lists all they hold, so every row of a user it returns comes.
 */
export async function loadAllGrantRows(
  db: Db,
  accountId: string,
  now: Date,
  holding?: Holding,
): Promise<AccountGrantRow[]> {
  if (!isUuid(accountId)) return []
  // The rows from elsewhere are few, so all of them come, and with them every own membership of
  // their users. Of the many own memberships, only those that could grant it come otherwise: a
  // filter on the scan itself. Marking every row of the reach and joining it back to the users
  // with a marked row (a semi-join over all 10,000 members) cost more than the rows it saved.
  const result = holding
    ? await sql<AccountGrantRow>`
      with elsewhere as (${reachFromElsewhere(accountId, now)})
      select g.user_id, g.account_id, g.role, ${PERMISSIONS_JOINED}, g.kind, u.email, u.name
      from (
        select * from (${ownMembersOf(accountId)}) own
        where own.role = any(${holding.roles}::text[])
          or ${holding.permission}::text = any(own.permissions)
          or own.user_id in (select e.user_id from elsewhere e)
        union all
        select * from elsewhere) g
      join users u on u.id = g.user_id
      ${ORDER}`.execute(db)
    : await sql<AccountGrantRow>`
      select g.user_id, g.account_id, g.role, ${PERMISSIONS_JOINED}, g.kind, u.email, u.name
      from (${ownMembersOf(accountId)} union all ${reachFromElsewhere(accountId, now)}) g
      join users u on u.id = g.user_id
      ${ORDER}`.execute(db)
  // The account's own id as the database spells it (isUuid admits only the canonical layout).
  const own = accountId.toLowerCase()
  const setOf = sharedSets()
  const rows = result.rows
  for (const row of rows) {
    if (row.account_id === null) row.account_id = own
    row.permissions = setOf(row.permissions as unknown as string | null)
  }
  return rows
}
