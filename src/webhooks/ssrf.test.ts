import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn, type TestUser } from '../../test/helpers/factories.js'
import { isPrivateAddress } from './address-guard.js'
import { postWebhook } from './transport.js'

/** CHORUS_ALLOW_PRIVATE_WEBHOOKS off (the default): webhooks reach public addresses only. */
const t = useTestApp()

let owner: TestUser
let browser: Browser
/** An https listener on loopback that counts the connections it gets (none may arrive). */
let server: https.Server
let connections = 0
beforeAll(async () => {
  owner = await createUser(t.deps, 'owner')
  browser = await logIn(t.app, owner)
  server = https.createServer()
  server.on('connection', () => {
    connections += 1
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const base = () => `/api/v1/accounts/${owner.ownAccountId}/webhooks`

describe('webhook addresses without CHORUS_ALLOW_PRIVATE_WEBHOOKS', () => {
  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://127.0.0.1/',
    'https://10.1.2.3/',
    'https://[::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[fd00:ec2::254]/',
    'https://100.64.0.1/',
    'https://[2002:7f00:1::1]/', // 6to4 of 127.0.0.1
    'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', // Teredo
    'http://hooks.example.com/',
  ])('refuses to create a webhook to %s (422 on url)', async (url) => {
    const reply = await browser.post(base(), { url, events: ['contact.created'] })
    expect(reply.status).toBe(422)
    expect(reply.body.error.field).toBe('url')
  })

  it('refuses at connection time a name that resolves to 127.0.0.1, and logs why', async () => {
    const { port } = server.address() as AddressInfo
    const created = await browser.post(base(), {
      url: `https://localhost:${port}/hook`,
      events: ['contact.created'],
    })
    expect(created.status).toBe(201)
    const test = await browser.post(`${base()}/${created.body.id}/test`)
    expect(test.body).toMatchObject({ status: 'failed', httpStatus: null })
    expect(test.body.error).toMatch(/localhost resolves to (127\.0\.0\.1|::1).*private/)
    expect(connections).toBe(0)
    const log = await browser.get(`${base()}/${created.body.id}/deliveries`)
    expect(log.body.items[0].error).toBe(test.body.error)
  })

  it('refuses the metadata address at delivery too', async () => {
    const outcome = await postWebhook({
      url: 'https://169.254.169.254/latest/meta-data/',
      headers: {},
      body: '{}',
      allowPrivate: false,
    })
    expect(outcome).toMatchObject({ httpStatus: null, error: expect.stringMatching(/refused/) })
  })

  it('knows the ranges', () => {
    for (const address of [
      '169.254.169.254',
      '192.168.1.1',
      '172.20.0.1',
      '::ffff:10.0.0.1',
      'fe80::1',
      '2002:a00:1::1', // 6to4 of 10.0.0.1
      '2002:a9fe:a9fe::', // 6to4 of 169.254.169.254
      '2001:0:53aa:64c:0:fbff:f5ff:fffe', // Teredo
    ]) {
      expect(isPrivateAddress(address), address).toBe(true)
    }
    for (const address of ['93.184.216.34', '2606:4700::1111', '8.8.8.8', '2001:4860:4860::8888']) {
      expect(isPrivateAddress(address), address).toBe(false)
    }
  })
})
