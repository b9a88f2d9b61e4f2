import { generateKeyPairSync } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import type { ParsedMail } from 'mailparser'
import { simpleParser } from 'mailparser'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, type TestApp } from '../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  newBrand,
  rawHeader,
  shareGroupWithTeamMate,
} from '../../test/helpers/campaigns.js'
import { type DnsServer, startDnsServer } from '../../test/helpers/dns.js'
import { listenSmtp, recipientsOf, type SmtpListener } from '../../test/helpers/smtp.js'
import { suppressionReasons } from '../audience/suppression/repository.js'
import { type CampaignRow, findCampaign } from '../campaigns/repository.js'
import { buildEmail, prepareCampaign } from '../delivery/messages.js'
import { mailResolverFor } from './auth.js'
import { type InboundMailServer, startInboundMail } from './listener.js'
import { type EmailToSms, receiveMail, type SmtpRefusal } from './receive.js'

const DOMAIN = 'in.chorus.example'
/** The repliers' domain signs its mail (DKIM selector s1). */
const dkimKeys = (() => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
})()
const MAX_BYTES = 64 * 1024

/** A message the relay took, with the envelope sender it was given (the VERP return path). */
interface Relayed {
  mailFrom: string
  mail: ParsedMail
}

let app: TestApp | undefined
let relay: SmtpListener
let dns: DnsServer
let inbound: InboundMailServer
const relayed: Relayed[] = []
const smsCalls: Array<Parameters<EmailToSms>[1]> = []
/** Numbers the SMS gateway refuses once with 429 (Email-to-SMS then answers "temporary"). */
const gatewayBusy = new Set<string>()
const t = lazyTestApp(() => app)

beforeAll(async () => {
  // The relay refuses one mailbox as a real server would: "no such user".
  relay = await listenSmtp({
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('gone@')) {
        return callback(Object.assign(new Error('5.1.1 no such user'), { responseCode: 550 }))
      }
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const from = session.envelope.mailFrom
          relayed.push({ mailFrom: from ? from.address : '', mail })
          callback()
        })
        .catch(callback)
    },
  })
  // The repliers' domain publishes SPF for loopback and a DMARC policy, on a local DNS server.
  dns = await startDnsServer(
    new Map([
      ['reply.example', ['v=spf1 ip4:127.0.0.1 -all']],
      ['_dmarc.reply.example', ['v=DMARC1; p=reject']],
      ['s1._domainkey.reply.example', [`v=DKIM1; k=rsa; p=${dkimKeys.publicKey}`]],
      ['spoof.example', ['v=spf1 ip4:192.0.2.1 -all']],
      ['_dmarc.spoof.example', ['v=DMARC1; p=reject']],
    ]),
  )
  app = await createTestApp({
    config: {
      smtpUrl: relay.url,
      publicUrl: 'https://chorus.example',
      inboundMail: { port: undefined, domains: [DOMAIN] },
    },
  })
  inbound = await startInboundMail(app.deps, {
    port: 0,
    host: '127.0.0.1',
    maxBytes: MAX_BYTES,
    resolver: mailResolverFor({ dnsServers: [dns.address] }),
    async emailToSms(_deps, email) {
      if (email.from !== 'member@reply.example' || !email.authenticated) {
        return { sent: false, message: 'this address may not send SMS', temporary: false }
      }
      if (gatewayBusy.delete(email.to)) {
        return { sent: false, message: 'the SMS gateway is busy (429)', temporary: true }
      }
      smsCalls.push(email)
      return { sent: true }
    },
  })
})

afterAll(async () => {
  await inbound?.close()
  await app?.close()
  await relay?.close()
  await dns?.close()
})

/** What a mail server out there does: hand a message to Chorus's inbound port. */
async function deliverToChorus(message: SendMailOptions) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inbound.port,
    secure: false,
    ignoreTLS: true,
    name: 'mx.reply.example',
  })
  try {
    return await transport.sendMail(message)
  } finally {
    transport.close()
  }
}

/** The error a delivery met, with the SMTP answer's code. */
async function refusal(message: SendMailOptions) {
  const error = await deliverToChorus(message).then(
    () => undefined,
    (e: { responseCode?: number; response?: string }) => e,
  )
  if (!error) throw new Error('the message was accepted')
  return error
}

/** The brand sends a campaign to its own group (or `groupId`); what the relay took for it. */
async function sendCampaign(sender: Brand, groupId = sender.group.id) {
  const campaign = await draft(sender.browser, sender, { groupIds: [groupId] })
  expectStatus(await sender.browser.post(`${sender.base}/campaigns/${campaign.id}/send`), 202)
  await deliverEverything(t)
  const messages = relayed.filter((r) => r.mail.messageId?.startsWith(`<${campaign.id}.`))
  return { id: campaign.id as string, messages }
}

function to(messages: Relayed[], address: string): Relayed {
  const found = messages.find((m) => recipientsOf(m.mail).includes(address))
  if (!found) throw new Error(`no message to ${address}`)
  return found
}

/** A brand whose campaign reached `address`, and the Reply-To that message carried. */
async function campaignTo(name: string, address: string) {
  const brand = await newBrand(t, name, [{ email: address }])
  const { messages } = await sendCampaign(brand)
  return { brand, replyTo: rawHeader(to(messages, address).mail, 'reply-to') }
}

/** `address` answers the brand's campaign with `message`; what the brand's inbox then holds first. */
async function answer(name: string, address: string, message: SendMailOptions) {
  const { brand, replyTo } = await campaignTo(name, address)
  await deliverToChorus({ from: address, to: replyTo, ...message })
  const [kept] = await inboxOf(brand.accountId)
  return kept
}

function inboxOf(accountId: string) {
  return t.deps.db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute()
}

async function suppressed(accountId: string, address: string) {
  return (await suppressionReasons(t.deps.db, accountId, 'email', [address])).get(address)
}

function bounceEvents(campaignId: string) {
  return t.deps.db
    .selectFrom('campaign_events')
    .select(['kind', 'detail'])
    .where('campaign_id', '=', campaignId)
    .where('kind', '=', 'bounced')
    .execute()
}

/** A bounce report (RFC 3464) for `address`, as a receiving server sends it to the return path. */
function deliveryReport(returnPath: string, address: string, action: string, status: string) {
  const boundary = 'report-boundary'
  return {
    envelope: { from: '', to: returnPath },
    raw: [
      'From: Mail Delivery System <MAILER-DAEMON@mx.reply.example>',
      `To: ${returnPath}`,
      'Subject: Delivery Status Notification',
      `Message-ID: <report-${Math.random().toString(36).slice(2)}@mx.reply.example>`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.reply.example',
      '',
      `Final-Recipient: rfc822; ${address}`,
      `Action: ${action}`,
      `Status: ${status}`,
      `Diagnostic-Code: smtp; ${status.startsWith('5') ? '550' : '451'} ${status} mailbox says no`,
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  }
}

describe('campaign mail names the inbound domain', () => {
  it('carries a Reply-To and a VERP return path there, each short and signed', async () => {
    const brand = await newBrand(t, 'headers', [{ email: 'ada@reply.example' }])
    const { messages } = await sendCampaign(brand)
    const [sent] = messages
    expect(sent?.mailFrom).toMatch(new RegExp(`^b-[a-z2-7]+@${DOMAIN.replaceAll('.', '\\.')}$`))
    expect(sent?.mailFrom.split('@')[0]?.length).toBeLessThanOrEqual(64)
    expect(rawHeader(sent?.mail as ParsedMail, 'reply-to')).toMatch(
      /^r-[a-z2-7]+@in\.chorus\.example$/,
    )
  })
  it('names nothing there when no inbound domain is set', async () => {
    const brand = await newBrand(t, 'no-inbound', [])
    const campaign = await draft(brand.browser, brand)
    const row = await findCampaign(t.deps.db, brand.accountId, campaign.id)
    const withoutDomain = {
      ...t.deps,
      config: { ...t.deps.config, inboundMail: { port: undefined, domains: [] } },
    }
    const prepared = await prepareCampaign(withoutDomain, row as CampaignRow)
    const mail = await buildEmail(
      prepared,
      { contactId: brand.group.id, address: 'x@reply.example' },
      { email: 'x@reply.example', phone: null, first_name: null, last_name: null, fields: {} },
    )
    expect(mail.replyTo).toBeUndefined()
    expect(mail.envelopeFrom).toBeUndefined()
  })
})

describe('replies', () => {
  it('land in the inbox of the account that sent, not the group owner sharing the contact', async () => {
    const owner = await newBrand(t, 'owner', [{ email: 'ada@reply.example', firstName: 'Ada' }])
    const mate = await newBrand(t, 'mate', [])
    await shareGroupWithTeamMate(owner, mate)
    const campaign = await sendCampaign(mate, owner.group.id)
    const sent = to(campaign.messages, 'ada@reply.example')
    const replyTo = rawHeader(sent.mail, 'reply-to')

    await deliverToChorus({
      from: 'Ada <ada@reply.example>',
      to: replyTo,
      subject: 'Re: Hello Ada',
      text: 'Yes please, two of them.',
      inReplyTo: sent.mail.messageId,
      messageId: '<reply-1@reply.example>',
      dkim: { domainName: 'reply.example', keySelector: 's1', privateKey: dkimKeys.privateKey },
    })

    const [reply, ...others] = await inboxOf(mate.accountId)
    expect(others).toEqual([])
    expect(reply).toMatchObject({
      direction: 'in',
      channel: 'email',
      from_address: 'ada@reply.example',
      subject: 'Re: Hello Ada',
      body: 'Yes please, two of them.',
      campaign_id: campaign.id,
      external_id: '<reply-1@reply.example>',
    })
    // Signed by the replier's domain and sent from loopback, which it publishes.
    expect(reply?.auth).toEqual({ spf: 'pass', dkim: 'pass', dmarc: 'pass' })
    expect(await inboxOf(owner.accountId)).toEqual([])
  })

  it('from a domain that did not send them are kept with the failing verdicts to show', async () => {
    const kept = await answer('spoofed', 'boss@spoof.example', {
      subject: 'Re: urgent',
      text: 'Wire the money.',
    })
    expect(kept?.auth).toEqual({ spf: 'fail', dkim: 'none', dmarc: 'fail' })
  })

  it('in HTML only are kept as text, never as markup', async () => {
    const reply = await answer('html-reply', 'bo@reply.example', {
      subject: 'Re: hi',
      html: '<p>Count me <b>in</b></p><script>alert(1)</script><img src="https://x.example/p.gif">',
    })
    expect(reply?.body).toContain('Count me in')
    expect(reply?.body).not.toMatch(/<|alert\(1\)|p\.gif/)
  })
})

describe('bounce reports at the return path', () => {
  it('suppress the address on a permanent failure (5.x.x), once however often it arrives', async () => {
    const brand = await newBrand(t, 'hard', [{ email: 'cy@reply.example' }])
    const campaign = await sendCampaign(brand)
    const returnPath = to(campaign.messages, 'cy@reply.example').mailFrom
    expect(await suppressed(brand.accountId, 'cy@reply.example')).toBeUndefined()

    const report = deliveryReport(returnPath, 'cy@reply.example', 'failed', '5.1.1')
    await deliverToChorus(report)
    await deliverToChorus(report)

    expect(await suppressed(brand.accountId, 'cy@reply.example')).toBe('hard_bounce')
    expect(await bounceEvents(campaign.id)).toEqual([{ kind: 'bounced', detail: 'hard' }])
    // A report is no reply: nothing in the inbox.
    expect(await inboxOf(brand.accountId)).toEqual([])
  })

  it('record a delay (4.x.x) without suppressing', async () => {
    const brand = await newBrand(t, 'soft', [{ email: 'di@reply.example' }])
    const campaign = await sendCampaign(brand)
    const returnPath = to(campaign.messages, 'di@reply.example').mailFrom
    await deliverToChorus(deliveryReport(returnPath, 'di@reply.example', 'delayed', '4.4.7'))
    expect(await suppressed(brand.accountId, 'di@reply.example')).toBeUndefined()
    expect(await bounceEvents(campaign.id)).toEqual([{ kind: 'bounced', detail: 'soft' }])
  })

  it('keep an auto-reply sent to the return path in the inbox instead of dropping it', async () => {
    const brand = await newBrand(t, 'away', [{ email: 'ed@reply.example' }])
    const campaign = await sendCampaign(brand)
    await deliverToChorus({
      envelope: { from: '', to: to(campaign.messages, 'ed@reply.example').mailFrom },
      from: 'ed@reply.example',
      to: to(campaign.messages, 'ed@reply.example').mailFrom,
      subject: 'Out of office',
      text: 'I am away until Monday.',
    })
    const [kept] = await inboxOf(brand.accountId)
    expect(kept).toMatchObject({ subject: 'Out of office', body: 'I am away until Monday.' })
    expect(await suppressed(brand.accountId, 'ed@reply.example')).toBeUndefined()
  })
})

describe('the listener', () => {
  it('refuses recipients outside the inbound domain and addresses it did not sign', async () => {
    const { replyTo } = await campaignTo('relay', 'fi@reply.example')
    const forged = replyTo.replace(/^r-(.)/, (_, c: string) => `r-${c === 'a' ? 'b' : 'a'}`)
    for (const recipient of [
      'someone@elsewhere.example',
      `postmaster@${DOMAIN}`,
      forged,
      `b-${'a'.repeat(61)}@${DOMAIN}`,
    ]) {
      const error = await refusal({ from: 'x@reply.example', to: recipient, text: 'hi' })
      expect(error.responseCode, recipient).toBe(550)
    }
  })

  it('refuses a message over the size limit and takes the next one', async () => {
    const { brand, replyTo } = await campaignTo('big', 'gu@reply.example')
    const error = await refusal({
      from: 'gu@reply.example',
      to: replyTo,
      text: 'x'.repeat(MAX_BYTES + 1),
    })
    expect(error.responseCode).toBe(552)
    await deliverToChorus({ from: 'gu@reply.example', to: replyTo, text: 'Shorter, then.' })
    expect((await inboxOf(brand.accountId)).map((m) => m.body)).toEqual(['Shorter, then.'])
  })

  it('answers a malformed message on its own and files the good one after it', async () => {
    const { brand, replyTo } = await campaignTo('broken', 'ha@reply.example')
    const error = await refusal({
      envelope: { from: 'ha@reply.example', to: replyTo },
      raw: '\u0000\u0001 not a message at all \r\n--\r\n\r\n',
    })
    expect(error.responseCode).toBe(550)
    await deliverToChorus({ from: 'ha@reply.example', to: replyTo, text: 'Sorry, try this.' })
    expect((await inboxOf(brand.accountId)).map((m) => m.body)).toEqual(['Sorry, try this.'])
  })

  it('refuses (550 5.6.0) a From address that decodes to a NUL byte, and files the next message', async () => {
    const { brand, replyTo } = await campaignTo('nul-from', 'ja@reply.example')
    const error = await refusal({
      envelope: { from: 'ja@reply.example', to: replyTo },
      raw: `From: <=?utf-8?Q?x=00y?=@example.com>\r\nTo: ${replyTo}\r\nSubject: hi\r\n\r\nhello\r\n`,
    })
    expect(error.responseCode).toBe(550)
    expect(error.response).toMatch(/5\.6\.0/)
    await deliverToChorus({ from: 'ja@reply.example', to: replyTo, text: 'Plain this time.' })
    expect((await inboxOf(brand.accountId)).map((m) => m.body)).toEqual(['Plain this time.'])
  })

  it('hands mail to a number to Email-to-SMS, and answers its refusal with 550', async () => {
    await deliverToChorus({
      from: 'member@reply.example',
      to: `+33612345678@${DOMAIN}`,
      subject: 'Pickup',
      text: 'Your order is ready.',
    })
    expect(smsCalls).toEqual([
      {
        to: '+33612345678',
        from: 'member@reply.example',
        subject: 'Pickup',
        text: 'Your order is ready.',
        authenticated: true,
      },
    ])
    const error = await refusal({
      from: 'stranger@reply.example',
      to: `33612345678@${DOMAIN}`,
      text: 'Let me in.',
    })
    expect(error.responseCode).toBe(550)
    expect(smsCalls).toHaveLength(1)
  })
})

describe('Email-to-SMS to several numbers', () => {
  it('texts only the number the gateway deferred (451) when the sender retries', async () => {
    const message = {
      from: 'member@reply.example',
      to: [`+33611111111@${DOMAIN}`, `+33622222222@${DOMAIN}`],
      subject: 'Twice?',
      text: 'Once each.',
      messageId: '<retried-1@reply.example>',
      dkim: { domainName: 'reply.example', keySelector: 's1', privateKey: dkimKeys.privateKey },
    }
    gatewayBusy.add('+33622222222')
    const before = smsCalls.length
    expect((await refusal(message)).responseCode).toBe(451)
    await deliverToChorus(message)
    expect(smsCalls.slice(before).map((c) => c.to)).toEqual(['+33611111111', '+33622222222'])
  })
})

describe('Email-to-SMS when DNS does not answer', () => {
  it('defers (451 4.7.1) instead of refusing the member for good', async () => {
    const raw = Buffer.from(
      [
        'From: member@reply.example',
        `To: +33633333333@${DOMAIN}`,
        'Subject: Pickup',
        'Message-ID: <dns-down@reply.example>',
        '',
        'Your order is ready.',
        '',
      ].join('\r\n'),
    )
    const dnsDown = () => Promise.reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' }))
    const context = {
      domains: [DOMAIN],
      resolver: dnsDown,
      // As Email-to-SMS does: an unproven sender is refused for good.
      emailToSms: async (_deps: unknown, email: { authenticated: boolean }) =>
        email.authenticated
          ? { sent: true as const }
          : { sent: false as const, message: 'this address may not send SMS', temporary: false },
    }
    const connection = {
      ip: '127.0.0.1',
      helo: 'mx.reply.example',
      sender: 'member@reply.example',
      mta: DOMAIN,
    }
    const answer = await receiveMail(t.deps, context, raw, {
      connection,
      recipients: [`+33633333333@${DOMAIN}`],
    }).catch((error: SmtpRefusal) => error)
    expect(answer).toMatchObject({ responseCode: 451, message: expect.stringMatching(/^4\.7\.1/) })
  })
})

describe('a refusal at send time', () => {
  it('suppresses an address the receiving server says does not exist (550 5.1.1)', async () => {
    const brand = await newBrand(t, 'refused', [
      { email: 'gone@reply.example' },
      { email: 'here@reply.example' },
    ])
    const campaign = await sendCampaign(brand)
    expect(campaign.messages.flatMap((m) => recipientsOf(m.mail))).toEqual(['here@reply.example'])
    expect(await suppressed(brand.accountId, 'gone@reply.example')).toBe('hard_bounce')
    expect(await suppressed(brand.accountId, 'here@reply.example')).toBeUndefined()
    const row = await t.deps.db
      .selectFrom('campaign_recipients')
      .select(['status', 'error'])
      .where('campaign_id', '=', campaign.id)
      .where('address', '=', 'gone@reply.example')
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('failed')
    expect(row.error).toContain('5.1.1 no such user')
  })
})

describe('the limits of the listener', () => {
  it('takes 50 recipients of one message and answers the 51st 452', async () => {
    const numbers = Array.from({ length: 51 }, (_, i) => `+336440000${String(i).padStart(2, '0')}`)
    const before = smsCalls.length
    const info = await deliverToChorus({
      from: 'member@reply.example',
      to: numbers.map((n) => `${n}@${DOMAIN}`),
      text: 'Open late tonight.',
    })
    expect(info.rejected).toEqual([`${numbers[50]}@${DOMAIN}`])
    expect(info.rejectedErrors?.[0]?.responseCode).toBe(452)
    expect(smsCalls.slice(before).map((c) => c.to)).toEqual(numbers.slice(0, 50))
  })

  it('answers a sixth connection from one address 421, and takes one again once a place is free', async () => {
    const idle = await Promise.all(Array.from({ length: 5 }, () => greeting()))
    const sixth = await greeting()
    expect(sixth.banner).toMatch(/^421 /)
    for (const connection of [...idle, sixth]) connection.socket.destroy()
    await expect.poll(async () => (await greeting(true)).banner).toMatch(/^220 /)
  })
})

/** Opens a connection to the listener and reads its first answer (then closes it, when told). */
function greeting(close = false): Promise<{ socket: Socket; banner: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(inbound.port, '127.0.0.1')
    socket.once('error', reject)
    socket.once('data', (chunk) => {
      if (close) socket.destroy()
      resolve({ socket, banner: chunk.toString() })
    })
  })
}
