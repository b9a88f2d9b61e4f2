import { describe, expect, it } from 'vitest'
import type { Permission } from '../catalog.js'
import { permissionsOfRole, type RoleKey } from '../roles.js'
import {
  type CampaignFacts,
  mayDecideSubmission,
  maySeeCampaign,
  mayUseChannel,
  mayViewReport,
} from './campaigns.js'
import type { Caller } from './decision.js'

const ME = 'me'
const OTHER = 'someone-else'

function as(role: RoleKey, extra: { without?: Permission[] } = {}): Caller {
  const held = new Set(permissionsOfRole(role))
  for (const key of extra.without ?? []) held.delete(key)
  return { userId: ME, accountId: 'acc', held, isOwner: role === 'owner', paths: [] }
}

function campaign(facts: Partial<CampaignFacts>): CampaignFacts {
  return { createdBy: OTHER, submittedBy: null, channel: 'email', ...facts }
}

describe('campaign policies', () => {
  it.each([
    ['basic_user', ME, true],
    ['basic_user', OTHER, false],
    ['author', OTHER, true], // reports.view
    ['manager', OTHER, true],
    ['manager', OTHER, true],
  ] as const)('own_campaigns_only: %s on a campaign by %s → %s', (role, createdBy, allowed) => {
    const decision = maySeeCampaign(as(role), campaign({ createdBy }))
    expect(decision).toMatchObject({ allowed, rule: 'own_campaigns_only' })
    if (!decision.allowed) expect(decision.refusal.code).toBe('not_found')
  })

  it.each([
    [ME, 'approved', false],
    [ME, 'declined', false],
    [OTHER, 'approved', true],
    [null, 'approved', true],
  ] as const)('self_approval: submitted by %s, %s → %s', (submittedBy, action, allowed) => {
    const decision = mayDecideSubmission(as('manager'), campaign({ submittedBy }), action)
    expect(decision).toMatchObject({ allowed, rule: 'self_approval' })
    if (!decision.allowed) {
      expect(decision.reason).toBe(`a submission is ${action} by someone else`)
      expect(decision.refusal.code).toBe('self_approval')
    }
  })

  it.each([
    ['author', 'email', true],
    ['author', 'sms', false],
    ['basic_user', 'sms', true],
    ['campaign_creator', 'sms', true],
  ] as const)('sms_use: %s on %s → %s', (role, channel, allowed) => {
    const decision = mayUseChannel(as(role), channel)
    expect(decision).toMatchObject({ allowed, rule: 'sms_use' })
    if (!decision.allowed)
      expect(decision.refusal).toEqual({ code: 'forbidden', details: { permission: 'sms.use' } })
  })

  it.each([
    ['basic_user', ME, true],
    ['basic_user', OTHER, false],
    ['analyst', OTHER, true],
    ['manager', OTHER, true],
    // An approver without reports.view sees others' campaigns, not their reports.
    ['manager', OTHER, false, ['reports.view'] as Permission[]],
  ] as const)(
    'own_reports_only: %s on a campaign by %s → %s',
    (role, createdBy, allowed, without = []) => {
      const decision = mayViewReport(as(role, { without }), campaign({ createdBy }))
      expect(decision).toMatchObject({ allowed, rule: 'own_reports_only' })
      if (!decision.allowed)
        expect(decision.refusal.details).toEqual({ permission: 'reports.view' })
    },
  )
})
