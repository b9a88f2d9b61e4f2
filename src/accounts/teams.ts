import { v7 as uuidv7 } from 'uuid'
import {
  type AccountAccess,
  assertTwoFactorIn,
  callerAccessIn,
  closedForTwoFactor,
  forbidden,
  loadAccountAccess,
  twoFactorRequired,
} from '../access/service.js'
import { deleteTeamSharesOf } from '../audience/sharing/repository.js'
import type { Deps } from '../deps.js'
import { type AuditEvent, actorOf, recordAudit } from '../developer/audit.js'
import { assertEmail, normaliseEmail } from '../email-address.js'
import { AppError, invalidField, notFound } from '../errors.js'
import type { SessionInfo } from '../identity/sessions.js'
import { isUuid } from '../ids.js'
import { appPaths, holdersOf, notifyLater } from '../notifications/notify.js'
import { shareEvents } from '../sharing/service.js'
import { accountManagedBy } from './people.js'
import { findLiveAccount } from './repository.js'
import type { Team, TeamInvitationSent, TeamMember } from './schemas.js'
import * as repo from './teams-repository.js'

/**
 * Teams (SPEC §1): sets of accounts whose owners collaborate, the unit inside which groups are
 * shared. Team routes are not account-scoped, so every rule here is decided per account named,
 * with the same access rules as the request gate: what counts is `users.manage` in a member
 * account. A team is invisible (404) to anyone without it in one of the team's accounts. An
 * account that requires 2FA (SPEC §3) counts only for a caller who has it: without, they act
 * through their other accounts, or get 403 `two_factor_required` when it is their only way in.
 *
 * A pending invitation is shown only to those who manage the invited account: the inviting side,
 * who may have named it by email, would otherwise learn that the email leads to an account. It
 * sees the account once it joined; until then it is not listed, not addressable (404) and not
 * written to the team's other accounts' audit logs.
 */

const MANAGE = 'users.manage'

function manages(access: AccountAccess): boolean {
  return access.held.has(MANAGE)
}

/**
 * An account's name is shown once it joined, and to those who manage it; a pending invitation does
 * not tell the inviting team what the invited account is called.
 */
function presentMember(member: repo.TeamMemberRow, managed: ReadonlySet<string>): TeamMember {
  const named = member.status === 'active' || managed.has(member.account_id)
  return {
    accountId: member.account_id,
    accountName: named ? member.account_name : null,
    status: member.status,
    invitedBy: member.invited_by,
    createdAt: new Date(member.created_at).toISOString(),
  }
}

/** Whether the caller sees the member: an active one, or a pending one whose account they manage. */
function visible(member: repo.TeamMemberRow, managed: ReadonlySet<string>): boolean {
  return member.status === 'active' || managed.has(member.account_id)
}

function presentTeam(
  team: repo.TeamRow,
  members: readonly repo.TeamMemberRow[],
  managed: ReadonlySet<string>,
): Team {
  return {
    id: team.id,
    name: team.name,
    createdBy: team.created_by,
    createdAt: new Date(team.created_at).toISOString(),
    members: members
      .filter((m) => m.team_id === team.id && visible(m, managed))
      .map((member) => presentMember(member, managed)),
  }
}

interface TeamView {
  team: repo.TeamRow
  members: repo.TeamMemberRow[]
  /** The member accounts (pending or active) where the caller holds users.manage and may act. */
  managed: Map<string, AccountAccess>
  /** Member accounts where the caller holds users.manage but which are closed to them for want of 2FA. */
  closed: ReadonlySet<string>
}

/**
 * The team as the caller may see it; 404 unless they hold users.manage in a member account, 403
 * `two_factor_required` when every such account requires 2FA they have not set up.
 */
async function viewTeam(deps: Deps, session: SessionInfo, teamId: string): Promise<TeamView> {
  const team = isUuid(teamId) ? await repo.findTeam(deps.db, teamId) : undefined
  if (!team) throw notFound('team')
  const members = await repo.membersOf(deps.db, [team.id])
  const managed = new Map<string, AccountAccess>()
  // The caller acts for these accounts in this request: each access carries its address.
  const caller = { userId: session.user.id, ip: session.ip }
  for (const member of members) {
    const access = await callerAccessIn(deps, caller, member.account_id)
    if (manages(access)) managed.set(member.account_id, access)
  }
  if (managed.size === 0) throw notFound('team')
  const closed = await closedForTwoFactor(deps, session.user, [...managed.keys()])
  for (const accountId of closed) managed.delete(accountId)
  if (managed.size === 0) throw twoFactorRequired()
  return { team, members, managed, closed }
}

/** The accounts whose pending invitations the caller sees: all they manage, closed ones too. */
function seenBy(view: TeamView): Set<string> {
  return new Set([...view.managed.keys(), ...view.closed])
}

/** An active member account of the team the caller manages: the right to invite and remove. */
function activeManaged(view: TeamView): AccountAccess | undefined {
  for (const member of view.members) {
    const access = view.managed.get(member.account_id)
    if (member.status === 'active' && access) return access
  }
  return undefined
}

function memberOf(view: TeamView, accountId: string): repo.TeamMemberRow {
  const seen = seenBy(view)
  const member = view.members.find((m) => m.account_id === accountId && visible(m, seen))
  if (!member) throw notFound('team member')
  return member
}

/**
 * The same event in every active account of the team (and in `also`), so each sees what changed.
 * A pending account hears only of itself (`also`); the team hears nothing of a pending account.
 */
function teamEvents(
  view: TeamView,
  action: string,
  subject: string,
  details: Record<string, unknown>,
  also: string[] = [],
): AuditEvent[] {
  const active = view.members.filter((m) => m.status === 'active').map((m) => m.account_id)
  const accounts = new Set([...active, ...also])
  return [...accounts].map((accountId) => ({
    accountId,
    action,
    target: { type: 'account', id: subject },
    details: { teamId: view.team.id, teamName: view.team.name, ...details },
  }))
}

/** Founds a team with an account where the caller holds users.manage (`access`, decided by the gate). */
export async function createTeam(
  deps: Deps,
  session: SessionInfo,
  access: AccountAccess,
  input: { name: string },
) {
  const name = input.name.trim()
  if (!name) throw invalidField('name', 'name must not be empty')
  const id = uuidv7()
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertTeam(tx, { id, name, createdBy: session.user.id, accountId: access.accountId })
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'team.created',
      target: { type: 'team', id },
      details: { name },
    })
  })
  return getTeam(deps, session, id)
}

export async function getTeam(deps: Deps, session: SessionInfo, teamId: string) {
  const view = await viewTeam(deps, session, teamId)
  return presentTeam(view.team, view.members, seenBy(view))
}

/** The teams of every account where the caller holds users.manage, with members and statuses. */
export async function listTeams(deps: Deps, session: SessionInfo) {
  const manager: string[] = []
  for (const accountId of await repo.teamAccountsNear(deps.db, session.user.id)) {
    if (manages(await loadAccountAccess(deps, session.user.id, accountId))) manager.push(accountId)
  }
  // An account closed to the caller for want of 2FA brings no team into the list (SPEC §3).
  const closed = await closedForTwoFactor(deps, session.user, manager)
  const managed = manager.filter((accountId) => !closed.has(accountId))
  const teams = await repo.teamIdsOf(deps.db, managed)
  const members = await repo.membersOf(
    deps.db,
    teams.map((t) => t.id),
  )
  return teams.map((team) => presentTeam(team, members, new Set(managed)))
}

/**
 * Invites an account into the team: one the caller manages by `accountId`, or another's by `email`
 * — the top-level account its owner owns, or `accountId` when the person named manages it. The
 * caller needs users.manage in an active member account; the invited account joins at once when
 * the caller holds users.manage there too, else it is pending until someone who does accepts.
 * An invitation by email is answered the same whether or not the email leads to an account.
 */
export async function inviteAccount(
  deps: Deps,
  session: SessionInfo,
  teamId: string,
  target: { accountId?: string | undefined; email?: string | undefined },
): Promise<TeamMember | TeamInvitationSent> {
  const view = await viewTeam(deps, session, teamId)
  const inviter = activeManaged(view)
  if (!inviter) throw forbidden(MANAGE)
  if (target.email === undefined) {
    if (target.accountId === undefined)
      throw invalidField('email', 'name the account by its owner’s email')
    const managed = isUuid(target.accountId)
      ? await loadAccountAccess(deps, session.user.id, target.accountId)
      : undefined
    // Another's account is named by email: an id answers only for accounts the caller manages.
    if (!managed || !manages(managed))
      throw invalidField(
        'accountId',
        'accountId must be an account you manage; name others by email',
      )
    await assertTwoFactorIn(deps, session.user, target.accountId)
    return addMember(deps, session, view, inviter, target.accountId)
  }
  const email = normaliseEmail(target.email)
  assertEmail(email)
  const found = await accountManagedBy(deps, email, target.accountId)
  if (found && !view.members.some((m) => m.account_id === found.accountId)) {
    await addMember(deps, session, view, inviter, found.accountId).catch((error) => {
      if (!(error instanceof AppError && error.code === 'already_member')) throw error
    })
  }
  return { email, status: 'sent' }
}

async function addMember(
  deps: Deps,
  session: SessionInfo,
  view: TeamView,
  inviter: AccountAccess,
  accountId: string,
) {
  const account = await findLiveAccount(deps.db, accountId)
  if (!account) throw invalidField('accountId', 'accountId must name an account')
  if (view.members.some((m) => m.account_id === account.id))
    throw new AppError('already_member', 'the account is already in this team', {
      field: 'accountId',
    })
  // Joins at once only where the caller may act for the invited account too (2FA included).
  const actsThere =
    manages(await loadAccountAccess(deps, session.user.id, account.id)) &&
    (await closedForTwoFactor(deps, session.user, [account.id])).size === 0
  const status = actsThere ? 'active' : 'pending'
  await deps.db.transaction().execute(async (tx) => {
    const inserted = await repo.insertTeamMember(tx, {
      teamId: view.team.id,
      accountId: account.id,
      status,
      invitedBy: session.user.id,
    })
    if (!inserted)
      throw new AppError('already_member', 'the account is already in this team', {
        field: 'accountId',
      })
    const details = { accountName: account.name, status, byAccountId: inviter.accountId }
    // Pending: only the invited account hears of it; the team does once it joins.
    const events =
      status === 'active'
        ? [
            ...teamEvents(view, 'team.member_invited', account.id, details, [account.id]),
            ...teamEvents(view, 'team.member_joined', account.id, {}, [account.id]),
          ]
        : teamEvents({ ...view, members: [] }, 'team.member_invited', account.id, details, [
            account.id,
          ])
    await recordAudit(tx, actorOf(inviter), events)
  })
  if (status === 'pending')
    notifyTeamInvitation(deps, session, view.team, account, inviter.accountId)
  // What the caller sees: an invitation by email returns nothing of it (see inviteAccount).
  const members = await repo.membersOf(deps.db, [view.team.id])
  const member = members.find((m) => m.account_id === account.id)
  if (!member) throw notFound('team member')
  return presentMember(member, seenBy(view))
}

/** Tells those who manage the invited account, who alone can accept. */
function notifyTeamInvitation(
  deps: Deps,
  session: SessionInfo,
  team: repo.TeamRow,
  account: { id: string; name: string },
  inviterAccountId: string,
) {
  setImmediate(async () => {
    try {
      notifyLater(deps, {
        actorId: session.user.id,
        accountId: inviterAccountId,
        userIds: await holdersOf(deps, account.id, MANAGE),
        subject: `${session.user.name} invites ${account.name} to the team "${team.name}" on Chorus`,
        lines: [
          `Your account "${account.name}" is invited to the team "${team.name}", whose accounts can share groups with each other.`,
          `Accept with POST /api/v1/teams/${team.id}/members/${account.id}/accept, or decline by leaving.`,
        ],
        path: appPaths.teams(team.id),
      })
    } catch (error) {
      deps.log.error({ err: error }, 'team invitation notification failed')
    }
  })
}

/** A pending member account joins: users.manage in that account. */
export async function acceptTeamInvitation(
  deps: Deps,
  session: SessionInfo,
  teamId: string,
  accountId: string,
) {
  const view = await viewTeam(deps, session, teamId)
  const member = memberOf(view, accountId)
  const access = view.managed.get(member.account_id)
  if (!access) throw view.closed.has(member.account_id) ? twoFactorRequired() : forbidden(MANAGE)
  if (member.status === 'active')
    throw new AppError('conflict', 'the account is already an active member of this team')
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.activateTeamMember(tx, view.team.id, member.account_id)))
      throw new AppError('conflict', 'the account is already an active member of this team')
    await recordAudit(
      tx,
      actorOf(access),
      teamEvents(view, 'team.member_joined', member.account_id, {}, [member.account_id]),
    )
  })
  return presentMember({ ...member, status: 'active' }, seenBy(view))
}

/**
 * An account leaves the team (users.manage in that account) or is removed (users.manage in an
 * active member account); a pending invitation is declined the same way. In the same transaction
 * every share made in this team between that account and the rest of the team ends, both ways.
 */
export async function removeAccount(
  deps: Deps,
  session: SessionInfo,
  teamId: string,
  accountId: string,
) {
  const view = await viewTeam(deps, session, teamId)
  const member = memberOf(view, accountId)
  const own = view.managed.get(member.account_id)
  const actor = own ?? activeManaged(view)
  if (!actor) throw forbidden(MANAGE)
  const action = own ? 'team.member_left' : 'team.member_removed'
  await deps.db.transaction().execute(async (tx) => {
    // The membership row first: a share being made in this team holds a lock on it, so the shares
    // are deleted only after such a share is committed, and none is missed.
    if (!(await repo.deleteTeamMember(tx, view.team.id, member.account_id)))
      throw notFound('team member')
    const ended = await deleteTeamSharesOf(tx, view.team.id, member.account_id)
    await repo.deleteTeamIfEmpty(tx, view.team.id)
    // A pending account leaving (declining) is news to itself alone.
    const events = teamEvents(
      member.status === 'active' ? view : { ...view, members: [] },
      action,
      member.account_id,
      { byAccountId: actor.accountId, sharesEnded: ended.length },
      [member.account_id],
    )
    for (const share of ended)
      events.push(...shareEvents('share.removed', 'group', share, { reason: action }))
    await recordAudit(tx, actorOf(actor), events)
  })
}
