import {
  DummyDriver,
  type Expression,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type RawBuilder,
  sql,
  type Transaction,
} from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { DB } from '../db/schema.js'
import { isUuid } from '../ids.js'
import type { GrantRow } from './grants.js'
import { CASCADING_ROLES } from './roles.js'

type Db = Kysely<DB> | Transaction<DB>

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

/** A value of a reach query: a JavaScript value (a parameter), or SQL (a column, a placeholder). */
type SqlValue<T> = T | RawBuilder<unknown>

/**
 * Whether the connection aliased `c` grants access at `now` (the app's clock): accepted and not
 * expired. The one statement of that rule in SQL.
 */
export function liveConnection(now: SqlValue<Date>) {
  return sql<boolean>`c.status = 'active' and (c.expires_at is null or c.expires_at > ${now}::timestamptz)`
}

/** The roles that reach down the tree, as an SQL literal: no parameter, for fixed texts too. */
const CASCADING = sql`array[${sql.join(CASCADING_ROLES.map((role) => sql.lit(role)))}]::text[]`

/** A row of `reachOf`: one path by which the user reaches the live account `target`. */
export type ReachRow = GrantRow & { target: string }

/**
 * Every path by which a user reaches a live account, the one statement of it in SQL: their
 * membership of the account itself, a membership of an ancestor whose role cascades (no other
 * reaches down: `pathsTo` would drop it), or a live connection to the account. `account` narrows
 * it to one account. The arguments may be SQL (a column of an outer query, a placeholder), so the
 * session lookup's prepared text is built from it too (`fixedText`).
 */
export function reachOf(
  user: SqlValue<string>,
  now: SqlValue<Date>,
  account?: SqlValue<string>,
): RawBuilder<ReachRow> {
  const oneAccount = account === undefined ? sql`` : sql`and a.id = ${account}::uuid`
  return sql<ReachRow>`
    select a.id as target, m.account_id, m.role, m.permissions, null::text as kind
    from memberships m
    join accounts a on a.ancestry @> array[m.account_id] and a.deleted_at is null
    where m.user_id = ${user} ${oneAccount}
      and (m.account_id = a.id or m.role = any(${CASCADING}))
    union all
    select c.account_id, c.account_id, c.role, c.permissions, 'connection'
    from connections c
    join accounts a on a.id = c.account_id and a.deleted_at is null
    where c.user_id = ${user} ${oneAccount} and ${liveConnection(now)}`
}

// Compiles only; it never connects.
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})

/**
 * The SQL text of a fragment built with SQL arguments only (placeholders such as `$2`), for a
 * named prepared statement, whose text must be fixed: a fragment that would carry a value fails.
 */
export function fixedText(fragment: RawBuilder<unknown>): string {
  const compiled = fragment.compile(compiler)
  if (compiled.parameters.length > 0) throw new Error('a fixed SQL text cannot carry values')
  return compiled.sql
}

/** The paths by which the user reaches one account: the rows `pathsTo` decides from. */
export async function loadGrantRows(
  db: Db,
  userId: string,
  accountId: string,
  now: Date,
): Promise<GrantRow[]> {
  if (!isUuid(accountId) || !isUuid(userId)) return []
  const result = await sql<GrantRow>`
    select r.account_id, r.role, r.permissions, r.kind
    from (${reachOf(userId, now, accountId)}) r`.execute(db)
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
 * A user's grant rows for every account they reach, in one read: for each live account, what
 * `loadGrantRows` reads for it alone.
 */
export async function loadGrantRowsByAccount(
  db: Db,
  userId: string,
  now: Date,
): Promise<Map<string, GrantRow[]>> {
  if (!isUuid(userId)) return new Map()
  const result = await reachOf(userId, now).execute(db)
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
