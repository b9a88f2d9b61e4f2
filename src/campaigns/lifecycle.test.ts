import { describe, expect, it } from 'vitest'
import {
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

const sentTo = (campaignId: string) =>
  messagesOf(sink, campaignId).map((m) => (m.to as { text: string }).text)

describe('resuming a paused scheduled campaign', () => {
  it('puts it back on its schedule while that time is still ahead', async () => {
    const b = await newBrand(t, 'later', [{ email: 'later@example.com' }])
    const campaign = await draft(b.browser, b)
    const scheduledAt = new Date(Date.now() + 24 * 3600_000).toISOString()
    const sent = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`, { scheduledAt }),
      202,
    )
    expect(sent).toMatchObject({ status: 'scheduled', scheduledAt })
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/pause`), 200)
    const resumed = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${campaign.id}/resume`),
      200,
    )
    expect(resumed).toMatchObject({ status: 'scheduled', scheduledAt })
    await deliverEverything(t)
    expect(sentTo(campaign.id)).toEqual([])
  })
})

describe('the audience of a campaign waiting for approval', () => {
  it('is fixed at submission: the approver sees its count, and later additions are not sent', async () => {
    const b = await newBrand(t, 'fixed', [{ email: 'first@example.com', firstName: 'First' }])
    const segment = expectStatus(
      await b.browser.post(`${b.base}/segments`, {
        name: 'Firsts',
        filter: { all: [{ field: 'firstName', op: 'eq', value: 'First' }] },
      }),
      201,
    )
    const campaign = await draft(b.author.browser, b, { segmentIds: [segment.id] })
    const submitted = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(submitted).toMatchObject({ status: 'pending_approval', recipients: 1 })

    // After submission the group and the segment both grow.
    for (let n = 0; n < 5; n += 1) {
      expectStatus(
        await b.browser.post(`${b.base}/contacts`, {
          email: `late-${n}@example.com`,
          firstName: 'First',
          groupIds: [b.group.id],
        }),
        201,
      )
    }
    const waiting = expectStatus(
      await b.manager.browser.get(`${b.base}/campaigns/${campaign.id}`),
      200,
    )
    expect(waiting).toMatchObject({ status: 'pending_approval', recipients: 1 })

    const approved = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/approve`),
      200,
    )
    expect(approved).toMatchObject({ status: 'sending', recipients: 1, creditsReserved: 1 })
    await deliverEverything(t)
    expect(sentTo(campaign.id).sort()).toEqual(['first@example.com'])
  })

  it('is taken again when the campaign is declined and submitted anew', async () => {
    const b = await newBrand(t, 'again', [{ email: 'one@example.com' }])
    const campaign = await draft(b.author.browser, b)
    const first = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(first.recipients).toBe(1)
    expectStatus(
      await b.browser.post(`${b.base}/contacts`, {
        email: 'two@example.com',
        groupIds: [b.group.id],
      }),
      201,
    )
    const declined = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/decline`, {
        reason: 'add the newcomers',
      }),
      200,
    )
    expect(declined).toMatchObject({ status: 'draft', recipients: 0 })
    const again = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(again.recipients).toBe(2)
    expectStatus(await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/approve`), 200)
    await deliverEverything(t)
    expect(sentTo(campaign.id).sort()).toEqual(['one@example.com', 'two@example.com'])
  })
})
