import type { Deps } from '../deps.js'
import { appPaths, holdersOf, notifyLater } from './notify.js'

export interface ApprovalEvent {
  kind: 'submitted' | 'approved' | 'declined'
  actorId: string
  campaign: { id: string; account_id: string; name: string; submitted_by: string | null }
  reason?: string
}

/**
 * Campaign approval (SPEC §5): a submission waiting for approval is told to those who may approve
 * it (never the submitter); the decision is told to the submitter, a decline with its reason.
 */
export function notifyCampaignApproval(deps: Deps, event: ApprovalEvent) {
  const { campaign } = event
  const path = appPaths.campaign(campaign.account_id, campaign.id)
  setImmediate(async () => {
    try {
      if (event.kind === 'submitted') {
        const approvers = await holdersOf(deps, campaign.account_id, 'campaigns.approve')
        notifyLater(deps, {
          actorId: event.actorId,
          accountId: campaign.account_id,
          userIds: approvers,
          subject: `Campaign "${campaign.name}" is waiting for your approval`,
          lines: [`The campaign "${campaign.name}" was submitted and waits for approval.`],
          path,
        })
        return
      }
      if (!campaign.submitted_by) return
      const approved = event.kind === 'approved'
      notifyLater(deps, {
        actorId: event.actorId,
        accountId: campaign.account_id,
        userIds: [campaign.submitted_by],
        subject: `Campaign "${campaign.name}" was ${approved ? 'approved' : 'declined'}`,
        lines: approved
          ? [`Your campaign "${campaign.name}" was approved and is on its way.`]
          : [
              `Your campaign "${campaign.name}" was declined and is a draft again.`,
              `Reason: ${event.reason ?? ''}`,
            ],
        path,
      })
    } catch (error) {
      deps.log.error({ err: error }, 'campaign approval notification failed')
    }
  })
}
