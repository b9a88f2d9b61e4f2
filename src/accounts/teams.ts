import { v7 as uuidv7 } from 'uuid'
import {
  abilitiesInTeam,
  enforce,
  mayAcceptTeamInvitation,
  mayActForTeam,
  mayRemoveFromTeam,
} from '../access/policies/index.js'
import {
  type AccountAccess,
  assertTwoFactorIn,
  closedForTwoFactor,
  loadAccountAccess,
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
 * shared. Every team route acts for one account, the one in the URL (or, on the SPEC's
 * `/api/v1/teams…` routes, the one `teamActingAccount` finds): the request gate decides
 * users.manage there (404, 403, 2FA) as on every account-scoped route, and this module keeps only
 * the team's own rules (src/access/policies/teams.ts): a team is seen by its active and invited
 * accounts (404 for any other), only a joined account invites and removes, any account may leave.
 *
 * A pending invitation is seen only by the invited account: the inviting side, who may have named
 * it by email, would otherwise learn that the email leads to an account. The team sees the account
 * once it joined; until then it is not listed, not addressable (404) and not written to the team's
 * other accounts' audit logs.
 */

const MANAGE = 'users.manage'

/** The team as the acting account sees it. */
interface TeamView {
  team: repo.TeamRow
  members: repo.TeamMemberRow[]
  /** The acting account's own membership (active, or pending while invited). */
  own: repo.TeamMemberRow
  access: AccountAccess
}

/** Whether the acting account sees the member: an active one, or itself while invited. */
function visible(member: repo.TeamMemberRow, accountId: string): boolean {
  return member.status === 'active' || member.account_id === accountId
}

function presentMember(member: repo.TeamMemberRow): TeamMember {
  return {
    accountId: member.account_id,
    accountName: member.account_name,
    status: member.status,
    invitedBy: member.invited_by,
    createdAt: new Date(member.created_at).toISOString(),
  }
}

function presentTeam(
  team: repo.TeamRow,
  members: readonly repo.TeamMemberRow[],
  own: repo.TeamMemberRow,
): Team {
  return {
    id: team.id,
    name: team.name,
    createdBy: team.created_by,
    createdAt: new Date(team.created_at).toISOString(),
    members: members
      .filter((m) => m.team_id === team.id && visible(m, own.account_id))
      .map(presentMember),
    abilities: abilitiesInTeam(own.status),
  }
}

/** The team of the acting account; 404 unless that account is in it (active or invited). */
async function viewTeam(deps: Deps, access: AccountAccess, teamId: string): Promise<TeamView> {
  const team = isUuid(teamId) ? await repo.findTeam(deps.db, teamId) : undefined
  const members = team ? await repo.membersOf(deps.db, [team.id]) : []
  const own = members.find((m) => m.account_id === access.accountId)
  if (!team || !own) throw notFound('team')
  return { team, members, own, access }
}

/** A member the acting account sees (not another account's pending invitation); else 404. */
function visibleMember(view: TeamView, accountId: string): repo.TeamMemberRow {
  const member = view.members.find(
    (m) => m.account_id === accountId && visible(m, view.own.account_id),
  )
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

/** Founds a team with the acting account as its first active member. */
export async function createTeam(deps: Deps, access: AccountAccess, input: { name: string }) {
  const name = input.name.trim()
  if (!name) throw invalidField('name', 'name must not be empty')
  const id = uuidv7()
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertTeam(tx, { id, name, createdBy: access.userId, accountId: access.accountId })
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'team.created',
      target: { type: 'team', id },
      details: { name },
    })
  })
  return getTeam(deps, access, id)
}

export async function getTeam(deps: Deps, access: AccountAccess, teamId: string) {
  const view = await viewTeam(deps, access, teamId)
  return presentTeam(view.team, view.members, view.own)
}

/** The teams the acting account is in, with the invitations waiting for its answer. */
export async function listTeams(deps: Deps, access: AccountAccess) {
  const teams = await repo.teamsOfAccount(deps.db, access.accountId)
  const members = await repo.membersOf(
    deps.db,
    teams.map((t) => t.id),
  )
  return teams.flatMap((team) => {
    const own = members.find((m) => m.team_id === team.id && m.account_id === access.accountId)
    return own ? [presentTeam(team, members, own)] : []
  })
}

/**
 * Invites an account into the team: one the caller also manages by `accountId`, or another's by
 * `email` — the top-level account its owner owns, or `accountId` when the person named manages it.
 * The acting account must have joined the team; the invited account joins at once when the caller
 * may act for it too, else it is pending until someone who manages it accepts. An invitation by
 * email is answered the same whether or not the email leads to an account. `session` is null for
 * an API key, which acts in its own account only: every account it invites is pending.
 */
export async function inviteAccount(
  deps: Deps,
  access: AccountAccess,
  session: SessionInfo | null,
  teamId: string,
  target: { accountId?: string | undefined; email?: string | undefined },
): Promise<TeamMember | TeamInvitationSent> {
  const view = await viewTeam(deps, access, teamId)
  enforce(mayActForTeam(view.own.status))
  if (target.email === undefined) {
    if (target.accountId === undefined)
      throw invalidField('email', 'name the account by its owner’s email')
    // Another's account is named by email: an id answers only for accounts the caller manages.
    if (!session || !(await managesAccount(deps, session, target.accountId)))
      throw invalidField(
        'accountId',
        'accountId must be an account you manage; name others by email',
      )
    await assertTwoFactorIn(deps, session.user, target.accountId)
    return addMember(deps, view, session, target.accountId)
  }
  const email = normaliseEmail(target.email)
  assertEmail(email)
  const found = await accountManagedBy(deps, email, target.accountId)
  if (found && !view.members.some((m) => m.account_id === found.accountId)) {
    await addMember(deps, view, session, found.accountId).catch((error) => {
      if (!(error instanceof AppError && error.code === 'already_member')) throw error
    })
  }
  return { email, status: 'sent' }
}

async function managesAccount(deps: Deps, session: SessionInfo, accountId: string) {
  if (!isUuid(accountId)) return false
  return (await loadAccountAccess(deps, session.user.id, accountId)).held.has(MANAGE)
}

/** Whether the signed-in caller may act for the account too (2FA included): it joins at once. */
async function actsThere(deps: Deps, session: SessionInfo | null, accountId: string) {
  if (!session || !(await managesAccount(deps, session, accountId))) return false
  return (await closedForTwoFactor(deps, session.user, [accountId])).size === 0
}

function alreadyMember(): AppError {
  return new AppError('already_member', 'the account is already in this team', {
    field: 'accountId',
  })
}

async function addMember(
  deps: Deps,
  view: TeamView,
  session: SessionInfo | null,
  accountId: string,
) {
  const account = await findLiveAccount(deps.db, accountId)
  if (!account) throw invalidField('accountId', 'accountId must name an account')
  if (view.members.some((m) => m.account_id === account.id)) throw alreadyMember()
  const status = (await actsThere(deps, session, account.id)) ? 'active' : 'pending'
  await deps.db.transaction().execute(async (tx) => {
    const inserted = await repo.insertTeamMember(tx, {
      teamId: view.team.id,
      accountId: account.id,
      status,
      invitedBy: view.access.userId,
    })
    if (!inserted) throw alreadyMember()
    const details = { accountName: account.name, status, byAccountId: view.access.accountId }
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
    await recordAudit(tx, actorOf(view.access), events)
  })
  if (status === 'pending') notifyTeamInvitation(deps, view, account)
  // Only an invitation by id is answered with the member (see inviteAccount).
  const members = await repo.membersOf(deps.db, [view.team.id])
  const member = members.find((m) => m.account_id === account.id)
  if (!member) throw notFound('team member')
  return presentMember(member)
}

/** Tells those who manage the invited account, who alone can accept, with a link to its team page. */
function notifyTeamInvitation(deps: Deps, view: TeamView, account: { id: string; name: string }) {
  const { team, access } = view
  setImmediate(async () => {
    try {
      notifyLater(deps, {
        actorId: access.userId,
        accountId: access.accountId,
        userIds: await holdersOf(deps, account.id, MANAGE),
        subject: `Your account ${account.name} is invited to the team "${team.name}" on Chorus`,
        lines: [
          `Your account "${account.name}" is invited to the team "${team.name}", whose accounts can share groups with each other.`,
          `Accept or decline on the team's page, or with POST /api/v1/accounts/${account.id}/teams/${team.id}/accept.`,
        ],
        path: appPaths.team(account.id, team.id),
      })
    } catch (error) {
      deps.log.error({ err: error }, 'team invitation notification failed')
    }
  })
}

/** The acting account, invited, joins the team. */
export async function acceptTeamInvitation(deps: Deps, access: AccountAccess, teamId: string) {
  const view = await viewTeam(deps, access, teamId)
  enforce(mayAcceptTeamInvitation(view.own.status))
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.activateTeamMember(tx, view.team.id, access.accountId)))
      enforce(mayAcceptTeamInvitation('active'))
    await recordAudit(
      tx,
      actorOf(access),
      teamEvents(view, 'team.member_joined', access.accountId, {}, [access.accountId]),
    )
  })
  return presentMember({ ...view.own, status: 'active' })
}

/**
 * The acting account leaves the team (declines, while invited), or removes another account it
 * sees there. In the same transaction every share made in this team between that account and the
 * rest of the team ends, both ways.
 */
export async function removeAccount(
  deps: Deps,
  access: AccountAccess,
  teamId: string,
  accountId: string,
) {
  const view = await viewTeam(deps, access, teamId)
  const member = visibleMember(view, accountId)
  const leaving = member.account_id === access.accountId
  enforce(mayRemoveFromTeam(view.own.status, leaving))
  const action = leaving ? 'team.member_left' : 'team.member_removed'
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
      { byAccountId: access.accountId, sharesEnded: ended.length },
      [member.account_id],
    )
    for (const share of ended)
      events.push(...shareEvents('share.removed', 'group', share, { reason: action }))
    await recordAudit(tx, actorOf(access), events)
  })
}

/** A team member account the caller reaches, and whether they manage the team there. */
interface ReachedMember {
  member: repo.TeamMemberRow
  manages: boolean
}

async function reachedMembers(deps: Deps, userId: string, members: repo.TeamMemberRow[]) {
  const reached: ReachedMember[] = []
  for (const member of members) {
    const access = await loadAccountAccess(deps, userId, member.account_id)
    if (access.paths.length > 0) reached.push({ member, manages: access.held.has(MANAGE) })
  }
  return reached
}

/** Where the caller manages before where they only reach; joined before invited; else oldest. */
function actingRank({ member, manages }: ReachedMember): number {
  return (manages ? 0 : 2) + (member.status === 'active' ? 0 : 1)
}

/**
 * The account through which the caller acts in a team on the SPEC's `/api/v1/teams/{teamId}…`
 * routes, whose URL names no acting account (the gate then decides users.manage there, as on the
 * account-scoped twins): the member account the path names (`accountId`) when the caller manages
 * it — leaving, or declining an invitation; else the team's account where the caller manages,
 * joined before invited, oldest membership first; else one they only reach (the gate's 403); else
 * none: the team is invisible to them (404).
 */
export async function teamActingAccount(
  deps: Deps,
  teamId: string,
  userId: string,
  params: Readonly<Record<string, unknown>>,
) {
  const team = isUuid(teamId) ? await repo.findTeam(deps.db, teamId) : undefined
  if (!team) return undefined
  const reached = await reachedMembers(deps, userId, await repo.membersOf(deps.db, [team.id]))
  // The named member acts for itself (a leave, or declining an invitation) when the caller manages
  // it; otherwise the caller's best-placed account acts (a removal), as on the account route.
  const namedId = typeof params.accountId === 'string' ? params.accountId.toLowerCase() : undefined
  const named = reached.find((r) => r.manages && r.member.account_id === namedId)
  // A stable sort keeps the oldest membership first within a rank.
  const acting = named ?? reached.sort((x, y) => actingRank(x) - actingRank(y))[0]
  return acting && { accountId: acting.member.account_id, party: false }
}
