import { describe, expect, it } from 'vitest'
import {
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

/** What the campaign editor, the outbox and the report screens ask of the API besides CRUD. */
const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

describe('estimate: recipients after suppression and the cost, before sending', () => {
  it('counts the recipients the launch would fix: suppressed and unsubscribed addresses left out', async () => {
    const b = await newBrand(t, 'estimate', [
      { email: 'a@example.com', phone: '+14155550101' },
      { email: 'b@example.com', phone: '+14155550102' },
      { email: 'blocked@example.com' },
    ])
    expectStatus(
      await b.browser.post(`${b.base}/blocklist`, {
        channel: 'email',
        address: 'blocked@example.com',
      }),
      201,
    )
    const estimate = (body: Record<string, unknown>) =>
      b.author.browser.post(`${b.base}/campaigns/estimate`, {
        groupIds: [b.group.id],
        segmentIds: [],
        ...body,
      })
    expect(expectStatus(await estimate({ channel: 'email' }), 200)).toEqual({
      recipients: 2,
      credits: 2,
    })
    // The launch reserves exactly what the estimate said.
    const campaign = await draft(b.browser, b)
    const sent = expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    expect(sent.creditsReserved).toBe(2)

    // A foreign group is refused, naming the field.
    const refused = expectStatus(
      await estimate({ channel: 'email', groupIds: ['0192f7a0-0000-7000-8000-000000000000'] }),
      422,
    )
    expect(refused.error.field ?? refused.error.details?.field).toBe('groupIds')
  })

  it('SMS: GSM-7 and UCS-2 parts as the gateway charges them, times the recipients', async () => {
    const b = await newBrand(t, 'sms-estimate', [
      { email: 's1@example.com', phone: '+14155550111' },
      { email: 's2@example.com', phone: '+14155550112' },
    ])
    const estimate = async (text: string) =>
      expectStatus(
        await b.browser.post(`${b.base}/campaigns/estimate`, {
          channel: 'sms',
          text,
          groupIds: [b.group.id],
          segmentIds: [],
        }),
        200,
      )
    expect(await estimate('Sale today')).toEqual({
      recipients: 2,
      sms: { encoding: 'gsm7', units: 10, parts: 1, perPart: 160 },
      credits: 2,
    })
    // The euro sign is a GSM-7 extension: two septets each; 161 septets need two parts.
    expect((await estimate(`${'a'.repeat(159)}€`)).sms).toEqual({
      encoding: 'gsm7',
      units: 161,
      parts: 2,
      perPart: 153,
    })
    // An emoji switches the whole text to UCS-2 (two UTF-16 units for this one).
    expect(await estimate(`${'a'.repeat(69)}😀`)).toMatchObject({
      sms: { encoding: 'ucs2', units: 71, parts: 2, perPart: 67 },
      credits: 4,
    })
  })

  it('an SMS estimate needs sms.use like an SMS campaign does', async () => {
    const b = await newBrand(t, 'sms-denied', [{ email: 'x@example.com' }])
    const reply = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/estimate`, {
        channel: 'sms',
        text: 'hi',
        groupIds: [],
        segmentIds: [],
      }),
      403,
    )
    expect(reply.error.permission).toBe('sms.use')
  })
})

describe('duplicate (seed 004)', () => {
  it('makes a draft of the caller’s with the content and audience; the original is untouched', async () => {
    const b = await newBrand(t, 'duplicate', [{ email: 'd@example.com' }])
    const original = await draft(b.browser, b, { name: 'Spring sale' })
    expectStatus(await b.browser.post(`${b.base}/campaigns/${original.id}/send`), 202)
    const copy = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${original.id}/duplicate`),
      201,
    )
    expect(copy).toMatchObject({
      name: 'Spring sale (copy)',
      status: 'draft',
      subject: original.subject,
      html: original.html,
      from: original.from,
      groupIds: [b.group.id],
      createdBy: b.author.user.id,
      submittedBy: null,
    })
    expect(copy.id).not.toBe(original.id)
    expect(copy.abilities).toMatchObject({ edit: true, send: true, sendDirect: false })
    const again = expectStatus(await b.browser.get(`${b.base}/campaigns/${original.id}`), 200)
    expect(again.status).toBe('sending')
  })

  it('a Basic user cannot duplicate another user’s campaign: it is not found', async () => {
    const b = await newBrand(t, 'dup-basic', [{ email: 'e@example.com' }])
    const original = await draft(b.browser, b)
    const basic = await memberOf(t.deps, t.app, b.accountId, { role: 'basic_user' }, 'basic')
    expectStatus(await basic.browser.post(`${b.base}/campaigns/${original.id}/duplicate`), 404)
  })
})

describe('report: sending rate, per-link clicks and the timeline', () => {
  it('counts the sends over time and the clicks per link, each recipient once', async () => {
    const b = await newBrand(t, 'timeline', [
      { email: 't1@example.com' },
      { email: 't2@example.com' },
    ])
    const campaign = await draft(b.browser, b, {
      html: '<p><a href="https://shop.example/a">A</a> <a href="https://shop.example/b">B</a></p>',
    })
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    await deliverEverything(t)
    const html = String(messagesOf(sink, campaign.id)[0]?.html)
    const second = /https:\/\/chorus\.example(\/t\/c\/[A-Za-z0-9_-]+\/1)/.exec(html)?.[1]
    expect(second).toBeDefined()
    await t.app.inject({ method: 'GET', url: second as string })
    await t.app.inject({ method: 'GET', url: second as string })

    const url = `${b.base}/campaigns/${campaign.id}/report`
    const report = expectStatus(await b.browser.get(url), 200)
    expect(report.links).toEqual([
      { position: 0, url: 'https://shop.example/a', clicks: 0 },
      { position: 1, url: 'https://shop.example/b', clicks: 1 },
    ])
    expect(report.sentLastMinute).toBe(2)

    const timeline = expectStatus(await b.browser.get(`${url}/timeline?bucket=hour`), 200)
    expect(timeline.bucket).toBe('hour')
    type Point = { sent: number; clicked: number; opened: number }
    const totals = timeline.points.reduce(
      (sum: Point, p: Point) => ({
        sent: sum.sent + p.sent,
        clicked: sum.clicked + p.clicked,
        opened: sum.opened + p.opened,
      }),
      { sent: 0, clicked: 0, opened: 0 },
    )
    expect(totals).toEqual({ sent: 2, clicked: 1, opened: 1 })
    expect(new Date(timeline.points[0].at).getUTCMinutes()).toBe(0)
    const daily = expectStatus(await b.browser.get(`${url}/timeline?bucket=day`), 200)
    expect(daily.points).toHaveLength(1)
    expectStatus(await b.browser.get(`${url}/timeline?bucket=week`), 422)
  })

  it('a Basic user cannot read another user’s timeline; their own they can', async () => {
    const b = await newBrand(t, 'timeline-basic', [{ email: 'u@example.com' }])
    const others = await draft(b.browser, b)
    const basic = await memberOf(t.deps, t.app, b.accountId, { role: 'basic_user' }, 'basic')
    const own = await draft(basic.browser, b, { name: 'Mine' })
    const path = (id: string) => `${b.base}/campaigns/${id}/report/timeline`
    expectStatus(await basic.browser.get(path(others.id)), 404)
    expect(expectStatus(await basic.browser.get(path(own.id)), 200).points).toEqual([])
  })
})
