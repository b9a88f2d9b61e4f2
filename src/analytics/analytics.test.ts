import type { ParsedMail } from 'mailparser'
import { beforeAll, describe, expect, it } from 'vitest'
import { Browser } from '../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { createSubaccount, grant, memberOf } from '../../test/helpers/factories.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

/** Launches a campaign to the brand's group as its Owner and delivers it. */
async function sendCampaign(b: Brand) {
  const campaign = await draft(b.browser, b)
  expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
  await deliverEverything(t)
  return campaign.id as string
}

/** Shows a message's images, as a mail client does: the open pixel is loaded. */
async function open(mail: ParsedMail) {
  const pixel = /https:\/\/chorus\.example(\/t\/o\/[A-Za-z0-9_-]+)/.exec(String(mail.html))?.[1]
  expect((await t.app.inject({ method: 'GET', url: pixel as string })).statusCode).toBe(200)
}

let north: Brand
let south: Brand

beforeAll(async () => {
  north = await newBrand(t, 'north', [{ email: 'n1@example.com' }, { email: 'n2@example.com' }])
  south = await newBrand(t, 'south', [{ email: 's1@example.com' }])
  // North's Owner also reaches South, as an Admin there.
  await grant(t.deps, south.accountId, north.owner.id, { role: 'admin' })
  const northCampaign = await sendCampaign(north)
  await sendCampaign(south)
  await open(messagesOf(sink, northCampaign)[0] as ParsedMail)
})

describe('cross-account analytics (seed 002)', () => {
  it('shows each account the user holds reports.cross_account in, side by side and summed', async () => {
    const report = expectStatus(await north.browser.get('/api/v1/analytics/accounts'), 200)
    const byId = new Map(report.accounts.map((a: any) => [a.accountId, a.figures]))
    expect(byId.get(north.accountId)).toMatchObject({
      campaigns: 1,
      recipients: 2,
      sent: 2,
      opened: 1,
    })
    expect(byId.get(south.accountId)).toMatchObject({
      campaigns: 1,
      recipients: 1,
      sent: 1,
      opened: 0,
    })
    expect(report.total).toMatchObject({ campaigns: 2, recipients: 3, sent: 3, opened: 1 })
  })

  it('is refused with one such account, and a range before the sends counts nothing', async () => {
    const alone = await south.browser.get('/api/v1/analytics/accounts')
    expect(alone.status).toBe(403)
    expect(alone.body.error).toMatchObject({
      code: 'forbidden',
      permission: 'reports.cross_account',
    })
    // South's Owner holds it in South, the one account they reach.
    expect(alone.body.error.message).toContain('two or more accounts')

    const before = `from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`
    const old = expectStatus(await north.browser.get(`/api/v1/analytics/accounts?${before}`), 200)
    expect(old.total).toMatchObject({ campaigns: 0, sent: 0 })
  })

  it('answers a bad range on its field, never a 500', async () => {
    for (const query of [
      'from=2026-02-30T00:00:00Z',
      'from=+275760-09-13T00:00:00Z',
      'from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z',
      'from=2000-01-01T00:00:00Z&to=2029-01-01T00:00:00Z',
      // A leap second is RFC 3339, but no JavaScript date.
      'to=2016-12-31T23:59:60Z',
    ]) {
      const reply = await north.browser.get(`/api/v1/analytics/accounts?${query}`)
      expect({ query, status: reply.status }).toEqual({ query, status: 422 })
    }
  })
})

describe('an account overview and its sub-accounts (seed 003)', () => {
  it('gives the last 30 days by UTC day, to reports.view holders only', async () => {
    const url = `${north.base}/analytics/overview`
    const overview = expectStatus(await north.browser.get(url), 200)
    expect(overview.figures).toMatchObject({ campaigns: 1, sent: 2, opened: 1 })
    const today = new Date().toISOString().slice(0, 10)
    expect(overview.daily).toEqual([{ day: today, sent: 2, opened: 1, clicked: 0, bounced: 0 }])
    const basic = await memberOf(t.deps, t.app, north.accountId, { role: 'basic_user' }, 'basic')
    expect((await basic.browser.get(url)).status).toBe(403)
  })

  it('rolls the sub-accounts up into the parent’s report', async () => {
    const store = await createSubaccount(t.deps, south.accountId, 'South store')
    const rollup = expectStatus(await south.browser.get(`${south.base}/analytics/subaccounts`), 200)
    expect(rollup.accounts.map((a: any) => a.accountId).sort()).toEqual(
      [south.accountId, store.id].sort(),
    )
    expect(rollup.total).toMatchObject({ campaigns: 1, sent: 1 })
    // An API key of the parent reaches the parent alone, as it does on every route.
    const key = expectStatus(
      await south.browser.post(`${south.base}/api-keys`, {
        name: 'bi',
        permissions: ['reports.view'],
      }),
      201,
    )
    const byKey = await new Browser(t.app).request(
      'GET',
      `${south.base}/analytics/subaccounts`,
      undefined,
      { authorization: `Bearer ${key.key}` },
    )
    expect(expectStatus(byKey, 200).accounts.map((a: any) => a.accountId)).toEqual([
      south.accountId,
    ])
    // Seen from the store, its parent is not below it.
    const fromStore = expectStatus(
      await south.browser.get(`/api/v1/accounts/${store.id}/analytics/subaccounts`),
      200,
    )
    expect(fromStore.accounts.map((a: any) => a.accountId)).toEqual([store.id])
  })
})
