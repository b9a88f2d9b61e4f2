import type { Permission } from '../catalog.js'
import { type CampaignFacts, maySeeCampaign } from './campaigns.js'
import type { Caller } from './decision.js'
import { type MemberFacts, mayManageMember } from './members.js'
import { type ResourceFacts, resourceCheck } from './resources.js'
import { mayChangeShared, type SharedFacts } from './shares.js'

/**
 * What a caller may do with a resource, from the same permission check and rules the services
 * enforce and `explain` reports. Access only: the resource's state (a campaign's status) narrows
 * it further where the resource is presented.
 */
export function allows(caller: Caller, resource: ResourceFacts, permission: Permission): boolean {
  const { gate, rules } = resourceCheck(caller, resource, permission)
  return caller.held.has(gate) && rules.every((decision) => decision.allowed)
}

export function abilitiesOfCampaign(caller: Caller, campaign: CampaignFacts) {
  const resource: ResourceFacts = { kind: 'campaign', campaign }
  const may = (permission: Permission) => allows(caller, resource, permission)
  return {
    edit: may('campaigns.edit'),
    send: may('campaigns.send'),
    // Unscheduling returns the campaign to draft, as editing a scheduled one always has.
    unschedule: may('campaigns.edit'),
    sendDirect: may('campaigns.send_direct'),
    /** False on one's own submission (self_approval). */
    approve: may('campaigns.approve'),
    pause: may('campaigns.control'),
    resume: may('campaigns.control'),
    terminate: may('campaigns.control'),
    // Deleting is under campaigns.edit, but an SMS campaign goes without sms.use (no content sent).
    delete: caller.held.has('campaigns.edit') && maySeeCampaign(caller, campaign).allowed,
    viewReport: may('reports.view'),
    exportReport: may('reports.export'),
  }
}

/** A group or a template: shared in (read-only) or the account's own. */
function abilitiesOfShareable(caller: Caller, shared: SharedFacts, manage: Permission) {
  const change = allows(caller, { kind: shared.kind, shared }, manage)
  const readOnly = !mayChangeShared(caller, shared).allowed
  return { shared: readOnly, readOnly, edit: change, share: change }
}

export function abilitiesOfGroup(caller: Caller, ownerAccountId: string) {
  const shared: SharedFacts = { kind: 'group', ownerAccountId }
  const own = abilitiesOfShareable(caller, shared, 'groups.manage')
  // Removing a shared-in group only ends its share here, which groups.manage in this account
  // may do (the DELETE route); removing an own group deletes it, a change like any edit.
  const remove = own.shared ? caller.held.has('groups.manage') : own.edit
  // Only the owner account exports a group (SPEC §4).
  return { ...own, remove, export: !own.shared && caller.held.has('contacts.export') }
}

export function abilitiesOfTemplate(caller: Caller, ownerAccountId: string) {
  const own = abilitiesOfShareable(caller, { kind: 'template', ownerAccountId }, 'templates.manage')
  // Sharing a template down is templates.admin (its share routes), not templates.manage.
  const share = !own.readOnly && caller.held.has('templates.admin')
  return { ...own, share, delete: own.edit }
}

/** Allowed, or refused with the reason, for a UI that explains a greyed-out action. */
type Ability = { allowed: true } | { allowed: false; reason: string }

function memberAbility(caller: Caller, member: MemberFacts): Ability {
  if (!caller.held.has('users.manage')) {
    return { allowed: false, reason: 'this needs the users.manage permission in this account' }
  }
  const decision = mayManageMember(caller, member)
  return decision.allowed ? { allowed: true } : { allowed: false, reason: decision.reason }
}

export function abilitiesOfMember(caller: Caller, member: MemberFacts) {
  const ability = memberAbility(caller, member)
  return { edit: ability, remove: ability }
}
