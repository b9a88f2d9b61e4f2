import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import {
  commonActiveTeams,
  descendantOf,
  SHARE_KINDS,
  type ShareKind,
  teamOf,
  validShare,
} from './rules.js'

type Db = Kysely<DB> | Transaction<DB>

/**
 * Share rows of every kind in one shape: the three tables differ only in the column naming the
 * shared thing and in whether a team may be the basis (groups), so one set of queries serves all.
 */

/** A share as it is recorded: owner, shared thing, target, basis. */
export interface ShareKey {
  account_id: string
  resource_id: string
  target_account_id: string
  team_id: string | null
}

export interface ShareRow extends ShareKey {
  created_by: string | null
  created_at: Date
  target_name: string
}

function tableOf(kind: ShareKind) {
  const { table, column } = SHARE_KINDS[kind]
  return { table: sql.table(table), column: sql.ref(`s.${column}`), bare: sql.ref(column) }
}

/** The valid shares of an owned thing (one target's, when named), by target account name. */
export function listShares(
  db: Db,
  kind: ShareKind,
  ownerAccountId: string,
  resourceId: string,
  targetAccountId?: string,
): Promise<ShareRow[]> {
  const { column } = tableOf(kind)
  const oneTarget = targetAccountId ? sql`and s.target_account_id = ${targetAccountId}` : sql``
  return selectShares(
    db,
    kind,
    ownerAccountId,
    sql`and ${column} = ${resourceId} ${oneTarget} order by ta.name, s.target_account_id`,
  )
}

/**
 * The valid shares of every thing of this kind the owner has (those made in one team, when named),
 * by target account name then thing, at most `limit`: one query for a page that shows them all.
 */
export function listOwnShares(
  db: Db,
  kind: ShareKind,
  ownerAccountId: string,
  options: { teamId?: string; limit: number },
): Promise<ShareRow[]> {
  const { column } = tableOf(kind)
  const inTeam = options.teamId ? sql`and ${teamOf(kind)} = ${options.teamId}` : sql``
  return selectShares(
    db,
    kind,
    ownerAccountId,
    sql`${inTeam} order by ta.name, s.target_account_id, ${column} limit ${options.limit}`,
  )
}

async function selectShares(
  db: Db,
  kind: ShareKind,
  ownerAccountId: string,
  rest: RawBuilder<unknown>,
): Promise<ShareRow[]> {
  const { table, column } = tableOf(kind)
  const result = await sql<ShareRow>`
    select s.account_id, ${column} as resource_id, s.target_account_id, ${teamOf(kind)} as team_id,
      s.created_by, s.created_at, ta.name as target_name
    from ${table} as s join accounts ta on ta.id = s.target_account_id
    where s.account_id = ${ownerAccountId} and ${validShare(kind)} ${rest}`.execute(db)
  return result.rows
}

/** The valid share of an owned thing that reaches the account `targetAccountId`, or undefined. */
export async function findSharedIn(
  db: Db,
  kind: ShareKind,
  targetAccountId: string,
  resourceId: string,
): Promise<ShareKey | undefined> {
  const { table, column } = tableOf(kind)
  const result = await sql<ShareKey>`
    select s.account_id, ${column} as resource_id, s.target_account_id, ${teamOf(kind)} as team_id
    from ${table} as s
    where s.target_account_id = ${targetAccountId} and ${column} = ${resourceId}
      and ${validShare(kind)}
    limit 1`.execute(db)
  return result.rows[0]
}

/** Whether the account owns the thing itself. */
export async function ownsResource(
  db: Db,
  kind: ShareKind,
  accountId: string,
  resourceId: string,
): Promise<boolean> {
  const table = sql.table(SHARE_KINDS[kind].resources)
  const result =
    await sql`select 1 from ${table} where account_id = ${accountId} and id = ${resourceId}`.execute(
      db,
    )
  return result.rows.length > 0
}

/** Removes a row whose basis lapsed, so the thing can be shared again on a fresh basis. */
export async function deleteLapsedShare(db: Db, kind: ShareKind, key: Omit<ShareKey, 'team_id'>) {
  const { table, bare } = tableOf(kind)
  await sql`
    delete from ${table} as s
    where s.account_id = ${key.account_id} and s.${bare} = ${key.resource_id}
      and s.target_account_id = ${key.target_account_id} and not ${validShare(kind)}`.execute(db)
}

/** Records a share; false when that target already has one. */
export async function insertShare(
  db: Db,
  kind: ShareKind,
  share: ShareKey & { created_by: string },
): Promise<boolean> {
  const { table, bare } = tableOf(kind)
  const team = SHARE_KINDS[kind].teams
    ? { columns: sql`, team_id`, value: sql`, ${share.team_id}` }
    : { columns: sql``, value: sql`` }
  const result = await sql`
    insert into ${table} (account_id, ${bare}, target_account_id, created_by${team.columns})
    values (${share.account_id}, ${share.resource_id}, ${share.target_account_id}, ${share.created_by}${team.value})
    on conflict do nothing
    returning account_id`.execute(db)
  return result.rows.length > 0
}

/** Deletes one share (valid or not); returns it when there was one. */
export async function deleteShare(
  db: Db,
  kind: ShareKind,
  key: Omit<ShareKey, 'team_id'>,
): Promise<ShareKey | undefined> {
  const { table, bare } = tableOf(kind)
  const team = SHARE_KINDS[kind].teams ? sql.ref('team_id') : sql`null::uuid`
  const result = await sql<ShareKey>`
    delete from ${table}
    where account_id = ${key.account_id} and ${bare} = ${key.resource_id}
      and target_account_id = ${key.target_account_id}
    returning account_id, ${bare} as resource_id, target_account_id, ${team} as team_id`.execute(db)
  return result.rows[0]
}

/** An account a share may be made with, and the basis it would be made on (team null: sub-account). */
export interface ShareTargetRow {
  id: string
  name: string
  team_id: string | null
  team_name: string | null
}

/**
 * The accounts the owner may share a thing of this kind with right now, by name, at most `limit`:
 * its live descendant sub-accounts (preferred basis, as in `shareBasis`), and — for kinds shared in
 * teams — live accounts on a common team, with the oldest such team. The candidates only narrow
 * the scan; `descendantOf` and `commonActiveTeams` decide, as they do when a share is made.
 */
export async function listShareTargets(
  db: Db,
  kind: ShareKind,
  ownerAccountId: string,
  limit: number,
): Promise<ShareTargetRow[]> {
  const isSub = descendantOf('a', ownerAccountId)
  const teamMates = SHARE_KINDS[kind].teams
    ? sql`union select m.account_id from team_members m
        where m.team_id in (select team_id from team_members where account_id = ${ownerAccountId})`
    : sql``
  const result = await sql<ShareTargetRow>`
    with candidates as (
      select id from accounts where ancestry @> array[${ownerAccountId}]::uuid[] ${teamMates})
    select a.id, a.name, ct.team_id, ct.team_name
    from candidates c join accounts a on a.id = c.id
    left join lateral (${commonActiveTeams(ownerAccountId, sql.ref('a.id'))} limit 1) ct
      on ${SHARE_KINDS[kind].teams} and not ${isSub}
    where a.deleted_at is null and a.id <> ${ownerAccountId} and (${isSub} or ct.team_id is not null)
    order by a.name, a.id
    limit ${limit}`.execute(db)
  return result.rows
}
