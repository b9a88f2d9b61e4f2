// The access benchmark: the per-request gate (session → memberships → decision) on PostgreSQL
// against a bare primary-key select of one membership row, the in-memory decision alone, and `who`.
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Permission } from '../src/access/catalog.js'
import { decide, type GrantRow, pathsTo, rolesHolding } from '../src/access/grants.js'
import { withRequirements } from '../src/access/permission-sets.js'
import { loadAllGrantRows } from '../src/access/repository.js'
import type { RoleKey } from '../src/access/roles.js'
import { accessFromRows, authorize, who } from '../src/access/service.js'
import type { Deps } from '../src/deps.js'
import { AppError, notFound } from '../src/errors.js'
import { resolveSession, startSession } from '../src/identity/sessions.js'
import { isUuid } from '../src/ids.js'
import {
  type BenchContext,
  benchLine,
  median,
  percentile,
  pick,
  runFor,
  seededRandom,
} from './harness.js'

const FANOUT = 4
const LEVELS = 5 // 1 + 4 + 16 + 64 + 256 = 341 accounts
const USERS = 10_000
/** Memberships spread over the sub-accounts (levels 2 to 5), on top of one per user at the top. */
const SPREAD_MEMBERSHIPS = 10_000
const TOP_ADMINS = 20
const SESSIONS = 256
const PAIRS = 4096
/** Short alternating rounds, so that a burst of load from elsewhere hits both sides alike. */
const ROUNDS = 7
const ROUND_MS = 2000
const WARMUP_MS = 1500
const DECISION_WARMUP = 20_000
const DECISION_ITERATIONS = 200_000
const WHO_WARMUP = 3
const WHO_RUNS = 30
const WHO_PERMISSION: Permission = 'campaigns.send'

/** One real argon2id hash for every user: hashing 10,000 times would only slow the set-up. */
const PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$fUJ+QTqfHFaRWDq8COP9Fg$I3sDQSgruGGxMkacSpLKPm2Q7WhYwWNRQKhuLo+Vc7Y'

/** The permissions the simulated requests check, as different routes would: mostly views. */
const CHECKED: readonly Permission[] = [
  'campaigns.view',
  'campaigns.view',
  'campaigns.view',
  'reports.view',
  'reports.view',
  'campaigns.send',
  'contacts.view',
  'templates.manage',
  'users.manage',
]

interface Grant {
  role: RoleKey | null
  permissions: Permission[] | null
}

function custom(...keys: Permission[]): Grant {
  return { role: null, permissions: [...withRequirements(keys)] }
}

function role(key: RoleKey): Grant {
  return { role: key, permissions: null }
}

/** Grants below the top: a few cascading Admins, every other preset, and custom sets. */
const SUBACCOUNT_GRANTS: readonly Grant[] = [
  role('admin'),
  ...(['manager', 'author', 'collaborator', 'campaign_creator', 'data_manager'] as const).map(role),
  ...(['analyst', 'advanced_user', 'basic_user', 'basic_user', 'author'] as const).map(role),
  custom('campaigns.send', 'templates.view', 'groups.view'),
  custom('reports.drilldown', 'contacts.view'),
  custom('contacts.create', 'contacts.edit', 'groups.manage'),
]

/** Grants at the top for everyone but its Owner and Admins: nothing here cascades. */
const TOP_GRANTS: readonly Grant[] = SUBACCOUNT_GRANTS.filter((g) => g.role !== 'admin')

interface Account {
  id: string
  parentId: string | null
  level: number
  ancestry: string[]
}

interface Pair {
  token: string
  accountId: string
  permission: Permission
}

type Outcome = 'allowed' | 'forbidden' | 'not_found'

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

function buildTree(): Account[] {
  const top: Account = { id: randomUUID(), parentId: null, level: 1, ancestry: [] }
  top.ancestry = [top.id]
  const accounts = [top]
  let previous = [top]
  for (let level = 2; level <= LEVELS; level++) {
    const current: Account[] = []
    for (const parent of previous) {
      for (let i = 0; i < FANOUT; i++) {
        const id = randomUUID()
        current.push({ id, parentId: parent.id, level, ancestry: [...parent.ancestry, id] })
      }
    }
    accounts.push(...current)
    previous = current
  }
  return accounts
}

interface DataSet {
  top: Account
  accounts: Account[]
  userIds: string[]
  /** Sub-account memberships per user. */
  subAccountsOf: Map<string, string[]>
  /** (account, user) of every sub-account membership, for the baseline. */
  spread: { accountId: string; userId: string }[]
}

async function seed(deps: Deps, random: () => number): Promise<DataSet> {
  const db = deps.db
  const accounts = buildTree()
  const top = accounts[0] as Account
  for (let level = 1; level <= LEVELS; level++) {
    await db
      .insertInto('accounts')
      .values(
        accounts
          .filter((a) => a.level === level)
          .map((a) => ({
            id: a.id,
            name: `Account ${a.id.slice(0, 8)}`,
            parent_id: a.parentId,
            level: a.level,
            ancestry: a.ancestry,
          })),
      )
      .execute()
  }

  const userIds = Array.from({ length: USERS }, () => randomUUID())
  for (const batch of chunks(
    userIds.map((id, i) => ({
      id,
      email: `bench-${String(i).padStart(5, '0')}@example.test`,
      name: `Bench User ${i}`,
      password_hash: PASSWORD_HASH,
    })),
    2000,
  )) {
    await db.insertInto('users').values(batch).execute()
  }

  // Every user is a member of the top-level account (its Owner, a few Admins whose role cascades
  // over the whole tree, everyone else with a role or set that stays at the top)…
  const memberships: {
    account_id: string
    user_id: string
    role: string | null
    permissions: string[] | null
  }[] = userIds.map((userId, i) => {
    const grant =
      i === 0 ? role('owner') : i <= TOP_ADMINS ? role('admin') : pick(random, TOP_GRANTS)
    return { account_id: top.id, user_id: userId, ...grant }
  })
  // …and 10,000 more memberships are spread evenly over the 340 sub-accounts (levels 2 to 5),
  // each level-2 account with an Owner of its own.
  const subAccounts = accounts.slice(1)
  const taken = new Set<string>()
  const subAccountsOf = new Map<string, string[]>()
  const spread: DataSet['spread'] = []
  for (let k = 0; k < SPREAD_MEMBERSHIPS; k++) {
    const account = subAccounts[k % subAccounts.length] as Account
    let userId = pick(random, userIds)
    while (taken.has(`${account.id}:${userId}`)) userId = pick(random, userIds)
    taken.add(`${account.id}:${userId}`)
    const isFirst = k < subAccounts.length
    const grant = isFirst && account.level === 2 ? role('owner') : pick(random, SUBACCOUNT_GRANTS)
    memberships.push({ account_id: account.id, user_id: userId, ...grant })
    subAccountsOf.set(userId, [...(subAccountsOf.get(userId) ?? []), account.id])
    spread.push({ accountId: account.id, userId })
  }
  for (const batch of chunks(memberships, 2000)) {
    await db.insertInto('memberships').values(batch).execute()
  }
  // Statistics, as autovacuum keeps them on a live database (it does not get here within the run):
  // without them the planner guesses a few dozen members for an account of 10,000.
  await sql`analyze accounts, users, memberships`.execute(db)
  return { top, accounts, userIds, subAccountsOf, spread }
}

/** What the HTTP gate does for an account-scoped route, minus HTTP (see src/http/auth.ts). */
async function check(deps: Deps, pair: Pair): Promise<Outcome> {
  if (!isUuid(pair.accountId)) throw notFound('account')
  const session = await resolveSession(deps, pair.token, pair.accountId)
  const access = accessFromRows(pair.accountId, session.user.id, session.grantRows)
  try {
    authorize(access, pair.permission)
    return 'allowed'
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return 'forbidden'
    if (error instanceof AppError && error.code === 'not_found') return 'not_found'
    throw error
  }
}

function bareSelect(deps: Deps, accountId: string, userId: string) {
  return deps.db
    .selectFrom('memberships')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

function timeEach(iterations: number, body: (i: number) => void): Float64Array {
  const nanos = new Float64Array(iterations)
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint()
    body(i)
    nanos[i] = Number(process.hrtime.bigint() - start)
  }
  return nanos.sort()
}

const us = (nanos: number) => (nanos / 1000).toFixed(2)

export async function access(context: BenchContext): Promise<void> {
  const { deps, poolSize } = context
  const concurrency = poolSize
  const random = seededRandom(20240611)

  let started = performance.now()
  const data = await seed(deps, random)
  const [{ count }] = (await deps.db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .execute()) as [{ count: string }]
  console.log(
    `set-up: ${data.accounts.length} accounts over ${LEVELS} levels, ${USERS} users, ${count} ` +
      `memberships (${USERS} in the top-level account, ${SPREAD_MEMBERSHIPS} spread over the ` +
      `sub-accounts) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )

  // Sessions: the top Admins, and users with sub-account memberships.
  started = performance.now()
  const withSubAccounts = [...data.subAccountsOf.keys()]
  const sampled = new Set(data.userIds.slice(1, 1 + TOP_ADMINS))
  while (sampled.size < SESSIONS) sampled.add(pick(random, withSubAccounts))
  const sessions: { userId: string; token: string }[] = []
  for (const userId of sampled) {
    const token = await startSession(deps, userId, { ip: '127.0.0.1', userAgent: 'chorus-bench' })
    sessions.push({ userId, token })
  }
  console.log(
    `set-up: ${sessions.length} sessions (startSession) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )

  // Requests: mostly to an account where the caller is a member, some to the top-level account,
  // a few to any account (mostly a 404 unless the caller is an Admin up the tree).
  const pairs: Pair[] = Array.from({ length: PAIRS }, () => {
    const session = pick(random, sessions)
    const own = data.subAccountsOf.get(session.userId) ?? []
    const r = random()
    const accountId =
      r < 0.65 && own.length > 0
        ? pick(random, own)
        : r < 0.9
          ? data.top.id
          : pick(random, data.accounts).id
    return { token: session.token, accountId, permission: pick(random, CHECKED) }
  })
  const baselinePairs = Array.from({ length: PAIRS }, () => pick(random, data.spread))

  // Sanity: the baseline selects find their rows (the gate's own errors fail the warm-up).
  for (const p of baselinePairs.slice(0, 64)) {
    if (!(await bareSelect(deps, p.accountId, p.userId))) throw new Error('baseline row missing')
  }

  // 1. The full per-request path against the bare select, same pool, same concurrency.
  const outcomes: Record<Outcome, number> = { allowed: 0, forbidden: 0, not_found: 0 }
  const full = (count: boolean) => (i: number) =>
    check(deps, pairs[i % PAIRS] as Pair).then((outcome) => {
      if (count) outcomes[outcome] += 1
    })
  const bare = (i: number) => {
    const p = baselinePairs[i % PAIRS] as (typeof baselinePairs)[number]
    return bareSelect(deps, p.accountId, p.userId).then(() => {})
  }
  await runFor(concurrency, WARMUP_MS, full(false))
  await runFor(concurrency, WARMUP_MS, bare)
  const fullRates: number[] = []
  const bareRates: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so drift in machine load hits both alike.
    const order = round % 2 === 0 ? (['full', 'bare'] as const) : (['bare', 'full'] as const)
    for (const which of order) {
      const result =
        which === 'full'
          ? await runFor(concurrency, ROUND_MS, full(true))
          : await runFor(concurrency, ROUND_MS, bare)
      ;(which === 'full' ? fullRates : bareRates).push(result.perSecond)
    }
  }
  console.log(
    `rounds: full path ${fullRates.map(Math.round).join(' ')} checks/s; bare select ` +
      `${bareRates.map(Math.round).join(' ')} selects/s`,
  )
  const checksPerSecond = median(fullRates)
  const selectsPerSecond = median(bareRates)
  const total = outcomes.allowed + outcomes.forbidden + outcomes.not_found
  const share = (n: number) => `${((100 * n) / total).toFixed(0)}%`
  console.log(
    `full path = resolveSession(token, account) + accessFromRows + authorize, ${concurrency} ` +
      `concurrent loops on a pool of ${poolSize}, ${ROUNDS} rounds of ${ROUND_MS / 1000} s, median; ` +
      `outcomes: ${share(outcomes.allowed)} allowed, ${share(outcomes.forbidden)} 403, ` +
      `${share(outcomes.not_found)} 404`,
  )
  console.log(
    `full path ${Math.round(checksPerSecond)} checks/s vs bare select ${Math.round(selectsPerSecond)} ` +
      `selects/s: ratio ${(checksPerSecond / selectsPerSecond).toFixed(3)} (goal >= 0.5)`,
  )
  benchLine('access', checksPerSecond, 'checks/s', selectsPerSecond)

  // 2. The in-memory decision alone, on the rows the session query really returned.
  const samples: { accountId: string; rows: GrantRow[]; permission: Permission }[] = []
  for (const pair of pairs.slice(0, 1024)) {
    const session = await resolveSession(deps, pair.token, pair.accountId)
    samples.push({
      accountId: pair.accountId,
      rows: session.grantRows,
      permission: pair.permission,
    })
  }
  const rowCount = samples.reduce((n, s) => n + s.rows.length, 0) / samples.length
  let sink = 0
  const decideOnce = (i: number) => {
    const s = samples[i % samples.length] as (typeof samples)[number]
    if (decide(pathsTo(s.accountId, s.rows), s.permission).allowed) sink += 1
  }
  const gateOnce = (i: number) => {
    const s = samples[i % samples.length] as (typeof samples)[number]
    try {
      authorize(accessFromRows(s.accountId, 'user', s.rows), s.permission)
      sink += 1
    } catch {
      sink -= 1
    }
  }
  timeEach(DECISION_WARMUP, decideOnce)
  const decisions = timeEach(DECISION_ITERATIONS, decideOnce)
  timeEach(DECISION_WARMUP, gateOnce)
  const gates = timeEach(DECISION_ITERATIONS, gateOnce)
  const timer = timeEach(DECISION_ITERATIONS, () => {})
  console.log(
    `decision (pathsTo + decide), ${DECISION_ITERATIONS} iterations over ${samples.length} real ` +
      `row sets (${rowCount.toFixed(2)} rows each on average): p50 ${us(percentile(decisions, 0.5))} µs, ` +
      `p99 ${us(percentile(decisions, 0.99))} µs (goal p50 < 20 µs); timer overhead p50 ` +
      `${us(percentile(timer, 0.5))} µs included`,
  )
  console.log(
    `gate in memory (accessFromRows + authorize, throwing on deny): p50 ${us(percentile(gates, 0.5))} µs, ` +
      `p99 ${us(percentile(gates, 0.99))} µs`,
  )
  benchLine('access-decision', percentile(decisions, 0.5) / 1000, 'us')

  // 3. `who` for one permission over the 10,000 direct members of the top-level account.
  let members = 0
  for (let i = 0; i < WHO_WARMUP; i++)
    members = (await who(deps, data.top.id, WHO_PERMISSION)).length
  const whoMs: number[] = []
  for (let i = 0; i < WHO_RUNS; i++) {
    const start = performance.now()
    await who(deps, data.top.id, WHO_PERMISSION)
    whoMs.push(performance.now() - start)
  }
  // The database reads: the narrowed one `who` makes, and the whole members list for comparison.
  const holding = {
    permission: WHO_PERMISSION,
    roles: rolesHolding(WHO_PERMISSION),
  }
  const readMs: number[] = []
  const allReadMs: number[] = []
  for (let i = 0; i < 10; i++) {
    let start = performance.now()
    await loadAllGrantRows(deps.db, data.top.id, new Date(), holding)
    readMs.push(performance.now() - start)
    start = performance.now()
    await loadAllGrantRows(deps.db, data.top.id, new Date())
    allReadMs.push(performance.now() - start)
  }
  whoMs.sort((a, b) => a - b)
  console.log(
    `who(top-level account, ${WHO_PERMISSION}): ${USERS} members reach it (direct memberships), ` +
      `${members} hold the permission; ${WHO_RUNS} runs: p50 ${percentile(whoMs, 0.5).toFixed(1)} ms, ` +
      `p95 ${percentile(whoMs, 0.95).toFixed(1)} ms (goal p95 < 50 ms); of which the database ` +
      `read (loadAllGrantRows narrowed to the permission) p50 ${median(readMs).toFixed(1)} ms; ` +
      `reading all ${USERS} members p50 ${median(allReadMs).toFixed(1)} ms`,
  )
  benchLine('access-who', percentile(whoMs, 0.95), 'ms')
  if (sink === Number.MIN_SAFE_INTEGER) console.log('(unreachable: keeps the decision loops live)')
}
