import { ALL_PERMISSIONS, isPermission, type Permission } from './catalog.js'
import { CASCADING_ROLES, isRoleKey, permissionsOfRole, ROLE_KEYS, type RoleKey } from './roles.js'

/**
 * How a user reaches an account. `membership`: a membership in the account itself; `cascade`: an
 * Owner or Admin membership in an ancestor account; `connection`: a connection to the account;
 * `api_key`: the request carries an API key of the account (its permissions capped by its creator's).
 */
export type PathKind = 'membership' | 'cascade' | 'connection' | 'api_key'

export interface AccessPath {
  kind: PathKind
  /** The account whose membership (or connection, or key) the path starts from. */
  accountId: string
  role: RoleKey | null
  permissions: readonly Permission[]
}

/** A membership row as stored: a preset role or a custom permission set. */
export interface GrantRow {
  account_id: string
  role: string | null
  permissions: string[] | null
  /** `connection` for a live connection to the account; a membership otherwise. */
  kind?: 'connection' | null
}

// A role's permissions as one shared, frozen list in catalog order: built once, never copied per row.
const ROLE_LISTS = new Map<string, readonly Permission[]>(
  ROLE_KEYS.map((role) => [role, Object.freeze(inCatalogOrder(permissionsOfRole(role)))]),
)

export function permissionsOfGrant(
  row: Pick<GrantRow, 'role' | 'permissions'>,
): readonly Permission[] {
  if (row.role !== null) return ROLE_LISTS.get(row.role) ?? []
  // Unknown keys in stored data are ignored, never granted: the catalog is the only source.
  return (row.permissions ?? []).filter(isPermission)
}

/**
 * The paths by which the holder of `rows` (memberships in the target account or its ancestors)
 * reaches `accountId`. A membership in an ancestor counts only when its role cascades.
 */
export function pathsTo(accountId: string, rows: readonly GrantRow[]): AccessPath[] {
  const paths: AccessPath[] = []
  for (const row of rows) {
    const role = row.role !== null && isRoleKey(row.role) ? row.role : null
    if (row.kind === 'connection') {
      // Connections reach their account only: their roles never cascade.
      if (row.account_id === accountId) {
        paths.push({ kind: 'connection', accountId, role, permissions: permissionsOfGrant(row) })
      }
    } else if (row.account_id === accountId) {
      paths.push({
        kind: 'membership',
        accountId: row.account_id,
        role,
        permissions: permissionsOfGrant(row),
      })
    } else if (role && CASCADING_ROLES.includes(role)) {
      paths.push({
        kind: 'cascade',
        accountId: row.account_id,
        role,
        permissions: permissionsOfGrant(row),
      })
    }
  }
  return paths
}

export function unionOf(paths: readonly AccessPath[]): Set<Permission> {
  const held = new Set<Permission>()
  for (const path of paths) for (const permission of path.permissions) held.add(permission)
  return held
}

/** The roles that hold a permission; `who` uses it to let the database skip everyone else. */
export function rolesHolding(permission: Permission): RoleKey[] {
  return ROLE_KEYS.filter((role) => permissionsOfRole(role).has(permission))
}

/** An API key holds its own permissions, capped by what its creator holds now. */
export function apiKeyPath(
  accountId: string,
  keyPermissions: readonly string[],
  creatorPaths: readonly AccessPath[],
): AccessPath {
  const creator = unionOf(creatorPaths)
  return {
    kind: 'api_key',
    accountId,
    role: null,
    permissions: keyPermissions.filter((p): p is Permission => isPermission(p) && creator.has(p)),
  }
}

export interface Decision {
  allowed: boolean
  permission: Permission
  /** The paths that grant the permission (empty on a deny). */
  grantedBy: AccessPath[]
  /** Every path the caller has to the account, granting or not. */
  paths: AccessPath[]
}

/** The one rule: allowed when some path holds the permission. `explain` and `who` use it too. */
export function decide(paths: readonly AccessPath[], permission: Permission): Decision {
  const grantedBy = paths.filter((p) => p.permissions.includes(permission))
  return { allowed: grantedBy.length > 0, permission, grantedBy, paths: [...paths] }
}

export function isOwnerPath(paths: readonly AccessPath[]): boolean {
  return paths.some((p) => p.role === 'owner' && p.kind !== 'api_key')
}

/** Sorted in catalog order, so permission lists read the same everywhere. */
export function inCatalogOrder(permissions: Iterable<Permission>): Permission[] {
  const set = new Set(permissions)
  return ALL_PERMISSIONS.filter((p) => set.has(p))
}
