import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export function findTeam(db: Db, teamId: string) {
  return db
    .selectFrom('teams')
    .select(['id', 'name', 'created_by', 'created_at'])
    .where('id', '=', teamId)
    .executeTakeFirst()
}

export type TeamRow = NonNullable<Awaited<ReturnType<typeof findTeam>>>

/** The members of the given teams whose accounts are live, with the account names. */
export function membersOf(db: Db, teamIds: string[]) {
  if (teamIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('team_members as tm')
    .innerJoin('accounts as a', 'a.id', 'tm.account_id')
    .select([
      'tm.team_id',
      'tm.account_id',
      'a.name as account_name',
      'tm.status',
      'tm.invited_by',
      'tm.created_at',
    ])
    .where('tm.team_id', 'in', teamIds)
    .where('a.deleted_at', 'is', null)
    .orderBy('tm.created_at')
    .orderBy('tm.account_id')
    .execute()
}

export type TeamMemberRow = Awaited<ReturnType<typeof membersOf>>[number]

/** The teams the account is in, active or invited, by name. */
export function teamsOfAccount(db: Db, accountId: string) {
  return db
    .selectFrom('team_members as tm')
    .innerJoin('teams as t', 't.id', 'tm.team_id')
    .select(['t.id', 't.name', 't.created_by', 't.created_at'])
    .where('tm.account_id', '=', accountId)
    .orderBy('t.name')
    .orderBy('t.id')
    .execute()
}

export async function insertTeam(
  db: Db,
  team: { id: string; name: string; createdBy: string; accountId: string },
) {
  await db
    .insertInto('teams')
    .values({ id: team.id, name: team.name, created_by: team.createdBy })
    .execute()
  await insertTeamMember(db, {
    teamId: team.id,
    accountId: team.accountId,
    status: 'active',
    invitedBy: team.createdBy,
  })
}

export async function insertTeamMember(
  db: Db,
  member: { teamId: string; accountId: string; status: 'pending' | 'active'; invitedBy: string },
): Promise<boolean> {
  const result = await db
    .insertInto('team_members')
    .values({
      team_id: member.teamId,
      account_id: member.accountId,
      status: member.status,
      invited_by: member.invitedBy,
    })
    .onConflict((oc) => oc.columns(['account_id', 'team_id']).doNothing())
    .returning('account_id')
    .executeTakeFirst()
  return result !== undefined
}

export async function activateTeamMember(
  db: Db,
  teamId: string,
  accountId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('team_members')
    .set({ status: 'active' })
    .where('team_id', '=', teamId)
    .where('account_id', '=', accountId)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

export function deleteTeamMember(db: Db, teamId: string, accountId: string) {
  return db
    .deleteFrom('team_members')
    .where('team_id', '=', teamId)
    .where('account_id', '=', accountId)
    .returning(['status'])
    .executeTakeFirst()
}

/** Drops the team when no account that joined it is left. */
export async function deleteTeamIfEmpty(db: Db, teamId: string) {
  const joined = await db
    .selectFrom('team_members')
    .select('account_id')
    .where('team_id', '=', teamId)
    .where('status', '=', 'active')
    .limit(1)
    .executeTakeFirst()
  if (joined) return
  // Nobody is left to share with: pending invitations end with the team rather than let an
  // invited account accept into an empty one.
  await db.deleteFrom('team_members').where('team_id', '=', teamId).execute()
  await db.deleteFrom('teams').where('id', '=', teamId).execute()
}
