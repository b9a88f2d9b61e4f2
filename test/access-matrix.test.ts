import { randomUUID } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_PERMISSIONS, isPermission, type Permission } from '../src/access/catalog.js'
import {
  allowAll,
  allowNone,
  isClosed,
  type PermissionSet,
  withRequirements,
} from '../src/access/permission-sets.js'
import { PRESET_ROLES, permissionsOfRole, type RoleKey } from '../src/access/roles.js'
import { type AccountPermission, ANY_ACCOUNT_ACCESS } from '../src/access/service.js'
import {
  type AccountRow,
  findLiveAccount,
  insertAccount,
  insertMembership,
} from '../src/accounts/repository.js'
import { insertTeam } from '../src/accounts/teams-repository.js'
import { ACCOUNT_SCOPE_PREFIX, type AccountSource } from '../src/http/route-access.js'
import { setOperator } from '../src/identity/operators.js'
import { Browser, createTestApp, type Reply, type TestApp } from './helpers/app.js'
import { testDatabaseKind } from './helpers/database.js'
import { createUser, logIn, type TestUser } from './helpers/factories.js'
import { HINTS, type Operation, operationsOf, sampleValue } from './helpers/routes.js'

/**
 * The generated permission matrix (SPEC §1–§2). Rows: every preset role of the catalog plus custom
 * permission sets; columns: every declared route under /api/v1/accounts/:accountId, and every route
 * that names its account elsewhere (a body field, a connection's account). Nothing here lists
 * routes or expectations by hand: a new route, role or permission is covered by the next run.
 * Every cell runs on an account tree of its own, so a destructive cell (delete the account, leave,
 * transfer ownership) cannot change what the next cell sees.
 */

// SPEC §1 Membership: "Owner and Admin memberships cascade to all descendant accounts; every other
// membership applies to its account only". Written from the spec, not imported, so a product change
// to the cascading roles fails here.
const SPEC_CASCADING_ROLES: ReadonlySet<RoleKey> = new Set(['owner', 'admin'])

interface Row {
  label: string
  /** The stored membership: a preset role or a custom set. */
  grant: { role: RoleKey; permissions: null } | { role: null; permissions: Permission[] }
  /** What the membership holds, from the catalog. */
  held: PermissionSet
  cascades: boolean
}

function customRow(label: string, set: PermissionSet): Row {
  return {
    label: `custom: ${label}`,
    grant: { role: null, permissions: ALL_PERMISSIONS.filter((p) => set.has(p)) },
    held: set,
    cascades: false,
  }
}

const ROWS: Row[] = [
  ...PRESET_ROLES.map(
    (role): Row => ({
      label: role.label,
      grant: { role: role.key, permissions: null },
      held: permissionsOfRole(role.key),
      cascades: SPEC_CASCADING_ROLES.has(role.key),
    }),
  ),
  customRow('users.manage + reports.export', withRequirements(['users.manage', 'reports.export'])),
  customRow(
    'account.manage + subaccounts.manage + campaigns.approve',
    withRequirements(['account.manage', 'subaccounts.manage', 'campaigns.approve']),
  ),
  // Every permission, but as a custom set: it holds what the Owner holds and still does not cascade.
  customRow('allow all', allowAll()),
  // No permission at all: the account is visible (account.access routes), everything else is 403.
  customRow('allow none', allowNone()),
]

type Level = 'top' | 'child' | 'grandchild'

interface Placement {
  name: string
  /** Where the row's membership is held. */
  memberAt: Level
  /** The account the requests name. */
  target: Level
}

const PLACEMENTS: Placement[] = [
  { name: 'member of the top-level account', memberAt: 'top', target: 'top' },
  { name: 'member of the sub-account', memberAt: 'child', target: 'child' },
  { name: 'member of the parent, request to the child', memberAt: 'top', target: 'child' },
  {
    name: 'member of the grandparent, request to the grandchild',
    memberAt: 'top',
    target: 'grandchild',
  },
]

interface AccountRoute {
  method: string
  url: string
  hasBody: boolean
  permission: AccountPermission | undefined
  /** Other permissions the route also opens to (a policy narrows what their holders get). */
  orHolders: readonly Permission[]
  /** Where the account comes from when it is not the URL's. */
  source: AccountSource | undefined
}

/** `signed_out`: a route whose account is not in the URL answers the anonymous caller 401. */
type Expected = 'allowed' | 'forbidden' | 'hidden' | 'signed_out'

interface Failure {
  caller: string
  placement: string
  method: string
  url: string
  expected: string
  actual: string
}

let t: TestApp
let routes: AccountRoute[]
let operations: Map<string, Operation>
/** Owns the top-level account of every tree whose row is not the Owner. */
let treeOwner: TestUser
let treeOwnerBrowser: Browser
/** The other side of the connections made for routes on a connection. */
let applicant: TestUser
let cells = 0
/**
 * The ex-member cells set up four requests each (see, then be removed) on three accounts for every
 * route: more than the default minute on a shared machine. A bound on a hang, not a measurement.
 */
const EX_MEMBER_TIMEOUT_MS = 300_000
const startedAt = Date.now()

beforeAll(async () => {
  t = await createTestApp()
  routes = t.app.declaredRoutes
    .filter(
      (r) =>
        r.url === ACCOUNT_SCOPE_PREFIX ||
        r.url.startsWith(`${ACCOUNT_SCOPE_PREFIX}/`) ||
        (typeof r.access === 'object' && r.access.account !== undefined),
    )
    .map((r) => ({
      method: r.method,
      url: r.url,
      hasBody: r.hasBody,
      permission: typeof r.access === 'object' ? r.access.permission : undefined,
      orHolders: (typeof r.access === 'object' && r.access.orHolders) || [],
      source: typeof r.access === 'object' ? r.access.account : undefined,
    }))
  operations = operationsOf(t.app)
  treeOwner = await createUser(t.deps, 'tree-owner')
  treeOwnerBrowser = await logIn(t.app, treeOwner)
  applicant = await createUser(t.deps, 'matrix-applicant')
})

afterAll(async () => {
  console.log(
    `access matrix on ${testDatabaseKind}: ${cells} cells in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  )
  await t?.close()
})

interface Tree {
  top: AccountRow
  child: AccountRow
  grandchild: AccountRow
}

interface Grant {
  at: Level
  userId: string
  role: RoleKey | null
  permissions: Permission[] | null
}

/**
 * A fresh top-level account with a child and a grandchild, in one transaction: `owner` holds the
 * top's Owner role, and each of `grants` a membership at its level.
 */
async function freshTree(owner: TestUser, grants: Grant[] = []): Promise<Tree> {
  return t.deps.db.transaction().execute(async (tx) => {
    const top = await insertAccount(tx, { name: 'matrix top', parent: null })
    const child = await insertAccount(tx, { name: 'matrix child', parent: top })
    const grandchild = await insertAccount(tx, { name: 'matrix grandchild', parent: child })
    const tree = { top, child, grandchild }
    const memberships = [{ at: 'top' as const, userId: owner.id, role: 'owner', permissions: null }]
    for (const { at, ...membership } of [...memberships, ...grants]) {
      await insertMembership(tx, { accountId: tree[at].id, ...membership })
    }
    return tree
  })
}

/**
 * A resource of `accountId` for routes whose account is the resource's: one per resource type the
 * declarations name (a new type fails here until it has one).
 */
const RESOURCE_IN_ACCOUNT: Record<string, (accountId: string) => Promise<string>> = {
  async connection(accountId) {
    // An account that does not exist has no connection: the cell asks for one that does not either.
    if (!(await findLiveAccount(t.deps.db, accountId))) return randomUUID()
    const id = uuidv7()
    await t.deps.db
      .insertInto('connections')
      .values({
        account_id: accountId,
        id,
        user_id: applicant.id,
        type: 'access_others',
        status: 'pending',
        role: 'analyst',
        permissions: null,
        requested_by: applicant.id,
        decided_by: null,
        expires_at: null,
        ended_at: null,
      })
      .execute()
    return id
  },
  // The SPEC's team routes act through the team's account the caller reaches: the cell's.
  team: teamOfAccount,
}

/** A team the account has joined, so a cell past the gate meets the team's own rules as a member. */
async function teamOfAccount(accountId: string): Promise<string> {
  if (!(await findLiveAccount(t.deps.db, accountId))) return randomUUID()
  const id = uuidv7()
  await insertTeam(t.deps.db, { id, name: 'matrix team', createdBy: treeOwner.id, accountId })
  return id
}

/**
 * Path parameters of account-scoped routes that name something of the account: its team, and the
 * account itself as the team member acted on (leaving).
 */
const PARAMETER_OF_ACCOUNT: Record<string, (accountId: string) => Promise<string>> = {
  teamId: teamOfAccount,
  memberAccountId: async (accountId) => accountId,
}

/** Path parameters: the account's id, a resource of the account where the route names one. */
async function pathParameters(route: AccountRoute, accountId: string) {
  const values: Record<string, string> = { accountId }
  for (const [, name = ''] of route.url.matchAll(/:(\w+)/g)) {
    const make = PARAMETER_OF_ACCOUNT[name]
    if (make && !route.source) values[name] = await make(accountId)
  }
  const source = route.source
  if (source?.from === 'resource') {
    const make = RESOURCE_IN_ACCOUNT[source.resource]
    if (!make) throw new Error(`no ${source.resource} to make for ${route.method} ${route.url}`)
    values[source.param] = await make(accountId)
  }
  if (source?.from === 'params') values[source.field] = accountId
  return values
}

/** The body or query with the account where the route's declaration says it comes from. */
function withSourcedAccount(
  route: AccountRoute,
  accountId: string,
  query: URLSearchParams,
  body: unknown,
) {
  const source = route.source
  if (source?.from === 'query') query.set(source.field, accountId)
  if (source?.from !== 'body') return body
  const when = source.when ? { [source.when.field]: source.when.equals } : {}
  return { ...(body as object), ...when, [source.field]: accountId }
}

/** The route's URL for `accountId`, other path parameters random, with its query and body. */
async function requestFor(route: AccountRoute, accountId: string) {
  const operation = operations.get(`${route.method} ${route.url}`)
  const parameters = await pathParameters(route, accountId)
  const path = route.url.replace(
    /:(\w+)/g,
    (_match, name: string) => parameters[name] ?? randomUUID(),
  )
  const query = new URLSearchParams()
  for (const parameter of operation?.parameters ?? []) {
    if (parameter.in !== 'query' || !(parameter.required || parameter.name in HINTS)) continue
    query.set(parameter.name, String(sampleValue(parameter.name, parameter.schema)))
  }
  const bodySchema = operation?.requestBody?.content?.['application/json']?.schema
  const sampled = route.hasBody ? (bodySchema ? sampleValue('body', bodySchema) : {}) : undefined
  const body = withSourcedAccount(route, accountId, query, sampled)
  const search = query.size > 0 ? `?${query}` : ''
  return { url: `${path}${search}`, body }
}

async function call(browser: Browser, route: AccountRoute, accountId: string): Promise<Reply> {
  const { url, body } = await requestFor(route, accountId)
  cells += 1
  return browser.request(route.method, url, body)
}

function describeReply(reply: Reply): string {
  const error = reply.body?.error
  if (!error) return String(reply.status)
  const detail = error.permission ?? error.resource
  return `${reply.status} ${error.code}${detail ? ` (${detail})` : ''}`
}

/**
 * What a caller without a path to the account gets: the account's 404; on a route whose account
 * is a resource's, the resource's 404; where a body field names an account to act with, a 422 on
 * the field (it names no account the caller can reach: nothing leaks either way).
 */
function hiddenAs(route: AccountRoute): { status: number; code: string; detail: string } {
  const source = route.source
  if (source?.from === 'resource')
    return { status: 404, code: 'not_found', detail: source.resource }
  if (source?.unreachable === 'invalid_field') {
    return { status: 422, code: 'validation_failed', detail: source.field }
  }
  return { status: 404, code: 'not_found', detail: 'account' }
}

/** null when the reply is what the cell expects, else what was wrong. */
function mismatch(expected: Expected, route: AccountRoute, reply: Reply): string | null {
  const error = reply.body?.error
  const hidden = hiddenAs(route)
  switch (expected) {
    case 'hidden':
      return reply.status === hidden.status &&
        error?.code === hidden.code &&
        (error?.resource ?? error?.field) === hidden.detail
        ? null
        : describeReply(reply)
    case 'signed_out':
      return reply.status === 401 && error?.code === 'unauthenticated' ? null : describeReply(reply)
    case 'forbidden':
      return reply.status === 403 &&
        error?.code === 'forbidden' &&
        error?.permission === route.permission
        ? null
        : describeReply(reply)
    case 'allowed': {
      // Through the gate: anything the route itself answers (2xx, a missing member, 409, 422, an
      // escalation refusal) — but never a deny of the gate, a lost session or a server error.
      const stopped =
        reply.status === 401 ||
        reply.status >= 500 ||
        (reply.status === 403 && (error?.code === 'forbidden' || error?.code === 'csrf_failed')) ||
        (reply.status === hidden.status &&
          error?.code === hidden.code &&
          (error?.resource ?? error?.field) === hidden.detail)
      return stopped ? describeReply(reply) : null
    }
  }
}

function expectedLabel(expected: Expected, route: AccountRoute): string {
  if (expected === 'forbidden') return `403 forbidden (${route.permission})`
  if (expected === 'signed_out') return '401 unauthenticated'
  if (expected === 'hidden') {
    const hidden = hiddenAs(route)
    return `${hidden.status} ${hidden.code} (${hidden.detail})`
  }
  return 'allowed (past the gate)'
}

/**
 * From the catalog: allowed iff the route needs only account access or the holder has its
 * permission or one the route also opens to.
 */
function expectedFor(route: AccountRoute, held: PermissionSet | null): Expected {
  if (held === null) return 'hidden'
  if (route.permission === ANY_ACCOUNT_ACCESS) return 'allowed'
  const holds = (permission: AccountPermission | undefined) =>
    permission !== undefined && isPermission(permission) && held.has(permission)
  return holds(route.permission) || route.orHolders.some(holds) ? 'allowed' : 'forbidden'
}

/** Sends one cell's request and records a failure when the answer is not the expected one. */
async function checkCell(
  failures: Failure[],
  cell: { caller: string; placement: string; browser: Browser; accountId: string },
  route: AccountRoute,
  expected: Expected,
) {
  const reply = await call(cell.browser, route, cell.accountId)
  const wrong = mismatch(expected, route, reply)
  if (wrong === null) return
  failures.push({
    caller: cell.caller,
    placement: cell.placement,
    method: route.method,
    url: route.url,
    expected: expectedLabel(expected, route),
    actual: wrong,
  })
}

describe(`access matrix on ${testDatabaseKind}`, () => {
  it('has columns: every declared account-scoped route, each with a permission of the catalog', () => {
    expect(routes.length).toBeGreaterThan(0)
    const columns = routes.map((r) => `${r.method} ${r.url}`)
    expect(columns).toContain(`GET ${ACCOUNT_SCOPE_PREFIX}`)
    // Routes that name their account elsewhere are columns too.
    expect(columns).toEqual(
      expect.arrayContaining([
        'POST /api/v1/connections',
        'PATCH /api/v1/connections/:connectionId',
        `DELETE ${ACCOUNT_SCOPE_PREFIX}/teams/:teamId/members/:memberAccountId`,
        'POST /api/v1/teams',
        'POST /api/v1/teams/:teamId/members',
        'POST /api/v1/teams/:teamId/members/:accountId/accept',
        'DELETE /api/v1/teams/:teamId/members/:accountId',
      ]),
    )
    const undeclared = routes.filter(
      (r) =>
        r.permission === undefined ||
        (r.permission !== ANY_ACCOUNT_ACCESS && !isPermission(r.permission)),
    )
    expect(undeclared).toEqual([])
    for (const row of ROWS) expect(isClosed(row.held), row.label).toBe(true)
  })

  it.each(ROWS)('$label: every route, held directly and through the account tree', async (row) => {
    const isOwner = row.grant.role === 'owner'
    const member = await createUser(t.deps, `matrix-${row.grant.role ?? 'custom'}`)
    const browser = await logIn(t.app, member)
    const failures: Failure[] = []
    let allowed = 0
    for (const placement of PLACEMENTS) {
      // The Owner role exists only on top-level accounts (one per top-level account, SPEC §1).
      if (isOwner && placement.memberAt !== 'top') continue
      const cascade = placement.memberAt !== placement.target
      const held = !cascade || row.cascades ? row.held : null
      for (const route of routes) {
        const tree = isOwner
          ? await freshTree(member)
          : await freshTree(treeOwner, [
              { at: placement.memberAt, userId: member.id, ...row.grant },
            ])
        const expected = expectedFor(route, held)
        if (expected === 'allowed') allowed += 1
        const accountId = tree[placement.target].id
        const cell = { caller: row.label, placement: placement.name, browser, accountId }
        await checkCell(failures, cell, route, expected)
      }
    }
    expect(failures).toEqual([])
    // Not vacuous: every row reaches the account (account.access routes) somewhere.
    expect(allowed).toBeGreaterThan(0)
  })

  describe('outsiders get 404 (account) on every account-scoped route', () => {
    /** Every route on the top, child and grandchild account of a fresh tree each: all hidden. */
    async function hiddenEverywhere(
      caller: string,
      browser: Browser,
      setup: { grants?: Grant[]; prepare?: (tree: Tree) => Promise<void> } = {},
    ) {
      const anonymous = caller === 'anonymous'
      const failures: Failure[] = []
      for (const target of ['top', 'child', 'grandchild'] as const) {
        for (const route of routes) {
          const tree = await freshTree(treeOwner, setup.grants)
          await setup.prepare?.(tree)
          const cell = { caller, placement: `request to the ${target} account`, browser }
          const expected = anonymous && route.source ? 'signed_out' : 'hidden'
          await checkCell(failures, { ...cell, accountId: tree[target].id }, route, expected)
        }
      }
      return failures
    }

    it('the anonymous caller (no cookie)', async () => {
      expect(await hiddenEverywhere('anonymous', new Browser(t.app))).toEqual([])
    })

    it('a user who owns another top-level account (every permission there)', async () => {
      const other = await createUser(t.deps, 'other-owner')
      const browser = await logIn(t.app, other)
      expect((await browser.get(`/api/v1/accounts/${other.ownAccountId}`)).status).toBe(200)
      const caller = 'owner of another account'
      const failures = await hiddenEverywhere(caller, browser)
      // An account id that names no account at all answers the same.
      const placement = 'request to an account that does not exist'
      for (const route of routes) {
        await checkCell(
          failures,
          { caller, placement, browser, accountId: randomUUID() },
          route,
          'hidden',
        )
      }
      expect(failures).toEqual([])
    })

    it(
      'an ex-member (was Admin, removed by the Owner over HTTP)',
      async () => {
        const exMember = await createUser(t.deps, 'ex-member')
        const browser = await logIn(t.app, exMember)
        const setupFailures: string[] = []
        const failures = await hiddenEverywhere('ex-member', browser, {
          grants: [{ at: 'top', userId: exMember.id, role: 'admin', permissions: null }],
          async prepare(tree) {
            // While a member, the account and (through the cascade) its descendants are visible;
            // this also warms anything a request may cache, which the removal must not outlive
            // (SPEC §2 rule 3).
            for (const account of [tree.top, tree.child, tree.grandchild]) {
              const seen = await browser.get(`/api/v1/accounts/${account.id}`)
              if (seen.status !== 200) setupFailures.push(`member GET: ${describeReply(seen)}`)
            }
            const removed = await treeOwnerBrowser.delete(
              `/api/v1/accounts/${tree.top.id}/members/${exMember.id}`,
            )
            if (removed.status !== 204) setupFailures.push(`removal: ${describeReply(removed)}`)
          },
        })
        expect(setupFailures).toEqual([])
        expect(failures).toEqual([])
      },
      EX_MEMBER_TIMEOUT_MS,
    )
  })

  it('a stale session after the user signed in elsewhere gets 401 session_replaced', async () => {
    const user = await createUser(t.deps, 'stale')
    const first = await logIn(t.app, user)
    const accountUrl = ACCOUNT_SCOPE_PREFIX.replace(':accountId', user.ownAccountId)
    expect((await first.get(accountUrl)).status).toBe(200)
    const second = await logIn(t.app, user)
    const stale = await first.get(accountUrl)
    expect(stale.status).toBe(401)
    expect(stale.body.error.code).toBe('session_replaced')
    expect((await second.get(accountUrl)).status).toBe(200)
  })

  it('operator routes: the Owner of every account is refused, only an operator passes the gate', async () => {
    const operatorRoutes = t.app.declaredRoutes.filter((r) => r.access === 'operator')
    expect(operatorRoutes.length).toBeGreaterThan(0)
    const owner = await createUser(t.deps, 'not-operator')
    const ownerBrowser = await logIn(t.app, owner)
    const operator = await createUser(t.deps, 'operator')
    await setOperator(t.deps.db, operator.email, true)
    const operatorBrowser = await logIn(t.app, operator)
    for (const route of operatorRoutes) {
      const url = route.url.replace(':accountId', owner.ownAccountId)
      const body = route.hasBody ? { channel: 'email', amount: 1 } : undefined
      const anonymous = await new Browser(t.app).request(route.method, url, body)
      expect(anonymous.status, `${route.method} ${route.url}`).toBe(401)
      const refused = await ownerBrowser.request(route.method, url, body)
      expect(refused.body.error?.code, `${route.method} ${route.url}`).toBe('operator_required')
      const passed = await operatorBrowser.request(route.method, url, body)
      expect(passed.status, `${route.method} ${route.url}`).toBeLessThan(400)
    }
  })
})
