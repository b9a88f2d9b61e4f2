import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/database.js'
import { ChorusServer, freePort, runChorus } from './helpers/cli.js'
import { databaseForProcess, type ProcessDatabase, testDatabaseKind } from './helpers/database.js'
import {
  type CountingSink,
  draftCampaign,
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
 * The real `chorus start` process is killed (SIGKILL) in the middle of a 20,000-recipient campaign
 * and started again on the same data: the new process resumes the campaign and finishes it, every
 * recipient reached, no more duplicates than were in flight, credits used == rows sent.
 */
/** 20,000 on both databases (about 45 s on PGlite on a 2-core machine); the variable sizes it down. */
const RECIPIENTS = Number(process.env.CHORUS_TEST_CRASH_RECIPIENTS ?? 20_000)
const KILL_AFTER = Math.min(3_000, Math.floor(RECIPIENTS / 4))
const CREDITS = RECIPIENTS + 10_000

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-delivery-crash-'))
let processDatabase: ProcessDatabase = { env: {}, close: async () => {} }
let sink: CountingSink
/** Publishes the brand's sender domain, so its sender is verified. */
let dns: DnsServer

function env(port: number): Record<string, string> {
  return {
    CHORUS_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.CHORUS_TEST_SERVER_LOG ?? 'warn',
    PORT: String(port),
    SMTP_URL: sink.url,
    CHORUS_SIGNUP_CREDITS: String(CREDITS),
    CHORUS_DNS_SERVERS: dns.address,
    ...processDatabase.env,
  }
}
const server = new ChorusServer(env)

beforeAll(async () => {
  sink = await startCountingSink()
  dns = await startDnsServer()
  processDatabase = await databaseForProcess()
})

afterAll(async () => {
  await server.stop('SIGKILL')
  await processDatabase.close()
  await sink?.close()
  await dns?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe(`a server killed mid-send (${testDatabaseKind})`, () => {
  it(`resumes on restart: ${RECIPIENTS} recipients reached, duplicates only in flight`, async () => {
    const times: Record<string, number> = {}
    let at = Date.now()
    const lap = (what: string) => {
      times[what] = Date.now() - at
      at = Date.now()
    }
    const email = 'crash@example.test'
    const password = 'crash test passphrase'
    const created = await runChorus(
      ['user', 'create', '--email', email, '--password', password],
      env(await freePort()),
    )
    expect(created.code, created.stderr).toBe(0)
    const accountId = created.stdout.trim()

    const client = new HttpClient(await server.start())
    lap('start')
    expectStatus(await client.post('/api/v1/auth/login', { email, password }), 200)
    await publishAndVerifyDomain(client, accountId, dns, 'crash.example')
    const brand = await setUpBrand(client, accountId, 'crash', RECIPIENTS, 240_000)
    lap('import')
    const id = await draftCampaign(client, brand, 'Crash')
    const launched = expectStatus(await client.post(`${brand.base}/campaigns/${id}/send`), 202)
    expect(launched).toMatchObject({ status: 'sending', recipients: RECIPIENTS })
    lap('launch')

    await sink.waitUntil(() => sink.of(id).length >= KILL_AFTER, `${KILL_AFTER} messages`)
    lap('send before the kill')
    await server.stop('SIGKILL')
    const atKill = sink.of(id).length
    // Messages the dead process had handed to SMTP still land; then nothing more comes.
    await sleep(500)
    const afterKill = sink.of(id).length

    client.port = await server.start()
    lap('restart')
    // The restarted process resumes by itself (on PostgreSQL once the dead leader's lease expired).
    const deadline = Date.now() + 300_000
    for (;;) {
      const reply = await client.get(`${brand.base}/campaigns/${id}`)
      const campaign = expectStatus(reply, 200)
      if (campaign.status === 'sent') break
      expect(campaign.status).toBe('sending')
      if (Date.now() > deadline) throw new Error(`still ${campaign.status} after 5 minutes`)
      await sleep(500)
    }
    lap('send after the restart')

    const campaign = expectStatus(await client.get(`${brand.base}/campaigns/${id}`), 200)
    expect(campaign).toMatchObject({
      status: 'sent',
      recipients: RECIPIENTS,
      creditsReserved: RECIPIENTS,
      creditsUsed: RECIPIENTS,
    })
    const report = expectStatus(await client.get(`${brand.base}/campaigns/${id}/report`), 200)
    expect(report).toMatchObject({ recipients: RECIPIENTS, sent: RECIPIENTS, failed: 0 })
    const credits = expectStatus(await client.get(`${brand.base}/credits`), 200)
    expect(credits).toMatchObject({ email: CREDITS - RECIPIENTS, reserved: { email: 0 } })
    const ledger = expectStatus(await client.get(`${brand.base}/credits/ledger?limit=100`), 200)
    expect(
      (ledger.items as Array<{ reason: string; amount: number; campaignId: string | null }>)
        .filter((entry) => entry.campaignId === id)
        .map((entry) => [entry.reason, entry.amount]),
    ).toEqual([['reserve', -RECIPIENTS]])

    // The send ledger itself, read once the server is gone (the embedded database is one process's).
    await server.stop('SIGTERM')
    const database = await openDatabase({ databaseUrl: processDatabase.env.DATABASE_URL, dataDir })
    try {
      const counted = expectDelivered(
        await ledgerOf(database, id),
        sink.of(id),
        brand,
        IN_FLIGHT_WINDOW,
      )
      expect(await emailBalance(database, accountId)).toBe(CREDITS - RECIPIENTS)
      console.info(
        `crash on ${testDatabaseKind}: killed at ${atKill} messages (${afterKill} after the kill), ` +
          `${counted.messages} messages in all, ${counted.duplicates} duplicates; ` +
          `times (ms) ${JSON.stringify(times)}`,
      )
    } finally {
      await database.close()
    }
  }, 600_000)
})
