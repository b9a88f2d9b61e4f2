import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, openDatabase } from '../src/db/database.js'
import { ChorusServer, freePort, runChorus, useProcessData } from './helpers/cli.js'
import { testDatabaseKind } from './helpers/database.js'
import {
  type CountingSink,
  emailBalance,
  expectDelivered,
  expectStatus,
  HttpClient,
  IN_FLIGHT_WINDOW,
  ledgerOf,
  setUpBrand,
  startCountingSink,
} from './helpers/delivery.js'
import { type DnsServer, publishAndVerifyDomain, startDnsServer } from './helpers/dns.js'

/**
 * The real `chorus start` process runs a program (joins a group → email → end) that 20,000
 * contacts enter at once, and is killed (SIGKILL) while that step's campaign is sending (the
 * engine has moved every contact into its send ledger by then: a move of 5,000 takes well under a
 * second); a second process on the same data finishes: every contact got the email, none twice
 * beyond the delivery worker's in-flight window, every enrolment completed, the step statistics
 * add up. On PGlite (one process holds the database, and its start after a kill is slow) 5,000.
 */
const CONTACTS = Number(
  process.env.CHORUS_TEST_PROGRAM_CRASH_CONTACTS ??
    (testDatabaseKind === 'pglite' ? 5_000 : 20_000),
)
const KILL_AFTER = Math.min(3_000, Math.floor(CONTACTS / 4))
const CREDITS = CONTACTS + 10_000

const data = useProcessData('chorus-programs-crash-')
let sink: CountingSink
/** Publishes the brand's sender domain, so its sender is verified. */
let dns: DnsServer
const server = new ChorusServer((port) => ({
  CHORUS_DATA_DIR: data.dataDir,
  LOG_LEVEL: process.env.CHORUS_TEST_SERVER_LOG ?? 'warn',
  PORT: String(port),
  SMTP_URL: sink.url,
  CHORUS_SIGNUP_CREDITS: String(CREDITS),
  CHORUS_DNS_SERVERS: dns.address,
  ...data.databaseEnv(),
}))

beforeAll(async () => {
  sink = await startCountingSink()
  dns = await startDnsServer()
})

afterAll(async () => {
  await server.stop('SIGKILL')
  await sink?.close()
  await dns?.close()
})

interface StepStats {
  entered: number
  waiting: number
  completed: number
  exited: number
  sent: number
}

/** The campaign of a message, from its Message-ID `<campaignId.contactId@domain>`. */
function campaignOf(messageId: string | undefined): string {
  return messageId?.split('.')[0] ?? ''
}

/** The program items of the contacts' histories, by type. */
async function programHistory(database: Database, accountId: string) {
  const rows = await sql<{ type: string; n: number }>`
    select type, count(*)::int as n from contact_events
    where account_id = ${accountId} and type like 'program_%'
    group by type`.execute(database.db)
  return Object.fromEntries(rows.rows.map((r) => [r.type, r.n]))
}

describe(`a server killed while a program sends (${testDatabaseKind})`, () => {
  it(`finishes on restart: ${CONTACTS} contacts each emailed, duplicates only in flight`, async () => {
    const times: Record<string, number> = {}
    let at = Date.now()
    const lap = (what: string) => {
      times[what] = Date.now() - at
      at = Date.now()
    }
    const login = { email: 'program-crash@example.test', password: 'program crash passphrase' }
    const created = await runChorus(
      ['user', 'create', '--email', login.email, '--password', login.password],
      server.envFor(await freePort()),
    )
    expect(created.code, created.stderr).toBe(0)
    const accountId = created.stdout.trim()

    const client = new HttpClient(await server.start())
    lap('start')
    expectStatus(await client.post('/api/v1/auth/login', login), 200)
    await publishAndVerifyDomain(client, accountId, dns, 'pcrash.example')
    const brand = await setUpBrand(client, accountId, 'pcrash', CONTACTS, 240_000)
    lap('import')

    const welcome = expectStatus(
      await client.post(`${brand.base}/groups`, { name: 'Welcome' }),
      201,
    )
    const template = expectStatus(
      await client.post(`${brand.base}/templates`, {
        name: 'Welcome',
        channel: 'email',
        subject: 'Welcome {{ firstName }}',
        html: '<p>Hello {{ firstName }}, glad you are here.</p>',
      }),
      201,
    )
    const [email, end] = [randomUUID(), randomUUID()]
    const program = expectStatus(
      await client.post(`${brand.base}/programs`, {
        name: 'Welcome',
        trigger: { type: 'group_joined', groupId: welcome.id },
        steps: [
          {
            id: email,
            type: 'send_email',
            templateId: template.id,
            fromAddressId: null,
            subject: null,
          },
          { id: end, type: 'end' },
        ],
      }),
      201,
    )
    const programUrl = `${brand.base}/programs/${program.id}`
    const activated = expectStatus(
      await client.post(`${programUrl}/activate`, { backfill: false }),
      200,
    )
    expect(activated).toMatchObject({ status: 'active', problems: [] })

    // Everyone joins the trigger group in one bulk action: one statement, and they are enrolled.
    const added = expectStatus(
      await client.post(`${brand.base}/contacts/bulk-update`, {
        action: 'add_to_group',
        targetGroupId: welcome.id,
        groupId: brand.groupId,
      }),
      200,
    )
    expect(added).toEqual({ affected: CONTACTS })
    lap('enrol')

    // Everyone is in the step campaign's ledger within seconds (5,000 per move); the process is
    // killed once it has sent a share of them, and a second one finishes.
    await sink.waitUntil(() => sink.received.length >= KILL_AFTER, `${KILL_AFTER} messages`)
    const atKill = expectStatus(await client.get(programUrl), 200).stats[email] as StepStats
    lap('send before the kill')
    await server.stop('SIGKILL')
    const killedAt = sink.received.length
    const campaignId = campaignOf(sink.received[0]?.messageId)

    client.port = await server.start()
    expectStatus(await client.post('/api/v1/auth/login', login), 200)
    lap('restart')
    // The new process resumes by itself (on PostgreSQL once the dead leader's lease expired).
    const deadline = Date.now() + 300_000
    for (;;) {
      const campaign = expectStatus(await client.get(`${brand.base}/campaigns/${campaignId}`), 200)
      if (campaign.status !== 'sending') break
      if (Date.now() > deadline) throw new Error('the step campaign still sends after 5 minutes')
      await sleep(500)
    }
    lap('send after the restart')

    // What the screens show now; checked after the ledger, which says more when they disagree.
    const shown = expectStatus(await client.get(programUrl), 200)
    const credits = expectStatus(await client.get(`${brand.base}/credits`), 200)
    await server.stop('SIGTERM')
    const database = await openDatabase({
      databaseUrl: data.databaseEnv().DATABASE_URL,
      dataDir: data.dataDir,
    })
    try {
      // Every message came from the step's campaign.
      expect(sink.received.filter((m) => campaignOf(m.messageId) !== campaignId)).toEqual([])
      const counted = expectDelivered(
        await ledgerOf(database, campaignId),
        sink.received,
        brand,
        IN_FLIGHT_WINDOW,
      )
      expect(await emailBalance(database, accountId)).toBe(CREDITS - CONTACTS)
      // The step ran once per enrolment: its history says so once per contact, no more.
      expect(await programHistory(database, accountId)).toEqual({
        program_completed: CONTACTS,
        program_entered: CONTACTS,
        program_step: 2 * CONTACTS, // the email step and the end step
      })
      expect(shown.counts).toEqual({ entered: CONTACTS, active: 0, completed: CONTACTS, exited: 0 })
      const everyone = { entered: CONTACTS, waiting: 0, completed: CONTACTS, exited: 0 }
      expect(shown.stats[email]).toMatchObject({ ...everyone, sent: CONTACTS })
      expect(shown.stats[end]).toMatchObject({ ...everyone, sent: 0 })
      expect(credits).toMatchObject({ email: CREDITS - CONTACTS, reserved: { email: 0 } })
      console.info(
        `program crash on ${testDatabaseKind}: killed at ${killedAt} messages ` +
          `(the step's figures then ${JSON.stringify(atKill)}), ${counted.messages} messages in all, ` +
          `${counted.duplicates} duplicates (at most ${IN_FLIGHT_WINDOW}); times (ms) ${JSON.stringify(times)}`,
      )
    } finally {
      await database.close()
    }
  }, 600_000)
})
