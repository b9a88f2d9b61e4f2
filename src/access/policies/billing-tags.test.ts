import { describe, expect, it } from 'vitest'
import type { Permission } from '../catalog.js'
import type { AccessPath } from '../grants.js'
import { mayDrawOnParent } from './billing.js'
import { mayCreateTagsOnTheFly } from './tags.js'

const path = (kind: AccessPath['kind']): AccessPath => ({
  kind,
  accountId: 'child',
  role: null,
  permissions: ['billing.manage'],
})
const holding = (...keys: Permission[]) => ({ held: new Set(keys) })

describe('parent_billing', () => {
  it.each([
    ['a person with billing.manage in the parent', 'membership', holding('billing.manage'), true],
    ['a person without it there', 'membership', holding('users.view'), false],
    ['a person with no access to the parent', 'membership', holding(), false],
    ['an API key, whatever its creator holds above', 'api_key', undefined, false],
  ] as const)('%s → %s', (_, kind, inParent, allowed) => {
    const decision = mayDrawOnParent({ paths: [path(kind)] }, 'parent', inParent)
    expect(decision).toMatchObject({ allowed, rule: 'parent_billing' })
    if (!decision.allowed) {
      expect(decision.refusal).toEqual({
        code: 'parent_permission_required',
        details: { permission: 'billing.manage', accountId: 'parent' },
      })
    }
  })
})

describe('tags_on_the_fly', () => {
  it.each([
    [[], [], true],
    [[], ['New'], false],
    [['tags.manage'], ['New'], true],
  ] as const)('holding %j, new tags %j → %s', (held, names, allowed) => {
    const decision = mayCreateTagsOnTheFly(holding(...held), names)
    expect(decision).toMatchObject({ allowed, rule: 'tags_on_the_fly' })
    if (!decision.allowed) {
      expect(decision.reason).toBe('tag New does not exist; creating tags needs tags.manage')
    }
  })
})
