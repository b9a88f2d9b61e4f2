import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp } from '../../test/helpers/app.js'
import { createTestDatabase } from '../../test/helpers/database.js'
import { startDnsServer } from '../../test/helpers/dns.js'
import { loadConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { buildApp } from '../http/app.js'
import { createDeps } from '../server.js'

/**
 * CHORUS_DNS_SERVERS: sender domains are checked through the servers it names (here a DNS server
 * on loopback that alone knows the records), as the server process builds its dependencies.
 */

let dns: Awaited<ReturnType<typeof startDnsServer>>
let database: Database
let app: FastifyInstance
const dataDir = `/tmp/chorus-test-${randomUUID()}`

beforeAll(async () => {
  dns = await startDnsServer()
  database = await createTestDatabase()
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CHORUS_DATA_DIR: dataDir,
    CHORUS_DNS_SERVERS: dns.address,
  })
  app = await buildApp(createDeps(config, database))
})

afterAll(async () => {
  await app?.close()
  await database?.close()
  await dns?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('sender-domain checks through CHORUS_DNS_SERVERS', () => {
  it('verifies a domain whose records only the configured server publishes', async () => {
    const { browser, account } = await signUp(app)
    const base = `/api/v1/accounts/${account.id}/domains`
    const added = await browser.post(base, { domain: 'split-horizon.example.test' })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    const before = await browser.post(`${base}/${added.body.id}/verify`)
    expect(before.body.verified).toBe(false)

    for (const record of added.body.records as Array<{ name: string; value: string }>) {
      dns.zone.set(record.name, [record.value])
    }
    const after = await browser.post(`${base}/${added.body.id}/verify`)
    expect(after.status).toBe(200)
    expect(after.body.verified).toBe(true)
    expect(after.body.records.map((r: { found: boolean }) => r.found)).toEqual([true, true, true])
    expect(dns.asked).toContain(`${added.body.selector}._domainkey.split-horizon.example.test`)
  })
})
