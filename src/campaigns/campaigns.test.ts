import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
  type Person,
  rawHeader,
  shareGroupWithTeamMate,
  unsubscribePath,
} from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'
import { type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'

let t: TestApp
let sink: SmtpSink
let gateway: SmsGateway
/** What the SMS gateway received. */
let texts: SmsGateway['messages']

beforeAll(async () => {
  sink = await startSmtpSink()
  gateway = await startSmsGateway()
  texts = gateway.messages
  t = await createTestApp({
    config: {
      smtpUrl: sink.url,
      smsGatewayUrl: gateway.url,
      publicUrl: 'https://chorus.example',
    },
  })
})

afterAll(async () => {
  await t?.close()
  await sink?.close()
  await gateway?.close()
})

const deliverAll = () => deliverEverything(t)
const brand = (name: string, people: Person[]) => newBrand(t, name, people)
const sentTo = (campaignId: string) => messagesOf(sink, campaignId)

/** Creates an SMS campaign from ACME to the brand's group and launches it as its Owner. */
async function launchSms(b: Brand, name: string, text: string) {
  const campaign = expectStatus(
    await b.browser.post(`${b.base}/campaigns`, {
      name,
      channel: 'sms',
      from: 'ACME',
      text,
      groupIds: [b.group.id],
    }),
    201,
  )
  const launched = expectStatus(
    await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
    202,
  )
  return { campaign, launched }
}

describe('campaign approval and delivery', () => {
  it('Author submits, cannot approve; the Manager approves; each recipient gets one personalised message', async () => {
    const b = await brand('acme', [
      { email: 'ana@example.com', firstName: 'Ana' },
      { email: 'bo@example.com', firstName: 'Bo' },
      { email: 'cy@example.com' },
    ])
    const campaign = await draft(b.author.browser, b)
    const submitted = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(submitted.status).toBe('pending_approval')
    const denied = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/approve`),
      403,
    )
    expect(denied.error).toMatchObject({ code: 'forbidden', permission: 'campaigns.approve' })

    const approved = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/approve`),
      200,
    )
    expect(approved).toMatchObject({ status: 'sending', recipients: 3, creditsReserved: 3 })
    await deliverAll()
    await deliverAll() // running the worker again sends nothing more

    const mails = sentTo(campaign.id)
    expect(mails.map((m) => m.to && 'text' in m.to && m.to.text).sort()).toEqual([
      'ana@example.com',
      'bo@example.com',
      'cy@example.com',
    ])
    const byAddress = new Map(mails.map((m) => [(m.to as { text: string }).text, m]))
    expect(byAddress.get('ana@example.com')?.subject).toBe('Hello Ana')
    expect(byAddress.get('cy@example.com')?.subject).toBe('Hello friend')
    const ana = byAddress.get('ana@example.com') as ParsedMail
    expect(ana.html).toContain('Hi Ana')
    expect(ana.html).toContain('https://chorus.example/t/c/')
    expect(ana.from?.text).toContain('news@acme.example')
    expect(rawHeader(ana, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(rawHeader(ana, 'list-unsubscribe')).not.toContain('mailto:')
    expect(unsubscribePath(ana)).toMatch(/^\/u\/[A-Za-z0-9_-]{80}$/)

    const done = expectStatus(await b.browser.get(`${b.base}/campaigns/${campaign.id}`), 200)
    expect(done).toMatchObject({ status: 'sent', creditsUsed: 3, creditsReserved: 3 })
    const credits = expectStatus(await b.browser.get(`${b.base}/credits`), 200)
    expect(Number(credits.email)).toBe(1000 - 3)
    const report = expectStatus(
      await b.browser.get(`${b.base}/campaigns/${campaign.id}/report`),
      200,
    )
    expect(report).toMatchObject({ recipients: 3, sent: 3, failed: 0 })

    const audit = expectStatus(await b.browser.get(`${b.base}/audit?limit=100`), 200)
    const actions = (audit.items as Array<{ action: string }>).map((i) => i.action)
    for (const action of [
      'campaign.created',
      'campaign.submitted_for_approval',
      'campaign.approved',
      'campaign.launched',
      'campaign.sent',
    ]) {
      expect(actions).toContain(action)
    }
  })

  it('a submitter promoted to approver still cannot approve their own submission; declining needs a reason', async () => {
    const b = await brand('selfie', [{ email: 'x@example.com' }])
    // Holding campaigns.send_direct launches at once: a Manager's own send never waits.
    const direct = await draft(b.manager.browser, b)
    const launched = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${direct.id}/send`),
      202,
    )
    expect(launched.status).toBe('sending')

    const waiting = await draft(b.author.browser, b)
    expectStatus(await b.author.browser.post(`${b.base}/campaigns/${waiting.id}/send`), 202)
    const noReason = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${waiting.id}/decline`, { reason: ' ' }),
      422,
    )
    expect(noReason.error.field).toBe('reason')
    // The Author becomes a Manager while the submission waits.
    expectStatus(
      await b.browser.patch(`${b.base}/members/${b.author.user.id}`, { role: 'manager' }),
      200,
    )
    const refused = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${waiting.id}/approve`),
      403,
    )
    expect(refused.error.code).toBe('self_approval')
    const declined = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${waiting.id}/decline`, { reason: 'typo' }),
      200,
    )
    expect(declined).toMatchObject({ status: 'draft', declineReason: 'typo' })
  })

  it('one-click unsubscribe: the sender’s next campaign skips the contact', async () => {
    const b = await brand('unsub', [
      { email: 'stay@example.com', firstName: 'Stay' },
      { email: 'leave@example.com', firstName: 'Leave' },
    ])
    const first = await draft(b.browser, b)
    expectStatus(await b.browser.post(`${b.base}/campaigns/${first.id}/send`), 202)
    await deliverAll()
    const leaving = sentTo(first.id).find(
      (m) => (m.to as { text: string }).text === 'leave@example.com',
    ) as ParsedMail
    const url = unsubscribePath(leaving)
    const page = await t.app.inject({ method: 'GET', url })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    const oneClick = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.statusCode).toBe(200)
    // Replaying the click changes nothing more.
    await t.app.inject({
      method: 'POST',
      url,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    const report = expectStatus(await b.browser.get(`${b.base}/campaigns/${first.id}/report`), 200)
    expect(report.unsubscribed).toBe(1)

    const second = await draft(b.browser, b, { name: 'Follow-up' })
    const launched = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${second.id}/send`),
      202,
    )
    expect(launched.recipients).toBe(1)
    await deliverAll()
    expect(sentTo(second.id).map((m) => (m.to as { text: string }).text)).toEqual([
      'stay@example.com',
    ])
  })

  it('insufficient credits: 409 with need (and have, for billing), nothing reserved or sent', async () => {
    const b = await brand('broke', [{ email: 'a@example.com' }, { email: 'b@example.com' }])
    await t.deps.db
      .updateTable('accounts')
      .set({ email_credits: 1 })
      .where('id', '=', b.accountId)
      .execute()
    const campaign = await draft(b.browser, b)
    // A manager may launch but not see balances (billing.manage): told only what is needed.
    const forSender = expectStatus(
      await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      409,
    )
    expect(forSender.error).toMatchObject({ code: 'insufficient_credits', need: 2 })
    expect(forSender.error).not.toHaveProperty('have')
    expect(forSender.error.message).not.toMatch(/\bhas 1\b/)
    const refused = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      409,
    )
    expect(refused.error).toMatchObject({ code: 'insufficient_credits', need: 2, have: 1 })
    const after = expectStatus(await b.browser.get(`${b.base}/campaigns/${campaign.id}`), 200)
    expect(after).toMatchObject({ status: 'draft', recipients: 0, creditsReserved: 0 })
    await deliverAll()
    expect(sentTo(campaign.id)).toHaveLength(0)
    const credits = expectStatus(await b.browser.get(`${b.base}/credits`), 200)
    expect(Number(credits.email)).toBe(1)
  })

  it('sends SMS through the HTTP gateway, charging one credit per part', async () => {
    const b = await brand('texts', [
      { phone: '+14155550101', firstName: 'Dee' },
      { phone: '+14155550102', firstName: 'Eve' },
    ])
    const long = 'x'.repeat(200)
    const { launched } = await launchSms(b, 'Flash', `Hi {{ firstName }}! ${long}`)
    expect(launched.creditsReserved).toBe(4) // two recipients, two parts each
    await deliverAll()
    const mine = texts.filter((m) => m.from === 'ACME')
    expect(mine.map((m) => m.to).sort()).toEqual(['+14155550101', '+14155550102'])
    expect(mine.find((m) => m.to === '+14155550101')?.body).toBe(`Hi Dee! ${long}`)
    const credits = expectStatus(await b.browser.get(`${b.base}/credits`), 200)
    expect(Number(credits.sms)).toBe(100 - 4)
  })

  it('prices a personalised SMS at launch from one message, not by rendering every recipient', async () => {
    // Either recipient's message may be the one that cannot be rendered, the first one included.
    for (const counts of [
      [3, 100_000_000],
      [100_000_000, 3],
    ]) {
      const b = await brand(`estimate-${counts[0]}`, [
        { phone: '+14155550111', firstName: 'Fay' },
        { phone: '+14155550112', firstName: 'Gus' },
      ])
      const listed = expectStatus(
        await b.browser.get(`${b.base}/contacts?groupId=${b.group.id}`),
        200,
      )
      const [first, second] = (listed.items as Array<{ id: string }>)
        .map((contact) => contact.id)
        .sort()
      // One contact's message cannot be rendered (its range is far over the bound): it does not
      // stop the campaign.
      for (const [id, count] of [
        [first, counts[0]],
        [second, counts[1]],
      ] as const) {
        expectStatus(await b.browser.patch(`${b.base}/contacts/${id}`, { fields: { count } }), 200)
      }
      const { campaign, launched } = await launchSms(
        b,
        'Cheers',
        'Hi {{ firstName }}{% for i in (1..count) %}!{% endfor %}',
      )
      // One part, as the first recipient's message has, for each of the two.
      expect(launched).toMatchObject({ recipients: 2, creditsReserved: 2 })
      expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/terminate`), 200)
    }
  })

  it('charges each SMS its own parts at sending; a short balance holds back only the longer one', async () => {
    for (const balanceAfterLaunch of [undefined, 0]) {
      const textsBefore = texts.length
      const b = await brand(`reprice-${balanceAfterLaunch ?? 'ok'}`, [
        { phone: '+14155550121', firstName: 'Hal' },
        { phone: '+14155550122', firstName: 'Ida' },
      ])
      const listed = expectStatus(
        await b.browser.get(`${b.base}/contacts?groupId=${b.group.id}`),
        200,
      )
      const [, second] = (listed.items as Array<{ id: string }>).map((c) => c.id).sort()
      // The launch prices both by the first recipient's one-part message; the second's is longer.
      const bio = 'y'.repeat(200)
      expectStatus(await b.browser.patch(`${b.base}/contacts/${second}`, { fields: { bio } }), 200)
      const { campaign, launched } = await launchSms(b, 'Bios', 'Hi {{ firstName }} {{ bio }}')
      expect(launched.creditsReserved).toBe(2)
      if (balanceAfterLaunch !== undefined) {
        await t.deps.db
          .updateTable('accounts')
          .set({ sms_credits: balanceAfterLaunch })
          .where('id', '=', b.accountId)
          .execute()
      }
      await deliverAll()
      const sent = texts.slice(textsBefore)
      const done = expectStatus(await b.browser.get(`${b.base}/campaigns/${campaign.id}`), 200)
      const credits = expectStatus(await b.browser.get(`${b.base}/credits`), 200)
      if (balanceAfterLaunch === undefined) {
        expect(sent.filter((m) => m.body.startsWith('Hi Ida'))).toHaveLength(1)
        expect(done.creditsUsed).toBe(3) // one part for Hal, two for Ida
        expect(Number(credits.sms)).toBe(100 - 3)
      } else {
        expect(sent.filter((m) => m.body.startsWith('Hi Ida'))).toHaveLength(0)
        expect(done.creditsUsed).toBe(1)
        expect(Number(credits.sms)).toBe(1) // Ida's unused part came back at the end
      }
    }
  })

  it('pause and resume are idempotent; terminate returns what was not used', async () => {
    const b = await brand('ctrl', [{ email: 'p1@example.com' }, { email: 'p2@example.com' }])
    const campaign = await draft(b.browser, b)
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    for (const action of ['pause', 'pause', 'resume', 'resume', 'pause']) {
      expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/${action}`), 200)
    }
    await deliverAll()
    expect(sentTo(campaign.id)).toHaveLength(0)
    const report = () => b.browser.get(`${b.base}/campaigns/${campaign.id}/report`)
    // Recipients fixed at launch and not yet handed to the worker count as queued.
    expect(expectStatus(await report(), 200)).toMatchObject({
      recipients: 2,
      queued: 2,
      skipped: 0,
    })
    const ended = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${campaign.id}/terminate`),
      200,
    )
    expect(ended).toMatchObject({ status: 'terminated', creditsUsed: 0, creditsReserved: 0 })
    expect(expectStatus(await report(), 200)).toMatchObject({ queued: 0, sent: 0, skipped: 2 })
    const drilldown = expectStatus(
      await b.browser.get(`${b.base}/campaigns/${campaign.id}/report/recipients`),
      200,
    )
    expect(drilldown.items.map((r: { status: string }) => r.status)).toEqual(['skipped', 'skipped'])
    const credits = expectStatus(await b.browser.get(`${b.base}/credits`), 200)
    expect(Number(credits.email)).toBe(1000)
    const again = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${campaign.id}/resume`),
      409,
    )
    expect(again.error.code).toBe('invalid_state')
  })

  it('reports count opens and clicks; others’ reports need reports.view; drill-down and export by permission', async () => {
    const b = await brand('metrics', [
      { email: 'o1@example.com', firstName: 'One' },
      { email: 'o2@example.com', firstName: 'Two' },
    ])
    const campaign = await draft(b.browser, b)
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    await deliverAll()
    const one = sentTo(campaign.id).find(
      (m) => (m.to as { text: string }).text === 'o1@example.com',
    ) as ParsedMail
    const html = String(one.html)
    const pixel = /https:\/\/chorus\.example(\/t\/o\/[A-Za-z0-9_-]+)/.exec(html)?.[1] as string
    const link = /https:\/\/chorus\.example(\/t\/c\/[A-Za-z0-9_-]+\/0)/.exec(html)?.[1] as string
    const opened = await t.app.inject({ method: 'GET', url: pixel })
    expect(opened.statusCode).toBe(200)
    expect(opened.headers['content-type']).toContain('image/gif')
    const clicked = await t.app.inject({ method: 'GET', url: link })
    expect(clicked.statusCode).toBe(302)
    expect(clicked.headers.location).toBe('https://shop.example/sale')
    await t.app.inject({ method: 'GET', url: link }) // a second click counts once
    const forged = await t.app.inject({ method: 'GET', url: `${link.slice(0, -3)}x/0` })
    expect(forged.statusCode).toBe(404)
    const noSuchLink = await t.app.inject({ method: 'GET', url: link.replace(/\/0$/, '/7') })
    expect(noSuchLink.statusCode).toBe(404)

    const report = expectStatus(
      await b.browser.get(`${b.base}/campaigns/${campaign.id}/report`),
      200,
    )
    expect(report).toMatchObject({ recipients: 2, sent: 2, opened: 1, clicked: 1 })

    // Someone who can send but lacks reports.view sees the reports of their own campaigns only
    // (others' campaigns are invisible to them: own-data.test.ts).
    const basic = await memberOf(t.deps, t.app, b.accountId, { role: 'basic_user' }, 'basic')
    expectStatus(await basic.browser.get(`${b.base}/campaigns/${campaign.id}/report`), 404)
    const mine = await draft(basic.browser, b, { name: 'Mine' })
    expectStatus(await basic.browser.get(`${b.base}/campaigns/${mine.id}/report`), 200)

    const drill = expectStatus(
      await b.browser.get(`${b.base}/campaigns/${campaign.id}/report/recipients`),
      200,
    )
    const row = (drill.items as Array<{ address: string; events: string[]; status: string }>).find(
      (r) => r.address === 'o1@example.com',
    )
    expect(row).toMatchObject({ status: 'sent', events: ['clicked', 'opened'] })
    const analyst = await memberOf(t.deps, t.app, b.accountId, { role: 'analyst' }, 'analyst')
    const noExport = expectStatus(
      await analyst.browser.get(`${b.base}/campaigns/${campaign.id}/report/export`),
      403,
    )
    expect(noExport.error.permission).toBe('reports.export')
    const csv = await b.browser.get(`${b.base}/campaigns/${campaign.id}/report/export`)
    expect(csv.status).toBe(200)
    expect(String(csv.body).split('\r\n')[0]).toBe('contactId,address,status,sentAt,events,error')
    expect(String(csv.body)).toContain('o2@example.com,sent')
  })

  it('previews under a sandbox CSP and test-sends to the testers', async () => {
    const b = await brand('preview', [{ email: 'real@example.com' }])
    const campaign = await draft(b.author.browser, b)
    const preview = await b.author.browser.get(`${b.base}/campaigns/${campaign.id}/preview`)
    expect(preview.status).toBe(200)
    expect(String(preview.headers['content-security-policy'])).toMatch(/^sandbox;/)
    expect(String(preview.body)).toContain('Hi Alex')
    const none = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/test`),
      409,
    )
    expect(none.error.code).toBe('no_testers')
    expectStatus(await b.browser.post(`${b.base}/testers`, { email: 'qa@preview.example' }), 201)
    const blocked = 'blocked@preview.example'
    expectStatus(await b.browser.post(`${b.base}/testers`, { email: blocked }), 201)
    expectStatus(
      await b.browser.post(`${b.base}/blocklist`, { channel: 'email', address: blocked }),
      201,
    )
    const sent = expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/test`),
      200,
    )
    expect(sent).toEqual({ sent: 1, skipped: [{ email: blocked, reason: 'blocklisted' }] })
    const mail = await sink.waitFor((m) => (m.to as { text: string }).text === 'qa@preview.example')
    expect(mail.subject).toBe('[Test] Hello Alex')
  })

  it('an address in both an own and a shared-in group gets one message, personalised from the own contact', async () => {
    const owner = await brand('dedup-owner', [
      { email: 'ana@example.com', firstName: 'Shared Ana' },
      { email: 'only-shared@example.com', firstName: 'Sam' },
    ])
    const mate = await brand('dedup-mate', [
      { email: 'ana@example.com', firstName: 'Own Ana' },
      { email: 'only-own@example.com', firstName: 'Oli' },
    ])
    await shareGroupWithTeamMate(owner, mate)
    const campaign = await draft(mate.browser, mate, { groupIds: [mate.group.id, owner.group.id] })
    const launched = expectStatus(
      await mate.browser.post(`${mate.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(launched.recipients).toBe(3)
    await deliverAll()
    const mails = sentTo(campaign.id)
    expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual([
      'ana@example.com',
      'only-own@example.com',
      'only-shared@example.com',
    ])
    const ana = mails.find((m) => (m.to as { text: string }).text === 'ana@example.com')
    expect(ana?.subject).toBe('Hello Own Ana')
  })
})
