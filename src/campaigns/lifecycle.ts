import type { CampaignStatus } from '../db/schema.js'

/**
 * SPEC §5: the statuses from which each action changes a campaign. The service refuses the others
 * (409 `invalid_state`) and a campaign's `abilities` say no in them, from this one table, so the
 * two cannot disagree.
 */
export const ACTS_FROM = {
  // Editing a campaign waiting for approval or scheduled sends it back to draft.
  edit: ['draft', 'pending_approval', 'scheduled'],
  send: ['draft'],
  // Back to draft, its credits returned. A waiting campaign is not yet on a schedule: editing it
  // withdraws the submission, a decision of its own.
  unschedule: ['scheduled'],
  // Approving and declining.
  approve: ['pending_approval'],
  pause: ['sending', 'scheduled'],
  resume: ['paused'],
  terminate: ['sending', 'paused', 'scheduled'],
  // A campaign under way is paused and terminated first.
  delete: ['draft', 'pending_approval', 'sent', 'terminated'],
} as const satisfies Record<string, readonly CampaignStatus[]>

export type CampaignAction = keyof typeof ACTS_FROM

export function actsFrom(action: CampaignAction, status: CampaignStatus): boolean {
  return (ACTS_FROM[action] as readonly CampaignStatus[]).includes(status)
}
