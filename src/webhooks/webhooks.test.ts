import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Browser, manualClock } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf, type TestUser } from '../../test/helpers/factories.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import {
  type ReceivedHook,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../test/helpers/webhook-receiver.js'
import { loadAccountAccess } from '../access/service.js'
import { JobQueue } from '../jobs/queue.js'
import { JOB_HANDLERS } from '../jobs/worker.js'
import { FAILING_FOR_MS } from './delivery.js'
import { LOG_RETENTION_MS, pruneWebhookLog } from './repository.js'
import { JITTER, RETRY_DELAYS_MS } from './schedule.js'
import { rotateSecret } from './service.js'

const clock = manualClock()
const { t, sink } = useTestAppWithSmtpSink({ clock, config: { allowPrivateWebhooks: true } })

let receiver: WebhookReceiver
let owner: TestUser
let browser: Browser
beforeAll(async () => {
  receiver = await startWebhookReceiver()
  owner = await createUser(t.deps, 'owner')
  browser = await logIn(t.app, owner)
})
afterAll(() => receiver.close())
// Each test's endpoints go with it, so the next test's events and scripted answers are its own.
afterEach(async () => {
  await t.deps.db.deleteFrom('webhooks').execute()
  receiver.answers.length = 0
})

const base = () => `/api/v1/accounts/${owner.ownAccountId}`

/** Runs every job due on the test clock, as the server's worker would. */
const runDueJobs = () => new JobQueue(t.deps, JOB_HANDLERS).drain()

async function subscribe(path: string, events = ['contact.created']) {
  const reply = await browser.post(`${base()}/webhooks`, {
    url: `${receiver.url}${path}`,
    events,
    description: 'CRM sync',
  })
  expect(reply.status).toBe(201)
  return reply.body as { id: string; secret: string }
}

/** Hooks the receiver got on a path. */
const at = (path: string) => receiver.received.filter((hook) => hook.path === path)

async function createContact(email: string) {
  const reply = await browser.post(`${base()}/contacts`, { email, firstName: 'Ada' })
  expect(reply.status).toBe(201)
  return reply.body
}

/**
 * The reference library's signature of a received hook is among those it carries. (`verify` also
 * holds the timestamp to real time, which the tests' clock has left behind by now.)
 */
function signedWith(secret: string, hook: ReceivedHook | undefined): boolean {
  if (!hook) return false
  const timestamp = new Date(Number(hook.headers['webhook-timestamp']) * 1000)
  const expected = new Webhook(secret).sign(hook.headers['webhook-id'] ?? '', timestamp, hook.body)
  return (hook.headers['webhook-signature'] ?? '').split(' ').includes(expected)
}

function pendingMessage(webhookId: string) {
  return t.deps.db
    .selectFrom('webhook_messages')
    .selectAll()
    .where('webhook_id', '=', webhookId)
    .where('status', '=', 'pending')
    .executeTakeFirst()
}

describe('webhook delivery', () => {
  it('retries a failed delivery with the same webhook-id; both attempts verify and are logged', async () => {
    const hook = await subscribe('/retry')
    receiver.answers.push({ status: 500, body: 'down for maintenance' })
    const contact = await createContact('ada@example.test')

    await runDueJobs()
    expect(at('/retry')).toHaveLength(1)
    const message = await pendingMessage(hook.id)
    const wait = new Date(message?.next_attempt_at as Date).getTime() - clock.now().getTime()
    expect(wait).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[0])
    expect(wait).toBeLessThanOrEqual(RETRY_DELAYS_MS[0] * (1 + JITTER))

    await runDueJobs() // not due yet
    expect(at('/retry')).toHaveLength(1)
    clock.advance(wait)
    await runDueJobs()

    const [first, second] = at('/retry')
    expect(second).toBeDefined()
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id'])
    const verifier = new Webhook(hook.secret)
    for (const received of [first, second]) {
      const payload = verifier.verify(received?.body ?? '', received?.headers ?? {})
      expect(payload).toMatchObject({ type: 'contact.created', data: contact })
    }

    const log = await browser.get(`${base()}/webhooks/${hook.id}/deliveries`)
    expect(log.status).toBe(200)
    expect(log.body.items).toMatchObject([
      { attempt: 2, status: 'succeeded', httpStatus: 200, event: 'contact.created' },
      {
        attempt: 1,
        status: 'failed',
        httpStatus: 500,
        responseExcerpt: 'down for maintenance',
        messageId: first?.headers['webhook-id'],
      },
    ])
  })

  it('follows the retry schedule on the clock, then gives the message up', async () => {
    const hook = await subscribe('/schedule')
    receiver.answers.push(...Array.from({ length: 10 }, () => ({ status: 500 })))
    await createContact('schedule@example.test')
    for (const delay of RETRY_DELAYS_MS) {
      await runDueJobs()
      const message = await pendingMessage(hook.id)
      const wait = new Date(message?.next_attempt_at as Date).getTime() - clock.now().getTime()
      expect(wait).toBeGreaterThanOrEqual(delay)
      expect(wait).toBeLessThanOrEqual(Math.min(delay * (1 + JITTER), 24 * 3600 * 1000))
      clock.advance(wait)
    }
    await runDueJobs()
    expect(at('/schedule')).toHaveLength(10)
    expect(await pendingMessage(hook.id)).toBeUndefined()
    const jobs = await t.deps.db.selectFrom('jobs').select('id').execute()
    expect(jobs).toHaveLength(0)
    const webhook = await browser.get(`${base()}/webhooks/${hook.id}`)
    expect(webhook.body).toMatchObject({ enabled: true, failingSince: expect.any(String) })
    await browser.patch(`${base()}/webhooks/${hook.id}`, { enabled: false })
  })

  it('keeps the schedule when someone redelivers by hand in between', async () => {
    const hook = await subscribe('/manual')
    receiver.answers.push({ status: 500 }, { status: 500 }, { status: 500 })
    await createContact('manual@example.test')
    await runDueJobs()
    const [first] = (await browser.get(`${base()}/webhooks/${hook.id}/deliveries`)).body.items
    const manual = await browser.post(
      `${base()}/webhooks/${hook.id}/deliveries/${first.id}/redeliver`,
    )
    expect(manual.body).toMatchObject({ attempt: 2, manual: true, status: 'failed' })
    clock.advance(RETRY_DELAYS_MS[0] * (1 + JITTER))
    await runDueJobs()
    const message = await pendingMessage(hook.id)
    const wait = new Date(message?.next_attempt_at as Date).getTime() - clock.now().getTime()
    expect(wait).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[1])
    expect(wait).toBeLessThanOrEqual(RETRY_DELAYS_MS[1] * (1 + JITTER))
  })

  it('waits longer after 429 (its Retry-After) and 502 (twice the delay)', async () => {
    const hook = await subscribe('/slow')
    receiver.answers.push({ status: 429, headers: { 'retry-after': '120' } }, { status: 502 })
    await createContact('slow@example.test')
    await runDueJobs()
    const afterTooMany = await pendingMessage(hook.id)
    expect(new Date(afterTooMany?.next_attempt_at as Date).getTime()).toBe(
      clock.now().getTime() + 120_000,
    )
    clock.advance(120_000)
    await runDueJobs()
    const afterBadGateway = await pendingMessage(hook.id)
    const wait =
      new Date(afterBadGateway?.next_attempt_at as Date).getTime() - clock.now().getTime()
    expect(wait).toBeGreaterThanOrEqual(2 * RETRY_DELAYS_MS[1])
    expect(wait).toBeLessThanOrEqual(2 * RETRY_DELAYS_MS[1] * (1 + JITTER))
    await browser.delete(`${base()}/webhooks/${hook.id}`)
  })

  it('turns the endpoint off on 410 and tells the account', async () => {
    const hook = await subscribe('/gone')
    receiver.answers.push({ status: 410 })
    await createContact('gone@example.test')
    await runDueJobs()
    const webhook = await browser.get(`${base()}/webhooks/${hook.id}`)
    expect(webhook.body).toMatchObject({ enabled: false, disabledReason: 'gone' })
    expect(await pendingMessage(hook.id)).toBeUndefined()
    const mail = await sink.waitFor(
      (m) => recipientsOf(m).includes(owner.email) && /turned off/.test(m.subject ?? ''),
    )
    expect(mail.text).toContain(`${receiver.url}/gone`)
    expect(mail.text).toContain('410')
    await createContact('gone-again@example.test')
    await runDueJobs()
    expect(at('/gone')).toHaveLength(1)
  })

  it('turns the endpoint off when every attempt has failed for 5 days', async () => {
    const hook = await subscribe('/failing')
    receiver.fallback = { status: 503 }
    try {
      await createContact('failing-1@example.test')
      await runDueJobs()
      clock.advance(FAILING_FOR_MS)
      await createContact('failing-2@example.test')
      await runDueJobs()
    } finally {
      receiver.fallback = { status: 200, body: 'ok' }
    }
    const webhook = await browser.get(`${base()}/webhooks/${hook.id}`)
    expect(webhook.body).toMatchObject({ enabled: false, disabledReason: 'failing' })
    // Both failing messages saw it fail too long; the admins are told once.
    const aboutThis = (m: { subject?: string; text?: string }) =>
      /turned off/.test(m.subject ?? '') && (m.text ?? '').includes('/failing')
    await sink.waitFor(aboutThis)
    await runDueJobs()
    expect(sink.messages.filter(aboutThis)).toHaveLength(1)
    // Turning it back on forgets the failures.
    const reenabled = await browser.patch(`${base()}/webhooks/${hook.id}`, { enabled: true })
    expect(reenabled.body).toMatchObject({
      enabled: true,
      disabledReason: null,
      failingSince: null,
    })
    await browser.delete(`${base()}/webhooks/${hook.id}`)
  })

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    const hook = await subscribe('/moved')
    receiver.answers.push({ status: 302, headers: { location: '/elsewhere' } })
    await createContact('moved@example.test')
    await runDueJobs()
    expect(at('/moved')).toHaveLength(1)
    expect(at('/elsewhere')).toHaveLength(0)
    const log = await browser.get(`${base()}/webhooks/${hook.id}/deliveries`)
    expect(log.body.items[0]).toMatchObject({ status: 'failed', httpStatus: 302 })
    await browser.delete(`${base()}/webhooks/${hook.id}`)
  })

  it('redelivers a logged message as a new attempt with the same webhook-id', async () => {
    const hook = await subscribe('/again', ['contact.updated'])
    const test = await browser.post(`${base()}/webhooks/${hook.id}/test`)
    expect(test.status).toBe(200)
    expect(test.body).toMatchObject({ event: 'webhook.test', status: 'succeeded', attempt: 1 })
    const again = await browser.post(
      `${base()}/webhooks/${hook.id}/deliveries/${test.body.id}/redeliver`,
    )
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ messageId: test.body.messageId, attempt: 2, manual: true })
    const [first, second] = at('/again')
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id'])
    expect(second?.body).toBe(first?.body)
    const unknown = await browser.post(
      `${base()}/webhooks/${hook.id}/deliveries/${crypto.randomUUID()}/redeliver`,
    )
    expect(unknown.status).toBe(404)
  })

  it('signs with the old and the new secret for 24 hours after a rotation', async () => {
    const hook = await subscribe('/rotate', ['contact.updated'])
    const rotated = await browser.post(`${base()}/webhooks/${hook.id}/rotate-secret`)
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(rotated.body.secret).not.toBe(hook.secret)
    expect(rotated.body.previousSecretExpiresAt).not.toBeNull()
    await browser.post(`${base()}/webhooks/${hook.id}/test`)
    const during = at('/rotate').at(-1)
    expect(during?.headers['webhook-signature']?.split(' ')).toHaveLength(2)
    expect(signedWith(hook.secret, during)).toBe(true)
    expect(signedWith(rotated.body.secret, during)).toBe(true)
    clock.advance(24 * 3600 * 1000 + 1000)
    const listed = await browser.get(`${base()}/webhooks/${hook.id}`)
    expect(listed.body.previousSecretExpiresAt).toBeNull()
    await browser.post(`${base()}/webhooks/${hook.id}/test`)
    const after = at('/rotate').at(-1)
    expect(after?.headers['webhook-signature']?.split(' ')).toHaveLength(1)
    expect(signedWith(rotated.body.secret, after)).toBe(true)
    expect(signedWith(hook.secret, after)).toBe(false)
  })
})

describe('a webhook’s owner', () => {
  /** A contact.created the receiver should get on `path`, and whether the webhook is still on. */
  async function deliversNextContact(path: string, email: string) {
    const before = at(path).length
    await createContact(email)
    await runDueJobs()
    return at(path).length > before
  }

  const turnedOffBecause = (mail: { subject?: string; text?: string }, path: string, why: string) =>
    /turned off/.test(mail.subject ?? '') &&
    (mail.text ?? '').includes(path) &&
    (mail.text ?? '').includes(why)

  /** A member who may manage webhooks and see contacts, and the webhook they set up on `path`. */
  async function developersWebhook(path: string) {
    const developer = await memberOf(t.deps, t.app, owner.ownAccountId, {
      permissions: ['developer.webhooks', 'contacts.view'],
    })
    const created = await developer.browser.post(`${base()}/webhooks`, {
      url: `${receiver.url}${path}`,
      events: ['contact.created'],
    })
    expect(created.status).toBe(201)
    return { developer, created }
  }

  it('stops the webhook once the person who set it up may no longer see its events; an admin turning it on owns it', async () => {
    const { developer, created } = await developersWebhook('/owned')
    expect(created.body).toMatchObject({ ownerId: developer.user.id, ownerApiKeyId: null })
    expect(await deliversNextContact('/owned', 'owned-1@example.test')).toBe(true)

    const demoted = await browser.patch(`${base()}/members/${developer.user.id}`, {
      permissions: ['developer.webhooks'],
    })
    expect(demoted.status).toBe(200)
    expect(await deliversNextContact('/owned', 'owned-2@example.test')).toBe(false)
    const webhook = `${base()}/webhooks/${created.body.id}`
    expect((await browser.get(webhook)).body).toMatchObject({
      enabled: false,
      disabledReason: 'owner_access',
      disabledBecause: 'Chorus turned it off because its owner no longer holds contacts.view.',
    })
    await sink.waitFor(
      (m) =>
        recipientsOf(m).includes(owner.email) &&
        turnedOffBecause(m, '/owned', 'its owner no longer holds contacts.view'),
    )

    // The demoted developer may not turn it back on; the account's owner may, and owns it then.
    expect((await developer.browser.patch(webhook, { enabled: true })).status).toBe(403)
    const reenabled = await browser.patch(webhook, { enabled: true })
    expect(reenabled.body).toMatchObject({
      enabled: true,
      disabledReason: null,
      disabledBecause: null,
      ownerId: owner.id,
    })
    expect(await deliversNextContact('/owned', 'owned-3@example.test')).toBe(true)
  })

  it('stops the webhook when the API key that set it up is revoked', async () => {
    const key = await browser.post(`${base()}/api-keys`, {
      name: 'crm',
      permissions: ['developer.webhooks', 'contacts.view'],
    })
    const created = await new Browser(t.app).request(
      'POST',
      `${base()}/webhooks`,
      { url: `${receiver.url}/keyed`, events: ['contact.created'] },
      { authorization: `Bearer ${key.body.key}` },
    )
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ ownerId: owner.id, ownerApiKeyId: key.body.id })
    expect(await deliversNextContact('/keyed', 'keyed-1@example.test')).toBe(true)

    expect((await browser.delete(`${base()}/api-keys/${key.body.id}`)).status).toBe(204)
    expect(await deliversNextContact('/keyed', 'keyed-2@example.test')).toBe(false)
    expect((await browser.get(`${base()}/webhooks/${created.body.id}`)).body).toMatchObject({
      enabled: false,
      disabledReason: 'owner_access',
      disabledBecause: 'Chorus turned it off because the API key that set it up was revoked.',
    })
  })

  it('stops the webhook when the person who set it up leaves the account', async () => {
    const { developer, created } = await developersWebhook('/left')
    expect((await browser.delete(`${base()}/members/${developer.user.id}`)).status).toBe(204)
    expect(await deliversNextContact('/left', 'left-1@example.test')).toBe(false)
    expect((await browser.get(`${base()}/webhooks/${created.body.id}`)).body).toMatchObject({
      enabled: false,
      disabledBecause:
        'Chorus turned it off because its owner is no longer a member of the account.',
    })
  })
})

describe('manual attempts and rotations', () => {
  it('are throttled to 30 tests and redeliveries a minute per webhook (429)', async () => {
    const hook = await subscribe('/throttled')
    const webhook = `${base()}/webhooks/${hook.id}`
    for (let i = 0; i < 30; i++) expect((await browser.post(`${webhook}/test`)).status).toBe(200)
    const refused = await browser.post(`${webhook}/test`)
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('rate_limited')
    const [delivery] = (await browser.get(`${webhook}/deliveries`)).body.items
    expect((await browser.post(`${webhook}/deliveries/${delivery.id}/redeliver`)).status).toBe(429)
    expect(at('/throttled')).toHaveLength(30)
    // Another webhook has its own count, and the window ends.
    const other = await subscribe('/not-throttled')
    expect((await browser.post(`${base()}/webhooks/${other.id}/test`)).status).toBe(200)
    clock.advance(60_000)
    expect((await browser.post(`${webhook}/test`)).status).toBe(200)
  })

  it('never leave a test ping pending without a job, even while it is being sent', async () => {
    const hook = await subscribe('/ping')
    const pendingDuringTheAttempt: unknown[] = []
    const listener = http.createServer((_request, response) => {
      void pendingMessage(hook.id).then((message) => {
        if (message) pendingDuringTheAttempt.push(message)
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = listener.address() as AddressInfo
      const webhook = `${base()}/webhooks/${hook.id}`
      expect((await browser.patch(webhook, { url: `http://127.0.0.1:${port}/ping` })).status).toBe(
        200,
      )
      const test = await browser.post(`${webhook}/test`)
      expect(test.body).toMatchObject({ status: 'succeeded', event: 'webhook.test' })
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()))
    }
    expect(pendingDuringTheAttempt).toEqual([])
    expect(await pendingMessage(hook.id)).toBeUndefined()
  })

  it('of a secret twice at once keep the secret the first one showed signing beside the second', async () => {
    const hook = await subscribe('/rotated-twice')
    // Called side by side in one process, so both begin before either writes.
    const access = await loadAccountAccess(t.deps, owner.id, owner.ownAccountId)
    const rotate = () => rotateSecret(t.deps, access, hook.id)
    const shown = (await Promise.all([rotate(), rotate()])).map((rotated) => rotated.secret)
    const row = await t.deps.db
      .selectFrom('webhooks')
      .select(['secret', 'previous_secret'])
      .where('id', '=', hook.id)
      .executeTakeFirstOrThrow()
    expect([row.secret, row.previous_secret].sort()).toEqual([...shown].sort())
  })
})

describe('the delivery log', () => {
  it('is forgotten 30 days after a message settles, by the housekeeping', async () => {
    const hook = await subscribe('/old', ['contact.updated'])
    expect((await browser.post(`${base()}/webhooks/${hook.id}/test`)).status).toBe(200)
    await pruneWebhookLog(t.deps.db, new Date(Date.now() + LOG_RETENTION_MS - 60_000))
    expect((await browser.get(`${base()}/webhooks/${hook.id}/deliveries`)).body.items).toHaveLength(
      1,
    )
    await pruneWebhookLog(t.deps.db, new Date(Date.now() + LOG_RETENTION_MS + 60_000))
    expect((await browser.get(`${base()}/webhooks/${hook.id}/deliveries`)).body.items).toHaveLength(
      0,
    )
  })
})

describe('webhook endpoints', () => {
  it('show the secret only on creation and rotation', async () => {
    const hook = await subscribe('/secret')
    expect(hook.secret).toMatch(/^whsec_/)
    const list = await browser.get(`${base()}/webhooks`)
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.body)).not.toContain('whsec_')
  })

  it('refuse a bad URL or event, naming the field', async () => {
    for (const [body, field] of [
      [{ url: 'ftp://example.com/x', events: ['contact.created'] }, 'url'],
      [{ url: 'not a url', events: ['contact.created'] }, 'url'],
      [{ url: 'https://user:pw@example.com/', events: ['contact.created'] }, 'url'],
      [{ url: 'https://example.com/', events: ['contact.deleted'] }, 'events'],
      [{ url: 'https://example.com/', events: [] }, 'events'],
    ] as const) {
      const reply = await browser.post(`${base()}/webhooks`, body)
      expect(reply.status, JSON.stringify(body)).toBe(422)
      expect(JSON.stringify(reply.body.error)).toContain(field)
    }
  })

  it('may be managed with an API key; subscribing needs the right to see what an event carries', async () => {
    const key = await browser.post(`${base()}/api-keys`, {
      name: 'ops',
      permissions: ['developer.webhooks', 'contacts.view'],
    })
    const withKey = (method: string, url: string, body?: unknown) =>
      new Browser(t.app).request(method, url, body, {
        authorization: `Bearer ${key.body.key}`,
      })
    const created = await withKey('POST', `${base()}/webhooks`, {
      url: 'https://hooks.example.com/in',
      events: ['contact.created'],
    })
    expect(created.status).toBe(201)
    const refused = await withKey('POST', `${base()}/webhooks`, {
      url: 'https://hooks.example.com/in',
      events: ['membership.changed'],
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({
      code: 'escalation_refused',
      field: 'events',
      permission: 'users.view',
    })
  })

  it('are pointed elsewhere, turned on or replayed only by someone who may see what they carry', async () => {
    const hook = await subscribe('/contacts')
    await createContact('replayed@example.test')
    await runDueJobs()
    const [delivery] = (await browser.get(`${base()}/webhooks/${hook.id}/deliveries`)).body.items
    const developer = await memberOf(t.deps, t.app, owner.ownAccountId, {
      permissions: ['developer.webhooks'],
    })
    const webhook = `${base()}/webhooks/${hook.id}`
    for (const reply of [
      await developer.browser.patch(webhook, { url: `${receiver.url}/elsewhere` }),
      await developer.browser.patch(webhook, { enabled: false }),
      await developer.browser.post(`${webhook}/deliveries/${delivery.id}/redeliver`),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error).toMatchObject({
        code: 'escalation_refused',
        permission: 'contacts.view',
      })
    }
    expect(at('/elsewhere')).toEqual([])
    expect((await browser.get(webhook)).body.url).toBe(`${receiver.url}/contacts`)
  })

  it('are invisible from another account and to members without developer.webhooks', async () => {
    const hook = await subscribe('/private')
    const stranger = await createUser(t.deps, 'stranger')
    const strangerBrowser = await logIn(t.app, stranger)
    const foreign = await strangerBrowser.get(
      `/api/v1/accounts/${stranger.ownAccountId}/webhooks/${hook.id}`,
    )
    expect(foreign.status).toBe(404)
    const author = await memberOf(t.deps, t.app, owner.ownAccountId, { role: 'author' })
    const denied = await author.browser.get(`${base()}/webhooks`)
    expect(denied.status).toBe(403)
  })
})
