import { describe, expect, it } from 'vitest'
import {
  type Brand,
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

describe('unscheduling', () => {
  const emailCredits = async (b: Brand) =>
    expectStatus(await b.browser.get(`${b.base}/credits`), 200).email as number

  /** A campaign of the brand's scheduled a day ahead, and the email balance before it was. */
  async function scheduledCampaign(b: Brand) {
    const campaign = await draft(b.browser, b, { previewText: 'Soon' })
    const url = `${b.base}/campaigns/${campaign.id}`
    const before = await emailCredits(b)
    const scheduledAt = new Date(Date.now() + 24 * 3600_000).toISOString()
    const scheduled = expectStatus(await b.browser.post(`${url}/send`, { scheduledAt }), 202)
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledAt, creditsReserved: 1 })
    expect(scheduled.abilities.unschedule).toBe(true)
    expect(await emailCredits(b)).toBe(before - 1)
    return { url, before, scheduled }
  }

  it('Unschedule returns a scheduled campaign to draft with no schedule and its credits back; sent again, it goes at once', async () => {
    const b = await newBrand(t, 'unschedule', [{ email: 'now@example.com' }])
    const { url, before, scheduled } = await scheduledCampaign(b)

    const unscheduled = expectStatus(await b.browser.post(`${url}/unschedule`), 200)
    expect(unscheduled).toMatchObject({ status: 'draft', scheduledAt: null, creditsReserved: 0 })
    expect(unscheduled.abilities.unschedule).toBe(false)
    expect(await emailCredits(b)).toBe(before)
    // A draft has nothing to unschedule.
    expectStatus(await b.browser.post(`${url}/unschedule`), 409)

    expectStatus(await b.browser.post(`${url}/send`), 202)
    await deliverEverything(t)
    expect(sentTo(scheduled.id)).toEqual(['now@example.com'])
  })

  it('saving what is already stored leaves a scheduled campaign scheduled; a change returns it to draft', async () => {
    const b = await newBrand(t, 'unchanged', [{ email: 'later@example.com' }])
    const { url, before, scheduled } = await scheduledCampaign(b)
    const same = {
      name: scheduled.name,
      subject: scheduled.subject,
      previewText: scheduled.previewText,
      from: scheduled.from,
      html: scheduled.html,
      text: scheduled.text,
      groupIds: scheduled.groupIds,
      segmentIds: scheduled.segmentIds,
    }
    for (const body of [{}, same]) {
      const saved = expectStatus(await b.browser.patch(url, body), 200)
      expect(saved).toMatchObject({ status: 'scheduled', scheduledAt: scheduled.scheduledAt })
    }
    expect(await emailCredits(b)).toBe(before - 1)
    // The test send leaves it as it is too.
    expectStatus(await b.browser.post(`${b.base}/testers`, { email: 'qa@unchanged.example' }), 201)
    expectStatus(await b.browser.post(`${url}/test`), 200)
    expect(expectStatus(await b.browser.get(url), 200).status).toBe('scheduled')

    // A test send is charged on its own; the change gives back the campaign's reservation.
    const held = await emailCredits(b)
    const edited = expectStatus(await b.browser.patch(url, { ...same, subject: 'Changed' }), 200)
    expect(edited).toMatchObject({ status: 'draft', scheduledAt: null, subject: 'Changed' })
    expect(await emailCredits(b)).toBe(held + 1)
  })

  it('an approver saving a waiting campaign unchanged does not withdraw it', async () => {
    const b = await newBrand(t, 'waiting', [{ email: 'w@example.com' }])
    const campaign = await draft(b.author.browser, b)
    const url = `${b.base}/campaigns/${campaign.id}`
    expectStatus(await b.author.browser.post(`${url}/send`), 202)
    const saved = expectStatus(await b.manager.browser.patch(url, { name: campaign.name }), 200)
    expect(saved.status).toBe('pending_approval')
    expect(saved.abilities.unschedule).toBe(false)
    expectStatus(await b.manager.browser.post(`${url}/unschedule`), 409)
    expect(expectStatus(await b.manager.browser.post(`${url}/approve`), 200).status).toBe('sending')
  })

  it('a declined campaign is a draft with no schedule either', async () => {
    const b = await newBrand(t, 'declined-later', [{ email: 'later@example.com' }])
    const campaign = await draft(b.author.browser, b)
    const url = `${b.base}/campaigns/${campaign.id}`
    const scheduledAt = new Date(Date.now() + 24 * 3600_000).toISOString()
    expect(
      expectStatus(await b.author.browser.post(`${url}/send`, { scheduledAt }), 202),
    ).toMatchObject({ status: 'pending_approval', scheduledAt })
    const declined = expectStatus(
      await b.manager.browser.post(`${url}/decline`, { reason: 'Not this week' }),
      200,
    )
    expect(declined).toMatchObject({ status: 'draft', scheduledAt: null })
  })
})
