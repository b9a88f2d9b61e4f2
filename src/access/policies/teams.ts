import type { PolicyDecision } from './decision.js'
import { allow, refuse } from './decision.js'

/** Where the acting account stands in a team: invited (pending) or joined (active). */
export type TeamStanding = 'pending' | 'active'

/** A team step that needs the acting account to stand where `needed`; a 409 otherwise. */
function standingFor(needed: TeamStanding, standing: TeamStanding, reason: string): PolicyDecision {
  return standing === needed
    ? allow('team_membership')
    : refuse('team_membership', reason, 'conflict')
}

/**
 * Only an account that joined the team acts for it (invites, removes another account): an
 * invitation is an offer to that account, not a seat at the table. users.manage in the acting
 * account is the gate's; this is the team's own rule on top.
 */
export function mayActForTeam(standing: TeamStanding): PolicyDecision {
  const reason = 'this account has not joined the team: accept the invitation first'
  return standingFor('active', standing, reason)
}

/** An invitation is accepted once, by the invited account. */
export function mayAcceptTeamInvitation(standing: TeamStanding): PolicyDecision {
  const reason = 'the account is already an active member of this team'
  return standingFor('pending', standing, reason)
}

/**
 * An account may always leave (or decline while pending); removing another takes an account that
 * joined. Which other accounts it can name at all (not a pending invitation) is the team's view.
 */
export function mayRemoveFromTeam(standing: TeamStanding, leaving: boolean): PolicyDecision {
  return leaving ? allow('team_membership') : mayActForTeam(standing)
}

/** What the acting account may do in the team, from the rules above. */
export function abilitiesInTeam(standing: TeamStanding) {
  return {
    invite: mayActForTeam(standing).allowed,
    accept: mayAcceptTeamInvitation(standing).allowed,
    /** Leaving, or declining while invited. */
    leave: mayRemoveFromTeam(standing, true).allowed,
    removeOthers: mayRemoveFromTeam(standing, false).allowed,
  }
}
