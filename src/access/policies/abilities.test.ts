import { describe, expect, it } from 'vitest'
import { permissionsOfRole, type RoleKey } from '../roles.js'
import {
  abilitiesOfCampaign,
  abilitiesOfGroup,
  abilitiesOfMember,
  abilitiesOfTemplate,
} from './abilities.js'
import type { CampaignFacts } from './campaigns.js'
import type { Caller } from './decision.js'

const as = (role: RoleKey): Caller => ({
  userId: 'me',
  accountId: 'here',
  held: new Set(permissionsOfRole(role)),
  isOwner: role === 'owner',
  paths: [{ kind: 'membership', accountId: 'here', role, permissions: [] }],
})
const campaign = (facts: Partial<CampaignFacts>): CampaignFacts => ({
  createdBy: 'other',
  submittedBy: null,
  channel: 'email',
  ...facts,
})

describe('abilities of a campaign', () => {
  it.each([
    [
      'a Manager, on their own submission',
      'manager',
      campaign({ createdBy: 'me', submittedBy: 'me' }),
      { edit: true, send: true, sendDirect: true, approve: false, pause: true, viewReport: true },
    ],
    [
      'a Manager, on an Author’s submission',
      'manager',
      campaign({ submittedBy: 'other' }),
      { approve: true, exportReport: false },
    ],
    [
      'a Manager, on an SMS campaign (no sms.use)',
      'manager',
      campaign({ channel: 'sms', submittedBy: 'other' }),
      { edit: false, send: false, approve: false, pause: true, viewReport: true },
    ],
    [
      'an Author, on another’s campaign',
      'author',
      campaign({}),
      { edit: true, send: true, sendDirect: false, approve: false, pause: false, viewReport: true },
    ],
    [
      'a Basic user, on their own campaign',
      'basic_user',
      campaign({ createdBy: 'me', channel: 'sms' }),
      { edit: true, sendDirect: true, viewReport: true, exportReport: false },
    ],
    [
      'a Basic user, on another’s campaign',
      'basic_user',
      campaign({}),
      { edit: false, send: false, sendDirect: false, viewReport: false },
    ],
  ] as const)('%s', (_, role, facts, expected) => {
    expect(abilitiesOfCampaign(as(role), facts)).toMatchObject(expected)
  })
})

describe('abilities of groups and templates', () => {
  it.each([
    [
      'owner',
      'here',
      { shared: false, readOnly: false, edit: true, share: true, remove: true, export: true },
    ],
    [
      'owner',
      'elsewhere',
      { shared: true, readOnly: true, edit: false, share: false, remove: true, export: false },
    ],
    ['manager', 'here', { shared: false, edit: true, remove: true, export: false }],
    [
      'analyst',
      'here',
      { shared: false, readOnly: false, edit: false, share: false, remove: false },
    ],
    ['analyst', 'elsewhere', { shared: true, edit: false, remove: false }],
  ] as const)('a group, for the %s, owned %s', (role, owner, expected) => {
    expect(abilitiesOfGroup(as(role), owner)).toMatchObject(expected)
  })

  it.each([
    // Sharing a template down is templates.admin (its routes), which an Author lacks.
    ['author', 'here', { shared: false, edit: true, delete: true, share: false }],
    ['owner', 'here', { shared: false, edit: true, delete: true, share: true }],
    ['owner', 'elsewhere', { shared: true, edit: false, delete: false, share: false }],
    ['author', 'elsewhere', { shared: true, readOnly: true, edit: false, delete: false }],
    ['analyst', 'here', { edit: false, delete: false }],
  ] as const)('a template, for the %s, owned %s', (role, owner, expected) => {
    expect(abilitiesOfTemplate(as(role), owner)).toMatchObject(expected)
  })
})

describe('abilities on a member', () => {
  const member = (role: RoleKey) => ({
    role,
    held: permissionsOfRole(role),
    outrankedByCaller: false,
  })
  it('an Admin edits and removes a Manager, not a peer Admin nor the Owner, and says why', () => {
    const admin = as('admin')
    expect(abilitiesOfMember(admin, member('manager')).edit).toEqual({ allowed: true })
    expect(abilitiesOfMember(admin, member('admin')).remove).toEqual({
      allowed: false,
      reason: 'you can change only members whose permissions are a strict subset of yours',
    })
    expect(abilitiesOfMember(admin, member('owner')).edit).toMatchObject({ allowed: false })
    expect(abilitiesOfMember(as('author'), member('basic_user')).edit).toEqual({
      allowed: false,
      reason: 'this needs the users.manage permission in this account',
    })
  })
})
