import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

/**
 * The one definition of a valid share, as SQL over a `group_shares` row aliased `s`: both accounts
 * are live, and the basis still holds — for a team share both accounts are active members of that
 * team, for a sub-account share the target is still a descendant of the owner. Every read of a
 * share goes through it, so a share stops working on the request after its basis lapses.
 */
export function validShare(alias = 's'): RawBuilder<boolean> {
  const owner = sql.ref(`${alias}.account_id`)
  const target = sql.ref(`${alias}.target_account_id`)
  const team = sql.ref(`${alias}.team_id`)
  return sql<boolean>`(
    exists (select 1 from accounts oa where oa.id = ${owner} and oa.deleted_at is null)
    and exists (select 1 from accounts ta where ta.id = ${target} and ta.deleted_at is null
      and (${team} is not null or (ta.id <> ${owner} and ta.ancestry @> array[${owner}]::uuid[])))
    and (${team} is null or (
      exists (select 1 from team_members tm where tm.team_id = ${team} and tm.account_id = ${owner} and tm.status = 'active')
      and exists (select 1 from team_members tm where tm.team_id = ${team} and tm.account_id = ${target} and tm.status = 'active'))))`
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
    .select(['c.id', 'c.email', 'c.phone', 'c.first_name', 'c.last_name', 'c.fields'])
    .where('s.target_account_id', '=', targetAccountId)
    .where('s.group_id', '=', groupId)
    .where(validShare())
    .orderBy('gm.contact_id')
    .limit(page.limit)
  if (page.after) query = query.where('gm.contact_id', '>', page.after)
  return query.execute()
}

export type SharedContactRow = Awaited<ReturnType<typeof listSharedGroupContacts>>[number]

const shareColumns = [
  's.account_id',
  's.group_id',
  's.target_account_id',
  's.team_id',
  's.created_by',
  's.created_at',
  'ta.name as target_name',
] as const

/** The valid shares of an owned group, by target account name. */
export function listGroupShares(db: Db, ownerAccountId: string, groupId: string) {
  return db
    .selectFrom('group_shares as s')
    .innerJoin('accounts as ta', 'ta.id', 's.target_account_id')
    .select(shareColumns)
    .where('s.account_id', '=', ownerAccountId)
    .where('s.group_id', '=', groupId)
    .where(validShare())
    .orderBy('ta.name')
    .orderBy('s.target_account_id')
    .execute()
}

export type ShareRow = Awaited<ReturnType<typeof listGroupShares>>[number]

export function findGroupShare(
  db: Db,
  ownerAccountId: string,
  groupId: string,
  targetAccountId: string,
) {
  return db
    .selectFrom('group_shares as s')
    .innerJoin('accounts as ta', 'ta.id', 's.target_account_id')
    .select(shareColumns)
    .where('s.account_id', '=', ownerAccountId)
    .where('s.group_id', '=', groupId)
    .where('s.target_account_id', '=', targetAccountId)
    .where(validShare())
    .executeTakeFirst()
}

/** Removes a row whose basis lapsed, so the group can be shared again on a fresh basis. */
export async function deleteLapsedShare(
  db: Db,
  ownerAccountId: string,
  groupId: string,
  targetAccountId: string,
) {
  await db
    .deleteFrom('group_shares as s')
    .where('s.account_id', '=', ownerAccountId)
    .where('s.group_id', '=', groupId)
    .where('s.target_account_id', '=', targetAccountId)
    .where(sql<boolean>`not ${validShare()}`)
    .execute()
}

export async function insertGroupShare(
  db: Db,
  share: {
    ownerAccountId: string
    groupId: string
    targetAccountId: string
    teamId: string | null
    createdBy: string
  },
): Promise<boolean> {
  const result = await db
    .insertInto('group_shares')
    .values({
      account_id: share.ownerAccountId,
      group_id: share.groupId,
      target_account_id: share.targetAccountId,
      team_id: share.teamId,
      created_by: share.createdBy,
    })
    .onConflict((oc) => oc.columns(['account_id', 'group_id', 'target_account_id']).doNothing())
    .returning('account_id')
    .executeTakeFirst()
  return result !== undefined
}

/** Deletes one share (valid or not); returns it when there was one. */
export function deleteGroupShare(
  db: Db,
  ownerAccountId: string,
  groupId: string,
  targetAccountId: string,
) {
  return db
    .deleteFrom('group_shares')
    .where('account_id', '=', ownerAccountId)
    .where('group_id', '=', groupId)
    .where('target_account_id', '=', targetAccountId)
    .returning(['account_id', 'group_id', 'target_account_id', 'team_id'])
    .executeTakeFirst()
}

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
    .returning(['account_id', 'group_id', 'target_account_id', 'team_id'])
    .execute()
}

/**
 * The team the owner and the target are both active members of, oldest team first, locking both
 * membership rows until the transaction ends: a concurrent leave waits, so it cannot miss a share
 * made while it was running.
 */
export async function commonActiveTeam(
  db: Db,
  ownerAccountId: string,
  targetAccountId: string,
): Promise<string | undefined> {
  const result = await sql<{ team_id: string }>`
    select o.team_id from team_members o
    join team_members t on t.team_id = o.team_id and t.account_id = ${targetAccountId} and t.status = 'active'
    join teams tm on tm.id = o.team_id
    where o.account_id = ${ownerAccountId} and o.status = 'active'
    order by tm.created_at, tm.id
    limit 1
    for share of o, t`.execute(db)
  return result.rows[0]?.team_id
}

/** Whether `targetAccountId` is a live descendant (not the account itself) of `ownerAccountId`. */
export async function isLiveDescendant(
  db: Db,
  ownerAccountId: string,
  targetAccountId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', targetAccountId)
    .where('id', '<>', ownerAccountId)
    .where('deleted_at', 'is', null)
    .where(sql<boolean>`ancestry @> array[${ownerAccountId}]::uuid[]`)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * The unsubscribes `targetAccountId` holds for contacts of the groups validly shared with it
 * (SPEC §4: they are the receiving account's records, so it lists and lifts them), one row per
 * contact and channel, oldest contact first; `contactId` narrows it to one contact.
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
    from group_shares s
    join group_members gm on gm.account_id = s.account_id and gm.group_id = s.group_id
    join contacts c on c.account_id = gm.account_id and c.id = gm.contact_id
    join unsubscribes u on u.account_id = s.target_account_id
      and ((u.channel = 'email' and u.address = c.email) or (u.channel = 'sms' and u.address = c.phone))
    where s.target_account_id = ${targetAccountId} and ${validShare()} ${oneContact}
    order by c.id, u.channel
    limit ${filter.limit}`
    .execute(db)
    .then((result) => result.rows)
}
