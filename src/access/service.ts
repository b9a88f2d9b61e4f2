import type { Deps } from '../deps.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { isPermission, type Permission } from './catalog.js'
import {
  type AccessPath,
  type Decision,
  decide,
  type GrantRow,
  inCatalogOrder,
  isOwnerPath,
  pathsTo,
  rolesHolding,
  unionOf,
} from './grants.js'
import * as repo from './repository.js'
import { CASCADING_ROLES } from './roles.js'

/** Declared by account routes any member may use (see the account, my own permissions, leave). */
export const ANY_ACCOUNT_ACCESS = 'account.access'
export type AccountPermission = Permission | typeof ANY_ACCOUNT_ACCESS

export function isAccountPermission(key: string): key is AccountPermission {
  return key === ANY_ACCOUNT_ACCESS || isPermission(key)
}

/** What the caller of one request holds in the account the request names. */
export interface AccountAccess {
  accountId: string
  userId: string
  paths: AccessPath[]
  held: Set<Permission>
  isOwner: boolean
}

export function accountAccess(
  accountId: string,
  userId: string,
  paths: AccessPath[],
): AccountAccess {
  return { accountId, userId, paths, held: unionOf(paths), isOwner: isOwnerPath(paths) }
}

export function accessFromRows(
  accountId: string,
  userId: string,
  rows: readonly GrantRow[],
): AccountAccess {
  return accountAccess(accountId, userId, pathsTo(accountId, rows))
}

export async function loadAccountAccess(
  deps: Deps,
  userId: string,
  accountId: string,
): Promise<AccountAccess> {
  return accessFromRows(
    accountId,
    userId,
    await repo.loadGrantRows(deps.db, userId, accountId, deps.clock.now()),
  )
}

/**
 * The gate of every account-scoped request. No path to the account: 404, so its existence does
 * not leak. A path without the permission: 403 naming it. Anything thrown on the way (a database
 * error included) propagates, so a failure can never become an allow.
 */
export function authorize(access: AccountAccess, permission: AccountPermission): void {
  if (access.paths.length === 0) throw notFound('account')
  if (permission === ANY_ACCOUNT_ACCESS) return
  if (!decide(access.paths, permission).allowed) throw forbidden(permission)
}

export function forbidden(permission: Permission): AppError {
  return new AppError('forbidden', `this needs the ${permission} permission in this account`, {
    permission,
  })
}

function presentPath(path: AccessPath) {
  return {
    kind: path.kind,
    accountId: path.accountId,
    role: path.role,
    permissions: path.permissions,
  }
}

export function parsePermission(key: string, field = 'permission'): Permission {
  if (!isPermission(key)) throw invalidField(field, `${key} is not a permission of the catalog`)
  return key
}

export interface Explanation {
  userId: string
  accountId: string
  permission: Permission
  allowed: boolean
  /** The paths that grant the permission; on a deny, every path the user has (none grants it). */
  paths: ReturnType<typeof presentPath>[]
  missing?: Permission
}

export function explainDecision(
  userId: string,
  accountId: string,
  decision: Decision,
): Explanation {
  const shown = decision.allowed ? decision.grantedBy : decision.paths
  return {
    userId,
    accountId,
    permission: decision.permission,
    allowed: decision.allowed,
    paths: shown.map(presentPath),
    ...(decision.allowed ? {} : { missing: decision.permission }),
  }
}

/** Allow or deny for any user, with the path: the same `decide` the request gate uses. */
export async function explain(
  deps: Deps,
  accountId: string,
  userId: string,
  permission: Permission,
) {
  const access = await loadAccountAccess(deps, userId, accountId)
  return explainDecision(userId, accountId, decide(access.paths, permission))
}

export interface WhoEntry {
  userId: string
  email: string
  name: string
  permissions: readonly Permission[]
  paths: ReturnType<typeof presentPath>[]
}

/**
 * Calls `visit` once per user who reaches the account, with their first row (user id, email,
 * name) and their paths, in email order. Rows arrive grouped by user and a user has only a few, so
 * each group goes to `pathsTo` as it closes: one pass, no copies of the row list.
 */
function forEachUserWithPaths(
  accountId: string,
  rows: readonly repo.AccountGrantRow[],
  visit: (user: repo.AccountGrantRow, paths: AccessPath[]) => void,
): void {
  const group: repo.AccountGrantRow[] = []
  const close = () => {
    const paths = pathsTo(accountId, group)
    if (paths.length > 0) visit(group[0] as repo.AccountGrantRow, paths)
    group.length = 0
  }
  for (const row of rows) {
    if (group.length > 0 && row.user_id !== (group[0] as repo.AccountGrantRow).user_id) close()
    group.push(row)
  }
  if (group.length > 0) close()
}

function whoEntry(user: repo.AccountGrantRow, all: AccessPath[], shown: AccessPath[]): WhoEntry {
  return {
    userId: user.user_id,
    email: user.email,
    name: user.name,
    permissions:
      all.length === 1 ? (all[0] as AccessPath).permissions : inCatalogOrder(unionOf(all)),
    paths: shown.map(presentPath),
  }
}

/** Everyone who reaches the account, with every path: the members list. */
export async function everyoneWithAccess(deps: Deps, accountId: string): Promise<WhoEntry[]> {
  const rows = await repo.loadAllGrantRows(deps.db, accountId, deps.clock.now())
  const entries: WhoEntry[] = []
  forEachUserWithPaths(accountId, rows, (user, paths) => {
    entries.push(whoEntry(user, paths, paths))
  })
  return entries
}

/** Every user who holds the permission in the account, with the paths that grant it. */
export async function who(
  deps: Deps,
  accountId: string,
  permission: Permission,
): Promise<WhoEntry[]> {
  const rows = await repo.loadAllGrantRows(deps.db, accountId, deps.clock.now(), {
    permission,
    roles: rolesHolding(permission),
    cascadingRoles: rolesHolding(permission, CASCADING_ROLES),
  })
  const entries: WhoEntry[] = []
  forEachUserWithPaths(accountId, rows, (user, paths) => {
    // The database only narrowed the candidates; the decision is the same `decide` as everywhere.
    const decision = decide(paths, permission)
    if (decision.allowed) entries.push(whoEntry(user, paths, decision.grantedBy))
  })
  return entries
}
