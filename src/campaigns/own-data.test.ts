import { describe, expect, it } from 'vitest'
import { draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

// Sends go to a sink of their own, though these tests read no mail.
const { t } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

type Brand = Awaited<ReturnType<typeof newBrand>>

/** The Owner's launched campaign and an Author's submission waiting for approval. */
async function othersCampaigns(b: Brand) {
  const launched = await draft(b.browser, b, { name: 'Owner launch' })
  expectStatus(await b.browser.post(`${b.base}/campaigns/${launched.id}/send`), 202)
  const waiting = await draft(b.author.browser, b, { name: 'Author waiting' })
  expectStatus(await b.author.browser.post(`${b.base}/campaigns/${waiting.id}/send`), 202)
  return { launched, waiting }
}

describe('Basic users see only their own message data (seed 003)', () => {
  it('lists and opens only the campaigns they created; others’ are not found', async () => {
    const b = await newBrand(t, 'basic-own', [
      { email: 'a@example.com' },
      { email: 'b@example.com' },
    ])
    const { launched, waiting } = await othersCampaigns(b)
    const basic = await memberOf(t.deps, t.app, b.accountId, { role: 'basic_user' }, 'basic')
    const mine = await draft(basic.browser, b, { name: 'Basic own' })
    expectStatus(await basic.browser.post(`${b.base}/campaigns/${mine.id}/send`), 202)

    const list = expectStatus(await basic.browser.get(`${b.base}/campaigns`), 200)
    expect(list.items.map((c: { name: string }) => c.name)).toEqual(['Basic own'])
    for (const other of [launched, waiting]) {
      const url = `${b.base}/campaigns/${other.id}`
      for (const path of ['', '/report', '/preview']) {
        const reply = expectStatus(await basic.browser.get(`${url}${path}`), 404)
        expect(reply.error.code).toBe('not_found')
      }
      expectStatus(await basic.browser.patch(url, { name: 'Mine now' }), 404)
      expectStatus(await basic.browser.delete(url), 404)
    }
    // Their own campaign and its report, figures included.
    const own = expectStatus(await basic.browser.get(`${b.base}/campaigns/${mine.id}`), 200)
    expect(own).toMatchObject({ status: 'sending', recipients: 2, creditsReserved: 2 })
    const report = expectStatus(
      await basic.browser.get(`${b.base}/campaigns/${mine.id}/report`),
      200,
    )
    expect(report.recipients).toBe(2)
    // The Owner still sees every campaign.
    const all = expectStatus(await b.browser.get(`${b.base}/campaigns`), 200)
    expect(all.items).toHaveLength(3)
  })

  it('without reports.view, an approver sees others’ campaigns without their figures, but the count of what waits for approval', async () => {
    const b = await newBrand(t, 'no-reports', [{ email: 'c@example.com' }])
    const { launched, waiting } = await othersCampaigns(b)
    const approver = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      {
        permissions: [
          'campaigns.view',
          'campaigns.edit',
          'campaigns.send',
          'campaigns.send_direct',
          'campaigns.approve',
        ],
      },
      'approver',
    )
    const list = expectStatus(await approver.browser.get(`${b.base}/campaigns`), 200)
    expect(list.items).toHaveLength(2)
    const sending = expectStatus(
      await approver.browser.get(`${b.base}/campaigns/${launched.id}`),
      200,
    )
    expect(sending.status).toBe('sending')
    expect(sending).not.toHaveProperty('recipients')
    expect(sending).not.toHaveProperty('creditsUsed')
    expect(sending).not.toHaveProperty('creditsReserved')
    const pending = expectStatus(
      await approver.browser.get(`${b.base}/campaigns/${waiting.id}`),
      200,
    )
    expect(pending).toMatchObject({ status: 'pending_approval', recipients: 1 })
    expect(pending).not.toHaveProperty('creditsUsed')
    const report = expectStatus(
      await approver.browser.get(`${b.base}/campaigns/${launched.id}/report`),
      403,
    )
    expect(report.error.permission).toBe('reports.view')
  })
})
