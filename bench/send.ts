import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { sql } from 'kysely'
import nodemailer from 'nodemailer'
import { inCatalogOrder } from '../src/access/grants.js'
import { allowAll } from '../src/access/permission-sets.js'
import { type AccountAccess, accountAccess } from '../src/access/service.js'
import { insertAccount } from '../src/accounts/repository.js'
import * as contactsRepo from '../src/audience/contacts/repository.js'
import * as groups from '../src/audience/groups/service.js'
import { snapshotRecipients } from '../src/campaigns/repository.js'
import * as campaigns from '../src/campaigns/service.js'
import type { ContactLike } from '../src/content/render.js'
import { senders } from '../src/content/senders.js'
import { createMailer, type Mailer, type OutgoingMail } from '../src/delivery/mailer.js'
import { buildEmail, prepareCampaign } from '../src/delivery/messages.js'
import { DeliveryWorker } from '../src/delivery/sender.js'
import type { Deps } from '../src/deps.js'
import { type BenchContext, benchLine, median } from './harness.js'

const MESSAGES = Number(process.env.CHORUS_BENCH_MESSAGES ?? 100_000)
const RESOLVE_CONTACTS = Number(process.env.CHORUS_BENCH_RESOLVE_CONTACTS ?? 1_000_000)
const RESOLVE_RUNS = Number(process.env.CHORUS_BENCH_RESOLVE_RUNS ?? 3)
/**
 * Query parameters added to the product's SMTP_URL (e.g. `maxConnections=8`); empty by default, so
 * the product runs with the URL an operator would write: `smtp://host:port`.
 */
const SMTP_QUERY = process.env.CHORUS_BENCH_SMTP_QUERY ?? ''
/** A file to write a CPU profile of the product's send to (main thread only), when set. */
const PROFILE = process.env.CHORUS_BENCH_SEND_PROFILE

/** Runs `work` under the inspector's CPU profiler when CHORUS_BENCH_SEND_PROFILE names a file. */
async function profiled<T>(work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work()
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    fs.writeFileSync(PROFILE, JSON.stringify(profile))
    session.disconnect()
    console.log(`send: CPU profile of the product's send written to ${PROFILE}`)
  }
}

function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1)
}

/** Wall-clock milliseconds comparable across threads. */
function now(): number {
  return performance.timeOrigin + performance.now()
}

/**
 * The SMTP sink runs in a worker thread of its own (a real server on loopback, like the mail relay
 * a deployment sends to), so the sending thread pays only for sending. It counts messages and
 * their distinct Message-IDs and discards the data.
 */
const SINK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { SMTPServer } = require(workerData.smtpServer)
let ids = new Set()
let count = 0
let bytes = 0
let target = Infinity
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    let head = ''
    let found = false
    stream.on('data', (chunk) => {
      bytes += chunk.length
      if (found) return
      head += chunk.toString('latin1')
      const match = /^message-id:\\s*(<[^>\\r\\n]*>)/im.exec(head)
      if (match) {
        found = true
        ids.add(match[1])
        head = ''
      } else if (head.includes('\\r\\n\\r\\n')) {
        found = true
        head = ''
      }
    })
    stream.on('end', () => {
      count += 1
      if (count === target) parentPort.postMessage({ type: 'reached', at: performance.timeOrigin + performance.now() })
      callback()
    })
  },
})
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.server.address().port }))
parentPort.on('message', (message) => {
  if (message.type === 'reset') {
    ids = new Set()
    count = 0
    bytes = 0
    target = message.target
    parentPort.postMessage({ type: 'reset' })
  } else if (message.type === 'stats') {
    parentPort.postMessage({ type: 'stats', count, distinct: ids.size, bytes })
  } else if (message.type === 'close') {
    server.close(() => parentPort.postMessage({ type: 'closed' }))
  }
})
`

interface SinkStats {
  count: number
  distinct: number
  bytes: number
}

class Sink {
  private constructor(
    private readonly worker: Worker,
    readonly url: string,
  ) {}

  static async start(): Promise<Sink> {
    const smtpServer = createRequire(import.meta.url).resolve('smtp-server')
    const worker = new Worker(SINK_SOURCE, { eval: true, workerData: { smtpServer } })
    const port = await new Promise<number>((resolve, reject) => {
      worker.once('error', reject)
      worker.once('message', (message: { port: number }) => resolve(message.port))
    })
    return new Sink(worker, `smtp://127.0.0.1:${port}`)
  }

  get port(): number {
    return Number(new URL(this.url).port)
  }

  private request<T>(message: object, answer: string): Promise<T> {
    return new Promise((resolve) => {
      const listener = (reply: { type: string }) => {
        if (reply.type !== answer) return
        this.worker.off('message', listener)
        resolve(reply as T)
      }
      this.worker.on('message', listener)
      this.worker.postMessage(message)
    })
  }

  /** Clears the counts; the promise returned resolves with the time the `target`-th message ended. */
  async reset(target: number): Promise<{ reached: Promise<number> }> {
    const reached = new Promise<number>((resolve) => {
      const listener = (reply: { type: string; at: number }) => {
        if (reply.type !== 'reached') return
        this.worker.off('message', listener)
        resolve(reply.at)
      }
      this.worker.on('message', listener)
    })
    await this.request({ type: 'reset', target }, 'reset')
    return { reached }
  }

  stats(): Promise<SinkStats> {
    return this.request({ type: 'stats' }, 'stats')
  }

  async close() {
    await this.request({ type: 'close' }, 'closed')
    await this.worker.terminate()
  }
}

async function ownerAccess(deps: Deps, name: string): Promise<AccountAccess> {
  const account = await insertAccount(deps.db, { name, parent: null })
  const owner = await deps.db
    .insertInto('users')
    .values({ email: `owner-${account.id}@bench.test`, name: 'owner', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return accountAccess(account.id, owner.id, [
    {
      kind: 'membership',
      accountId: account.id,
      role: 'owner',
      permissions: inCatalogOrder(allowAll()),
    },
  ])
}

/** An account with a sender, a custom field, and `count` subscribed contacts in one group. */
/**
 * Contact ids as the product makes them (uuidv7: a millisecond timestamp, then a counter within the
 * millisecond, then random bits), a hundred contacts a millisecond.
 */
const timeOrderedId = sql`(lpad(to_hex((extract(epoch from now()) * 1000)::bigint + n / 100), 12, '0')
  || '7' || lpad(to_hex(n % 100), 3, '0') || '8' || substr(md5(n::text), 1, 15))::uuid`

async function seedAudience(deps: Deps, name: string, count: number) {
  const { db } = deps
  const access = await ownerAccess(deps, name)
  const accountId = access.accountId
  await senders.create(deps, access, { email: 'news@shop.example', name: 'Shop news' })
  // As its owner's click on the confirmation link does: campaigns send only from verified senders.
  await db
    .updateTable('senders')
    .set({ confirmed_at: new Date() })
    .where('account_id', '=', accountId)
    .execute()
  await contactsRepo.insertFields(db, accountId, [{ key: 'city', type: 'text' }])
  const group = await groups.createGroup(deps, access, { name: 'everyone' })
  const started = performance.now()
  await sql`
    insert into contacts (account_id, id, email, first_name, last_name, fields)
    select ${accountId}::uuid, ${timeOrderedId}, 'person' || n || '@example.test', 'First' || (n % 1000),
           'Last' || (n % 5000),
           jsonb_build_object('city', (array['Lyon', 'Oslo', 'Lima', 'Pune'])[1 + n % 4])
    from generate_series(1, ${count}::int) as n`.execute(db)
  await sql`
    insert into group_members (account_id, group_id, contact_id)
    select account_id, ${group.id}::uuid, id from contacts where account_id = ${accountId}::uuid`.execute(
    db,
  )
  await sql`update accounts set email_credits = ${count * 2} where id = ${accountId}::uuid`.execute(
    db,
  )
  await sql`vacuum analyze contacts`.execute(db)
  await sql`vacuum analyze group_members`.execute(db)
  console.log(
    `seeded ${count} contacts in one group in ${seconds(performance.now() - started)} s (${name})`,
  )
  return { access, group }
}

const SUBJECT = 'Hello {{ firstName }}, new in {{ city }} this week'
const HTML = `<!doctype html>
<html><body style="font-family:sans-serif">
<h1>Hi {{ firstName }},</h1>
<p>Our {{ city }} store has new arrivals this week, picked for {{ firstName }} {{ lastName }}.</p>
<p><a href="https://shop.example/offers/spring?utm_source=chorus">See this week's offers</a></p>
<p>Questions? <a href="https://shop.example/help">We are here to help</a>.</p>
</body></html>`
const TEXT = `Hi {{ firstName }},

Our {{ city }} store has new arrivals this week.
See the offers: https://shop.example/offers/spring?utm_source=chorus
`

/** The same campaign's messages rendered up front with the same compiled templates. */
async function renderAll(deps: Deps, accountId: string, campaignId: string) {
  const row = await deps.db
    .selectFrom('campaigns')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow()
  const prepared = await prepareCampaign(deps, row)
  const mails: OutgoingMail[] = []
  let cursor = '00000000-0000-0000-0000-000000000000'
  for (;;) {
    const page = await deps.db
      .selectFrom('contacts')
      .select(['id', 'email', 'phone', 'first_name', 'last_name', 'fields'])
      .where('account_id', '=', accountId)
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(5_000)
      .execute()
    if (page.length === 0) return mails
    for (const contact of page) {
      const recipient = { contactId: contact.id, address: contact.email as string }
      mails.push(await buildEmail(prepared, recipient, contact as ContactLike))
    }
    cursor = (page.at(-1) as { id: string }).id
  }
}

/** The baseline: the rendered messages through a bare pooled nodemailer transport. */
async function bareTransport(sink: Sink, mails: OutgoingMail[], concurrency: number) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    pool: true,
    maxConnections: concurrency,
  })
  try {
    const { reached } = await sink.reset(mails.length)
    let next = 0
    const elu = performance.eventLoopUtilization()
    const started = now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < mails.length) await transport.sendMail(mails[next++] as OutgoingMail)
      }),
    )
    const ended = now()
    const busyMs = performance.eventLoopUtilization(elu).active
    const stats = await sink.stats()
    if (stats.count !== mails.length || stats.distinct !== mails.length) {
      throw new Error(
        `baseline: the sink got ${stats.count} messages (${stats.distinct} distinct) of ${mails.length}`,
      )
    }
    return { ms: ended - started, busyMs, reachedMs: (await reached) - started, stats }
  } finally {
    transport.close()
  }
}

async function sendThroughProduct(
  deps: Deps,
  sink: Sink,
  access: AccountAccess,
  campaignId: string,
) {
  const { reached } = await sink.reset(MESSAGES)
  const elu = performance.eventLoopUtilization()
  const started = now()
  const launched = await campaigns.sendCampaign(deps, access, campaignId, {})
  const launchedAt = now()
  if (launched.status !== 'sending' || launched.recipients !== MESSAGES) {
    throw new Error(`launch: status ${launched.status}, ${launched.recipients} recipients`)
  }
  await new DeliveryWorker(deps).drain()
  const ended = now()
  const busyMs = performance.eventLoopUtilization(elu).active
  const stats = await sink.stats()
  const done = await campaigns.getCampaign(deps, access, campaignId)
  if (done.status !== 'sent' || done.creditsUsed !== MESSAGES) {
    throw new Error(`after drain: status ${done.status}, ${done.creditsUsed} credits used`)
  }
  if (stats.count !== MESSAGES || stats.distinct !== MESSAGES) {
    throw new Error(
      `the sink got ${stats.count} messages (${stats.distinct} distinct Message-IDs) of ${MESSAGES}`,
    )
  }
  return {
    ms: ended - started,
    busyMs,
    launchMs: launchedAt - started,
    reachedMs: (await reached) - started,
    stats,
  }
}

/**
 * `npm run bench -- send`: a personalised campaign to 100,000 contacts, launched through the
 * service and sent by the delivery worker to a loopback SMTP sink, against the same rendered
 * messages through a bare pooled nodemailer transport; then the launch's recipient resolution over
 * 1,000,000 contacts.
 */
export async function send({ deps }: BenchContext): Promise<void> {
  const concurrency = deps.config.sendConcurrency
  const sink = await Sink.start()
  const smtpUrl = SMTP_QUERY ? `${sink.url}/?${SMTP_QUERY}` : sink.url
  const mailer = createMailer({
    smtpUrl,
    from: deps.config.mailFrom,
    mailboxDir: path.join(deps.config.dataDir, 'mailbox'),
  })
  // Counts what the worker asks of the transport, so retries and transport errors show.
  const calls = { sends: 0, errors: new Map<string, number>() }
  const countingMailer: Mailer = {
    capturing: mailer.capturing,
    async send(mail) {
      calls.sends += 1
      try {
        await mailer.send(mail)
      } catch (error) {
        const key = error instanceof Error ? error.message.slice(0, 80) : String(error)
        calls.errors.set(key, (calls.errors.get(key) ?? 0) + 1)
        throw error
      }
    },
    close: () => mailer.close(),
  }
  const sendDeps: Deps = { ...deps, mailer: countingMailer }
  try {
    const { access, group } = await seedAudience(sendDeps, 'bench send', MESSAGES)
    const campaign = await campaigns.createCampaign(sendDeps, access, {
      name: 'spring offers',
      channel: 'email',
      subject: SUBJECT,
      from: 'news@shop.example',
      fromName: 'Shop',
      html: HTML,
      text: TEXT,
      groupIds: [group.id],
    })

    const rssBefore = peakRssMiB()
    const real = await profiled(() => sendThroughProduct(sendDeps, sink, access, campaign.id))
    const value = MESSAGES / (real.ms / 1000)
    const rssAfterSend = peakRssMiB()
    console.log(
      `product: ${calls.sends} transport sends, errors: ${JSON.stringify([...calls.errors])}`,
    )
    console.log(
      `product (SMTP_URL ${smtpUrl}, sendConcurrency ${concurrency}): ${MESSAGES} messages in ${seconds(real.ms)} s ` +
        `from launch to sent (launch ${(real.launchMs / 1000).toFixed(2)} s, last message at the sink ` +
        `${seconds(real.reachedMs)} s) = ${Math.round(value)} msgs/s; ${real.stats.distinct} distinct Message-IDs, ` +
        `${(real.stats.bytes / 1024 ** 2).toFixed(0)} MiB; main thread busy ${Math.round((100 * real.busyMs) / real.ms)}% ` +
        `(${((1000 * real.busyMs) / MESSAGES).toFixed(0)} µs a message); peak RSS ${rssAfterSend.toFixed(0)} MiB (${rssBefore.toFixed(0)} before)`,
    )

    const renderStart = performance.now()
    const mails = await renderAll(sendDeps, access.accountId, campaign.id)
    console.log(
      `rendered ${mails.length} messages for the baseline in ${seconds(performance.now() - renderStart)} s`,
    )
    const bare = await bareTransport(sink, mails, concurrency)
    const baseline = mails.length / (bare.ms / 1000)
    console.log(
      `bare pooled nodemailer (maxConnections ${concurrency}, ${concurrency} in flight): ${mails.length} messages in ` +
        `${seconds(bare.ms)} s = ${Math.round(baseline)} msgs/s; main thread busy ${Math.round((100 * bare.busyMs) / bare.ms)}% ` +
        `(${((1000 * bare.busyMs) / mails.length).toFixed(0)} µs a message) (goal ratio >= 0.7)`,
    )
    benchLine('send', value, 'msgs/s', baseline)
    console.log(`send: peak RSS ${rssAfterSend.toFixed(1)} MiB after the product's send`)
  } finally {
    mailer.close()
    await sink.close()
  }

  if (RESOLVE_CONTACTS > 0) await resolveBench(deps)
}

/** The launch's INSERT … SELECT of recipients over 1,000,000 contacts, rolled back after each run. */
async function resolveBench(deps: Deps) {
  const { db } = deps
  const { access, group } = await seedAudience(deps, 'bench resolve', RESOLVE_CONTACTS)
  const accountId = access.accountId
  // Some of the audience is out: unsubscribed contacts, and addresses suppressed three ways.
  await sql`update contacts set email_status = 'unsubscribed'
    where account_id = ${accountId}::uuid and email like '%7@example.test'`.execute(db)
  await sql`insert into unsubscribes (account_id, channel, address, source)
    select ${accountId}::uuid, 'email', 'person' || n || '@example.test', 'bench' from generate_series(1, ${RESOLVE_CONTACTS}::int, 101) n`.execute(
    db,
  )
  await sql`insert into blocklist (account_id, channel, address)
    select ${accountId}::uuid, 'email', 'person' || n || '@example.test' from generate_series(2, ${RESOLVE_CONTACTS}::int, 103) n`.execute(
    db,
  )
  await sql`insert into platform_suppressions (channel, address, reason)
    select 'email', 'person' || n || '@example.test', 'hard_bounce' from generate_series(3, ${RESOLVE_CONTACTS}::int, 107) n
    on conflict do nothing`.execute(db)
  await sql`vacuum analyze contacts`.execute(db)
  await sql`analyze unsubscribes`.execute(db)
  await sql`analyze blocklist`.execute(db)
  await sql`analyze platform_suppressions`.execute(db)
  const expected = await sql<{ n: string }>`
    select count(*) as n from contacts c
    where c.account_id = ${accountId}::uuid and c.email_status = 'subscribed'
      and not exists (select 1 from unsubscribes x where x.account_id = c.account_id and x.channel = 'email' and x.address = c.email)
      and not exists (select 1 from blocklist b where b.account_id = c.account_id and b.channel = 'email' and b.address = c.email)
      and not exists (select 1 from platform_suppressions p where p.channel = 'email' and p.address = c.email)`.execute(
    db,
  )
  const want = Number(expected.rows[0]?.n)
  const campaign = await campaigns.createCampaign(deps, access, {
    name: 'resolve',
    channel: 'email',
    subject: SUBJECT,
    from: 'news@shop.example',
    html: HTML,
    groupIds: [group.id],
  })
  const row = { account_id: accountId, id: campaign.id, channel: 'email' as const }
  const sources = { ownGroupIds: [group.id], sharedGroups: [], segments: [] }
  const times: number[] = []
  for (let run = 0; run < RESOLVE_RUNS; run++) {
    let inserted = 0
    let ms = 0
    await db
      .transaction()
      .execute(async (tx) => {
        const started = performance.now()
        inserted = await snapshotRecipients(tx, row, sources)
        ms = performance.now() - started
        throw new RolledBack()
      })
      .catch((error) => {
        if (!(error instanceof RolledBack)) throw error
      })
    if (inserted !== want) throw new Error(`resolved ${inserted} recipients, expected ${want}`)
    times.push(ms)
    await sql`vacuum campaign_recipients`.execute(db)
  }
  console.log(
    `recipient resolution: ${want} of ${RESOLVE_CONTACTS} contacts resolved in ` +
      `${times.map((t) => `${Math.round(t)} ms`).join(', ')} (median ${Math.round(median(times))} ms; goal < 3000 ms)`,
  )
  benchLine('resolve', median(times), 'ms')
}

class RolledBack extends Error {}
