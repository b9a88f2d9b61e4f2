import type { Permission } from '../catalog.js'
import {
  type CampaignFacts,
  mayDecideSubmission,
  maySeeCampaign,
  mayUseChannel,
  mayViewReport,
} from './campaigns.js'
import type { Caller, PolicyDecision } from './decision.js'
import { mayChangeShared, type SharedFacts } from './shares.js'

/** A resource `explain` can be asked about, with the facts its rules need. */
export type ResourceFacts =
  | { kind: 'campaign'; campaign: CampaignFacts }
  | { kind: 'group' | 'template' | 'contact'; shared: SharedFacts }

/** What a permission on a resource comes to: the permission the route checks, then the rules. */
export interface ResourceCheck {
  /** The permission the gate checks (the one asked, except where a rule stands in for it). */
  gate: Permission
  rules: PolicyDecision[]
}

const SMS_GUARDED = new Set<Permission>([
  'campaigns.edit',
  'campaigns.send',
  'campaigns.send_direct',
  'campaigns.approve',
])
const REPORT_PERMISSIONS = new Set<Permission>([
  'reports.view',
  'reports.drilldown',
  'reports.export',
])

function campaignCheck(caller: Caller, campaign: CampaignFacts, permission: Permission) {
  const rules = [maySeeCampaign(caller, campaign)]
  if (SMS_GUARDED.has(permission)) rules.push(mayUseChannel(caller, campaign.channel))
  if (permission === 'campaigns.approve') rules.push(mayDecideSubmission(caller, campaign))
  if (REPORT_PERMISSIONS.has(permission)) rules.push(mayViewReport(caller, campaign))
  // A campaign's report is served under campaigns.view; reports.view is one way through the
  // own-reports rule, authorship the other (SPEC §2), so the rule stands in for the permission.
  const gate: Permission = permission === 'reports.view' ? 'campaigns.view' : permission
  return { gate, rules }
}

/** The permissions that change a shareable thing, where a shared-in one is read-only. */
const CHANGES: Record<SharedFacts['kind'], Permission> = {
  group: 'groups.manage',
  template: 'templates.manage',
  contact: 'contacts.edit',
}

/** The rules a permission meets on a resource, in the order the services check them. */
export function resourceCheck(
  caller: Caller,
  resource: ResourceFacts,
  permission: Permission,
): ResourceCheck {
  if (resource.kind === 'campaign') return campaignCheck(caller, resource.campaign, permission)
  const rules =
    permission === CHANGES[resource.kind] ? [mayChangeShared(caller, resource.shared)] : []
  return { gate: permission, rules }
}
