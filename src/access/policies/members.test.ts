import { describe, expect, it } from 'vitest'
import { ALL_PERMISSIONS, type Permission } from '../catalog.js'
import type { PathKind } from '../grants.js'
import { permissionsOfRole, type RoleKey } from '../roles.js'
import type { Caller } from './decision.js'
import { mayChangeConnection, mayGrant, mayKeyCarry, mayManageMember } from './members.js'

/** A caller reaching the account by one path: a role, or a custom set (role null). */
function caller(kind: PathKind, role: RoleKey | null, set?: Permission[]): Caller {
  const permissions = role ? [...permissionsOfRole(role)] : (set ?? [])
  return {
    userId: 'me',
    accountId: 'acc',
    held: new Set(permissions),
    isOwner: role === 'owner' && kind !== 'api_key',
    paths: [{ kind, accountId: kind === 'cascade' ? 'parent' : 'acc', role, permissions }],
  }
}
const roleGrant = (role: RoleKey) => ({ role, set: permissionsOfRole(role) })
const setGrant = (...keys: Permission[]) => ({ role: null, set: new Set(keys) })

describe('no_escalation: granting', () => {
  it.each([
    ['the Owner grants Admin', caller('membership', 'owner'), roleGrant('admin'), true],
    ['an Admin grants Manager', caller('membership', 'admin'), roleGrant('manager'), true],
    ['an Admin grants Admin (a peer)', caller('membership', 'admin'), roleGrant('admin'), false],
    ['an ancestor’s Admin grants Admin', caller('cascade', 'admin'), roleGrant('admin'), true],
    ['a Manager grants Author', caller('membership', 'manager'), roleGrant('author'), true],
    ['a Manager grants Admin', caller('membership', 'manager'), roleGrant('admin'), false],
    [
      '“allow all” grants Admin',
      caller('membership', null, [...ALL_PERMISSIONS]),
      roleGrant('admin'),
      false,
    ],
    [
      'a Manager grants billing.manage',
      caller('membership', 'manager'),
      setGrant('billing.manage'),
      false,
    ],
  ])('%s → %s', (_, who, grant, allowed) => {
    expect(mayGrant(who, grant)).toMatchObject({ allowed, rule: 'no_escalation' })
  })

  it('says what is lacking, or that the grant reaches further than the granter', () => {
    const manager = caller('membership', 'manager')
    expect(mayGrant(manager, setGrant('billing.manage'))).toMatchObject({
      reason: 'you cannot grant billing.manage, which you do not hold',
      refusal: { code: 'escalation_refused', details: { permission: 'billing.manage' } },
    })
    expect(mayGrant(manager, roleGrant('admin'))).toMatchObject({
      refusal: { code: 'escalation_refused', details: { role: 'admin' } },
    })
  })
})

describe('no_escalation: changing members, connections, keys', () => {
  const member = (role: RoleKey, outrankedByCaller = false) => ({
    role,
    held: permissionsOfRole(role),
    outrankedByCaller,
  })
  it.each([
    ['an Admin changes a Manager', caller('membership', 'admin'), member('manager'), true],
    ['an Admin changes an Admin', caller('membership', 'admin'), member('admin'), false],
    [
      'an ancestor’s Admin changes an Admin below',
      caller('cascade', 'admin'),
      member('admin', true),
      true,
    ],
    ['the Owner changes an Admin', caller('membership', 'owner'), member('admin'), true],
    [
      'an ancestor’s Admin changes the Owner',
      caller('cascade', 'admin'),
      member('owner', true),
      false,
    ],
  ])('%s → %s', (_, who, target, allowed) => {
    expect(mayManageMember(who, target)).toMatchObject({ allowed, rule: 'no_escalation' })
  })

  it.each([
    ['an Admin, a Manager’s connection', caller('membership', 'admin'), 'manager', true],
    [
      'a Manager, a Collaborator’s connection',
      caller('membership', 'manager'),
      'collaborator',
      false,
    ],
  ] as const)('%s → %s', (_, who, role, allowed) => {
    expect(mayChangeConnection(who, permissionsOfRole(role))).toMatchObject({ allowed })
  })

  it.each([
    [['campaigns.view'], true],
    [[...permissionsOfRole('author')], true],
    [['billing.manage'], false],
  ] as const)('an Author’s key carrying %j → %s', (keys, allowed) => {
    const decision = mayKeyCarry(caller('membership', 'author'), new Set(keys))
    expect(decision).toMatchObject({ allowed, rule: 'no_escalation' })
  })
})
