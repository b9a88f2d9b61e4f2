import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'
import { validShare as validShareOf } from '../../sharing/rules.js'

type Db = Kysely<DB> | Transaction<DB>

/** A valid group share, as SQL over a `group_shares` row aliased `s` (the one predicate of every kind). */
function validShare(alias = 's') {
  return validShareOf('group', alias)
}

const sharedGroupColumns = [
  'g.id',
  'g.account_id',
  'g.name',
  'g.description',
  'g.member_count',
  'g.created_at',
  's.team_id',
] as const

/**
 * The groups validly shared with `targetAccountId`, each with its owner account (`account_id`) and
 * the team the share was made in (null: shared with a descendant sub-account). Campaigns of the
 * target account may target exactly these.
 */
export function sharedGroupsOf(db: Db, targetAccountId: string) {
  return db
    .selectFrom('group_shares as s')
    .innerJoin('groups as g', (join) =>
      join.onRef('g.account_id', '=', 's.account_id').onRef('g.id', '=', 's.group_id'),
    )
    .select(sharedGroupColumns)
    .where('s.target_account_id', '=', targetAccountId)
    .where(validShare())
    .orderBy('g.name')
    .orderBy('g.id')
    .execute()
}

export type SharedGroupRow = Awaited<ReturnType<typeof sharedGroupsOf>>[number]

/** The account's own groups and the groups validly shared with it, in one list by name. */
export function listVisibleGroups(db: Db, accountId: string) {
  const own = db
    .selectFrom('groups as g')
    .select(['g.id', 'g.account_id', 'g.name', 'g.description', 'g.member_count', 'g.created_at'])
    .select(sql<string | null>`null::uuid`.as('team_id'))
    .select(sql<boolean>`false`.as('shared'))
    .where('g.account_id', '=', accountId)
  const sharedIn = db
    .selectFrom('group_shares as s')
    .innerJoin('groups as g', (join) =>
      join.onRef('g.account_id', '=', 's.account_id').onRef('g.id', '=', 's.group_id'),
    )
    .select(sharedGroupColumns)
    .select(sql<boolean>`true`.as('shared'))
    .where('s.target_account_id', '=', accountId)
    .where(validShare())
  return own.unionAll(sharedIn).orderBy('name').orderBy('shared').orderBy('id').execute()
}

/** One group validly shared with `targetAccountId`, or undefined. */
export function findSharedGroup(db: Db, targetAccountId: string, groupId: string) {
  return db
    .selectFrom('group_shares as s')
    .innerJoin('groups as g', (join) =>
      join.onRef('g.account_id', '=', 's.account_id').onRef('g.id', '=', 's.group_id'),
    )
    .select(sharedGroupColumns)
    .where('s.target_account_id', '=', targetAccountId)
    .where('s.group_id', '=', groupId)
    .where(validShare())
    .executeTakeFirst()
}

/** SPEC §4: what a share shows of a contact, and all that is read of it. */
const basicContactColumns = [
  'c.id',
  'c.email',
  'c.phone',
  'c.first_name',
  'c.last_name',
  'c.fields',
] as const

/**
 * One page of a shared group's contacts as the target account may see them: the basic columns
 * only (no statuses, groups, tags, notes or history are even read), and only while the share is
 * valid — the share is part of the query, not a check made beforehand.
 */
export function listSharedGroupContacts(
  db: Db,
  targetAccountId: string,
  groupId: string,
  page: { after?: string; limit: number },
) {
  let query = db
    .selectFrom('group_shares as s')
    .innerJoin('group_members as gm', (join) =>
      join.onRef('gm.account_id', '=', 's.account_id').onRef('gm.group_id', '=', 's.group_id'),
    )
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.account_id', '=', 'gm.account_id').onRef('c.id', '=', 'gm.contact_id'),
    )
    .select(basicContactColumns)
    .where('s.target_account_id', '=', targetAccountId)
    .where('s.group_id', '=', groupId)
    .where(validShare())
    .orderBy('gm.contact_id')
    .limit(page.limit)
  if (page.after) query = query.where('gm.contact_id', '>', page.after)
  return query.execute()
}

export type SharedContactRow = Awaited<ReturnType<typeof listSharedGroupContacts>>[number]

/**
 * Contacts validly shared into `targetAccountId` (seed 003), by contact id: the basic columns only,
 * with the owner account. `where` narrows them as the contact list's search does (contacts `c`).
 */
export function listSharedInContacts(
  db: Db,
  targetAccountId: string,
  options: { after?: string; contactId?: string; where?: unknown; limit: number },
) {
  let query = db
    .selectFrom('contact_shares as s')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.account_id', '=', 's.account_id').onRef('c.id', '=', 's.contact_id'),
    )
    .select([...basicContactColumns, 'c.account_id'])
    .where('s.target_account_id', '=', targetAccountId)
    .where(validShareOf('contact'))
    .orderBy('s.contact_id')
    .limit(options.limit)
  if (options.after) query = query.where('s.contact_id', '>', options.after)
  if (options.contactId) query = query.where('s.contact_id', '=', options.contactId)
  if (options.where) query = query.where(options.where as never)
  return query.execute()
}

export type SharedInContactRow = Awaited<ReturnType<typeof listSharedInContacts>>[number]

/**
 * Ends every share made in `teamId` between `accountId` and the rest of the team, both ways: the
 * groups it shared with team mates and the groups team mates shared with it.
 */
export function deleteTeamSharesOf(db: Db, teamId: string, accountId: string) {
  return db
    .deleteFrom('group_shares')
    .where('team_id', '=', teamId)
    .where((eb) =>
      eb.or([eb('account_id', '=', accountId), eb('target_account_id', '=', accountId)]),
    )
    .returning(['account_id', 'group_id as resource_id', 'target_account_id', 'team_id'])
    .execute()
}

/**
 * SQL: the contacts validly shared with `targetAccountId`, through a group or one by one (seed
 * 003), as rows (account_id, contact_id) — the one definition the unsubscribe lists read.
 */
export function sharedInContactKeys(targetAccountId: string) {
  return sql<{ account_id: string; contact_id: string }>`
    select gm.account_id, gm.contact_id from group_shares s
      join group_members gm on gm.account_id = s.account_id and gm.group_id = s.group_id
      where s.target_account_id = ${targetAccountId} and ${validShare()}
    union
    select s.account_id, s.contact_id from contact_shares s
      where s.target_account_id = ${targetAccountId} and ${validShareOf('contact')}`
}

/**
 * The unsubscribes `targetAccountId` holds for contacts validly shared with it, through a group or
 * one by one (SPEC §4: they are the receiving account's records, so it lists and lifts them), one
 * row per contact and channel, oldest contact first; `contactId` narrows it to one contact.
 */
export function listSharedInUnsubscribes(
  db: Db,
  targetAccountId: string,
  filter: { contactId?: string; limit: number },
) {
  const oneContact = filter.contactId ? sql`and c.id = ${filter.contactId}` : sql``
  return sql<{
    contact_id: string
    owner_account_id: string
    channel: 'email' | 'sms'
    address: string
    at: Date
    source: string
  }>`
    select distinct on (c.id, u.channel)
      c.id as contact_id, c.account_id as owner_account_id, u.channel, u.address, u.at, u.source
    from (${sharedInContactKeys(targetAccountId)}) sc
    join contacts c on c.account_id = sc.account_id and c.id = sc.contact_id
    join unsubscribes u on u.account_id = ${targetAccountId}
      and ((u.channel = 'email' and u.address = c.email) or (u.channel = 'sms' and u.address = c.phone))
    where true ${oneContact}
    order by c.id, u.channel
    limit ${filter.limit}`
    .execute(db)
    .then((result) => result.rows)
}
