import { describe, expect, it } from 'vitest'
import type { Permission } from '../catalog.js'
import { permissionsOfRole, type RoleKey } from '../roles.js'
import type { Caller } from './decision.js'
import { type ResourceFacts, resourceCheck } from './resources.js'

const as = (role: RoleKey): Caller => ({
  userId: 'me',
  accountId: 'acc',
  held: new Set(permissionsOfRole(role)),
  isOwner: role === 'owner',
  paths: [],
})
const mySmsSubmission: ResourceFacts = {
  kind: 'campaign',
  campaign: { createdBy: 'me', submittedBy: 'me', channel: 'sms' },
}
const sharedGroup: ResourceFacts = {
  kind: 'group',
  shared: { kind: 'group', ownerAccountId: 'elsewhere' },
}

describe('which rules a permission meets on a resource, in the services’ order', () => {
  it.each([
    ['campaigns.view', mySmsSubmission, 'campaigns.view', ['own_campaigns_only']],
    ['campaigns.edit', mySmsSubmission, 'campaigns.edit', ['own_campaigns_only', 'sms_use']],
    [
      'campaigns.approve',
      mySmsSubmission,
      'campaigns.approve',
      ['own_campaigns_only', 'sms_use', 'self_approval'],
    ],
    // The report is served under campaigns.view; the own-reports rule stands in for reports.view.
    ['reports.view', mySmsSubmission, 'campaigns.view', ['own_campaigns_only', 'own_reports_only']],
    [
      'reports.export',
      mySmsSubmission,
      'reports.export',
      ['own_campaigns_only', 'own_reports_only'],
    ],
    ['groups.manage', sharedGroup, 'groups.manage', ['shared_read_only']],
    ['groups.view', sharedGroup, 'groups.view', []],
  ] as const)('%s', (permission, resource, gate, rules) => {
    const check = resourceCheck(as('manager'), resource, permission as Permission)
    expect(check.gate).toBe(gate)
    expect(check.rules.map((decision) => decision.rule)).toEqual(rules)
  })

  it('a Collaborator is refused their own SMS submission by self_approval, a Manager (no sms.use) also by sms_use', () => {
    const refusals = (role: RoleKey) =>
      resourceCheck(as(role), mySmsSubmission, 'campaigns.approve')
        .rules.filter((decision) => !decision.allowed)
        .map((decision) => decision.rule)
    expect(refusals('collaborator')).toEqual(['self_approval'])
    expect(refusals('manager')).toEqual(['sms_use', 'self_approval'])
  })
})
