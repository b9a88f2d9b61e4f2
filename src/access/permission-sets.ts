import { AppError } from '../errors.js'
import { ALL_PERMISSIONS, isPermission, PERMISSION_CATALOG, type Permission } from './catalog.js'

export type PermissionSet = ReadonlySet<Permission>

function transitiveClosure(direct: ReadonlyMap<Permission, readonly Permission[]>) {
  const closure = new Map<Permission, ReadonlySet<Permission>>()
  for (const start of ALL_PERMISSIONS) {
    const reached = new Set<Permission>()
    const pending = [...(direct.get(start) ?? [])]
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (reached.has(next)) continue
      reached.add(next)
      pending.push(...(direct.get(next) ?? []))
    }
    closure.set(start, reached)
  }
  return closure
}

const directRequirements = new Map<Permission, readonly Permission[]>(
  PERMISSION_CATALOG.map((entry) => [entry.key, entry.requires]),
)

const directDependents = new Map<Permission, Permission[]>(ALL_PERMISSIONS.map((key) => [key, []]))
for (const entry of PERMISSION_CATALOG) {
  for (const required of entry.requires) directDependents.get(required)?.push(entry.key)
}

const allRequirements = transitiveClosure(directRequirements)
const allDependents = transitiveClosure(directDependents)

/** Everything `key` needs, directly or through other permissions (not `key` itself). */
export function requirementsOf(key: Permission): PermissionSet {
  return allRequirements.get(key) ?? new Set()
}

/** Everything that needs `key`, directly or through other permissions (not `key` itself). */
export function dependentsOf(key: Permission): PermissionSet {
  return allDependents.get(key) ?? new Set()
}

/**
 * Parses a permission set from outside (a request body, a stored custom role). Sets are never
 * silently completed: a set missing a requirement is the caller's mistake and is rejected with
 * 422, naming what is missing.
 */
export function validatePermissionSet(
  keys: readonly string[],
  field = 'permissions',
): Set<Permission> {
  const permissions = new Set<Permission>()
  for (const key of keys) {
    if (!isPermission(key)) {
      throw new AppError('validation_failed', `unknown permission "${key}"`, {
        field,
        unknown: key,
      })
    }
    permissions.add(key)
  }
  for (const key of permissions) {
    for (const required of directRequirements.get(key) ?? []) {
      if (!permissions.has(required)) {
        throw new AppError('validation_failed', `permission "${key}" requires "${required}"`, {
          field,
          missing: required,
          requiredBy: key,
        })
      }
    }
  }
  return permissions
}

/** Ticking a box: the permission arrives together with everything it needs. */
export function withRequirements(keys: Iterable<Permission>): Set<Permission> {
  const result = new Set<Permission>()
  for (const key of keys) {
    result.add(key)
    for (const required of requirementsOf(key)) result.add(required)
  }
  return result
}

/** Unticking a box: whatever needed the permission goes with it. */
export function withoutDependents(set: Iterable<Permission>, key: Permission): Set<Permission> {
  const result = new Set(set)
  result.delete(key)
  for (const dependent of dependentsOf(key)) result.delete(dependent)
  return result
}

export function allowAll(): Set<Permission> {
  return new Set(ALL_PERMISSIONS)
}

export function allowNone(): Set<Permission> {
  return new Set()
}

/** Closed under "requires": every permission in the set has everything it needs. */
export function isClosed(set: PermissionSet): boolean {
  for (const key of set) {
    for (const required of directRequirements.get(key) ?? []) {
      if (!set.has(required)) return false
    }
  }
  return true
}

export function isSubset(a: PermissionSet, b: PermissionSet): boolean {
  if (a.size > b.size) return false
  for (const key of a) if (!b.has(key)) return false
  return true
}

/** SPEC §2 rule 2: equal sets do not count, so peers cannot manage each other. */
export function isStrictSubset(a: PermissionSet, b: PermissionSet): boolean {
  return a.size < b.size && isSubset(a, b)
}

/** The permissions of `required` that `held` lacks, in the order of `required`. */
export function missingFrom(required: Iterable<Permission>, held: PermissionSet): Permission[] {
  const missing: Permission[] = []
  for (const key of required) if (!held.has(key)) missing.push(key)
  return missing
}
