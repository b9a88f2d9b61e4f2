import dns from 'node:dns/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asClusterOwner, freePort, startCluster } from '../scripts/pg-cluster.mjs'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { createMailer } from '../src/delivery/mailer.js'
import { claimRecipients, expandAudience, markSent } from '../src/delivery/recipients.js'
import { DeliveryWorker, startDelivery } from '../src/delivery/sender.js'
import { createSmsProvider } from '../src/delivery/sms.js'
import type { Deps } from '../src/deps.js'
import { buildApp } from '../src/http/app.js'
import { type Browser, createTestApp, type TestApp } from './helpers/app.js'
import { testDatabaseKind } from './helpers/database.js'
import {
  type Brand,
  type CountingSink,
  countingMailer,
  draftCampaign,
  emailBalance,
  expectDelivered,
  expectStatus,
  ledgerOf,
  setUpBrand,
  startCountingSink,
  tally,
} from './helpers/delivery.js'
import { confirmSenderAddress, createUser, logIn } from './helpers/factories.js'
import { adminUrl, databaseUrl } from './helpers/postgres.js'

let t: TestApp
let sink: CountingSink

beforeAll(async () => {
  sink = await startCountingSink()
  t = await createTestApp({ config: { smtpUrl: sink.url } })
})

afterAll(async () => {
  await t?.close()
  await sink?.close()
})

/** A new account (its Owner signed in) with a sender and a group of `count` contacts. */
async function brand(
  deps: Deps,
  app: TestApp['app'],
  name: string,
  count: number,
  emailCredits?: number,
) {
  const saved = deps.config.signupCredits
  if (emailCredits !== undefined) deps.config.signupCredits = { email: emailCredits, sms: 0 }
  try {
    const owner = await createUser(deps, name)
    const browser = await logIn(app, owner)
    const b = await setUpBrand(browser, owner.ownAccountId, name, count)
    await confirmSenderAddress(deps.db, owner.ownAccountId, b.sender)
    return { ...b, browser }
  } finally {
    // The test app is the whole file's: the next test signs up with the usual credits.
    deps.config.signupCredits = saved
  }
}

async function launch(b: Brand & { browser: Browser }, name = 'Robust') {
  const id = await draftCampaign(b.browser, b, name)
  const launched = expectStatus(await b.browser.post(`${b.base}/campaigns/${id}/send`), 202)
  expect(launched).toMatchObject({ status: 'sending', recipients: b.addresses.length })
  return id
}

/** The same deps with a database pool and an SMTP pool of their own (another process, in effect). */
async function separateDeps(deps: Deps) {
  if (deps.dbKind !== 'postgres') return { deps, close: async () => {} }
  const admin = adminUrl() as string
  const name = await sql<{ name: string }>`select current_database() as name`.execute(deps.db)
  const database = openPostgres(databaseUrl(admin, name.rows[0]?.name as string), 5)
  const mailer = createMailer({
    smtpUrl: deps.config.smtpUrl,
    from: deps.config.mailFrom,
    mailboxDir: '/nonexistent',
  })
  return {
    deps: { ...deps, db: database.db, mailer },
    close: async () => {
      mailer.close()
      await database.close()
    },
  }
}

/** A seeded PRNG (mulberry32), so a failing run can be replayed with its seed. */
function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let r = Math.imul(a ^ (a >>> 15), 1 | a)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

describe('delivery run twice', () => {
  it('a second drain after the first sends nothing more', async () => {
    const b = await brand(t.deps, t.app, 'twice-seq', 250)
    const initial = await emailBalance(t.deps, b.accountId)
    const id = await launch(b)
    await new DeliveryWorker(t.deps).drain()
    const first = sink.of(id).length
    await new DeliveryWorker(t.deps).drain()
    await new DeliveryWorker(t.deps).drain()
    expect(sink.of(id).length).toBe(first)
    expectDelivered(await ledgerOf(t.deps, id), sink.of(id), b)
    expect(await emailBalance(t.deps, b.accountId)).toBe(initial - 250)
  })

  it('two workers draining the same campaigns at once send each message once', async () => {
    const brands = await Promise.all(
      ['twice-a', 'twice-b', 'twice-c', 'twice-d'].map((name) => brand(t.deps, t.app, name, 300)),
    )
    const initial = await Promise.all(brands.map((b) => emailBalance(t.deps, b.accountId)))
    const ids = []
    for (const b of brands) ids.push(await launch(b))
    const other = await separateDeps(t.deps)
    try {
      const a = new DeliveryWorker(t.deps)
      const c = new DeliveryWorker(other.deps)
      // Both at once, then both again after they are done (each job run twice, twice over).
      await Promise.all([a.drain(), c.drain(), sleep(5).then(() => c.drain())])
      await Promise.all([a.drain(), c.drain()])
    } finally {
      await other.close()
    }
    for (const [i, b] of brands.entries()) {
      const id = ids[i] as string
      expectDelivered(await ledgerOf(t.deps, id), sink.of(id), b)
      expect(await emailBalance(t.deps, b.accountId)).toBe((initial[i] as number) - 300)
    }
  })

  it('claims made side by side never overlap, and marking a row sent twice charges it once', async () => {
    const b = await brand(t.deps, t.app, 'twice-claims', 120)
    const id = await launch(b)
    const ref = { account_id: b.accountId, id }
    const other = await separateDeps(t.deps)
    try {
      // The launch fixed the recipients; the worker moves them into the ledger before claiming.
      expect((await ledgerOf(t.deps, id)).rows).toEqual({ pending: 120 })
      expect(await expandAudience(t.deps.db, ref)).toBe(120)
      expect(await expandAudience(t.deps.db, ref)).toBe(0)
      // One claim takes `limit` rows, no more (the whole campaign would defeat leases and pauses).
      const first = await claimRecipients(t.deps.db, ref, null, 30, new Date())
      expect(first).toHaveLength(30)
      expect((await ledgerOf(t.deps, id)).rows).toEqual({ claimed: 30, queued: 90 })
      const claims = await Promise.all(
        [t.deps.db, other.deps.db, t.deps.db].map((db) =>
          claimRecipients(db, ref, null, 30, new Date()),
        ),
      )
      for (const claim of claims) expect(claim).toHaveLength(30)
      const claimed = [first, ...claims].flat().map((r) => r.contactId)
      expect(claimed).toHaveLength(120)
      expect(new Set(claimed).size).toBe(120)
      // The same mark written twice, even at once (a retried write whose first try did commit).
      await Promise.all([
        markSent(t.deps.db, ref, claimed, new Date()),
        markSent(other.deps.db, ref, claimed, new Date()),
      ])
      await markSent(t.deps.db, ref, claimed, new Date())
    } finally {
      await other.close()
    }
    const state = await ledgerOf(t.deps, id)
    expect(state.rows).toEqual({ sent: 120 })
    expect(state.creditsUsed).toBe(120)
    // Nothing was sent through SMTP here; the worker finds nothing left and completes the campaign.
    await new DeliveryWorker(t.deps).drain()
    expect(sink.of(id)).toHaveLength(0)
    expect(await ledgerOf(t.deps, id)).toMatchObject({ status: 'sent', creditsUsed: 120 })
  })
})

describe('a relay that is down', () => {
  it('costs recipients no attempts: nobody fails, and everyone is sent once it is back', async () => {
    const b = await brand(t.deps, t.app, 'relay-down', 40)
    const id = await launch(b)
    // Nothing listens on a port just freed: every connection is refused.
    const { mailer: down, sends } = countingMailer(t.deps, `smtp://127.0.0.1:${await freePort()}`)
    const worker = new DeliveryWorker({ ...t.deps, mailer: down }).start()
    try {
      // Three rounds over the whole audience, each followed by a longer back-off.
      await expect.poll(sends, { timeout: 20_000, interval: 50 }).toBeGreaterThanOrEqual(120)
    } finally {
      await worker.stop()
      down.close()
    }
    const attempts = await t.deps.db
      .selectFrom('campaign_recipients')
      .select(['status', sql<number>`max(attempts)`.as('most')])
      .where('campaign_id', '=', id)
      .groupBy('status')
      .execute()
    expect(attempts).toEqual([{ status: 'queued', most: 0 }])
    expect(sink.of(id)).toHaveLength(0)
    await new DeliveryWorker(t.deps).drain()
    expectDelivered(await ledgerOf(t.deps, id), sink.of(id), b)
  })
})

describe('pause and resume while sending', () => {
  it('a pause stops sending at the end of the batch in flight; resume finishes the rest', async () => {
    const b = await brand(t.deps, t.app, 'pause', 1000)
    const id = await launch(b)
    sink.delayMs = 5
    try {
      const worker = new DeliveryWorker(t.deps).drain()
      await sink.waitUntil(() => sink.of(id).length >= 20, 'the first messages')
      expectStatus(await b.browser.post(`${b.base}/campaigns/${id}/pause`), 200)
      const atPause = sink.of(id).length
      // The worker sees the pause when it renews its lease after a batch (200 messages); two
      // batches at most are in progress, so no more than two batches' worth goes out after it.
      // (The bound holds however slowly the machine answers the pause; 980 were still queued.)
      await worker
      const afterPause = sink.of(id).length
      expect(afterPause - atPause).toBeLessThanOrEqual(2 * 200)
      expect(afterPause).toBeLessThan(1000)
      expect(await ledgerOf(t.deps, id)).toMatchObject({
        status: 'paused',
        creditsUsed: afterPause,
      })
      await new DeliveryWorker(t.deps).drain() // a paused campaign is left alone
      expect(sink.of(id)).toHaveLength(afterPause)
    } finally {
      sink.delayMs = 0
    }
    expectStatus(await b.browser.post(`${b.base}/campaigns/${id}/resume`), 200)
    await new DeliveryWorker(t.deps).drain()
    expectDelivered(await ledgerOf(t.deps, id), sink.of(id), b)
  })

  it('100 random pause/resume calls against running workers: every recipient exactly once', async () => {
    const seed = Number(process.env.CHORUS_TEST_SEED ?? Date.now() % 1_000_000)
    const random = seededRandom(seed)
    const b = await brand(t.deps, t.app, 'fuzz', 400)
    const initial = await emailBalance(t.deps, b.accountId)
    const polling = await startDelivery(t.deps)
    sink.delayMs = 15 // slow enough that the calls land while batches are in flight
    const background: Promise<void>[] = []
    const statuses: string[] = []
    let id = ''
    let duringFuzz = 0
    try {
      id = await launch(b)
      await sink.waitUntil(() => sink.of(id).length > 0, 'the first message')
      for (let i = 0; i < 100; i++) {
        const action = random() < 0.5 ? 'pause' : 'resume'
        const reply = await b.browser.post(`${b.base}/campaigns/${id}/${action}`)
        if (reply.status === 409) {
          // Only a campaign that already finished refuses; it must then be sent.
          expect(reply.body.error).toMatchObject({ code: 'invalid_state', status: 'sent' })
        } else {
          expect(reply.status, JSON.stringify(reply.body)).toBe(200)
          statuses.push(reply.body.status)
        }
        // Now and then another worker joins in the middle of it.
        if (random() < 0.1) background.push(new DeliveryWorker(t.deps).drain())
        await sleep(Math.floor(random() * 25))
      }
      const resumed = await b.browser.post(`${b.base}/campaigns/${id}/resume`)
      expect([200, 409]).toContain(resumed.status)
      await Promise.all(background)
      duringFuzz = sink.of(id).length
    } finally {
      await polling.stop()
      sink.delayMs = 0
    }
    await new DeliveryWorker(t.deps).drain()
    const counted = expectDelivered(await ledgerOf(t.deps, id), sink.of(id), b)
    expect(await emailBalance(t.deps, b.accountId)).toBe(initial - 400)
    expect(statuses).toContain('paused')
    console.info(
      `pause/resume fuzz (seed ${seed}): ${duringFuzz} messages sent during the calls, ${counted.messages} in all, ${counted.duplicates} duplicates, ${statuses.filter((s) => s === 'paused').length} pauses answered`,
    )
  })
})

describe('concurrent launches against a short balance', () => {
  it('N launches at once with credits for K: exactly K go out, the rest are refused', async () => {
    const N = 8
    const K = 3
    const R = 25
    const b = await brand(t.deps, t.app, 'rush', R, K * R)
    expect(await emailBalance(t.deps, b.accountId)).toBe(K * R)
    const ids: string[] = []
    for (let i = 0; i < N; i++) ids.push(await draftCampaign(b.browser, b, `Rush ${i}`))
    const replies = await Promise.all(
      ids.map((id) => b.browser.post(`${b.base}/campaigns/${id}/send`)),
    )
    const launched = ids.filter((_, i) => replies[i]?.status === 202)
    const refused = replies.filter((r) => r.status === 409)
    expect(launched).toHaveLength(Math.min(N, K))
    expect(refused).toHaveLength(N - Math.min(N, K))
    for (const reply of refused) {
      expect(reply.body.error).toMatchObject({ code: 'insufficient_credits', need: R })
      expect(reply.body.error.have).toBeGreaterThanOrEqual(0)
      expect(reply.body.error.have).toBeLessThan(R)
    }
    expect(await emailBalance(t.deps, b.accountId)).toBe(K * R - Math.min(N, K) * R)
    // A refused launch leaves no trace: still a draft, no recipients, nothing reserved.
    for (const id of ids.filter((id) => !launched.includes(id))) {
      expect(await ledgerOf(t.deps, id)).toMatchObject({
        status: 'draft',
        creditsReserved: 0,
        rows: {},
      })
    }
    await new DeliveryWorker(t.deps).drain()
    const all = ids.flatMap((id) => sink.of(id))
    expect(tally(all)).toMatchObject({ messages: K * R, duplicates: 0 })
    for (const id of launched) expectDelivered(await ledgerOf(t.deps, id), sink.of(id), b)
    expect(await emailBalance(t.deps, b.accountId)).toBe(0)
    const ledger = await t.deps.db
      .selectFrom('credit_ledger')
      .select(sql<string>`coalesce(sum(amount), 0)`.as('total'))
      .where('account_id', '=', b.accountId)
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow()
    expect(Number(ledger.total)).toBe(0)
  })
})

describe.runIf(testDatabaseKind === 'postgres')('PostgreSQL restarted mid-send', () => {
  it('answers 503 while the database is down, then finishes with every recipient reached', async () => {
    const bin = process.env.CHORUS_TEST_PG_BIN
    if (!bin) throw new Error('CHORUS_TEST_PG_BIN is not set (run through scripts/test.mjs)')
    // A cluster of its own: restarting the shared one would break the other test files.
    const cluster = await startCluster(bin)
    const data = cluster.env.CHORUS_TEST_PG_DATA as string
    const folder = path.dirname(data)
    const pgCtl = (args: string[]) => asClusterOwner(bin, ['pg_ctl', '-D', data, ...args])
    const slow = await startCountingSink({ delayMs: 8 })
    const database = openPostgres(databaseUrl(cluster.adminUrl, 'postgres'), 10)
    let app: TestApp['app'] | undefined
    let polling: DeliveryWorker | undefined
    let deps: Deps | undefined
    const uncaught: unknown[] = []
    const record = (error: unknown) => uncaught.push(error)
    try {
      await migrateToLatest(database.db)
      const config = {
        ...loadConfig({ NODE_ENV: 'test', CHORUS_DATA_DIR: path.join(folder, 'chorus') }),
        smtpUrl: slow.url,
      }
      deps = {
        db: database.db,
        dbKind: 'postgres',
        prepared: database.prepared,
        config,
        mailer: createMailer({ smtpUrl: slow.url, from: config.mailFrom, mailboxDir: folder }),
        sms: createSmsProvider({ gatewayUrl: undefined, captureDir: folder }),
        dns,
        clock: { now: () => new Date() },
        log: pino({ level: process.env.CHORUS_TEST_LOG ?? 'silent' }),
      }
      app = await buildApp(deps)
      const started = Date.now()
      const mark = (what: string) => console.info(`${what} after ${Date.now() - started} ms`)
      const b = await brand(deps, app, 'restart', 2000, 5000)
      const id = await launch(b)
      mark('launched')
      polling = await startDelivery(deps)
      await slow.waitUntil(() => slow.of(id).length >= 400, '400 messages before the restart')

      // Queries in flight when the server goes away fail; they must not take the process down
      // (a checked-out pg client whose connection ends emits 'error': unhandled, it is fatal).
      process.on('uncaughtException', record)
      const inFlight = [1, 2, 3].map(() =>
        sql`select pg_sleep(30)`.execute(database.db).then(
          () => 'finished',
          (error: { code?: string }) => error.code ?? 'failed',
        ),
      )
      // A transaction open across the stop (as a request's is while it awaits something else):
      // its client is checked out of the pool, so the pool's idle error listener is off it.
      let stopped = () => {}
      const openTransaction = database.db
        .transaction()
        .execute(async (tx) => {
          await sql`select 1`.execute(tx)
          await new Promise<void>((resolve) => {
            stopped = resolve
          })
          await sql`select 1`.execute(tx)
        })
        .then(
          () => 'committed',
          () => 'failed',
        )
      await sleep(200)
      // pg_ctl restart -m fast, with the outage held open long enough to be asked.
      pgCtl(['-m', 'fast', '-w', 'stop'])
      expect(await Promise.all(inFlight)).toEqual(['57P01', '57P01', '57P01'])
      await sleep(100)
      stopped()
      expect(await openTransaction).toBe('failed')
      mark('stopped')
      const atStop = slow.of(id).length
      const me = await b.browser.get('/api/v1/me')
      expect(me.status, JSON.stringify(me.body)).toBe(503)
      expect(me.body.error.code).toBe('unavailable')
      const campaign = await b.browser.get(`${b.base}/campaigns/${id}`)
      expect(campaign.status, JSON.stringify(campaign.body)).toBe(503)
      await sleep(1500) // the worker keeps trying its writes meanwhile
      pgCtl(['-l', path.join(folder, 'log'), '-w', 'restart', '-m', 'fast'])
      const afterRestart = slow.of(id).length
      mark('restarted')

      await slow.waitUntil(
        () => slow.of(id).length > afterRestart + 200,
        'sending to go on after the restart',
      )
      mark('sending again')
      expectStatus(await b.browser.get('/api/v1/me'), 200)
      await polling.stop()
      polling = undefined
      await new DeliveryWorker(deps).drain()
      mark('drained')
      const counted = expectDelivered(await ledgerOf(deps, id), slow.of(id), b, 250)
      expect(await emailBalance(deps, b.accountId)).toBe(5000 - 2000)
      const debits = await deps.db
        .selectFrom('credit_ledger')
        .select(['reason', 'amount'])
        .where('campaign_id', '=', id)
        .execute()
      expect(debits.map((d) => [d.reason, Number(d.amount)])).toEqual([['reserve', -2000]])
      // Last, so that everything above is checked even while this fails: a lost connection
      // must not be an uncaught exception (in `chorus start` it would end the process).
      expect(uncaught.map(String)).toEqual([])
      console.info(
        `PostgreSQL restart: ${atStop} messages before the stop, ${afterRestart} when it was back, ${counted.messages} in all, ${counted.duplicates} duplicates, ${slow.connections} SMTP connections`,
      )
    } finally {
      // Test files share their worker (isolate: false): a listener left behind would swallow
      // the uncaught exceptions of the files after this one.
      process.off('uncaughtException', record)
      await polling?.stop()
      await app?.close()
      deps?.mailer.close()
      await database.close()
      await slow.close()
      cluster.stop()
    }
  }, 180_000)
})
