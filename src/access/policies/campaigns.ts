import type { Caller, PolicyDecision } from './decision.js'
import { allow, refuse } from './decision.js'

/** What the campaign rules need to know of a campaign. */
export interface CampaignFacts {
  createdBy: string | null
  submittedBy: string | null
  channel: 'email' | 'sms'
}

/**
 * SPEC §2 "own message data only": a caller holding neither reports.view nor campaigns.approve
 * sees only the campaigns they created; another's campaign is 404 to them, as if absent.
 */
export function seesOnlyOwnCampaigns(caller: Pick<Caller, 'held'>): boolean {
  return !caller.held.has('reports.view') && !caller.held.has('campaigns.approve')
}

export function maySeeCampaign(caller: Caller, campaign: CampaignFacts): PolicyDecision {
  if (seesOnlyOwnCampaigns(caller) && campaign.createdBy !== caller.userId) {
    return refuse('own_campaigns_only', 'campaign not found', 'not_found', {
      resource: 'campaign',
    })
  }
  return allow('own_campaigns_only')
}

/** SPEC §2 campaigns.approve: never one's own submission (approving nor declining it). */
export function mayDecideSubmission(
  caller: Caller,
  campaign: CampaignFacts,
  action: 'approved' | 'declined' = 'approved',
): PolicyDecision {
  if (campaign.submittedBy !== null && campaign.submittedBy === caller.userId) {
    return refuse('self_approval', `a submission is ${action} by someone else`, 'self_approval')
  }
  return allow('self_approval')
}

/** SMS campaigns need sms.use on top of the route's campaign permission (SPEC §2). */
export function mayUseChannel(caller: Caller, channel: CampaignFacts['channel']): PolicyDecision {
  if (channel === 'sms' && !caller.held.has('sms.use')) {
    return refuse('sms_use', 'SMS campaigns need sms.use', 'forbidden', { permission: 'sms.use' })
  }
  return allow('sms_use')
}

/**
 * SPEC §2: reports.view shows every campaign's report; without it, everyone who can send sees the
 * reports of the campaigns they created (the Basic user's "own message data only").
 */
export function mayViewReport(caller: Caller, campaign: CampaignFacts): PolicyDecision {
  if (!caller.held.has('reports.view') && campaign.createdBy !== caller.userId) {
    return refuse(
      'own_reports_only',
      'the reports of other people’s campaigns need reports.view',
      'forbidden',
      { permission: 'reports.view' },
    )
  }
  return allow('own_reports_only')
}
