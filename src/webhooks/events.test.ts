import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { type Brand, deliverEverything, draft, newBrand } from '../../test/helpers/campaigns.js'
import { importCsv } from '../../test/helpers/csv.js'
import { expectStatus } from '../../test/helpers/sharing.js'
import { startWebhookReceiver, type WebhookReceiver } from '../../test/helpers/webhook-receiver.js'
import { JobQueue } from '../jobs/queue.js'
import { JOB_HANDLERS } from '../jobs/worker.js'
import { WEBHOOK_EVENTS } from './events.js'

/** Each domain tells the webhooks what changed, carrying what its API answers (no abilities). */
const t = useTestApp({ config: { allowPrivateWebhooks: true } })

let receiver: WebhookReceiver
let brand: Brand
beforeAll(async () => {
  receiver = await startWebhookReceiver()
  brand = await newBrand(t, 'hooked', [{ email: 'first@hooked.example', firstName: 'First' }])
  expectStatus(
    await brand.browser.post(`${brand.base}/webhooks`, {
      url: `${receiver.url}/all`,
      events: WEBHOOK_EVENTS.filter((event) => event !== 'program.completed'),
    }),
    201,
  )
})
afterAll(() => receiver.close())

/** Delivers what is queued; the bodies the receiver got of one event type. */
async function delivered(type: string) {
  await new JobQueue(t.deps, JOB_HANDLERS).drain()
  return receiver.received
    .map((hook) => JSON.parse(hook.body) as { type: string; data: Record<string, unknown> })
    .filter((body) => body.type === type)
    .map((body) => body.data)
}

describe('webhook events', () => {
  it('contact.created, contact.updated and contact.unsubscribed carry the contact as the API shows it', async () => {
    const created = expectStatus(
      await brand.browser.post(`${brand.base}/contacts`, { email: 'new@hooked.example' }),
      201,
    )
    const updated = expectStatus(
      await brand.browser.patch(`${brand.base}/contacts/${created.id}`, { firstName: 'Nova' }),
      200,
    )
    const unsubscribed = expectStatus(
      await brand.browser.patch(`${brand.base}/contacts/${created.id}`, {
        emailStatus: 'unsubscribed',
      }),
      200,
    )
    expect(await delivered('contact.created')).toContainEqual(created)
    // Deliveries run side by side, so they may arrive in any order (as Standard Webhooks warns).
    const updates = await delivered('contact.updated')
    expect(updates).toHaveLength(2)
    expect(updates).toEqual(expect.arrayContaining([updated, unsubscribed]))
    expect(await delivered('contact.unsubscribed')).toEqual([unsubscribed])
  })

  it('campaign.status_changed follows the campaign to sent, and campaign.sent ends it', async () => {
    const campaign = await draft(brand.browser, brand)
    expectStatus(await brand.browser.post(`${brand.base}/campaigns/${campaign.id}/send`, {}), 202)
    await deliverEverything(t)
    const shown = expectStatus(
      await brand.browser.get(`${brand.base}/campaigns/${campaign.id}`),
      200,
    )
    const { abilities: _, ...withoutAbilities } = shown
    const statuses = (await delivered('campaign.status_changed')).map((data) => data.status)
    expect(statuses.sort()).toEqual(['sending', 'sent'])
    const [sent] = await delivered('campaign.sent')
    expect(sent).toEqual(withoutAbilities)
  })

  it('membership.changed tells who gained or lost access', async () => {
    expectStatus(
      await brand.browser.patch(`${brand.base}/members/${brand.author.user.id}`, {
        role: 'analyst',
      }),
      200,
    )
    expectStatus(await brand.browser.delete(`${brand.base}/members/${brand.author.user.id}`), 204)
    const changes = await delivered('membership.changed')
    expect(changes).toHaveLength(2)
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          change: 'updated',
          accountId: brand.accountId,
          userId: brand.author.user.id,
          role: 'analyst',
          permissions: expect.arrayContaining(['contacts.view']),
        },
        {
          change: 'removed',
          accountId: brand.accountId,
          userId: brand.author.user.id,
          role: null,
          permissions: [],
        },
      ]),
    )
  })

  it('import.finished carries the import as its progress shows it', async () => {
    const progress = await importCsv(
      brand.browser,
      brand.accountId,
      'email\nimported@hooked.example\n',
    )
    const [finished] = await delivered('import.finished')
    expect(finished).toEqual(progress)
  })
})
