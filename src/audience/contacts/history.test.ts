import { randomUUID } from 'node:crypto'
import type { ParsedMail } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
  shareGroupWithTeamMate,
} from '../../../test/helpers/campaigns.js'
import { listenSmtp, useTestAppWithSmtpSink } from '../../../test/helpers/smtp.js'
import { recordContactEvent } from './history-repository.js'

const INBOUND_SECRET = 'history-test-inbound-secret-0123'

const { t, sink } = useTestAppWithSmtpSink({
  config: { publicUrl: 'https://chorus.example', inboundSecret: INBOUND_SECRET },
})

interface HistoryItem {
  id: string
  type: string
  channel: string | null
  at: string
  details: Record<string, unknown> | null
}

async function contactIdOf(b: Brand, email: string): Promise<string> {
  const list = expectStatus(await b.browser.get(`${b.base}/contacts?q=${email}`), 200)
  const contact = list.items.find((c: { email: string }) => c.email === email)
  if (!contact) throw new Error(`no contact ${email} in ${b.accountId}`)
  return contact.id
}

async function historyOf(b: Brand, contactId: string): Promise<HistoryItem[]> {
  return expectStatus(await b.browser.get(`${b.base}/contacts/${contactId}/history`), 200).items
}

/** Drafts and launches a campaign as the brand's Owner, then delivers everything queued. */
async function sendCampaign(app: TestApp, b: Brand, extra: Record<string, unknown>) {
  const campaign = await draft(b.browser, b, extra)
  expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
  await deliverEverything(app)
  return campaign as { id: string; name: string }
}

function mailTo(campaignId: string, address: string): ParsedMail {
  const mail = messagesOf(sink, campaignId).find((m) => (m.to as { text: string }).text === address)
  if (!mail) throw new Error(`campaign ${campaignId} sent nothing to ${address}`)
  return mail
}

/** Loads the tracking pixel of a received message, as a mail client showing images does. */
async function open(mail: ParsedMail) {
  const pixel = /https:\/\/chorus\.example(\/t\/o\/[A-Za-z0-9_-]+)/.exec(String(mail.html))?.[1]
  if (!pixel) throw new Error('no open pixel in the message')
  const reply = await t.app.inject({ method: 'GET', url: pixel })
  expect(reply.statusCode).toBe(200)
}

async function postInboundEvents(events: object[]) {
  const reply = await t.app.inject({
    method: 'POST',
    url: '/api/v1/delivery/events',
    headers: { authorization: `Bearer ${INBOUND_SECRET}` },
    payload: { events },
  })
  expect(reply.statusCode, reply.body).toBe(200)
  return reply.json()
}

describe('contact history', () => {
  it('lists the owner’s sends, opens and bounces with the contact’s own events, newest first', async () => {
    const b = await newBrand(t, 'history', [{ email: 'ana@example.com', firstName: 'Ana' }])
    const ana = await contactIdOf(b, 'ana@example.com')
    expect(await historyOf(b, ana)).toEqual([])

    const campaign = await sendCampaign(t, b, { name: 'Spring sale' })
    const sent = await historyOf(b, ana)
    expect(sent).toEqual([
      {
        id: expect.any(String),
        type: 'sent',
        channel: 'email',
        at: expect.any(String),
        details: { campaignId: campaign.id, campaignName: 'Spring sale' },
      },
    ])
    const sentAt = Date.parse(sent[0]?.at ?? '')
    expect(Date.now() - sentAt).toBeLessThan(60_000)

    await recordContactEvent(t.deps.db, {
      accountId: b.accountId,
      contactId: ana,
      type: 'consent.confirmed',
      channel: 'email',
    })
    const mail = mailTo(campaign.id, 'ana@example.com')
    await open(mail)
    const bounce = await postInboundEvents([
      { id: `bounce-${randomUUID()}`, type: 'bounce', hard: true, messageId: mail.messageId },
    ])
    expect(bounce).toMatchObject({ applied: 1 })

    const history = await historyOf(b, ana)
    expect(history.map((item) => item.type)).toEqual([
      'bounced',
      'opened',
      'consent.confirmed',
      'sent',
    ])
    expect(history[0]).toMatchObject({
      channel: 'email',
      details: { campaignId: campaign.id, campaignName: 'Spring sale', detail: 'hard' },
    })
    expect(history[1]).toMatchObject({
      channel: 'email',
      details: { campaignId: campaign.id, campaignName: 'Spring sale', detail: null },
    })
    expect(new Set(history.map((item) => item.id)).size).toBe(history.length)
    const times = history.map((item) => Date.parse(item.at))
    expect(times).toEqual([...times].sort((x, y) => y - x))
  })

  it('shows a message the relay refused as send_failed, with the error', async () => {
    // A relay refuses a bad address permanently (550) at RCPT TO.
    const refusing = await listenSmtp({
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })),
    })
    const app = await createTestApp({ config: { smtpUrl: refusing.url } })
    try {
      const b = await newBrand(app, 'refused', [{ email: 'bo@example.com' }])
      const list = expectStatus(await b.browser.get(`${b.base}/contacts`), 200)
      const bo = list.items[0].id as string
      const campaign = await sendCampaign(app, b, { name: 'Never arrives' })
      const history = expectStatus(await b.browser.get(`${b.base}/contacts/${bo}/history`), 200)
      // A refusal of the address at send time is a hard bounce too (issue 19), listed newest first.
      expect(history.items).toMatchObject([
        { type: 'bounced', details: { campaignId: campaign.id, detail: 'hard' } },
        {
          type: 'send_failed',
          channel: 'email',
          details: {
            campaignId: campaign.id,
            campaignName: 'Never arrives',
            error: expect.stringMatching(/550 mailbox unavailable/),
          },
        },
      ])
      expect(Date.parse(history.items[1].at)).not.toBeNaN()
    } finally {
      await app.close()
      await refusing.close()
    }
  })

  it('needs contacts.view in the owning account', async () => {
    const b = await newBrand(t, 'viewers', [{ email: 'cy@example.com' }])
    const cy = await contactIdOf(b, 'cy@example.com')
    // An Author sends campaigns but does not see contacts.
    const denied = expectStatus(await b.author.browser.get(`${b.base}/contacts/${cy}/history`), 403)
    expect(denied.error).toMatchObject({ code: 'forbidden', permission: 'contacts.view' })
    expectStatus(await b.manager.browser.get(`${b.base}/contacts/${cy}/history`), 200)
  })

  it('keeps a team mate’s sends through a shared group out of the owner’s history, and the owner’s history from the mate', async () => {
    const owner = await newBrand(t, 'history-owner', [{ email: 'dee@example.com' }])
    const mate = await newBrand(t, 'history-mate', [{ email: 'eve@example.com' }])
    await shareGroupWithTeamMate(owner, mate)
    const dee = await contactIdOf(owner, 'dee@example.com')

    const own = await sendCampaign(t, owner, { name: 'Owner news' })
    const theirs = await sendCampaign(t, mate, {
      name: 'Mate promo',
      groupIds: [mate.group.id, owner.group.id],
    })
    // The mate's campaign did reach the owner's contact, and was opened there.
    const fromMate = mailTo(theirs.id, 'dee@example.com')
    expect(fromMate.messageId).toContain(`${theirs.id}.${dee}@`)
    await open(fromMate)

    const history = await historyOf(owner, dee)
    expect(history).toMatchObject([
      { type: 'sent', details: { campaignId: own.id, campaignName: 'Owner news' } },
    ])
    expect(JSON.stringify(history)).not.toContain(theirs.id)
    expect(JSON.stringify(history)).not.toContain('Mate promo')

    const hidden = expectStatus(await mate.browser.get(`${mate.base}/contacts/${dee}/history`), 404)
    expect(hidden.error.resource).toBe('contact')
  })
})
