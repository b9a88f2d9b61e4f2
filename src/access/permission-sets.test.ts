import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.js'
import { ALL_PERMISSIONS, PERMISSION_CATALOG, type Permission } from './catalog.js'
import {
  allowAll,
  allowNone,
  dependentsOf,
  isClosed,
  isStrictSubset,
  isSubset,
  missingFrom,
  requirementsOf,
  validatePermissionSet,
  withoutDependents,
  withRequirements,
} from './permission-sets.js'

// A reference definition of "closed", straight from the catalog, so the properties below do not
// check isClosed against itself.
function closedByCatalog(set: ReadonlySet<string>): boolean {
  return PERMISSION_CATALOG.every(
    (entry) => !set.has(entry.key) || entry.requires.every((required) => set.has(required)),
  )
}

const anySubset = fc.subarray([...ALL_PERMISSIONS])
const anyPermission = fc.constantFrom(...ALL_PERMISSIONS)
const anyClosedSet = anySubset.map((keys) => withRequirements(keys))

function catchError(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

describe('withRequirements', () => {
  it('adds the transitive requirements of a ticked box', () => {
    expect(withRequirements(['templates.admin'])).toEqual(
      new Set([
        'templates.admin',
        'templates.manage',
        'templates.view',
        'campaigns.edit',
        'campaigns.view',
      ]),
    )
    expect(withRequirements(['campaigns.approve'])).toEqual(
      new Set([
        'campaigns.approve',
        'campaigns.send_direct',
        'campaigns.send',
        'campaigns.edit',
        'campaigns.view',
      ]),
    )
    expect(withRequirements([])).toEqual(new Set())
  })

  it('gives a closed superset of any set', () => {
    fc.assert(
      fc.property(anySubset, (keys) => {
        const result = withRequirements(keys)
        expect(closedByCatalog(result)).toBe(true)
        for (const key of keys) expect(result.has(key)).toBe(true)
      }),
    )
  })

  it('adds nothing that is not needed: removing any added permission breaks closure', () => {
    fc.assert(
      fc.property(anySubset, (keys) => {
        const result = withRequirements(keys)
        const added = [...result].filter((key) => !keys.includes(key))
        for (const key of added) {
          const smaller = new Set(result)
          smaller.delete(key)
          expect(closedByCatalog(smaller)).toBe(false)
        }
      }),
    )
  })

  it('is the smallest closed superset: it fits inside every closed set holding the input', () => {
    fc.assert(
      fc.property(
        anyClosedSet.chain((closed) =>
          fc.tuple(fc.constant(closed), fc.subarray([...closed] as Permission[])),
        ),
        ([closed, keys]) => {
          expect(isSubset(withRequirements(keys), closed)).toBe(true)
        },
      ),
    )
  })

  it('leaves a closed set unchanged', () => {
    fc.assert(
      fc.property(anyClosedSet, (closed) => {
        expect(withRequirements(closed)).toEqual(closed)
      }),
    )
  })
})

describe('withoutDependents', () => {
  it('removes what needs an unticked box, and nothing else', () => {
    const result = withoutDependents(allowAll(), 'campaigns.edit')
    expect(missingFrom(ALL_PERMISSIONS, result)).toEqual([
      'templates.admin',
      'campaigns.edit',
      'campaigns.send',
      'campaigns.send_direct',
      'campaigns.approve',
    ])
  })

  it('keeps closure, drops the key and only removes what (transitively) requires it', () => {
    fc.assert(
      fc.property(anyClosedSet, anyPermission, (closed, key) => {
        const result = withoutDependents(closed, key)
        expect(closedByCatalog(result)).toBe(true)
        expect(result.has(key)).toBe(false)
        expect(isSubset(result, closed)).toBe(true)
        for (const removed of missingFrom(closed, result)) {
          if (removed !== key) expect(withRequirements([removed]).has(key)).toBe(true)
        }
      }),
    )
  })

  it('does not change the set it is given', () => {
    const before = allowAll()
    withoutDependents(before, 'contacts.view')
    expect(before.size).toBe(ALL_PERMISSIONS.length)
  })
})

describe('validatePermissionSet', () => {
  it('accepts exactly the closed sets, whatever the order and duplicates', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(anyPermission, { maxLength: 60 }),
          anyClosedSet.map((closed) => [...closed].reverse()),
          // One box short of closed: the case most likely to slip past a sloppy check.
          fc
            .tuple(anyClosedSet, anyPermission)
            .map(([closed, key]) => [...closed].filter((held) => held !== key)),
        ),
        (keys) => {
          const expectedClosed = closedByCatalog(new Set(keys))
          if (expectedClosed) {
            expect(validatePermissionSet(keys)).toEqual(new Set(keys))
            return
          }
          const error = catchError(() => validatePermissionSet(keys))
          expect(error).toBeInstanceOf(AppError)
          const { code, details } = error as AppError
          expect(code).toBe('validation_failed')
          const { missing, requiredBy, field } = details as Record<string, Permission>
          expect(field).toBe('permissions')
          expect(keys).toContain(requiredBy)
          expect(keys).not.toContain(missing)
          expect(PERMISSION_CATALOG.find((entry) => entry.key === requiredBy)?.requires).toContain(
            missing,
          )
        },
      ),
    )
  })

  it('rejects the closure of any permission minus one of its requirements, naming it', () => {
    for (const key of ALL_PERMISSIONS) {
      for (const required of requirementsOf(key)) {
        const keys = [...withRequirements([key])].filter((held) => held !== required)
        const error = catchError(() => validatePermissionSet(keys)) as AppError
        expect(error.details.missing).toBe(required)
      }
    }
  })

  it('names the missing requirement and what needs it', () => {
    const error = catchError(() =>
      validatePermissionSet(['contacts.view', 'contacts.bulk_delete'], 'role.permissions'),
    ) as AppError
    expect(error.code).toBe('validation_failed')
    expect(error.status).toBe(422)
    expect(error.details).toEqual({
      field: 'role.permissions',
      missing: 'contacts.delete',
      requiredBy: 'contacts.bulk_delete',
    })
    expect(error.message).toContain('contacts.delete')
    expect(error.message).toContain('contacts.bulk_delete')
  })

  it('rejects an unknown key by name', () => {
    const error = catchError(() =>
      validatePermissionSet(['contacts.view', 'contacts.launch_missiles']),
    ) as AppError
    expect(error.code).toBe('validation_failed')
    expect(error.details).toEqual({ field: 'permissions', unknown: 'contacts.launch_missiles' })
    expect(error.message).toContain('contacts.launch_missiles')
  })

  it('accepts the empty set, duplicates and the full catalog', () => {
    expect(validatePermissionSet([])).toEqual(new Set())
    expect(validatePermissionSet(['groups.view', 'groups.manage', 'groups.view'])).toEqual(
      new Set(['groups.view', 'groups.manage']),
    )
    expect(validatePermissionSet([...ALL_PERMISSIONS]).size).toBe(42)
  })
})

describe('isClosed', () => {
  it('agrees with the catalog on any set', () => {
    fc.assert(
      fc.property(anySubset, (keys) => {
        expect(isClosed(new Set(keys))).toBe(closedByCatalog(new Set(keys)))
      }),
    )
  })

  it('rejects a set missing an indirect requirement', () => {
    expect(isClosed(new Set<Permission>(['campaigns.send', 'campaigns.edit']))).toBe(false)
  })
})

describe('allowAll and allowNone', () => {
  it('give every permission or none, closed, as fresh sets', () => {
    const all = allowAll()
    expect(all).toEqual(new Set(ALL_PERMISSIONS))
    expect(isClosed(all)).toBe(true)
    all.clear()
    expect(allowAll().size).toBe(42)
    const none = allowNone()
    expect(none.size).toBe(0)
    none.add('contacts.view')
    expect(allowNone().size).toBe(0)
  })
})

describe('requirementsOf and dependentsOf', () => {
  it('are mirror images', () => {
    for (const a of ALL_PERMISSIONS) {
      for (const b of ALL_PERMISSIONS) {
        expect(requirementsOf(a).has(b)).toBe(dependentsOf(b).has(a))
      }
    }
  })

  it('never contain the key itself', () => {
    for (const key of ALL_PERMISSIONS) {
      expect(requirementsOf(key).has(key)).toBe(false)
      expect(dependentsOf(key).has(key)).toBe(false)
    }
  })

  it('follow chains', () => {
    expect(dependentsOf('campaigns.view')).toEqual(
      new Set([
        'campaigns.edit',
        'campaigns.send',
        'campaigns.send_direct',
        'campaigns.approve',
        'campaigns.control',
        'templates.admin',
      ]),
    )
  })
})

describe('subset relations', () => {
  const set = (...keys: Permission[]) => new Set<Permission>(keys)

  it('tells subset from strict subset on examples', () => {
    expect(isSubset(set(), set())).toBe(true)
    expect(isStrictSubset(set(), set())).toBe(false)
    expect(isStrictSubset(set(), set('sms.use'))).toBe(true)
    expect(isStrictSubset(set('sms.use'), set('sms.use', 'inbox.view'))).toBe(true)
    expect(isStrictSubset(set('sms.use', 'inbox.view'), set('sms.use'))).toBe(false)
    // Same size, different content: neither is a subset of the other.
    expect(isSubset(set('sms.use'), set('inbox.view'))).toBe(false)
    expect(isStrictSubset(set('sms.use', 'forms.manage'), set('sms.use', 'inbox.view'))).toBe(false)
  })

  it('strict subset is irreflexive and asymmetric; subset is reflexive', () => {
    fc.assert(
      fc.property(anySubset, anySubset, (a, b) => {
        const setA = new Set(a)
        const setB = new Set(b)
        expect(isStrictSubset(setA, setA)).toBe(false)
        expect(isSubset(setA, setA)).toBe(true)
        if (isStrictSubset(setA, setB)) expect(isStrictSubset(setB, setA)).toBe(false)
      }),
    )
  })

  it('strict subset is "subset and not equal"', () => {
    fc.assert(
      fc.property(anySubset, anySubset, (a, b) => {
        const setA = new Set(a)
        const setB = new Set(b)
        const equal = isSubset(setA, setB) && isSubset(setB, setA)
        expect(isStrictSubset(setA, setB)).toBe(isSubset(setA, setB) && !equal)
        expect(isSubset(setA, setB)).toBe(a.every((key) => setB.has(key)))
      }),
    )
  })

  it('strict subset is transitive', () => {
    // Build chains a ⊆ b ⊆ c so the premise holds often; random triples almost never chain.
    const chain = anySubset.chain((c) =>
      fc.subarray(c).chain((b) => fc.tuple(fc.subarray(b), fc.constant(b), fc.constant(c))),
    )
    fc.assert(
      fc.property(chain, ([a, b, c]) => {
        const [setA, setB, setC] = [new Set(a), new Set(b), new Set(c)]
        if (isStrictSubset(setA, setB) && isStrictSubset(setB, setC)) {
          expect(isStrictSubset(setA, setC)).toBe(true)
        }
      }),
    )
  })
})

describe('missingFrom', () => {
  it('lists what is required but not held, in the order required', () => {
    expect(
      missingFrom(['reports.export', 'reports.view', 'inbox.view'], new Set(['reports.view'])),
    ).toEqual(['reports.export', 'inbox.view'])
    expect(missingFrom([], new Set())).toEqual([])
    expect(missingFrom(ALL_PERMISSIONS, allowAll())).toEqual([])
  })
})
