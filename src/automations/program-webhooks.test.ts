import { randomUUID } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, manualClock, type TestApp } from '../../test/helpers/app.js'
import { type Brand, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import {
  type ReceivedHook,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../test/helpers/webhook-receiver.js'
import { JobQueue } from '../jobs/queue.js'
import { JOB_HANDLERS } from '../jobs/worker.js'
import { ProgramWorker } from './worker.js'

// Real time, so that the reference library's verify() accepts the webhook-timestamp.
const clock = manualClock(new Date())
let app: TestApp | undefined
let receiver: WebhookReceiver

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  app = await createTestApp({ clock, config: { allowPrivateWebhooks: true } })
})
afterAll(async () => {
  await app?.close()
  await receiver.close()
})
const t = lazyTestApp(() => app)

/** Moves every program, then runs every due job (the webhook deliveries), as the workers would. */
async function settle() {
  await new ProgramWorker(t.deps).drain()
  await new JobQueue(t.deps, JOB_HANDLERS).drain()
}

async function newWebhook(b: Brand, path: string, events: string[]) {
  return expectStatus(
    await b.browser.post(`${b.base}/webhooks`, { url: `${receiver.url}${path}`, events }),
    201,
  ) as { id: string; secret: string }
}

/** The hooks received on a path, each verified by the Standard Webhooks reference library. */
function verified(path: string, secret: string) {
  return receiver.received
    .filter((hook) => hook.path === path)
    .map((hook: ReceivedHook) => new Webhook(secret).verify(hook.body, hook.headers)) as {
    type: string
    data: Record<string, unknown> & { contact: { email: string } }
  }[]
}

async function joinGroup(b: Brand, groupId: string, email: string) {
  return expectStatus(
    await b.browser.post(`${b.base}/contacts`, { email, groupIds: [groupId] }),
    201,
  )
}

describe('the webhook step', () => {
  it('posts one signed program.step per contact to the chosen endpoint, whatever it subscribes to', async () => {
    const b = await newBrand(t, 'hooked', [])
    // Subscribed to something else entirely: the step names the endpoint, not an event.
    const endpoint = await newWebhook(b, '/crm', ['import.finished'])
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Leads' }), 201)
    const step = randomUUID()
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Lead to CRM',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [{ id: step, type: 'webhook', webhookId: null }],
      }),
      201,
    )
    expect(program.problems).toEqual([
      expect.objectContaining({ stepId: step, field: 'steps.0.webhookId' }),
    ])
    const unknown = expectStatus(
      await b.browser.patch(`${b.base}/programs/${program.id}`, {
        steps: [{ id: step, type: 'webhook', webhookId: randomUUID() }],
      }),
      200,
    )
    expect(unknown.problems).toEqual([expect.objectContaining({ field: 'steps.0.webhookId' })])
    expectStatus(
      await b.browser.patch(`${b.base}/programs/${program.id}`, {
        steps: [{ id: step, type: 'webhook', webhookId: endpoint.id }],
      }),
      200,
    )
    const active = expectStatus(
      await b.browser.post(`${b.base}/programs/${program.id}/activate`, { backfill: false }),
      200,
    )
    expect(active).toMatchObject({ status: 'active', problems: [] })

    const ada = await joinGroup(b, group.id, 'ada@example.com')
    await joinGroup(b, group.id, 'grace@example.com')
    await settle()
    await settle()

    const hooks = verified('/crm', endpoint.secret)
    expect(hooks.map((hook) => hook.data.contact.email).sort()).toEqual([
      'ada@example.com',
      'grace@example.com',
    ])
    expect(hooks[0]?.type).toBe('program.step')
    expect(hooks.find((hook) => hook.data.contact.email === 'ada@example.com')?.data).toMatchObject(
      {
        programId: program.id,
        programName: 'Lead to CRM',
        stepId: step,
        contact: { id: ada.id, email: 'ada@example.com', groupIds: [group.id] },
      },
    )
    // The delivery log shows them like any other message.
    const log = expectStatus(
      await b.browser.get(`${b.base}/webhooks/${endpoint.id}/deliveries`),
      200,
    )
    expect(log.items.map((d: { event: string }) => d.event)).toEqual([
      'program.step',
      'program.step',
    ])
    const history = expectStatus(await b.browser.get(`${b.base}/contacts/${ada.id}/history`), 200)
    expect(JSON.stringify(history)).toContain('"stepType":"webhook"')
  })

  it('refuses to activate with an endpoint that is turned off', async () => {
    const b = await newBrand(t, 'hookoff', [])
    const endpoint = await newWebhook(b, '/off', ['contact.created'])
    expectStatus(
      await b.browser.patch(`${b.base}/webhooks/${endpoint.id}`, { enabled: false }),
      200,
    )
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Leads' }), 201)
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Off',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [{ id: randomUUID(), type: 'webhook', webhookId: endpoint.id }],
      }),
      201,
    )
    const refused = await b.browser.post(`${b.base}/programs/${program.id}/activate`, {
      backfill: false,
    })
    expect(refused.status).toBe(422)
    expect(JSON.stringify(refused.body)).toContain('steps.0.webhookId')
  })
})

describe('program.completed', () => {
  it('tells subscribed endpoints of each contact who completes the program', async () => {
    const b = await newBrand(t, 'finisher', [])
    const subscribed = await newWebhook(b, '/done', ['program.completed'])
    const other = await newWebhook(b, '/other', ['contact.updated'])
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Buyers' }), 201)
    const tag = expectStatus(await b.browser.post(`${b.base}/tags`, { name: 'welcomed' }), 201)
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Welcome buyers',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [{ id: randomUUID(), type: 'add_tag', tagId: tag.id }],
      }),
      201,
    )
    expectStatus(
      await b.browser.post(`${b.base}/programs/${program.id}/activate`, { backfill: false }),
      200,
    )
    const ada = await joinGroup(b, group.id, 'ada@buyers.example')
    await joinGroup(b, group.id, 'grace@buyers.example')
    await settle()
    await settle()

    const hooks = verified('/done', subscribed.secret)
    expect(hooks.map((hook) => hook.type)).toEqual(['program.completed', 'program.completed'])
    const adaHook = hooks.find((hook) => hook.data.contact.email === 'ada@buyers.example')
    expect(adaHook?.data).toMatchObject({
      programId: program.id,
      programName: 'Welcome buyers',
      goalReached: false,
      contact: { id: ada.id, tags: ['welcomed'] },
    })
    expect(Number.isNaN(Date.parse(String(adaHook?.data.completedAt)))).toBe(false)
    expect(verified('/other', other.secret)).toEqual([])
  })
})
