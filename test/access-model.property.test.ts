import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ALL_PERMISSIONS, PERMISSION_CATALOG, type Permission } from '../src/access/catalog.js'
import { decide } from '../src/access/grants.js'
import { PRESET_ROLES, ROLE_KEYS, type RoleKey } from '../src/access/roles.js'
import { authorize, explain, loadAccountAccess, who } from '../src/access/service.js'
import { presentConnection } from '../src/accounts/connections.js'
import { AppError } from '../src/errors.js'
import { type Browser, manualClock, type Reply, useTestApp } from './helpers/app.js'
import {
  createSubaccount,
  createUser,
  grant,
  logIn,
  memberOf,
  type TestUser,
} from './helpers/factories.js'

/** The app's clock: only the AdvanceClock command moves it, so connection expiry is decided here. */
const clock = manualClock()
const t = useTestApp({ clock })

// ---------------------------------------------------------------------------------------------
// The reference model: SPEC §1–§2 written down a second time, from the catalog data and the preset
// role table only. Nothing here comes from src/access/grants.ts, permission-sets.ts or service.ts,
// so the product is never checked against itself.
// ---------------------------------------------------------------------------------------------

const REQUIRES = new Map<Permission, readonly Permission[]>(
  PERMISSION_CATALOG.map((entry) => [entry.key, entry.requires]),
)
const ROLE_PERMISSIONS = new Map<RoleKey, ReadonlySet<Permission>>(
  PRESET_ROLES.map((role) => [role.key, role.permissions]),
)
/** SPEC §1 Membership: Owner and Admin memberships cascade to descendants; nothing else does. */
const CASCADING: readonly RoleKey[] = ['owner', 'admin']
/** SPEC §1 Sub-account: the top-level account is level 1; trees are at most 5 levels deep. */
const MAX_LEVEL = 5
/** The pool of users of one run; user 0 owns the top-level account. */
const POOL = 5
/** SPEC §2 "Connection roles: Collaborator, Campaign Creator, Data Manager, Analyst". */
const CONNECTION_ROLES: readonly RoleKey[] = [
  'collaborator',
  'campaign_creator',
  'data_manager',
  'analyst',
]
/**
 * SPEC §1 Connection: "only permissions outside the admin areas (account settings, billing, users,
 * sub-accounts, developer, domains)" — the keys of those areas in the §2 table, written out here.
 */
const ADMIN_AREA_KEYS: ReadonlySet<Permission> = new Set<Permission>([
  'account.manage',
  'billing.manage',
  'users.view',
  'users.security',
  'users.manage',
  'subaccounts.manage',
  'developer.api_keys',
  'developer.webhooks',
  'domains.manage',
])
const OUTSIDE_ADMIN_AREAS = ALL_PERMISSIONS.filter((key) => !ADMIN_AREA_KEYS.has(key))

type PermSet = ReadonlySet<Permission>

/** A permission with everything it requires, transitively. */
function closure(keys: Iterable<Permission>): Set<Permission> {
  const out = new Set<Permission>()
  const pending = [...keys]
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (out.has(key)) continue
    out.add(key)
    pending.push(...(REQUIRES.get(key) ?? []))
  }
  return out
}

function subset(a: PermSet, b: PermSet): boolean {
  return [...a].every((key) => b.has(key))
}

function strictSubset(a: PermSet, b: PermSet): boolean {
  return a.size < b.size && subset(a, b)
}

/** `set` without `key` and without everything that requires it, so it stays closed. */
function withoutKey(set: PermSet, key: Permission): Set<Permission> {
  return new Set([...set].filter((other) => !closure([other]).has(key)))
}

function ordered(set: Iterable<Permission>): Permission[] {
  const s = new Set(set)
  return ALL_PERMISSIONS.filter((key) => s.has(key))
}

interface Membership {
  role: RoleKey | null
  permissions: PermSet
}

interface ModelAccount {
  parent: number | null
  level: number
}

interface PendingInvitation {
  account: number
  inviter: number
  invitee: number
  grant: Membership
}

type ConnectionStatus = 'pending' | 'active' | 'declined' | 'ended'

interface ModelConnection {
  account: number
  user: number
  status: ConnectionStatus
  grant: Membership
  /** Epoch ms, or null for a connection that does not expire. */
  expiresAt: number | null
}

interface Model {
  accounts: ModelAccount[]
  /** Direct memberships, keyed `account:user`. */
  memberships: Map<string, Membership>
  pending: PendingInvitation[]
  /** Every connection ever made in the run, in creation order (parallel to `Real.connectionIds`). */
  connections: ModelConnection[]
  /** The time, in epoch ms: moved only by AdvanceClock, like the app's clock. */
  now: number
}

const slot = (account: number, user: number) => `${account}:${user}`

interface ModelPath {
  kind: 'membership' | 'cascade' | 'connection'
  from: number
  role: RoleKey | null
  permissions: PermSet
}

/** Pending or active (expired or not): a connection either side can still decide, change or end. */
const isOpen = (c: ModelConnection) => c.status === 'pending' || c.status === 'active'

/** SPEC §1: an active connection gives access until it ends or its expiry passes; nothing else does. */
function isLive(m: Model, c: ModelConnection): boolean {
  return c.status === 'active' && (c.expiresAt === null || c.expiresAt > m.now)
}

/** What stands in the way of a new connection (one per pair): pending, or active and not expired. */
function openConnection(m: Model, user: number, account: number): ModelConnection | undefined {
  return m.connections.find(
    (c) => c.user === user && c.account === account && (c.status === 'pending' || isLive(m, c)),
  )
}

/** A new connection for a pair ends the one that expired (it is over, but still marked active). */
function addConnection(m: Model, c: ModelConnection) {
  for (const old of m.connections) {
    if (old.user === c.user && old.account === c.account && old.status === 'active') {
      old.status = 'ended'
    }
  }
  m.connections.push(c)
}

function liveConnection(m: Model, user: number, account: number): ModelConnection | undefined {
  return m.connections.find((c) => c.user === user && c.account === account && isLive(m, c))
}

/**
 * How `user` reaches `account`: a membership there, an Owner/Admin one in an ancestor, or a live
 * connection to that very account (connections never cascade, and never carry an admin area).
 */
function pathsOf(m: Model, user: number, account: number): ModelPath[] {
  const paths: ModelPath[] = []
  for (let at: number | null = account; at !== null; at = m.accounts[at]?.parent ?? null) {
    const membership = m.memberships.get(slot(at, user))
    if (!membership) continue
    if (at === account || (membership.role !== null && CASCADING.includes(membership.role))) {
      paths.push({ kind: at === account ? 'membership' : 'cascade', from: at, ...membership })
    }
  }
  const connection = liveConnection(m, user, account)
  if (connection) {
    paths.push({
      kind: 'connection',
      from: account,
      role: connection.grant.role,
      permissions: new Set(
        [...connection.grant.permissions].filter((k) => !ADMIN_AREA_KEYS.has(k)),
      ),
    })
  }
  return paths
}

function heldBy(m: Model, user: number, account: number): Set<Permission> {
  return new Set(pathsOf(m, user, account).flatMap((path) => [...path.permissions]))
}

/** What the memberships alone (direct or cascading) give: a connection's part never leaves its account. */
function heldThroughMemberships(m: Model, user: number, account: number): Set<Permission> {
  return new Set(
    pathsOf(m, user, account)
      .filter((path) => path.kind !== 'connection')
      .flatMap((path) => [...path.permissions]),
  )
}

function isOwnerIn(m: Model, user: number, account: number): boolean {
  return pathsOf(m, user, account).some((path) => path.role === 'owner')
}

/** The rules a refusal may come from, with what the API answers for each. */
const REFUSALS = {
  no_access: { status: 404, code: 'not_found' }, // rule 4: an account you cannot see does not exist
  forbidden: { status: 403, code: 'forbidden' }, // the route's permission is missing
  invalid: { status: 422, code: 'validation_failed' }, // not closed under requires, or ownership
  escalation: { status: 403, code: 'escalation_refused' }, // rule 2
  not_member: { status: 404, code: 'not_found' }, // no such member here
  inherited: { status: 409, code: 'conflict' }, // the access comes from an ancestor: change it there
  already_member: { status: 409, code: 'already_member' },
  max_depth: { status: 409, code: 'max_depth_reached' },
  invalid_token: { status: 400, code: 'invalid_token' }, // the inviter can no longer grant it
  email_mismatch: { status: 403, code: 'invitation_email_mismatch' }, // someone else's token
  open_connection: { status: 409, code: 'conflict' }, // one open connection per user and account
  connection_state: { status: 409, code: 'conflict' }, // not pending (to decide) or ended (to change)
} as const
type Refusal = keyof typeof REFUSALS

/**
 * Success, or refused; when several rules apply the API may name any of them. `either`: the spec
 * reads both ways here (see `why`), so success and these refusals are both accepted, and the model
 * follows the answer.
 */
type Verdict =
  | { ok: true }
  | { ok: false; refusals: Refusal[]; permission?: Permission }
  | { ok: 'either'; refusals: Refusal[]; why: string }

/** The route gate (rules 1 and 4): no path → 404; a path without the permission → 403. */
function gate(m: Model, actor: number, account: number, permission: Permission): Verdict | null {
  if (pathsOf(m, actor, account).length === 0) return { ok: false, refusals: ['no_access'] }
  if (!heldBy(m, actor, account).has(permission)) {
    return { ok: false, refusals: ['forbidden'], permission }
  }
  return null
}

function verdictOf(refusals: Refusal[]): Verdict {
  return refusals.length === 0 ? { ok: true } : { ok: false, refusals }
}

/** SPEC §2 rule 2 "no escalation of reach": the user's access here reaches the descendants. */
function cascadesIn(m: Model, user: number, account: number): boolean {
  return pathsOf(m, user, account).some(
    (p) => p.kind !== 'connection' && p.role !== null && CASCADING.includes(p.role),
  )
}

/** The level of the highest account the user's cascade here comes from (Infinity: none). */
function cascadeTop(m: Model, user: number, account: number): number {
  const levels = pathsOf(m, user, account)
    .filter((p) => p.kind === 'cascade')
    .map((p) => m.accounts[p.from]?.level ?? Number.POSITIVE_INFINITY)
  return Math.min(...levels)
}

/**
 * Rule 2, granting: a strict subset of your own permissions; the Owner anything but ownership.
 * A cascading role only by someone whose own access here cascades; access from an ancestor
 * outranks what is given here, so it grants up to all it holds.
 */
function mayGrantMembership(m: Model, actor: number, account: number, grant: Membership): boolean {
  if (grant.role !== null && CASCADING.includes(grant.role) && !cascadesIn(m, actor, account)) {
    return false
  }
  if (isOwnerIn(m, actor, account)) return true
  const held = heldBy(m, actor, account)
  if (strictSubset(grant.permissions, held)) return true
  return cascadeTop(m, actor, account) < Number.POSITIVE_INFINITY && subset(grant.permissions, held)
}

function grantRefusals(m: Model, actor: number, account: number, g: ResolvedGrant): Refusal[] {
  if (!g.valid) return g.body.role === 'owner' ? ['invalid', 'escalation'] : ['invalid']
  return mayGrantMembership(m, actor, account, g.membership) ? [] : ['escalation']
}

/**
 * Rule 2, changing or removing: only members strictly below you, or whose every path here starts
 * below the ancestor your cascade comes from (seed 003); nobody touches the Owner.
 */
function targetRefusals(m: Model, actor: number, account: number, target: number): Refusal[] {
  const membership = m.memberships.get(slot(account, target))
  if (!membership) {
    return pathsOf(m, target, account).length > 0 ? ['inherited'] : ['not_member']
  }
  if (membership.role === 'owner') return ['escalation']
  if (isOwnerIn(m, actor, account)) return []
  if (strictSubset(heldBy(m, target, account), heldBy(m, actor, account))) return []
  const top = cascadeTop(m, actor, account)
  const outranked = pathsOf(m, target, account).every((p) => (m.accounts[p.from]?.level ?? 0) > top)
  return outranked ? [] : ['escalation']
}

// ---------------------------------------------------------------------------------------------
// Grants as commands describe them; resolved against the model when the command runs.
// ---------------------------------------------------------------------------------------------

type GrantSpec =
  | { kind: 'role'; role: RoleKey }
  | { kind: 'custom'; picks: Permission[] }
  /** The actor's own permissions less one (and what needs it): a strict subset, closed. */
  | { kind: 'below'; drop: number }
  /** A set missing a requirement. */
  | { kind: 'open'; pick: number }

interface ResolvedGrant {
  body: { role?: string; permissions?: Permission[] }
  valid: boolean
  /** For a set that is not closed: the requirement it lacks, which the 422 must name. */
  missing?: Permission
  membership: Membership
}

const NEEDY = ALL_PERMISSIONS.filter((key) => (REQUIRES.get(key) ?? []).length > 0)

function resolveGrant(spec: GrantSpec, actorHeld: PermSet): ResolvedGrant {
  switch (spec.kind) {
    case 'role':
      return {
        body: { role: spec.role },
        valid: spec.role !== 'owner',
        membership: { role: spec.role, permissions: ROLE_PERMISSIONS.get(spec.role) ?? new Set() },
      }
    case 'custom':
    case 'below': {
      let set: PermSet
      if (spec.kind === 'custom') set = closure(spec.picks)
      else {
        const held = ordered(actorHeld)
        const dropped = held[spec.drop % Math.max(held.length, 1)]
        set = dropped === undefined ? new Set() : withoutKey(actorHeld, dropped)
      }
      return {
        body: { permissions: ordered(set) },
        valid: true,
        membership: { role: null, permissions: set },
      }
    }
    case 'open': {
      const key = NEEDY[spec.pick % NEEDY.length] as Permission
      const missing = (REQUIRES.get(key) ?? [])[0] as Permission
      const set = closure([key])
      set.delete(missing)
      return {
        body: { permissions: ordered(set) },
        valid: false,
        missing,
        membership: { role: null, permissions: set },
      }
    }
  }
}

function describeGrant(spec: GrantSpec): string {
  switch (spec.kind) {
    case 'role':
      return `role ${spec.role}`
    case 'custom':
      return `custom closure[${spec.picks.join(',')}]`
    case 'below':
      return `own set less #${spec.drop}`
    case 'open':
      return `unclosed #${spec.pick}`
  }
}

// ---------------------------------------------------------------------------------------------
// The real side and the checks
// ---------------------------------------------------------------------------------------------

interface Real {
  users: TestUser[]
  browsers: Browser[]
  accountIds: string[]
  /** Parallel to model.pending. */
  tokens: string[]
  /** Parallel to model.connections. */
  connectionIds: string[]
  step: number
  /** What happened so far, resolved (who did what where, and the answer), for failure messages. */
  trace: string[]
}

function expectVerdict(r: Real, reply: Reply, verdict: Verdict, what: string) {
  r.trace.push(`${what} → ${reply.status}`)
  const answer = `${what} → ${reply.status} ${JSON.stringify(reply.body)}`
  const succeeded = reply.status >= 200 && reply.status < 300
  if (verdict.ok === true) {
    expect(succeeded, `${answer}; the model allows it`).toBe(true)
    return
  }
  const accepted = verdict.refusals.map((r) => REFUSALS[r])
  const matches = accepted.some(
    (r) => r.status === reply.status && r.code === reply.body?.error?.code,
  )
  if (verdict.ok === 'either') {
    expect(
      succeeded || matches,
      `${answer}; the model allows it or refuses it by ${verdict.refusals.join(' or ')} (${verdict.why})`,
    ).toBe(true)
    return
  }
  expect(matches, `${answer}; the model refuses it by ${verdict.refusals.join(' or ')}`).toBe(true)
  if (verdict.permission) expect(reply.body.error.permission, answer).toBe(verdict.permission)
}

const succeeded = (reply: Reply) => reply.status >= 200 && reply.status < 300

/** Resolves a user pick, preferring (when asked) someone for whom `prefer` holds. */
function pickUser(pick: number, preferred: number[], prefer: boolean): number {
  if (prefer && preferred.length > 0) return preferred[pick % preferred.length] as number
  return pick % POOL
}

const users = Array.from({ length: POOL }, (_, i) => i)
const holders = (m: Model, account: number, permission: Permission) =>
  users.filter((u) => heldBy(m, u, account).has(permission))
const directMembers = (m: Model, account: number) =>
  users.filter((u) => m.memberships.has(slot(account, u)))

/**
 * Two permissions per check, the catalog in turn across the steps: any one, and one a connection
 * may carry (so connection paths are asked about at every step). Every permission is compared
 * anyway through the held set.
 */
let checks = 0
function samplePermissions(): Permission[] {
  const turn = checks++
  return [
    ...new Set<Permission>([
      ALL_PERMISSIONS[(turn * 5) % ALL_PERMISSIONS.length] as Permission,
      OUTSIDE_ADMIN_AREAS[(turn * 7) % OUTSIDE_ADMIN_AREAS.length] as Permission,
    ]),
  ]
}

/** GET routes that need one permission each: the real request gate, probed over HTTP. */
const PROBES: readonly { permission: Permission | 'account.access'; path: string }[] = [
  { permission: 'account.access', path: '' },
  { permission: 'contacts.view', path: '/contacts' },
  { permission: 'groups.view', path: '/groups' },
  { permission: 'templates.view', path: '/templates' },
  { permission: 'users.view', path: '/members' },
]

const describePaths = (paths: readonly { kind: string; from: number }[]) =>
  paths.map((p) => `${p.kind}@acc${p.from}`).sort()

function expectedConnectionStatus(m: Model, c: ModelConnection): string {
  return c.status === 'active' && !isLive(m, c) ? 'expired' : c.status
}

function describeConnection(
  account: number,
  user: number,
  status: string,
  role: string | null,
  permissions: Iterable<Permission>,
  expiresAt: number | null,
) {
  const grant = role ?? `custom[${ordered(permissions).join(',')}]`
  return `acc${account} u${user} ${status} ${grant} expires ${expiresAt === null ? 'never' : new Date(expiresAt).toISOString()}`
}

async function checkInvariants(m: Model, r: Real) {
  const step = r.step++
  const { deps } = t
  expect(deps.clock.now().getTime(), 'the app clock and the model clock').toBe(m.now)
  // The memberships stored are exactly the model's.
  const rows = await deps.db
    .selectFrom('memberships')
    .select(['account_id', 'user_id', 'role', 'permissions'])
    .where('account_id', 'in', r.accountIds)
    .execute()
  const stored = rows
    .map((row) => {
      const account = r.accountIds.indexOf(row.account_id)
      const user = r.users.findIndex((u) => u.id === row.user_id)
      const perms = row.role === null ? ordered((row.permissions ?? []) as Permission[]) : []
      return `acc${account} u${user} ${row.role ?? `custom[${perms.join(',')}]`}`
    })
    .sort()
  const expected = [...m.memberships]
    .map(([key, membership]) => {
      const [account, user] = key.split(':')
      const perms = ordered(membership.permissions)
      return `acc${account} u${user} ${membership.role ?? `custom[${perms.join(',')}]`}`
    })
    .sort()
  const after = `after: ${r.trace.join('; ')}`
  expect(stored, `stored memberships ${after}`).toEqual(expected)

  // The connections stored are exactly the model's (status as stored: expiry is not a status).
  const connectionRows = await deps.db
    .selectFrom('connections')
    .selectAll()
    .where('account_id', 'in', r.accountIds)
    .execute()
  const storedConnections = connectionRows
    .map((row) =>
      describeConnection(
        r.accountIds.indexOf(row.account_id),
        r.users.findIndex((u) => u.id === row.user_id),
        row.status,
        row.role,
        ((row.permissions ?? []) as Permission[]).filter((k) => ALL_PERMISSIONS.includes(k)),
        row.expires_at === null ? null : new Date(row.expires_at).getTime(),
      ),
    )
    .sort()
  const expectedConnections = m.connections
    .map((c) =>
      describeConnection(
        c.account,
        c.user,
        c.status,
        c.grant.role,
        c.grant.role === null ? c.grant.permissions : [],
        c.expiresAt,
      ),
    )
    .sort()
  expect(storedConnections, `stored connections ${after}`).toEqual(expectedConnections)

  const sample = samplePermissions()
  for (const [account, accountId] of r.accountIds.entries()) {
    const listed = new Map<Permission, Map<string, string[]>>()
    for (const permission of sample) {
      const entries = await who(deps, accountId, permission)
      listed.set(
        permission,
        new Map(
          entries.map((e) => [
            e.userId,
            describePaths(
              e.paths.map((p) => ({ kind: p.kind, from: r.accountIds.indexOf(p.accountId) })),
            ),
          ]),
        ),
      )
    }
    for (const [user, { id: userId }] of r.users.entries()) {
      const where = `u${user} in acc${account} ${after}`
      const access = await loadAccountAccess(deps, userId, accountId)
      const modelPaths = pathsOf(m, user, account)
      // Never a permission that nobody entitled granted (and nothing entitled withheld).
      expect(ordered(access.held), `${where}: held`).toEqual(ordered(heldBy(m, user, account)))
      expect(access.isOwner, `${where}: isOwner`).toBe(isOwnerIn(m, user, account))
      expect(
        describePaths(
          access.paths.map((p) => ({ kind: p.kind, from: r.accountIds.indexOf(p.accountId) })),
        ),
        `${where}: paths`,
      ).toEqual(describePaths(modelPaths))
      const reaches = modelPaths.length > 0
      expect(gateAllows(access, 'account.access'), `${where}: account.access`).toBe(reaches)
      for (const permission of sample) {
        const can = heldBy(m, user, account).has(permission)
        const decided = decide(access.paths, permission).allowed
        const authorized = gateAllows(access, permission)
        const explanation = await explain(deps, accountId, userId, permission)
        const explained = explanation.allowed
        const isListed = listed.get(permission)?.has(userId) ?? false
        expect(
          { decided, authorized, explained, isListed },
          `${where}: ${permission} (model says ${can})`,
        ).toEqual({ decided: can, authorized: can, explained: can, isListed: can })
        // The path shown: on an allow the paths that grant it (a connection exactly when the
        // connection's role holds it), on a deny every path the user has (none grants it).
        const granting = can ? modelPaths.filter((p) => p.permissions.has(permission)) : modelPaths
        const shown = describePaths(
          explanation.paths.map((p) => ({
            kind: p.kind,
            from: r.accountIds.indexOf(p.accountId),
          })),
        )
        expect(shown, `${where}: explain paths for ${permission}`).toEqual(describePaths(granting))
        if (can) {
          expect(
            listed.get(permission)?.get(userId),
            `${where}: who paths for ${permission}`,
          ).toEqual(describePaths(granting))
        }
      }
    }
    // `who` lists nobody outside the pool either.
    for (const [permission, ids] of listed) {
      for (const id of ids.keys()) {
        expect(
          r.users.some((u) => u.id === id),
          `who(acc${account}, ${permission}) lists ${id} ${after}`,
        ).toBe(true)
      }
    }
    // Over HTTP, the members list (read by the Owner, who reaches every account of the tree)
    // names exactly who reaches the account, with what they hold and how.
    const members = await (r.browsers[0] as Browser).get(`/api/v1/accounts/${accountId}/members`)
    expect(members.status, `members of acc${account}`).toBe(200)
    const listedMembers = members.body.items.map((item: any) => {
      const user = r.users.findIndex((u) => u.id === item.userId)
      const kinds = describePaths(
        item.paths.map((p: any) => ({ kind: p.kind, from: r.accountIds.indexOf(p.accountId) })),
      )
      return `u${user} ${item.via} ${item.role} [${item.permissions.join(',')}] ${kinds.join(' ')}`
    })
    const expectedMembers = users.flatMap((user) => {
      const paths = pathsOf(m, user, account)
      if (paths.length === 0) return []
      const direct = m.memberships.get(slot(account, user))
      const cascades = paths.filter((p) => p.kind === 'cascade')
      const via = direct ? 'member' : cascades.length > 0 ? 'cascade' : 'connection'
      // The role that reaches them: their own, else the cascade's (the Owner's first), else the
      // connection's.
      const role = direct
        ? direct.role
        : cascades.length > 0
          ? cascades.some((p) => p.role === 'owner')
            ? 'owner'
            : 'admin'
          : (liveConnection(m, user, account)?.grant.role ?? null)
      const held = ordered(heldBy(m, user, account))
      return [`u${user} ${via} ${role} [${held.join(',')}] ${describePaths(paths).join(' ')}`]
    })
    expect(listedMembers.sort(), `members of acc${account} ${after}`).toEqual(
      expectedMembers.sort(),
    )
    // Over HTTP, the request gate itself (its own SQL, not loadAccountAccess): every pair with a
    // connection, and one more pair per account in turn, asks for a route of one permission.
    const pairs = new Set(m.connections.filter((c) => c.account === account).map((c) => c.user))
    pairs.add((step + account) % POOL)
    for (const user of pairs) {
      const probe = PROBES[(step + user + account) % PROBES.length] as (typeof PROBES)[number]
      const reply = await (r.browsers[user] as Browser).get(
        `/api/v1/accounts/${accountId}${probe.path}`,
      )
      const what = `u${user} GET acc${account}${probe.path} (${probe.permission}) ${after}`
      if (pathsOf(m, user, account).length === 0) {
        expect([reply.status, reply.body?.error?.code], what).toEqual([404, 'not_found'])
      } else if (
        probe.permission === 'account.access' ||
        heldBy(m, user, account).has(probe.permission)
      ) {
        expect(reply.status, `${what}: ${JSON.stringify(reply.body).slice(0, 200)}`).toBe(200)
      } else {
        expect([reply.status, reply.body?.error?.permission], what).toEqual([403, probe.permission])
      }
    }
  }
  // GET /me lists exactly the accounts of the tree a user reaches, and how: every user with a
  // connection, and one more in turn.
  const asked = new Set([...m.connections.map((c) => c.user), step % POOL])
  for (const user of asked) {
    const me = await (r.browsers[user] as Browser).get('/api/v1/me')
    expect(me.status).toBe(200)
    const listed = me.body.accounts
      .filter((a: any) => r.accountIds.includes(a.id))
      .map((a: any) => {
        const account = r.accountIds.indexOf(a.id)
        return `acc${account} ${a.via} ${a.via === 'cascade' ? 'cascading' : a.role}`
      })
    const expectedAccounts = r.accountIds.flatMap((_, account) => {
      const paths = pathsOf(m, user, account)
      if (paths.length === 0) return []
      const direct = m.memberships.get(slot(account, user))
      if (direct) return [`acc${account} member ${direct.role}`]
      if (paths.some((p) => p.kind === 'cascade')) return [`acc${account} cascade cascading`]
      return [`acc${account} connection ${liveConnection(m, user, account)?.grant.role ?? null}`]
    })
    expect(listed.sort(), `GET /me of u${user} ${after}`).toEqual(expectedAccounts.sort())
    for (const a of me.body.accounts) {
      if (a.via === 'cascade') expect(CASCADING, `GET /me of u${user}`).toContain(a.role)
    }
  }
  // The open connections, as their user lists them (one user in turn) and as the Owner (who
  // manages every account of the tree) sees them coming in: `expired` once the expiry has passed.
  // Pending applications are not listed to their applicant (no enumeration by email).
  const user = step % POOL
  const outgoing = await (r.browsers[user] as Browser).get('/api/v1/connections?direction=outgoing')
  const incoming = await (r.browsers[0] as Browser).get('/api/v1/connections?direction=incoming')
  for (const [label, reply, mine] of [
    ['outgoing', outgoing, (c: ModelConnection) => c.user === user && c.status === 'active'],
    ['incoming', incoming, () => true],
  ] as const) {
    expect(reply.status, `${label} connections`).toBe(200)
    const listedConnections = reply.body.items
      .filter((item: any) => r.accountIds.includes(item.accountId))
      .map((item: any) =>
        describeConnection(
          r.accountIds.indexOf(item.accountId),
          r.users.findIndex((u) => u.id === item.userId),
          item.status,
          item.role,
          item.permissions,
          item.expiresAt === null ? null : new Date(item.expiresAt).getTime(),
        ),
      )
      .sort()
    const expectedListed = m.connections
      .filter((c) => isOpen(c) && mine(c))
      .map((c) =>
        describeConnection(
          c.account,
          c.user,
          expectedConnectionStatus(m, c),
          c.grant.role,
          c.grant.permissions,
          c.expiresAt,
        ),
      )
      .sort()
    expect(
      listedConnections,
      `${label} connections of u${label === 'outgoing' ? user : 0} ${after}`,
    ).toEqual(expectedListed)
  }
}

/** A set that is not closed is rejected naming the requirement it lacks (SPEC §2). */
function expectNamesMissing(reply: Reply, g: ResolvedGrant) {
  if (reply.body?.error?.code !== 'validation_failed' || g.missing === undefined) return
  expect(reply.body.error.missing, JSON.stringify(reply.body)).toBe(g.missing)
}

function gateAllows(
  access: Awaited<ReturnType<typeof loadAccountAccess>>,
  permission: Parameters<typeof authorize>[1],
): boolean {
  try {
    authorize(access, permission)
    return true
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    expect(['forbidden', 'not_found']).toContain(error.code)
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

type Cmd = fc.AsyncCommand<Model, Real>

interface UserPick {
  pick: number
  prefer: boolean
}

async function acceptPending(m: Model, r: Real, index: number, acceptor?: number) {
  const inv = m.pending[index] as PendingInvitation
  const token = r.tokens[index] as string
  const by = acceptor ?? inv.invitee
  const inviterHeld = heldBy(m, inv.inviter, inv.account)
  const entitled =
    inviterHeld.has('users.manage') && mayGrantMembership(m, inv.inviter, inv.account, inv.grant)
  const refusals: Refusal[] = []
  if (by !== inv.invitee) refusals.push('email_mismatch')
  if (!entitled) refusals.push('invalid_token')
  if (m.memberships.has(slot(inv.account, by))) refusals.push('already_member')
  const verdict = verdictOf(refusals)
  const reply = await (r.browsers[by] as Browser).post(`/api/v1/invitations/${token}/accept`)
  expectVerdict(
    r,
    reply,
    verdict,
    `u${by} accepts u${inv.inviter}'s invitation of u${inv.invitee} to acc${inv.account}`,
  )
  if (verdict.ok === true) {
    m.memberships.set(slot(inv.account, inv.invitee), inv.grant)
    m.pending.splice(index, 1)
    r.tokens.splice(index, 1)
  }
}

class InviteCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly account: number,
    readonly target: UserPick,
    readonly grant: GrantSpec,
    readonly acceptNow: boolean,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const account = this.account % m.accounts.length
    const actor = pickUser(this.actor.pick, holders(m, account, 'users.manage'), this.actor.prefer)
    const outsiders = users.filter((u) => !m.memberships.has(slot(account, u)))
    const target = pickUser(this.target.pick, outsiders, this.target.prefer)
    const g = resolveGrant(this.grant, heldBy(m, actor, account))
    const verdict =
      gate(m, actor, account, 'users.manage') ??
      verdictOf([
        ...grantRefusals(m, actor, account, g),
        ...(m.memberships.has(slot(account, target)) ? (['already_member'] as const) : []),
      ])
    const reply = await (r.browsers[actor] as Browser).post(
      `/api/v1/accounts/${r.accountIds[account]}/invitations`,
      { email: r.users[target]?.email, ...g.body },
    )
    expectVerdict(
      r,
      reply,
      verdict,
      `u${actor} invites u${target} to acc${account} as ${JSON.stringify(g.body)}`,
    )
    expectNamesMissing(reply, g)
    if (verdict.ok === true) {
      m.pending.push({ account, inviter: actor, invitee: target, grant: g.membership })
      r.tokens.push(reply.body.token)
      if (this.acceptNow) await acceptPending(m, r, m.pending.length - 1)
    }
    await checkInvariants(m, r)
  }
  toString() {
    return `Invite(actor ${JSON.stringify(this.actor)}, acc#${this.account}, target ${JSON.stringify(this.target)}, ${describeGrant(this.grant)}${this.acceptNow ? ', accept now' : ''})`
  }
}

/** A pending invitation accepted later (by the invitee, or tried by someone else). */
class AcceptCommand implements Cmd {
  constructor(
    readonly pick: number,
    readonly someoneElse: number | null,
  ) {}
  check = (m: Readonly<Model>) => m.pending.length > 0
  async run(m: Model, r: Real) {
    const index = this.pick % m.pending.length
    const by = this.someoneElse === null ? undefined : this.someoneElse % POOL
    await acceptPending(m, r, index, by)
    await checkInvariants(m, r)
  }
  toString() {
    return `AcceptPending(#${this.pick}${this.someoneElse === null ? '' : `, by u#${this.someoneElse}`})`
  }
}

class UpdateCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly account: number,
    readonly target: UserPick,
    readonly grant: GrantSpec,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const account = this.account % m.accounts.length
    const actor = pickUser(this.actor.pick, holders(m, account, 'users.manage'), this.actor.prefer)
    const target = pickUser(this.target.pick, directMembers(m, account), this.target.prefer)
    const g = resolveGrant(this.grant, heldBy(m, actor, account))
    const verdict =
      gate(m, actor, account, 'users.manage') ??
      verdictOf([
        ...targetRefusals(m, actor, account, target),
        ...grantRefusals(m, actor, account, g),
      ])
    const reply = await (r.browsers[actor] as Browser).patch(
      `/api/v1/accounts/${r.accountIds[account]}/members/${r.users[target]?.id}`,
      g.body,
    )
    expectVerdict(
      r,
      reply,
      verdict,
      `u${actor} sets u${target} in acc${account} to ${JSON.stringify(g.body)}`,
    )
    expectNamesMissing(reply, g)
    if (verdict.ok === true) m.memberships.set(slot(account, target), g.membership)
    await checkInvariants(m, r)
  }
  toString() {
    return `Update(actor ${JSON.stringify(this.actor)}, acc#${this.account}, target ${JSON.stringify(this.target)}, ${describeGrant(this.grant)})`
  }
}

class RemoveCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly account: number,
    readonly target: UserPick,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const account = this.account % m.accounts.length
    const actor = pickUser(this.actor.pick, holders(m, account, 'users.manage'), this.actor.prefer)
    const target = pickUser(this.target.pick, directMembers(m, account), this.target.prefer)
    let verdict = gate(m, actor, account, 'users.manage')
    if (!verdict) {
      if (actor === target) {
        // Removing yourself is leaving: anyone but the Owner may leave an account they are a
        // member of (every pool user keeps the top-level account they signed up with).
        const own = m.memberships.get(slot(account, actor))
        verdict = verdictOf(!own ? ['inherited'] : own.role === 'owner' ? ['escalation'] : [])
      } else {
        verdict = verdictOf(targetRefusals(m, actor, account, target))
      }
    }
    const reply = await (r.browsers[actor] as Browser).delete(
      `/api/v1/accounts/${r.accountIds[account]}/members/${r.users[target]?.id}`,
    )
    expectVerdict(r, reply, verdict, `u${actor} removes u${target} from acc${account}`)
    if (verdict.ok === true) m.memberships.delete(slot(account, target))
    await checkInvariants(m, r)
  }
  toString() {
    return `Remove(actor ${JSON.stringify(this.actor)}, acc#${this.account}, target ${JSON.stringify(this.target)})`
  }
}

class CreateSubaccountCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly account: number,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const account = this.account % m.accounts.length
    const actor = pickUser(
      this.actor.pick,
      holders(m, account, 'subaccounts.manage'),
      this.actor.prefer,
    )
    const parent = m.accounts[account] as ModelAccount
    const verdict =
      gate(m, actor, account, 'subaccounts.manage') ??
      verdictOf(parent.level >= MAX_LEVEL ? ['max_depth'] : [])
    const reply = await (r.browsers[actor] as Browser).post(
      `/api/v1/accounts/${r.accountIds[account]}/subaccounts`,
      { name: `sub of acc${account}` },
    )
    expectVerdict(r, reply, verdict, `u${actor} creates a sub-account of acc${account}`)
    if (verdict.ok === true) {
      expect(reply.body.level).toBe(parent.level + 1)
      expect(reply.body.parentId).toBe(r.accountIds[account])
      const created = m.accounts.push({ parent: account, level: parent.level + 1 }) - 1
      r.accountIds.push(reply.body.id)
      // The creator reaches what they created: through the cascade when their role cascades,
      // else by a membership with exactly the permissions their memberships give them in the
      // parent (no more; and nothing of a connection, which gives access to its account only).
      if (pathsOf(m, actor, created).length === 0) {
        m.memberships.set(slot(created, actor), {
          role: null,
          permissions: heldThroughMemberships(m, actor, account),
        })
      }
    }
    await checkInvariants(m, r)
  }
  toString() {
    return `CreateSubaccount(actor ${JSON.stringify(this.actor)}, acc#${this.account})`
  }
}

// ---------------------------------------------------------------------------------------------
// Connections (SPEC §1 Connection, §2 connection roles)
// ---------------------------------------------------------------------------------------------

type ConnectionGrantSpec =
  /** Any preset: only the four connection roles are valid. */
  | { kind: 'role'; role: RoleKey }
  /** A closed set drawn outside the admin areas. */
  | { kind: 'custom'; picks: Permission[] }
  /** The actor's own permissions outside the admin areas, less one (and what needs it). */
  | { kind: 'below'; drop: number }
  /** A closed set with an admin-area permission in it. */
  | { kind: 'admin'; pick: number; picks: Permission[] }
  /** A set missing a requirement. */
  | { kind: 'open'; pick: number }

interface ResolvedConnectionGrant extends ResolvedGrant {
  /** For a set with admin-area permissions: the first in catalog order, which the 422 names. */
  adminKey?: Permission
}

const ADMIN_KEYS = ALL_PERMISSIONS.filter((key) => ADMIN_AREA_KEYS.has(key))

function resolveConnectionGrant(
  spec: ConnectionGrantSpec,
  actorHeld: PermSet,
): ResolvedConnectionGrant {
  const customGrant = (set: PermSet): ResolvedConnectionGrant => {
    const adminKey = ordered(set).find((key) => ADMIN_AREA_KEYS.has(key))
    return {
      body: { permissions: ordered(set) },
      valid: adminKey === undefined,
      ...(adminKey ? { adminKey } : {}),
      membership: { role: null, permissions: set },
    }
  }
  switch (spec.kind) {
    case 'role':
      return {
        body: { role: spec.role },
        valid: CONNECTION_ROLES.includes(spec.role),
        membership: { role: spec.role, permissions: ROLE_PERMISSIONS.get(spec.role) ?? new Set() },
      }
    case 'custom':
      return customGrant(closure(spec.picks))
    case 'below': {
      const outside = new Set([...actorHeld].filter((key) => !ADMIN_AREA_KEYS.has(key)))
      const held = ordered(outside)
      const dropped = held[spec.drop % Math.max(held.length, 1)]
      return customGrant(dropped === undefined ? new Set() : withoutKey(outside, dropped))
    }
    case 'admin':
      return customGrant(
        closure([ADMIN_KEYS[spec.pick % ADMIN_KEYS.length] as Permission, ...spec.picks]),
      )
    case 'open':
      return resolveGrant(spec, actorHeld)
  }
}

function describeConnectionGrant(spec: ConnectionGrantSpec): string {
  switch (spec.kind) {
    case 'role':
      return `role ${spec.role}`
    case 'custom':
      return `custom closure[${spec.picks.join(',')}]`
    case 'below':
      return `own set outside admin areas less #${spec.drop}`
    case 'admin':
      return `admin-area #${spec.pick} + [${spec.picks.join(',')}]`
    case 'open':
      return `unclosed #${spec.pick}`
  }
}

/** SPEC §2: a role or a closed set; a connection takes only the connection roles and no admin area. */
function connectionGrantRefusals(g: ResolvedConnectionGrant): Refusal[] {
  return g.valid ? [] : ['invalid']
}

/** A 422 names what is wrong: the requirement a set lacks, or the admin-area permission it has. */
function expectNamesProblem(reply: Reply, g: ResolvedConnectionGrant) {
  expectNamesMissing(reply, g)
  if (reply.body?.error?.code === 'validation_failed' && g.missing === undefined && g.adminKey) {
    expect(reply.body.error.permission, JSON.stringify(reply.body)).toBe(g.adminKey)
  }
}

/** Minutes from now; 0 or less is not in the future (422). */
type Expiry = number | null

function expiryBody(m: Model, expiry: Expiry) {
  return expiry === null ? {} : { expiresAt: new Date(m.now + expiry * 60_000).toISOString() }
}

/** Body validation (422) comes before anything else; a gate refusal then is as good an answer. */
function combine(invalid: Refusal[], gateVerdict: Verdict | null, rest: () => Verdict): Verdict {
  if (invalid.length > 0) {
    return {
      ok: false,
      refusals: [
        ...invalid,
        ...(gateVerdict && gateVerdict.ok === false ? gateVerdict.refusals : []),
      ],
    }
  }
  return gateVerdict ?? rest()
}

/** Someone who already reaches the account needs no connection; one open connection per pair. */
function outsiderRefusals(m: Model, user: number, account: number): Refusal[] {
  return [
    ...(pathsOf(m, user, account).length > 0 ? (['already_member'] as const) : []),
    ...(openConnection(m, user, account) ? (['open_connection'] as const) : []),
  ]
}

/**
 * The account side of an existing connection: a caller with no path to its account who is not its
 * user does not see it (404); otherwise users.manage in that account is needed (403).
 */
function connectionGate(m: Model, actor: number, c: ModelConnection): Verdict | null {
  if (pathsOf(m, actor, c.account).length === 0 && actor !== c.user) {
    return { ok: false, refusals: ['no_access'] }
  }
  if (!heldBy(m, actor, c.account).has('users.manage')) {
    return { ok: false, refusals: ['forbidden'], permission: 'users.manage' }
  }
  return null
}

function mayGrant(m: Model, actor: number, account: number, set: PermSet): boolean {
  return isOwnerIn(m, actor, account) || strictSubset(set, heldBy(m, actor, account))
}

/**
 * Rule 2 on the connected user ("change or remove only members whose permissions are a strict
 * subset of your own"). Their permissions read as the connection's own set or as everything they
 * hold in the account; the two differ only while the connection is pending or expired, or when
 * a membership also reaches the account. Where the readings disagree, both answers pass.
 */
function targetRule(m: Model, actor: number, c: ModelConnection): 'ok' | 'refused' | 'either' {
  if (isOwnerIn(m, actor, c.account)) return 'ok'
  const held = heldBy(m, actor, c.account)
  const byConnection = strictSubset(c.grant.permissions, held)
  const byUser = strictSubset(heldBy(m, c.user, c.account), held)
  return byConnection && byUser ? 'ok' : !byConnection && !byUser ? 'refused' : 'either'
}

function pickIndex(pick: number, count: number, preferred: number[], prefer: boolean): number {
  if (prefer && preferred.length > 0) return preferred[pick % preferred.length] as number
  return pick % count
}

function connectionIndices(m: Model, which: (c: ModelConnection) => boolean): number[] {
  return m.connections.flatMap((c, i) => (which(c) ? [i] : []))
}

const describeModelConnection = (c: ModelConnection, index: number) =>
  `connection #${index} (u${c.user} → acc${c.account}, ${c.status})`

function expectConnectionReply(m: Model, reply: Reply, c: ModelConnection, r: Real, index: number) {
  const what = `${describeModelConnection(c, index)} answered ${JSON.stringify(reply.body)}`
  expect(reply.body.id, what).toBe(r.connectionIds[index])
  expect(reply.body.accountId, what).toBe(r.accountIds[c.account])
  expect(reply.body.userId, what).toBe(r.users[c.user]?.id)
  expect(reply.body.status, what).toBe(expectedConnectionStatus(m, c))
  expect(reply.body.role, what).toBe(c.grant.role)
  expect(reply.body.permissions, what).toEqual(ordered(c.grant.permissions))
}

/** Access Others: a user applies for access with a role of their choice; pending until decided. */
class ApplyCommand implements Cmd {
  constructor(
    readonly applicant: UserPick,
    readonly account: number,
    readonly grant: ConnectionGrantSpec,
    readonly expiry: Expiry,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const account = this.account % m.accounts.length
    const outsiders = outsidersOf(m, account)
    const applicant = pickUser(this.applicant.pick, outsiders, this.applicant.prefer)
    const g = resolveConnectionGrant(this.grant, heldBy(m, applicant, account))
    const invalid = invalidConnection(g, this.expiry)
    const verdict = combine(invalid, null, () => ({ ok: true }))
    // The applicant names someone who manages the account (the account's own id narrows it).
    const manager = holders(m, account, 'users.manage')[0]
    const connects = manager !== undefined && outsiderRefusals(m, applicant, account).length === 0
    const reply = await (r.browsers[applicant] as Browser).post('/api/v1/connections', {
      type: 'access_others',
      email: r.users[manager ?? applicant]?.email,
      accountId: r.accountIds[account],
      ...g.body,
      ...expiryBody(m, this.expiry),
    })
    expectVerdict(
      r,
      reply,
      verdict,
      `u${applicant} applies to acc${account} as ${JSON.stringify(g.body)}${expiryLabel(this.expiry)}`,
    )
    expectNamesProblem(reply, g)
    await afterCreate(
      m,
      r,
      reply,
      verdict,
      { account, user: applicant, status: 'pending', grant: g.membership },
      this.expiry,
      connects,
    )
  }
  toString() {
    return `Apply(${JSON.stringify(this.applicant)}, acc#${this.account}, ${describeConnectionGrant(this.grant)}, expiry ${this.expiry})`
  }
}

/** Users with no path to the account and no connection in the way: who may connect to it. */
function outsidersOf(m: Model, account: number) {
  return users.filter((u) => pathsOf(m, u, account).length === 0 && !openConnection(m, u, account))
}

function invalidConnection(g: ReturnType<typeof resolveConnectionGrant>, expiry: Expiry) {
  return [
    ...connectionGrantRefusals(g),
    ...(expiry !== null && expiry <= 0 ? (['invalid'] as const) : []),
  ]
}

function expiryLabel(expiry: Expiry) {
  return expiry === null ? '' : ` for ${expiry} min`
}

/** A connection the API created joins the model, and its reply must describe it. */
/**
 * A request the model lets through answers 202 alike whether or not a connection was made (people
 * are named by email and the answer must not tell who has a user); `connects` says whether one was.
 * The connection is then read from the database, as the answer does not carry it.
 */
async function afterCreate(
  m: Model,
  r: Real,
  reply: Reply,
  verdict: Verdict,
  made: Omit<ModelConnection, 'expiresAt'>,
  expiry: Expiry,
  connects: boolean,
) {
  if (verdict.ok === true) {
    expect(reply.status, JSON.stringify(reply.body)).toBe(202)
    expect(reply.body.status).toBe('sent')
  }
  if (verdict.ok === true && connects) {
    const c: ModelConnection = {
      ...made,
      expiresAt: expiry === null ? null : m.now + expiry * 60_000,
    }
    addConnection(m, c)
    const row = await t.deps.db
      .selectFrom('connections')
      .selectAll()
      .where('account_id', '=', r.accountIds[c.account] as string)
      .where('user_id', '=', r.users[c.user]?.id as string)
      .where('status', 'in', ['pending', 'active'])
      .executeTakeFirstOrThrow()
    r.connectionIds.push(row.id)
    expectConnectionReply(
      m,
      { status: 200, headers: {}, body: presentConnection(row, new Date(m.now), { user: true }) },
      c,
      r,
      m.connections.length - 1,
    )
  }
  await checkInvariants(m, r)
}

/** Grant Access: a users.manage holder lets a user in at once, below their own permissions. */
class GrantAccessCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly account: number,
    readonly target: UserPick,
    readonly grant: ConnectionGrantSpec,
    readonly expiry: Expiry,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const account = this.account % m.accounts.length
    const actor = pickUser(this.actor.pick, holders(m, account, 'users.manage'), this.actor.prefer)
    const outsiders = outsidersOf(m, account)
    const target = pickUser(this.target.pick, outsiders, this.target.prefer)
    const g = resolveConnectionGrant(this.grant, heldBy(m, actor, account))
    const invalid = invalidConnection(g, this.expiry)
    const verdict = combine(invalid, gate(m, actor, account, 'users.manage'), () =>
      verdictOf(
        mayGrant(m, actor, account, g.membership.permissions) ? [] : (['escalation'] as const),
      ),
    )
    // Someone who already reaches the account, or has an open connection, is answered alike.
    const connects = outsiderRefusals(m, target, account).length === 0
    const reply = await (r.browsers[actor] as Browser).post('/api/v1/connections', {
      type: 'grant_access',
      accountId: r.accountIds[account],
      email: r.users[target]?.email,
      ...g.body,
      ...expiryBody(m, this.expiry),
    })
    expectVerdict(
      r,
      reply,
      verdict,
      `u${actor} grants u${target} access to acc${account} as ${JSON.stringify(g.body)}${expiryLabel(this.expiry)}`,
    )
    expectNamesProblem(reply, g)
    await afterCreate(
      m,
      r,
      reply,
      verdict,
      { account, user: target, status: 'active', grant: g.membership },
      this.expiry,
      connects,
    )
  }
  toString() {
    return `GrantAccess(actor ${JSON.stringify(this.actor)}, acc#${this.account}, target ${JSON.stringify(this.target)}, ${describeConnectionGrant(this.grant)}, expiry ${this.expiry})`
  }
}

/** A users.manage holder of the account accepts or declines an application. */
class DecideCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly connection: UserPick,
    readonly accept: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.connections.length > 0
  async run(m: Model, r: Real) {
    const { index, c } = pickConnection(m, this.connection, (c) => c.status === 'pending')
    const actor = pickUser(
      this.actor.pick,
      holders(m, c.account, 'users.manage'),
      this.actor.prefer,
    )
    const verdict =
      connectionGate(m, actor, c) ??
      verdictOf([
        ...(c.status === 'pending' ? [] : (['connection_state'] as const)),
        ...(!this.accept || mayGrant(m, actor, c.account, c.grant.permissions)
          ? []
          : (['escalation'] as const)),
      ])
    const reply = await (r.browsers[actor] as Browser).post(
      `/api/v1/connections/${r.connectionIds[index]}/${this.accept ? 'accept' : 'decline'}`,
    )
    expectVerdict(
      r,
      reply,
      verdict,
      `u${actor} ${this.accept ? 'accepts' : 'declines'} ${describeModelConnection(c, index)}`,
    )
    if (verdict.ok === true) {
      c.status = this.accept ? 'active' : 'declined'
      expectConnectionReply(m, reply, c, r, index)
    }
    await checkInvariants(m, r)
  }
  toString() {
    return `Decide(actor ${JSON.stringify(this.actor)}, connection ${JSON.stringify(this.connection)}, ${this.accept ? 'accept' : 'decline'})`
  }
}

/** A connection of the model, preferably one `preferred` picks (by default an open one). */
function pickConnection(
  m: Model,
  pick: UserPick,
  preferred: (c: ModelConnection) => boolean = isOpen,
) {
  const index = pickIndex(
    pick.pick,
    m.connections.length,
    connectionIndices(m, preferred),
    pick.prefer,
  )
  return { index, c: m.connections[index] as ModelConnection }
}

/** The account side changes a connection's role, within the no-escalation rule. */
class ChangeConnectionCommand implements Cmd {
  constructor(
    readonly actor: UserPick,
    readonly connection: UserPick,
    readonly grant: ConnectionGrantSpec,
  ) {}
  check = (m: Readonly<Model>) => m.connections.length > 0
  async run(m: Model, r: Real) {
    const { index, c } = pickConnection(m, this.connection)
    const actor = pickUser(
      this.actor.pick,
      holders(m, c.account, 'users.manage'),
      this.actor.prefer,
    )
    const g = resolveConnectionGrant(this.grant, heldBy(m, actor, c.account))
    const rest = (): Verdict => {
      const refusals: Refusal[] = [
        ...(isOpen(c) ? [] : (['connection_state'] as const)),
        ...(mayGrant(m, actor, c.account, g.membership.permissions)
          ? []
          : (['escalation'] as const)),
      ]
      const target = targetRule(m, actor, c)
      if (refusals.length > 0 || target === 'refused') {
        return verdictOf([...refusals, ...(target === 'ok' ? [] : (['escalation'] as const))])
      }
      return target === 'ok'
        ? { ok: true }
        : {
            ok: 'either',
            refusals: ['escalation'],
            why: 'rule 2 on the connection’s own set and on all the user holds disagree',
          }
    }
    const verdict = combine(connectionGrantRefusals(g), connectionGate(m, actor, c), rest)
    const reply = await (r.browsers[actor] as Browser).patch(
      `/api/v1/connections/${r.connectionIds[index]}`,
      g.body,
    )
    expectVerdict(
      r,
      reply,
      verdict,
      `u${actor} changes ${describeModelConnection(c, index)} to ${JSON.stringify(g.body)}`,
    )
    expectNamesProblem(reply, g)
    if (verdict.ok === true || (verdict.ok === 'either' && succeeded(reply))) {
      c.grant = g.membership
      expectConnectionReply(m, reply, c, r, index)
    }
    await checkInvariants(m, r)
  }
  toString() {
    return `ChangeConnection(actor ${JSON.stringify(this.actor)}, connection ${JSON.stringify(this.connection)}, ${describeConnectionGrant(this.grant)})`
  }
}

/** Either side ends a connection: its user (leaving, or withdrawing an application) or the account. */
class EndConnectionCommand implements Cmd {
  constructor(
    readonly bySelf: boolean,
    readonly actor: UserPick,
    readonly connection: UserPick,
  ) {}
  check = (m: Readonly<Model>) => m.connections.length > 0
  async run(m: Model, r: Real) {
    const { index, c } = pickConnection(m, this.connection)
    const actor = this.bySelf
      ? c.user
      : pickUser(this.actor.pick, holders(m, c.account, 'users.manage'), this.actor.prefer)
    let verdict: Verdict = { ok: true }
    if (actor !== c.user) {
      const target = isOpen(c) ? targetRule(m, actor, c) : 'ok'
      verdict = connectionGate(m, actor, c) ?? {
        ok: target === 'ok' ? true : 'either',
        refusals: ['escalation'],
        why: 'SPEC: "either side can end it" with users.manage, yet rule 2 lets one remove only members strictly below oneself',
      }
      if (verdict.ok === true) verdict = { ok: true }
    }
    const reply = await (r.browsers[actor] as Browser).delete(
      `/api/v1/connections/${r.connectionIds[index]}`,
    )
    expectVerdict(r, reply, verdict, `u${actor} ends ${describeModelConnection(c, index)}`)
    if (succeeded(reply)) {
      expect(reply.status).toBe(204)
      if (isOpen(c)) c.status = 'ended'
    }
    await checkInvariants(m, r)
  }
  toString() {
    return `EndConnection(${this.bySelf ? 'by its user' : `actor ${JSON.stringify(this.actor)}`}, connection ${JSON.stringify(this.connection)})`
  }
}

/** Time passes (expiries with it); nothing else changes. */
class AdvanceClockCommand implements Cmd {
  constructor(readonly minutes: number) {}
  check = () => true
  async run(m: Model, r: Real) {
    clock.advance(this.minutes * 60_000)
    m.now += this.minutes * 60_000
    r.trace.push(`${this.minutes} min pass`)
    await checkInvariants(m, r)
  }
  toString() {
    return `AdvanceClock(${this.minutes} min)`
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const NON_OWNER_ROLES = ROLE_KEYS.filter((role) => role !== 'owner')
/** Small picks (resolved modulo the candidates) keep shrunk counterexamples readable. */
const anyIndex = fc.nat({ max: 59 })
const anyPermissions = fc.subarray([...ALL_PERMISSIONS], { maxLength: 8 })
/** Closed custom sets, half of them with users.manage so that custom managers exist. */
const anyCustomPicks = fc
  .tuple(fc.boolean(), anyPermissions)
  .map(([manages, picks]): Permission[] => (manages ? ['users.manage', ...picks] : picks))

const anyGrantSpec: fc.Arbitrary<GrantSpec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...ROLE_KEYS).map((role) => ({ kind: 'role' as const, role })),
  },
  { weight: 2, arbitrary: anyCustomPicks.map((picks) => ({ kind: 'custom' as const, picks })) },
  { weight: 3, arbitrary: anyIndex.map((drop) => ({ kind: 'below' as const, drop })) },
  { weight: 1, arbitrary: anyIndex.map((pick) => ({ kind: 'open' as const, pick })) },
)

/** Sets drawn outside the admin areas, as a connection takes them. */
const anyOutsidePicks = fc.subarray(OUTSIDE_ADMIN_AREAS, { maxLength: 8 })

const anyConnectionGrantSpec: fc.Arbitrary<ConnectionGrantSpec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...CONNECTION_ROLES)
      .map((role) => ({ kind: 'role' as const, role })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...ROLE_KEYS).map((role) => ({ kind: 'role' as const, role })),
  },
  { weight: 2, arbitrary: anyOutsidePicks.map((picks) => ({ kind: 'custom' as const, picks })) },
  { weight: 2, arbitrary: anyIndex.map((drop) => ({ kind: 'below' as const, drop })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(anyIndex, anyOutsidePicks)
      .map(([pick, picks]) => ({ kind: 'admin' as const, pick, picks })),
  },
  { weight: 1, arbitrary: anyIndex.map((pick) => ({ kind: 'open' as const, pick })) },
)

/** No expiry (half the time), minutes ahead, or a time not in the future (422). */
const anyExpiry: fc.Arbitrary<Expiry> = fc.option(fc.integer({ min: -5, max: 150 }), { freq: 2 })

/** Three picks in four prefer someone the command makes sense for (a manager, a member). */
const anyPick = fc.record({ pick: anyIndex, prefer: fc.nat({ max: 3 }).map((n) => n > 0) })
const anyAccount = anyIndex

const anyCommand = [
  fc
    .tuple(anyPick, anyAccount, anyPick, anyGrantSpec, fc.boolean())
    .map((args) => new InviteCommand(...args)),
  fc
    .tuple(anyIndex, fc.option(anyIndex, { freq: 4 }))
    .map(([pick, someoneElse]) => new AcceptCommand(pick, someoneElse)),
  fc.tuple(anyPick, anyAccount, anyPick, anyGrantSpec).map((args) => new UpdateCommand(...args)),
  fc.tuple(anyPick, anyAccount, anyPick).map((args) => new RemoveCommand(...args)),
  fc.tuple(anyPick, anyAccount).map((args) => new CreateSubaccountCommand(...args)),
  // Connections twice over (fc.commands picks among these evenly), so most steps exercise them.
  ...[1, 2].flatMap(() => [
    fc
      .tuple(anyPick, anyAccount, anyConnectionGrantSpec, anyExpiry)
      .map((args) => new ApplyCommand(...args)),
    fc
      .tuple(anyPick, anyAccount, anyPick, anyConnectionGrantSpec, anyExpiry)
      .map((args) => new GrantAccessCommand(...args)),
    fc
      .tuple(
        anyPick,
        anyPick,
        fc.nat({ max: 3 }).map((n) => n > 0),
      )
      .map((args) => new DecideCommand(...args)),
    fc.tuple(fc.boolean(), anyPick, anyPick).map((args) => new EndConnectionCommand(...args)),
  ]),
  fc
    .tuple(anyPick, anyPick, anyConnectionGrantSpec)
    .map((args) => new ChangeConnectionCommand(...args)),
  fc.integer({ min: 5, max: 120 }).map((minutes) => new AdvanceClockCommand(minutes)),
]

type InitialGrant = { role: RoleKey } | { permissions: Permission[] }

const anyInitialGrant: fc.Arbitrary<InitialGrant> = fc.oneof(
  fc.constantFrom(...NON_OWNER_ROLES).map((role) => ({ role })),
  anyCustomPicks.map((picks) => ({ permissions: ordered(closure(picks)) })),
)

/** A starting tree (parents picked among accounts that may still have children) and members. */
const anySetup = fc.record({
  /** null: under the newest account (so deep chains, up to level 5, are common). */
  tree: fc.array(fc.option(anyIndex), { maxLength: 5 }),
  members: fc.array(
    fc.record({ user: fc.nat({ max: POOL - 1 }), account: anyIndex, grant: anyInitialGrant }),
    { maxLength: 8 },
  ),
  /**
   * Connections already granted (as Grant Access leaves them), overlapping the members at times:
   * a user connected first and invited later holds both, which the API allows.
   */
  connections: fc.array(
    fc.record({
      user: fc.integer({ min: 1, max: POOL - 1 }),
      account: anyIndex,
      grant: fc.oneof(
        fc.constantFrom(...CONNECTION_ROLES).map((role) => ({ role })),
        anyOutsidePicks.map((picks) => ({ permissions: ordered(closure(picks)) })),
      ),
      expiry: fc.option(fc.integer({ min: 1, max: 150 }), { freq: 2 }),
    }),
    { maxLength: 3 },
  ),
})

type Setup = typeof anySetup extends fc.Arbitrary<infer S> ? S : never

async function buildWorld(setup: Setup) {
  const { deps, app } = t
  const pool = await Promise.all(users.map((i) => createUser(deps, `u${i}`)))
  const browsers = await Promise.all(pool.map((user) => logIn(app, user)))
  const owner = pool[0] as TestUser
  const model: Model = {
    accounts: [{ parent: null, level: 1 }],
    memberships: new Map([
      [slot(0, 0), { role: 'owner', permissions: ROLE_PERMISSIONS.get('owner') ?? new Set() }],
    ]),
    pending: [],
    connections: [],
    now: clock.now().getTime(),
  }
  const real: Real = {
    users: pool,
    browsers,
    accountIds: [owner.ownAccountId],
    tokens: [],
    connectionIds: [],
    step: 0,
    trace: [],
  }
  for (const pick of setup.tree) {
    const open = model.accounts.flatMap((a, i) => (a.level < MAX_LEVEL ? [i] : []))
    const newest = model.accounts.length - 1
    const parent =
      pick === null && (model.accounts[newest]?.level ?? MAX_LEVEL) < MAX_LEVEL
        ? newest
        : (open[(pick ?? 0) % open.length] as number)
    const sub = await createSubaccount(deps, real.accountIds[parent] as string)
    const level = (model.accounts[parent]?.level ?? 0) + 1
    real.trace.push(`(setup) acc${model.accounts.length} at level ${level} under acc${parent}`)
    model.accounts.push({ parent, level })
    real.accountIds.push(sub.id)
  }
  for (const member of setup.members) {
    const account = member.account % model.accounts.length
    if (model.memberships.has(slot(account, member.user))) continue
    await grant(
      deps,
      real.accountIds[account] as string,
      pool[member.user]?.id as string,
      member.grant,
    )
    real.trace.push(`(setup) u${member.user} in acc${account}: ${JSON.stringify(member.grant)}`)
    model.memberships.set(
      slot(account, member.user),
      'role' in member.grant
        ? {
            role: member.grant.role,
            permissions: ROLE_PERMISSIONS.get(member.grant.role) ?? new Set(),
          }
        : { role: null, permissions: new Set(member.grant.permissions) },
    )
  }
  for (const connection of setup.connections) {
    const account = connection.account % model.accounts.length
    if (model.connections.some((c) => c.account === account && c.user === connection.user)) continue
    const expiresAt = connection.expiry === null ? null : model.now + connection.expiry * 60_000
    const row = await deps.db
      .insertInto('connections')
      .values({
        account_id: real.accountIds[account] as string,
        id: randomUUID(),
        user_id: pool[connection.user]?.id as string,
        type: 'grant_access',
        status: 'active',
        role: 'role' in connection.grant ? connection.grant.role : null,
        permissions: 'permissions' in connection.grant ? connection.grant.permissions : null,
        requested_by: owner.id,
        decided_by: owner.id,
        expires_at: expiresAt === null ? null : new Date(expiresAt),
        ended_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    real.trace.push(
      `(setup) u${connection.user} connected to acc${account}: ${JSON.stringify(connection.grant)}${connection.expiry === null ? '' : ` for ${connection.expiry} min`}`,
    )
    model.connections.push({
      account,
      user: connection.user,
      status: 'active',
      grant:
        'role' in connection.grant
          ? {
              role: connection.grant.role,
              permissions: ROLE_PERMISSIONS.get(connection.grant.role) ?? new Set(),
            }
          : { role: null, permissions: new Set(connection.grant.permissions) },
      expiresAt,
    })
    real.connectionIds.push(row.id)
  }
  return { model, real }
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

/**
 * Generous limits: a failure's shrinking replays many runs, and fast-check reports the smallest
 * counterexample found so far when its budget runs out, before vitest would time the test out. A
 * run that hangs (a request that never answers) fails as a run, with its counterexample.
 */
const TEST_TIMEOUT_MS = 600_000
const LIMITS = { interruptAfterTimeLimit: 540_000, timeout: 60_000 }

describe('the access model (SPEC §1–§2) against a reference model', () => {
  it(
    'invitations, role changes, removals, sub-accounts and connections (applied, decided, granted, changed, ended, expired) by random actors never grant what nobody entitled granted, and authorize ⇔ explain ⇔ who',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          anySetup,
          fc.commands(anyCommand, { maxCommands: 12, size: 'max' }),
          async (setup, commands) => {
            const { model, real } = await buildWorld(setup)
            await checkInvariants(model, real)
            await fc.asyncModelRun(() => ({ model, real }), commands)
          },
        ),
        // Each run checks every (user, account) after every step: 10 runs keep the file under a
        // minute per database on a loaded 2-core machine.
        { numRuns: 10, ...LIMITS },
      )
    },
    TEST_TIMEOUT_MS,
  )
})

describe('revocation racing reads (SPEC §2 rule 3)', () => {
  /** When a read starts: at once, once the revoking request has completed, or after another read. */
  type Start = { at: 'once' } | { at: 'revoked' } | { at: 'after read'; read: number }
  const anyStart: fc.Arbitrary<Start> = fc.oneof(
    fc.constant({ at: 'once' as const }),
    fc.constant({ at: 'revoked' as const }),
    fc.nat().map((read) => ({ at: 'after read' as const, read })),
  )

  it(
    'denies every read that started after the revoking request completed, whatever the interleaving',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.constantFrom('downgrade', 'removal'),
          fc.constantFrom('membership', 'cascade'),
          fc.array(anyStart, { minLength: 4, maxLength: 16 }),
          async (s, revocation, via, starts) => {
            const { deps, app } = t
            const [owner, victim] = await Promise.all([
              createUser(deps, 'owner'),
              createUser(deps, 'victim'),
            ])
            const top = owner.ownAccountId
            const sub = (await createSubaccount(deps, top)).id
            // The victim reads the members list (users.view) of the top-level account as an Author,
            // or of a sub-account through the cascade of an Admin membership in the top-level one.
            await grant(deps, top, victim.id, { role: via === 'membership' ? 'author' : 'admin' })
            const [ownerBrowser, victimBrowser] = await Promise.all([
              logIn(app, owner),
              logIn(app, victim),
            ])
            const readUrl = `/api/v1/accounts/${via === 'membership' ? top : sub}/members`
            expect((await victimBrowser.get(readUrl)).status).toBe(200)
            // A Basic user keeps the account but not users.view (403); otherwise no path is left (404).
            const denial =
              revocation === 'downgrade' && via === 'membership'
                ? { status: 403, code: 'forbidden' }
                : { status: 404, code: 'not_found' }

            let revoked = false
            const reads: { index: number; startedAfterRevocation: boolean; reply: Reply }[] = []
            const read = async (index: number) => {
              const startedAfterRevocation = revoked
              const reply = await victimBrowser.get(readUrl)
              reads.push({ index, startedAfterRevocation, reply })
            }
            const revoking = s.schedule(Promise.resolve(), 'revoke').then(async () => {
              const url = `/api/v1/accounts/${top}/members/${victim.id}`
              const reply =
                revocation === 'downgrade'
                  ? await ownerBrowser.patch(url, { role: 'basic_user' })
                  : await ownerBrowser.delete(url)
              revoked = true
              return reply
            })
            const started: Promise<void>[] = []
            // The last read always waits for the revocation, so every run checks at least one.
            for (const [index, start] of [...starts, { at: 'revoked' } as Start].entries()) {
              const previous =
                start.at === 'after read' && index > 0 ? started[start.read % index] : null
              const trigger =
                start.at === 'revoked' ? revoking : previous ? previous : Promise.resolve()
              started.push(
                trigger
                  .then(() => s.schedule(Promise.resolve(), `read ${index} (${start.at})`))
                  .then(() => read(index)),
              )
            }
            await s.waitFor(Promise.all([revoking, ...started]))

            const revokeReply = await revoking
            expect(revokeReply.status, JSON.stringify(revokeReply.body)).toBe(
              revocation === 'downgrade' ? 200 : 204,
            )
            for (const { index, startedAfterRevocation, reply } of reads) {
              const isDenied =
                reply.status === denial.status && reply.body?.error?.code === denial.code
              const answer = `read ${index}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 120)}`
              if (startedAfterRevocation) {
                expect(isDenied, `${answer}, started after the revocation completed`).toBe(true)
                if (denial.status === 403) expect(reply.body.error.permission).toBe('users.view')
              } else {
                expect(isDenied || reply.status === 200, answer).toBe(true)
              }
            }
            expect(reads.some((r) => r.startedAfterRevocation)).toBe(true)
          },
        ),
        { numRuns: 25, ...LIMITS },
      )
    },
    TEST_TIMEOUT_MS,
  )
})

describe('depth (SPEC §1: at most 5 levels)', () => {
  it(
    'creates sub-accounts down a chain through level 5, and the level-6 attempt answers 409 max_depth_reached',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: MAX_LEVEL }),
          fc.constantFrom('owner', 'admin', 'custom'),
          async (startLevel, creator) => {
            const { deps, app } = t
            const owner = await createUser(deps, 'owner')
            let parent = owner.ownAccountId
            for (let level = 2; level <= startLevel; level++) {
              parent = (await createSubaccount(deps, parent)).id
            }
            // The Owner, an Admin of the start account, or a member there whose access does not
            // cascade (each account they create gives them a membership of their own).
            const browser =
              creator === 'owner'
                ? await logIn(app, owner)
                : (
                    await memberOf(
                      deps,
                      app,
                      parent,
                      creator === 'admin'
                        ? { role: 'admin' }
                        : { permissions: ['users.view', 'subaccounts.manage'] },
                      'creator',
                    )
                  ).browser
            for (let level = startLevel + 1; level <= MAX_LEVEL; level++) {
              const reply = await browser.post(`/api/v1/accounts/${parent}/subaccounts`, {
                name: `level ${level}`,
              })
              expect(reply.status, JSON.stringify(reply.body)).toBe(201)
              expect(reply.body).toMatchObject({ level, parentId: parent })
              parent = reply.body.id
            }
            const sixth = await browser.post(`/api/v1/accounts/${parent}/subaccounts`, {
              name: 'level 6',
            })
            expect(sixth.status, JSON.stringify(sixth.body)).toBe(409)
            expect(sixth.body.error.code).toBe('max_depth_reached')
            const children = await browser.get(`/api/v1/accounts/${parent}/subaccounts`)
            expect(children.status).toBe(200)
            expect(children.body.items).toEqual([])
          },
        ),
        { numRuns: 10, ...LIMITS },
      )
    },
    TEST_TIMEOUT_MS,
  )
})
