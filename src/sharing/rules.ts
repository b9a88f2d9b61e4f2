import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely'
import type { Permission } from '../access/catalog.js'
import type { DB } from '../db/schema.js'
import { invalidField } from '../errors.js'
import { isUuid } from '../ids.js'

type Db = Kysely<DB> | Transaction<DB>

/** What can be shared (SPEC §1 Share, seed 003: groups, contacts and templates). */
export type ShareKind = 'group' | 'template' | 'contact'

export interface KindRules {
  /** The table of the shared things, keyed (account_id, id). */
  resources: 'groups' | 'templates' | 'contacts'
  /** The table of its shares: (account_id = owner, <column>, target_account_id[, team_id]). */
  table: 'group_shares' | 'template_shares' | 'contact_shares'
  column: 'group_id' | 'template_id' | 'contact_id'
  /** Whether a team mate's account may receive it (groups, SPEC §4); else sub-accounts only. */
  teams: boolean
  /** What seeing it takes, in the owner account and in a receiving one. */
  view: Permission
  /** What sharing it and ending a share take, in the owner account. */
  share: Permission
  /** Who may receive it, for the 422 on `accountId`. */
  targets: string
}

export const SHARE_KINDS: Record<ShareKind, KindRules> = {
  group: {
    resources: 'groups',
    table: 'group_shares',
    column: 'group_id',
    teams: true,
    view: 'groups.view',
    share: 'groups.manage',
    targets: 'an active member of a common team or a sub-account of this account',
  },
  template: {
    resources: 'templates',
    table: 'template_shares',
    column: 'template_id',
    teams: false,
    view: 'templates.view',
    share: 'templates.admin',
    targets: 'a sub-account of this account',
  },
  contact: {
    resources: 'contacts',
    table: 'contact_shares',
    column: 'contact_id',
    teams: false,
    view: 'contacts.view',
    share: 'contacts.edit',
    targets: 'a sub-account of this account',
  },
}

export function isShareKind(value: string): value is ShareKind {
  return Object.hasOwn(SHARE_KINDS, value)
}

/** The team column of a share row, or null for kinds that are shared down the tree only. */
export function teamOf(kind: ShareKind, alias = 's'): RawBuilder<string | null> {
  return SHARE_KINDS[kind].teams ? sql.ref(`${alias}.team_id`) : sql`null::uuid`
}

/** SQL: the account row aliased `alias` is a descendant of `owner`, not `owner` itself. */
export function descendantOf(alias: string, owner: unknown): RawBuilder<boolean> {
  const id = sql.ref(`${alias}.id`)
  const ancestry = sql.ref(`${alias}.ancestry`)
  return sql<boolean>`(${id} <> ${owner} and ${ancestry} @> array[${owner}]::uuid[])`
}

/**
 * SQL: the teams `owner` and `target` are both active members of (`team_id`, `team_name`), oldest
 * first — the first one is the basis a team share is made on. Membership rows are aliased o and t.
 */
export function commonActiveTeams(owner: unknown, target: unknown): RawBuilder<unknown> {
  return sql`
    select o.team_id, tm.name as team_name from team_members o
    join team_members t on t.team_id = o.team_id and t.account_id = ${target} and t.status = 'active'
    join teams tm on tm.id = o.team_id
    where o.account_id = ${owner} and o.status = 'active'
    order by tm.created_at, tm.id`
}

/**
 * The one definition of a valid share, as SQL over a share row aliased `alias` of any kind: both
 * accounts are live, and the basis still holds — for a team share (groups) both accounts are active
 * members of that team, else the target is still a descendant of the owner. Every read of a share
 * goes through it, so a share stops working on the request after its basis lapses.
 */
export function validShare(kind: ShareKind, alias = 's'): RawBuilder<boolean> {
  const owner = sql.ref(`${alias}.account_id`)
  const target = sql.ref(`${alias}.target_account_id`)
  const team = teamOf(kind, alias)
  return sql<boolean>`(
    exists (select 1 from accounts oa where oa.id = ${owner} and oa.deleted_at is null)
    and exists (select 1 from accounts ta where ta.id = ${target} and ta.deleted_at is null
      and (${team} is not null or ${descendantOf('ta', owner)}))
    and (${team} is null or (
      exists (select 1 from team_members tm where tm.team_id = ${team} and tm.account_id = ${owner} and tm.status = 'active')
      and exists (select 1 from team_members tm where tm.team_id = ${team} and tm.account_id = ${target} and tm.status = 'active'))))`
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
    .where('deleted_at', 'is', null)
    .where(descendantOf('accounts', ownerAccountId))
    .executeTakeFirst()
  return row !== undefined
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
    ${commonActiveTeams(ownerAccountId, targetAccountId)}
    limit 1
    for share of o, t`.execute(db)
  return result.rows[0]?.team_id
}

/** The basis a share rests on: a common team (groups), else the target being a sub-account. */
export function basisOf(teamId: string | null): 'team' | 'subaccount' {
  return teamId ? 'team' : 'subaccount'
}

/** The target named is an id and not the owner itself; else 422 on `accountId`. */
export function checkTarget(kind: ShareKind, ownerAccountId: string, targetAccountId: string) {
  if (!isUuid(targetAccountId))
    throw invalidField('accountId', `accountId must be ${SHARE_KINDS[kind].targets}`)
  if (targetAccountId === ownerAccountId)
    throw invalidField('accountId', `a ${kind} is not shared with the account that owns it`)
}

/**
 * Who may receive a share (the validity predicate at creation): a live descendant sub-account of
 * the owner (preferred: it depends on no team), else — groups only — an active member of a team
 * the owner is an active member of (the oldest such team is the basis). Anything else is 422.
 */
export async function shareBasis(
  tx: Db,
  kind: ShareKind,
  ownerAccountId: string,
  targetAccountId: string,
): Promise<{ teamId: string | null }> {
  if (await isLiveDescendant(tx, ownerAccountId, targetAccountId)) return { teamId: null }
  const teamId = SHARE_KINDS[kind].teams
    ? await commonActiveTeam(tx, ownerAccountId, targetAccountId)
    : undefined
  if (!teamId)
    throw invalidField('accountId', `a ${kind} is shared only with ${SHARE_KINDS[kind].targets}`)
  return { teamId }
}
