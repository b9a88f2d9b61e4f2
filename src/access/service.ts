import type { Static } from 'typebox'
import type { Deps } from '../deps.js'
import { AppError, invalidField, notFound } from '../errors.js'
import {
  isAdminAreaPermission,
  isPermission,
  PERMISSION_AREAS,
  PERMISSION_CATALOG,
  type Permission,
} from './catalog.js'
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
import { PRESET_ROLES } from './roles.js'
import type * as schemas from './schemas.js'

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
  /**
   * The address of the request it was decided for, which the audit log records with what the
   * caller does (the request gate sets it); null for access read outside a request.
   */
  ip: string | null
  /** The API key the request carries, if it does (what it sets up is capped by the key). */
  apiKeyId?: string
}

export function accountAccess(
  accountId: string,
  userId: string,
  paths: AccessPath[],
): AccountAccess {
  return { accountId, userId, paths, held: unionOf(paths), isOwner: isOwnerPath(paths), ip: null }
}

/** `access` as decided for the request from `ip` (see AccountAccess.ip). */
export function forRequest(access: AccountAccess, ip: string | null): AccountAccess {
  return { ...access, ip }
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
 * What the caller of a request holds in another account, for the same request: a service that acts
 * there as them records the request's address as the gate's access would.
 */
export async function callerAccessIn(
  deps: Deps,
  caller: { userId: string; ip: string | null },
  accountId: string,
): Promise<AccountAccess> {
  return forRequest(await loadAccountAccess(deps, caller.userId, accountId), caller.ip)
}

/** The user's access in every account they reach (one read, however many accounts). */
export async function accessInReachableAccounts(
  deps: Deps,
  userId: string,
): Promise<AccountAccess[]> {
  const rows = await repo.loadGrantRowsByAccount(deps.db, userId, deps.clock.now())
  return [...rows].map(([accountId, grants]) => accessFromRows(accountId, userId, grants))
}

/** SPEC §3: the refusal of an account that requires 2FA to a member who has not set it up. */
export function twoFactorRequired(): AppError {
  return new AppError(
    'two_factor_required',
    'this account requires two-factor authentication; set it up at /api/v1/me/2fa/setup',
  )
}

/**
 * The accounts among these that are closed to the user for want of 2FA (SPEC §3). The request gate
 * checks it on account-scoped routes; user routes that act in an account by the caller's
 * users.manage there (connections, teams) ask here, after their own 404s, so an outsider still
 * learns nothing. No read when the user has 2FA.
 */
export async function closedForTwoFactor(
  deps: Deps,
  user: { two_factor_enabled: boolean },
  accountIds: readonly string[],
): Promise<Set<string>> {
  if (user.two_factor_enabled || accountIds.length === 0) return new Set()
  return repo.accountsRequiringTwoFactor(deps.db, accountIds)
}

/** 403 `two_factor_required` when the account is closed to the user for want of 2FA. */
export async function assertTwoFactorIn(
  deps: Deps,
  user: { two_factor_enabled: boolean },
  accountId: string,
): Promise<void> {
  if ((await closedForTwoFactor(deps, user, [accountId])).size > 0) throw twoFactorRequired()
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

function presentPath(path: AccessPath): Static<typeof schemas.AccessPath> {
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

export type Explanation = Static<typeof schemas.Explanation>

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

/**
 * Every /api/v1/permissions answer is the same: the catalog, its areas and the preset roles, in
 * catalog order, so a permission-matrix screen writes no label of its own.
 */
export function presentCatalog(): Static<typeof schemas.PermissionCatalog> {
  return {
    areas: PERMISSION_AREAS.map(({ key, label }) => ({ key, label })),
    permissions: PERMISSION_CATALOG.map((entry) => ({
      key: entry.key,
      area: entry.area,
      label: entry.label,
      description: entry.description,
      requires: [...entry.requires],
      adminArea: isAdminAreaPermission(entry.key),
      power: entry.power ?? null,
    })),
    roles: PRESET_ROLES.map((role) => ({
      key: role.key,
      label: role.label,
      permissions: inCatalogOrder(role.permissions),
      seed: [...role.seed],
      connection: role.connection,
    })),
  }
}

/** What the caller of this request may do in its account, and by which paths (the UI's switches). */
export async function abilities(
  deps: Deps,
  access: AccountAccess,
): Promise<Static<typeof schemas.Abilities>> {
  const requiring = await repo.accountsRequiringTwoFactor(deps.db, [access.accountId])
  return {
    accountId: access.accountId,
    userId: access.userId,
    permissions: inCatalogOrder(access.held),
    paths: access.paths.map(presentPath),
    owner: access.isOwner,
    twoFactorRequired: requiring.has(access.accountId),
  }
}

export interface WhoEntry {
  userId: string
  email: string
  name: string
  permissions: readonly Permission[]
  paths: ReturnType<typeof presentPath>[]
}

/** What a listing shows of a user besides who they are: all they hold, and the paths shown. */
type Listed = Pick<WhoEntry, 'permissions' | 'paths'>

/**
 * Calls `visit` once per user who reaches the account with their rows (the first carries the user
 * id, email and name), in email order. Rows arrive grouped by user and a user has only a few: each
 * group is an exact-size slice, not a shared array emptied and refilled, which reallocated its
 * backing store for every user: a fifth of what a listing of 10,000 members allocated.
 */
function forEachUser(
  rows: readonly repo.AccountGrantRow[],
  visit: (group: readonly repo.AccountGrantRow[]) => void,
): void {
  let start = 0
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]?.user_id === rows[start]?.user_id) continue
    visit(rows.slice(start, i))
    start = i
  }
}

function listed(all: AccessPath[], shown: AccessPath[]): Listed {
  return {
    permissions:
      all.length === 1 ? (all[0] as AccessPath).permissions : inCatalogOrder(unionOf(all)),
    paths: shown.map(presentPath),
  }
}

function whoEntry(user: repo.AccountGrantRow, listing: Listed): WhoEntry {
  return {
    userId: user.user_id,
    email: user.email,
    name: user.name,
    permissions: listing.permissions,
    paths: listing.paths,
  }
}

/** Everyone who reaches the account, with every path: the members list. */
export async function everyoneWithAccess(deps: Deps, accountId: string): Promise<WhoEntry[]> {
  const rows = await repo.loadAllGrantRows(deps.db, accountId, deps.clock.now())
  const entries: WhoEntry[] = []
  forEachUser(rows, (group) => {
    const paths = pathsTo(accountId, group)
    if (paths.length > 0)
      entries.push(whoEntry(group[0] as repo.AccountGrantRow, listed(paths, paths)))
  })
  return entries
}

/** What `who` shows of a user with these rows, or undefined when they do not hold the permission. */
function listedFor(
  accountId: string,
  rows: readonly GrantRow[],
  permission: Permission,
): Listed | undefined {
  const paths = pathsTo(accountId, rows)
  // The database only narrowed the candidates; the decision is the same `decide` as everywhere.
  const decision = decide(paths, permission)
  return decision.allowed ? listed(paths, decision.grantedBy) : undefined
}

/**
 * `listedFor`, worked out once per grant for the users whose one row is a membership of the
 * account itself: their answer depends on its preset role or permission set alone, and they are
 * nearly every member of a large account (10,000 members, a dozen roles, a few sets). Those users
 * share the answer's lists, as they already share the role's permission list (and a set's array,
 * shared by `loadAllGrantRows`).
 */
function listedByGrant(accountId: string, permission: Permission) {
  const byGrant = new Map<string | readonly string[], Listed | undefined>()
  return (rows: readonly GrantRow[]): Listed | undefined => {
    const row = rows[0] as GrantRow
    const grant = row.role ?? row.permissions
    const alone =
      rows.length === 1 &&
      grant !== null &&
      row.kind !== 'connection' &&
      row.account_id === accountId
    if (!alone) return listedFor(accountId, rows, permission)
    if (!byGrant.has(grant)) byGrant.set(grant, listedFor(accountId, rows, permission))
    return byGrant.get(grant)
  }
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
  })
  const listedForUser = listedByGrant(accountId, permission)
  const entries: WhoEntry[] = []
  forEachUser(rows, (group) => {
    const listing = listedForUser(group)
    if (listing) entries.push(whoEntry(group[0] as repo.AccountGrantRow, listing))
  })
  return entries
}
