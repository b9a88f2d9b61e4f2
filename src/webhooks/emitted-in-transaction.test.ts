import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { manualClock, useTestApp } from '../../test/helpers/app.js'
import { type Brand, draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { DeliveryWorker } from '../delivery/sender.js'

/**
 * An event is written in the transaction of the change it tells of: a change that fails tells
 * nobody, and a change that happens is told once.
 */
const clock = manualClock(new Date('2026-05-01T09:00:00Z'))
const t = useTestApp({ clock, config: { allowPrivateWebhooks: true } })

let brand: Brand
beforeAll(async () => {
  brand = await newBrand(t, 'told', [{ email: 'reader@told.example', firstName: 'Reader' }])
  expectStatus(
    await brand.browser.post(`${brand.base}/webhooks`, {
      url: 'https://hooks.example.com/in',
      events: ['campaign.status_changed', 'connection.changed'],
    }),
    201,
  )
})

/** The bodies of the messages written for the brand's webhook, of one event type. */
async function written(type: string) {
  const rows = await t.deps.db
    .selectFrom('webhook_messages')
    .select('body')
    .where('account_id', '=', brand.accountId)
    .where('event_type', '=', type)
    .execute()
  return rows.map((row) => (JSON.parse(row.body) as { data: Record<string, unknown> }).data)
}

/** Runs `during` while new webhook messages of `type` cannot be written (earlier ones stay). */
async function whileEventsFail(type: string, during: () => Promise<unknown>) {
  await sql`alter table webhook_messages add constraint refuses_event
    check (event_type <> ${sql.lit(type)}) not valid`.execute(t.deps.db)
  try {
    return await during()
  } finally {
    await sql`alter table webhook_messages drop constraint refuses_event`.execute(t.deps.db)
  }
}

describe('events written with their change', () => {
  it('a scheduled campaign that starts tells its webhooks once; a start that fails starts nothing', async () => {
    const campaign = await draft(brand.browser, brand)
    const scheduledAt = new Date(clock.now().getTime() + 3600_000).toISOString()
    expectStatus(
      await brand.browser.post(`${brand.base}/campaigns/${campaign.id}/send`, { scheduledAt }),
      202,
    )
    clock.advance(2 * 3600_000)
    const show = () => brand.browser.get(`${brand.base}/campaigns/${campaign.id}`)

    await expect(
      whileEventsFail('campaign.status_changed', () => new DeliveryWorker(t.deps).tick()),
    ).rejects.toThrow()
    expect(expectStatus(await show(), 200).status).toBe('scheduled')

    // Two workers find it due at once: one starts it, and it is told once.
    await Promise.all([new DeliveryWorker(t.deps).drain(), new DeliveryWorker(t.deps).drain()])
    const started = (await written('campaign.status_changed')).filter(
      (data) => data.id === campaign.id && data.status === 'sending',
    )
    expect(started).toHaveLength(1)
    expect(expectStatus(await show(), 200).status).toBe('sent')
  })

  it('an accept that fails accepts nothing and tells nothing; two decisions at once make one', async () => {
    const applicant = await createUser(t.deps, 'applicant')
    const applying = await logIn(t.app, applicant)
    expectStatus(
      await applying.post('/api/v1/connections', {
        type: 'access_others',
        email: brand.owner.email,
        accountId: brand.accountId,
        role: 'analyst',
      }),
      202,
    )
    const incoming = await brand.browser.get('/api/v1/connections?direction=incoming')
    const { id } = incoming.body.items.find((c: { userId: string }) => c.userId === applicant.id)
    const accepted = () =>
      written('connection.changed').then((events) =>
        events.filter((data) => data.id === id && data.change !== 'requested'),
      )

    const failed = await whileEventsFail('connection.changed', () =>
      brand.browser.post(`/api/v1/connections/${id}/accept`),
    )
    expect((failed as { status: number }).status).toBe(500)
    expect(await accepted()).toEqual([])
    const still = await brand.browser.get('/api/v1/connections?direction=incoming')
    expect(still.body.items).toContainEqual(expect.objectContaining({ id, status: 'pending' }))
    expect((await applying.get(`/api/v1/accounts/${brand.accountId}`)).status).toBe(404)

    const [accept, decline] = await Promise.all([
      brand.browser.post(`/api/v1/connections/${id}/accept`),
      brand.browser.post(`/api/v1/connections/${id}/decline`),
    ])
    const statuses = [accept.status, decline.status].sort()
    expect(statuses).toEqual([200, 409])
    const told = await accepted()
    expect(told).toHaveLength(1)
    expect(told[0]?.change).toBe(accept.status === 200 ? 'accepted' : 'declined')
  })
})
