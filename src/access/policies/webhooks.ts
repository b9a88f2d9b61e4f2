import type { Permission } from '../catalog.js'
import { allow, type Caller, type PolicyDecision, refuse } from './decision.js'

/**
 * A webhook sends what its events carry to a URL its creator chose, so subscribing is reading:
 * each event needs what the API asks to see its data (no_escalation). Campaign events need
 * reports.view too, since without it (and without campaigns.approve) others' campaigns are
 * hidden (own_campaigns_only) while an event carries every campaign of the account.
 */
export const WEBHOOK_EVENT_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  'contact.created': ['contacts.view'],
  'contact.updated': ['contacts.view'],
  'contact.unsubscribed': ['contacts.view'],
  'campaign.status_changed': ['campaigns.view', 'reports.view'],
  'campaign.sent': ['campaigns.view', 'reports.view'],
  'program.completed': ['automations.manage'],
  'membership.changed': ['users.view'],
  'connection.changed': ['users.view'],
  'import.finished': ['contacts.create'],
}

export function maySubscribe(
  caller: Pick<Caller, 'held'>,
  events: readonly string[],
): PolicyDecision {
  for (const event of events) {
    const lacking = (WEBHOOK_EVENT_PERMISSIONS[event] ?? []).find((p) => !caller.held.has(p))
    if (lacking) {
      return refuse(
        'no_escalation',
        `subscribing to ${event} needs ${lacking}, which you do not hold`,
        'escalation_refused',
        { field: 'events', event, permission: lacking },
      )
    }
  }
  return allow('no_escalation')
}
