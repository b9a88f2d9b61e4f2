import { describe, expect, it } from 'vitest'
import {
  ADMIN_AREA_PERMISSIONS,
  ALL_PERMISSIONS,
  isAdminAreaPermission,
  isPermission,
  PERMISSION_CATALOG,
  permissionDefinition,
} from './catalog.js'

// SPEC §2, row by row: "key: direct requirements". Kept as text so it can be compared with the
// spec by eye; the catalog must match it in content and order.
const SPEC_TABLE = `
account.manage:
billing.manage:
users.view:
users.security: users.view
users.manage: users.view
subaccounts.manage:
developer.api_keys:
developer.webhooks:
integrations.manage:
domains.manage:
senders.manage:
testers.manage:
contacts.view:
contacts.create: contacts.view
contacts.edit: contacts.view
contacts.delete: contacts.view
contacts.bulk_delete: contacts.delete
contacts.export: contacts.view
contacts.resubscribe: contacts.edit
blocklist.view:
blocklist.manage: blocklist.view
groups.view:
groups.manage: groups.view
segments.manage: groups.view
tags.manage:
templates.view:
templates.manage: templates.view
templates.admin: templates.manage, campaigns.edit
campaigns.view:
campaigns.edit: campaigns.view
campaigns.send: campaigns.edit
campaigns.send_direct: campaigns.send
campaigns.approve: campaigns.send_direct
campaigns.control: campaigns.view
sms.use:
inbox.view:
automations.manage:
forms.manage:
reports.view:
reports.drilldown: reports.view
reports.export: reports.view
reports.cross_account: reports.view
`
  .trim()
  .split('\n')
  .map((line) => {
    const [key = '', requires = ''] = line.split(':')
    return {
      key,
      requires: requires
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    }
  })

describe('permission catalog', () => {
  it('has the 42 keys of SPEC §2, in order, with their direct requirements', () => {
    expect(PERMISSION_CATALOG).toHaveLength(42)
    expect(PERMISSION_CATALOG.map(({ key, requires }) => ({ key, requires }))).toEqual(SPEC_TABLE)
    expect(ALL_PERMISSIONS).toEqual(SPEC_TABLE.map((entry) => entry.key))
  })

  it('has unique keys and a description for each', () => {
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length)
    for (const entry of PERMISSION_CATALOG) expect(entry.description.length).toBeGreaterThan(5)
  })

  it('puts each permission in the area its key names', () => {
    for (const entry of PERMISSION_CATALOG) expect(entry.area).toBe(entry.key.split('.')[0])
  })

  it('only requires keys that exist, never itself, never twice', () => {
    for (const entry of PERMISSION_CATALOG) {
      for (const required of entry.requires) expect(isPermission(required)).toBe(true)
      expect(entry.requires).not.toContain(entry.key)
      expect(new Set(entry.requires).size).toBe(entry.requires.length)
    }
  })

  it('has no cycle in "requires" (every key can be placed after all it requires)', () => {
    // Kahn's algorithm straight over the catalog data, independent of permission-sets.ts.
    const placed = new Set<string>()
    let progress = true
    while (progress) {
      progress = false
      for (const entry of PERMISSION_CATALOG) {
        if (placed.has(entry.key)) continue
        if (entry.requires.every((required) => placed.has(required))) {
          placed.add(entry.key)
          progress = true
        }
      }
    }
    expect([...ALL_PERMISSIONS].filter((key) => !placed.has(key))).toEqual([])
  })

  it('recognises exactly the catalog keys', () => {
    for (const key of ALL_PERMISSIONS) expect(isPermission(key)).toBe(true)
    for (const key of [
      '',
      'contacts',
      'Contacts.view',
      'contacts.view ',
      'contacts.*',
      'toString',
      '__proto__',
      'constructor',
    ]) {
      expect(isPermission(key)).toBe(false)
    }
  })

  it('looks up a definition by key', () => {
    expect(permissionDefinition('templates.admin')).toMatchObject({
      area: 'templates',
      requires: ['templates.manage', 'campaigns.edit'],
    })
  })

  it('marks the admin areas of SPEC §1 Connection', () => {
    expect([...ADMIN_AREA_PERMISSIONS].sort()).toEqual(
      [
        'account.manage',
        'billing.manage',
        'users.view',
        'users.security',
        'users.manage',
        'subaccounts.manage',
        'developer.api_keys',
        'developer.webhooks',
        'domains.manage',
      ].sort(),
    )
    expect(isAdminAreaPermission('domains.manage')).toBe(true)
    expect(isAdminAreaPermission('senders.manage')).toBe(false)
    expect(isAdminAreaPermission('integrations.manage')).toBe(false)
  })
})
