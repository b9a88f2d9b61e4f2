import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { type Brand, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import { recordUnsubscribe } from '../audience/suppression/repository.js'
import { numberOf, sendEmailToSms, smsTextOf } from './email-to-sms.js'

const SECRET = 'gateway-secret-for-email-to-sms'
let t: TestApp
let gateway: SmsGateway
let sink: SmtpSink
beforeAll(async () => {
  gateway = await startSmsGateway()
  sink = await startSmtpSink()
  t = await createTestApp({
    config: { smsGatewayUrl: gateway.url, inboundSecret: SECRET, smtpUrl: sink.url },
  })
})
afterAll(async () => {
  await t?.close()
  await gateway?.close()
  await sink?.close()
})

/** A brand with a contact at `phone` and Email-to-SMS on for its owner's address. */
async function brandWithEmailToSms(name: string, phone: string, extra: string[] = []) {
  const b = await newBrand(t, name, [{ phone, firstName: 'Kim' }])
  const settings = expectStatus(
    await b.browser.request('PUT', `${b.base}/email-to-sms`, {
      enabled: true,
      sender: 'ACME',
      maxParts: 1,
      allowedAddresses: [b.owner.email.toUpperCase(), ...extra],
    }),
    200,
  )
  expect(settings).toMatchObject({
    enabled: true,
    sender: 'ACME',
    maxParts: 1,
    allowedAddresses: [b.owner.email, ...extra].sort(),
  })
  expect(settings.memberAddresses).toContain(b.owner.email)
  return b
}

async function smsCredits(b: Brand) {
  const row = await t.deps.db
    .selectFrom('accounts')
    .select('sms_credits')
    .where('id', '=', b.accountId)
    .executeTakeFirstOrThrow()
  return Number(row.sms_credits)
}

describe('Email-to-SMS', () => {
  it('an allowed member’s email goes out as an SMS with its credits, and the answer comes back by email', async () => {
    const phone = '+14155550150'
    const b = await brandWithEmailToSms('e2s-send', phone)
    const before = await smsCredits(b)
    const result = await sendEmailToSms(t.deps, {
      to: '14155550150@sms.chorus.example',
      from: b.owner.email,
      subject: 'ignored when there is a text',
      text: 'Your table is ready\n-- \nAda, front desk',
      authenticated: true,
    })
    expect(result).toMatchObject({ sent: true, accountId: b.accountId, parts: 1 })
    expect(gateway.messages).toContainEqual({
      to: phone,
      from: 'ACME',
      body: 'Your table is ready',
    })
    expect(await smsCredits(b)).toBe(before - 1)
    const ledger = await t.deps.db
      .selectFrom('credit_ledger')
      .select(['amount', 'reason', 'actor_user_id'])
      .where('account_id', '=', b.accountId)
      .where('reason', '=', 'email_to_sms')
      .execute()
    // A bigint column: text on PostgreSQL, a number on PGlite.
    expect(ledger.map((row) => ({ ...row, amount: Number(row.amount) }))).toEqual([
      { amount: -1, reason: 'email_to_sms', actor_user_id: b.owner.id },
    ])
    // Filed in the contact's thread as an answer sent by the member.
    const out = await t.deps.db
      .selectFrom('inbox_messages as m')
      .innerJoin('inbox_threads as th', (j) =>
        j.onRef('th.account_id', '=', 'm.account_id').onRef('th.id', '=', 'm.thread_id'),
      )
      .select(['m.direction', 'm.status', 'm.body', 'm.sent_by', 'th.contact_id'])
      .where('m.account_id', '=', b.accountId)
      .execute()
    expect(out).toEqual([
      {
        direction: 'out',
        status: 'sent',
        body: 'Your table is ready',
        sent_by: b.owner.id,
        contact_id: expect.any(String),
      },
    ])

    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('account_id', '=', b.accountId)
      .where('action', '=', 'email_to_sms.sent')
      .execute()
    expect(audit).toMatchObject([{ actor_user_id: b.owner.id, details: { to: phone } }])

    // The contact answers by SMS: filed in the account's inbox and emailed to the member.
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/delivery/sms',
      headers: { authorization: `Bearer ${SECRET}` },
      payload: { id: 'gw-e2s-answer', from: phone, to: 'ACME', text: 'On my way!' },
    })
    expect(answer.json()).toEqual({ status: 'filed', reply: null })
    const mail = await sink.waitFor((m) => recipientsOf(m).includes(b.owner.email))
    expect(mail.subject).toBe(`SMS from ${phone}`)
    expect(mail.text).toContain('On my way!')
  })

  it('refuses another address, an unauthenticated sender, a member without sms.use, and what cannot go', async () => {
    const phone = '+14155550151'
    const b = await brandWithEmailToSms('e2s-refuse', phone)
    const send = (input: Partial<Parameters<typeof sendEmailToSms>[1]>) =>
      sendEmailToSms(t.deps, { to: phone, from: b.owner.email, text: 'Hello', ...input })
    const sentBefore = gateway.messages.length
    const creditsBefore = await smsCredits(b)

    expect(await send({ from: 'someone.else@example.test' })).toMatchObject({
      sent: false,
      reason: 'sender_not_allowed',
    })
    expect(await send({ authenticated: false })).toMatchObject({
      sent: false,
      reason: 'not_authenticated',
    })
    expect(await send({ to: 'sales@sms.chorus.example' })).toMatchObject({
      sent: false,
      reason: 'invalid_number',
    })
    expect(await send({ text: 'x'.repeat(161) })).toMatchObject({ sent: false, reason: 'too_long' })
    expect(await send({ text: '  \n-- \nsignature only' })).toMatchObject({
      sent: false,
      reason: 'empty',
    })
    await recordUnsubscribe(t.deps.db, b.accountId, 'sms', phone, 'sms_keyword')
    expect(await send({})).toMatchObject({ sent: false, reason: 'suppressed' })

    // The Author preset has no sms.use: listing their address does not lend it.
    const author = b.author.user.email
    expectStatus(
      await b.browser.request('PUT', `${b.base}/email-to-sms`, {
        enabled: true,
        sender: 'ACME',
        maxParts: 1,
        allowedAddresses: [author],
      }),
      200,
    )
    expect(await send({ from: author, to: '+14155550152' })).toMatchObject({
      sent: false,
      reason: 'not_permitted',
    })
    // Nor while their address waits for its confirmation (after a change of address).
    await t.deps.db
      .updateTable('users')
      .set({ email_confirmed_at: null })
      .where('email', '=', author)
      .execute()
    expect(await send({ from: author, to: '+14155550152' })).toMatchObject({
      sent: false,
      reason: 'not_permitted',
    })
    expect(gateway.messages.length).toBe(sentBefore)
    expect(await smsCredits(b)).toBe(creditsBefore)
  })

  it('refuses when the balance is short and gives the credits back when the gateway refuses', async () => {
    const b = await brandWithEmailToSms('e2s-credits', '+14155550153')
    const credits = await smsCredits(b)
    gateway.failWith(400)
    try {
      const refused = await sendEmailToSms(t.deps, {
        to: '+14155550153',
        from: b.owner.email,
        text: 'Hi',
      })
      expect(refused).toMatchObject({ sent: false, reason: 'gateway_refused', temporary: false })
    } finally {
      gateway.failWith(undefined)
    }
    expect(await smsCredits(b)).toBe(credits)
    await t.deps.db
      .updateTable('accounts')
      .set({ sms_credits: 0 })
      .where('id', '=', b.accountId)
      .execute()
    expect(
      await sendEmailToSms(t.deps, { to: '+14155550153', from: b.owner.email, text: 'Hi' }),
    ).toMatchObject({ sent: false, reason: 'insufficient_credits' })
  })

  it('sends for the account its member belongs to when another account lists the same address', async () => {
    const a = await brandWithEmailToSms('e2s-mine', '+14155550170')
    const other = await brandWithEmailToSms('e2s-other', '+14155550171', [a.owner.email])
    const result = await sendEmailToSms(t.deps, {
      to: '+14155550170@sms.chorus.example',
      from: a.owner.email,
      text: 'Still mine',
      authenticated: true,
    })
    expect(result).toMatchObject({ sent: true, accountId: a.accountId })
    // An address no listing account has as a member is still refused as ambiguous.
    const stranger = 'stranger@example.test'
    for (const b of [a, other]) {
      expectStatus(
        await b.browser.request('PUT', `${b.base}/email-to-sms`, {
          enabled: true,
          sender: 'ACME',
          maxParts: 1,
          allowedAddresses: [b.owner.email, stranger],
        }),
        200,
      )
    }
    const ambiguous = await sendEmailToSms(t.deps, {
      to: '+14155550170@sms.chorus.example',
      from: stranger,
      text: 'Whose?',
      authenticated: true,
    })
    expect(ambiguous).toMatchObject({ sent: false, reason: 'ambiguous_sender' })
  })
})

describe('the Email-to-SMS settings', () => {
  it('need account.manage, name the bad field, and start off', async () => {
    const b = await newBrand(t, 'e2s-settings', [])
    expect(expectStatus(await b.browser.get(`${b.base}/email-to-sms`), 200)).toMatchObject({
      enabled: false,
      sender: null,
      maxParts: 1,
      allowedAddresses: [],
    })
    const byAuthor = await b.author.browser.get(`${b.base}/email-to-sms`)
    expect(byAuthor.status).toBe(403)
    const valid = { enabled: true, sender: 'ACME', maxParts: 2, allowedAddresses: ['a@b.test'] }
    for (const [change, field] of [
      [{ sender: null }, 'sender'],
      [{ sender: 'far too long a name' }, 'sender'],
      [{ allowedAddresses: [] }, 'allowedAddresses'],
      [{ allowedAddresses: ['a@b.test', 'not an address'] }, 'allowedAddresses.1'],
      [{ maxParts: 11 }, 'maxParts'],
    ] as const) {
      const reply = await b.browser.request('PUT', `${b.base}/email-to-sms`, {
        ...valid,
        ...change,
      })
      expect(reply.status).toBe(422)
      expect(reply.body.error.field).toBe(field)
    }
    // Off, it keeps what was chosen without needing all of it.
    expectStatus(
      await b.browser.request('PUT', `${b.base}/email-to-sms`, {
        ...valid,
        enabled: false,
        sender: null,
      }),
      200,
    )
  })

  it('read the number and the text of an email', () => {
    expect(['+33612345678@x.test', '33612345678', ' +1 (415) 555-0150 '].map(numberOf)).toEqual([
      '+33612345678',
      '+33612345678',
      '+14155550150',
    ])
    expect(['sales@x.test', '+0123', 'abc'].map(numberOf)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
    expect(smsTextOf({ subject: 'Subject only', text: '' })).toBe('Subject only')
    expect(smsTextOf({ text: 'Body\r\n-- \r\nSig' })).toBe('Body')
  })
})
