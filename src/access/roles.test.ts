import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.js'
import { ADMIN_AREA_PERMISSIONS, ALL_PERMISSIONS, type Permission } from './catalog.js'
import { isClosed, isStrictSubset, missingFrom, validatePermissionSet } from './permission-sets.js'
import {
  CASCADING_ROLES,
  isRoleKey,
  PRESET_ROLES,
  permissionsOfRole,
  presetRole,
  ROLE_KEYS,
  type RoleKey,
  validateConnectionPermissions,
} from './roles.js'

function sorted(set: Iterable<Permission>): Permission[] {
  return [...set].sort()
}

describe('preset roles', () => {
  it('are the ten roles of SPEC §2, in order', () => {
    expect(PRESET_ROLES.map((role) => role.key)).toEqual([
      'owner',
      'admin',
      'manager',
      'author',
      'collaborator',
      'campaign_creator',
      'data_manager',
      'analyst',
      'advanced_user',
      'basic_user',
    ])
    expect(PRESET_ROLES.map((role) => role.key)).toEqual(ROLE_KEYS)
    expect(PRESET_ROLES.map((role) => role.label)).toContain('Campaign Creator')
  })

  it('are each closed under "requires"', () => {
    for (const role of PRESET_ROLES) {
      expect(isClosed(role.permissions), role.key).toBe(true)
      expect(() => validatePermissionSet([...role.permissions])).not.toThrow()
    }
  })

  it('gives the Owner everything', () => {
    expect(sorted(permissionsOfRole('owner'))).toEqual(sorted(ALL_PERMISSIONS))
  })

  it('gives the Admin all but contacts.bulk_delete and contacts.export', () => {
    expect(missingFrom(ALL_PERMISSIONS, permissionsOfRole('admin'))).toEqual([
      'contacts.bulk_delete',
      'contacts.export',
    ])
  })

  it('builds Manager as Author plus the listed permissions', () => {
    const author = permissionsOfRole('author')
    const manager = permissionsOfRole('manager')
    expect(missingFrom(author, manager)).toEqual([])
    expect(sorted(missingFrom(manager, author))).toEqual(
      sorted([
        'campaigns.send_direct',
        'campaigns.approve',
        'campaigns.control',
        'contacts.view',
        'contacts.create',
        'contacts.edit',
        'contacts.delete',
        'blocklist.view',
        'users.security',
        'developer.webhooks',
        'domains.manage',
      ]),
    )
  })

  it('spells out the Collaborator', () => {
    expect(sorted(permissionsOfRole('collaborator'))).toEqual(
      sorted([
        'contacts.view',
        'contacts.create',
        'contacts.edit',
        'contacts.delete',
        'groups.view',
        'groups.manage',
        'segments.manage',
        'tags.manage',
        'templates.view',
        'templates.manage',
        'campaigns.view',
        'campaigns.edit',
        'campaigns.send',
        'campaigns.send_direct',
        'campaigns.approve',
        'campaigns.control',
        'sms.use',
        'reports.view',
        'reports.drilldown',
        'testers.manage',
        'senders.manage',
        'blocklist.view',
      ]),
    )
  })

  it('matches SPEC §2 for the smaller roles', () => {
    expect(sorted(permissionsOfRole('analyst'))).toEqual(
      sorted([
        'contacts.view',
        'groups.view',
        'campaigns.view',
        'templates.view',
        'reports.view',
        'reports.drilldown',
      ]),
    )
    expect(sorted(permissionsOfRole('basic_user'))).toEqual(
      sorted([
        'campaigns.view',
        'campaigns.edit',
        'campaigns.send',
        'campaigns.send_direct',
        'sms.use',
        'templates.view',
        'groups.view',
      ]),
    )
    expect(permissionsOfRole('data_manager').size).toBe(9)
    expect(permissionsOfRole('campaign_creator').size).toBe(12)
    expect(permissionsOfRole('advanced_user').size).toBe(15)
    expect(permissionsOfRole('author').size).toBe(13)
  })

  it('ranks Owner > Admin > Manager > Author for the no-escalation rule', () => {
    const chain: RoleKey[] = ['author', 'manager', 'admin', 'owner']
    for (let i = 0; i + 1 < chain.length; i++) {
      const lower = permissionsOfRole(chain[i]!)
      const higher = permissionsOfRole(chain[i + 1]!)
      expect(isStrictSubset(lower, higher)).toBe(true)
      expect(isStrictSubset(higher, lower)).toBe(false)
    }
    // Peers cannot manage each other.
    expect(isStrictSubset(permissionsOfRole('admin'), permissionsOfRole('admin'))).toBe(false)
  })

  it('cascades only Owner and Admin', () => {
    expect(CASCADING_ROLES).toEqual(['owner', 'admin'])
  })

  it('recognises role keys', () => {
    for (const key of ROLE_KEYS) expect(isRoleKey(key)).toBe(true)
    for (const key of ['custom', 'Owner', '', 'toString', 'campaign-creator']) {
      expect(isRoleKey(key)).toBe(false)
    }
    expect(presetRole('analyst').label).toBe('Analyst')
  })
})

describe('connection roles', () => {
  it('are exactly Collaborator, Campaign Creator, Data Manager and Analyst', () => {
    expect(PRESET_ROLES.filter((role) => role.connection).map((role) => role.key)).toEqual([
      'collaborator',
      'campaign_creator',
      'data_manager',
      'analyst',
    ])
  })

  it('carry no admin-area permission', () => {
    for (const role of PRESET_ROLES.filter((candidate) => candidate.connection)) {
      for (const key of ADMIN_AREA_PERMISSIONS)
        expect(role.permissions.has(key), role.key).toBe(false)
      expect(() => validateConnectionPermissions(role.permissions, 'role')).not.toThrow()
    }
  })

  it('rejects the organisation roles that reach an admin area', () => {
    for (const key of ['owner', 'admin', 'manager', 'author', 'advanced_user'] as const) {
      expect(() => validateConnectionPermissions(permissionsOfRole(key), 'role')).toThrow(AppError)
    }
  })

  it('names the first admin-area permission, in catalog order, and the field', () => {
    try {
      validateConnectionPermissions(
        new Set<Permission>(['contacts.view', 'domains.manage', 'users.view']),
        'role',
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      const appError = error as AppError
      expect(appError.code).toBe('validation_failed')
      expect(appError.details).toEqual({ field: 'role', permission: 'users.view' })
      expect(appError.message).toContain('users.view')
    }
  })

  it('accepts a custom set exactly when it avoids the admin areas', () => {
    fc.assert(
      fc.property(fc.subarray([...ALL_PERMISSIONS]), (keys) => {
        const set = new Set(keys)
        const adminKeys = ADMIN_AREA_PERMISSIONS.filter((key) => set.has(key))
        if (adminKeys.length === 0) {
          expect(() => validateConnectionPermissions(set)).not.toThrow()
          return
        }
        try {
          validateConnectionPermissions(set)
          expect.unreachable()
        } catch (error) {
          expect((error as AppError).details).toEqual({
            field: 'permissions',
            permission: adminKeys[0],
          })
        }
      }),
    )
  })
})
