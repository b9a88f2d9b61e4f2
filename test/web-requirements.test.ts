import { describe, expect, it } from 'vitest'
import { ALL_PERMISSIONS, PERMISSION_CATALOG, type Permission } from '../src/access/catalog.js'
import { isClosed, withoutDependents, withRequirements } from '../src/access/permission-sets.js'
import {
  allowAll,
  allowNone,
  pick,
  requirementNote,
  turnOff,
  turnOn,
} from '../web/src/access/requirements.js'

// The permission matrix of the web app applies SPEC §2's "requires" while the user clicks; the
// server rejects a set that is not closed, so whatever the clicks, the set must stay closed.
const catalog = PERMISSION_CATALOG

const sorted = (set: Iterable<string>) => [...set].sort()

describe('the permission matrix keeps a set closed under "requires"', () => {
  it('turning on "approve campaigns" turns on what it requires, all the way down, and says which', () => {
    const change = turnOn(catalog, ['reports.view'], 'campaigns.approve')
    expect(change.permissions).toEqual([
      'campaigns.view',
      'campaigns.edit',
      'campaigns.send',
      'campaigns.send_direct',
      'campaigns.approve',
      'reports.view',
    ])
    expect(change.alsoChanged).toEqual([
      'campaigns.view',
      'campaigns.edit',
      'campaigns.send',
      'campaigns.send_direct',
    ])
  })

  it('turning on a permission whose requirements are held changes nothing else', () => {
    const change = turnOn(catalog, ['contacts.view'], 'contacts.export')
    expect(change).toEqual({ permissions: ['contacts.view', 'contacts.export'], alsoChanged: [] })
  })

  it('turning off a requirement turns off everything that depends on it, and says which', () => {
    const admin = turnOn(catalog, ['templates.manage'], 'templates.admin').permissions
    const held = turnOn(catalog, admin, 'campaigns.approve').permissions
    const change = turnOff(catalog, held, 'campaigns.edit')
    expect(change.alsoChanged).toEqual([
      'templates.admin',
      'campaigns.send',
      'campaigns.send_direct',
      'campaigns.approve',
    ])
    expect(change.permissions).toEqual(['templates.view', 'templates.manage', 'campaigns.view'])
  })

  it('turning off something nothing depends on turns off only that', () => {
    expect(turnOff(catalog, ['sms.use', 'inbox.view'], 'sms.use')).toEqual({
      permissions: ['inbox.view'],
      alsoChanged: [],
    })
  })

  it('ALLOW ALL is the whole catalog and ALLOW NONE is empty', () => {
    expect(allowAll(catalog)).toEqual(ALL_PERMISSIONS)
    expect(allowNone()).toEqual([])
  })

  it('every single click, from any closed set, gives the closed set the server computes', () => {
    const starts: Permission[][] = [
      [],
      [...ALL_PERMISSIONS],
      [...withRequirements(['campaigns.approve', 'contacts.export'])],
    ]
    for (const start of starts) {
      for (const { key } of catalog) {
        const on = turnOn(catalog, start, key).permissions
        const off = turnOff(catalog, start, key).permissions
        expect(sorted(on), `on ${key}`).toEqual(sorted(withRequirements([...start, key])))
        expect(sorted(off), `off ${key}`).toEqual(sorted(withoutDependents(start, key)))
        expect(
          isClosed(new Set(on as Permission[])) && isClosed(new Set(off as Permission[])),
        ).toBe(true)
      }
    }
  })
})

// The pickers of connections and API keys hand over the whole new list; it must stay closed too.
describe('a permission picker keeps the picked set closed under "requires"', () => {
  const labelOf = (key: string) => catalog.find((entry) => entry.key === key)?.label ?? key

  it('picking "export contacts" picks "view contacts" with it, and says so', () => {
    const change = pick(catalog, ['sms.use'], ['sms.use', 'contacts.export'])
    expect(change).toEqual({
      permissions: ['contacts.view', 'contacts.export', 'sms.use'],
      alsoChanged: ['contacts.view'],
    })
    expect(requirementNote(labelOf, 'contacts.export', true, change)).toBe(
      'Export contacts requires View contacts, so it is on too.',
    )
  })

  it('dropping "view contacts" drops what needs it, and says so', () => {
    const held = ['contacts.view', 'contacts.edit', 'contacts.export', 'sms.use']
    const change = pick(catalog, held, ['contacts.edit', 'contacts.export', 'sms.use'])
    expect(change).toEqual({
      permissions: ['sms.use'],
      alsoChanged: ['contacts.edit', 'contacts.export'],
    })
    expect(requirementNote(labelOf, 'contacts.view', false, change)).toMatch(
      /^Edit contacts, Export contacts require View contacts, so they are off too\.$/,
    )
  })

  it('clearing the list, or picking what is already required, changes nothing else', () => {
    expect(pick(catalog, ['contacts.view', 'contacts.export'], [])).toEqual({
      permissions: [],
      alsoChanged: [],
    })
    expect(pick(catalog, [], ['contacts.view', 'contacts.export'])).toEqual({
      permissions: ['contacts.view', 'contacts.export'],
      alsoChanged: [],
    })
  })
})
