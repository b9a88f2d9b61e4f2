import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, type TestApp } from '../../test/helpers/app.js'
import { confirmSenderAddress, memberOf } from '../../test/helpers/factories.js'
import {
  expectStatus,
  newContact,
  newGroup,
  newOwner,
  type Owner,
  share,
  teamOf,
} from '../../test/helpers/sharing.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'
import { type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import { receiveInboundMessage } from './receive.js'

let gateway: SmsGateway
let sink: SmtpSink
let made: TestApp | undefined
beforeAll(async () => {
  gateway = await startSmsGateway()
  sink = await startSmtpSink()
  made = await createTestApp({ config: { smsGatewayUrl: gateway.url, smtpUrl: sink.url } })
})
afterAll(async () => {
  await made?.close()
  await gateway.close()
  await sink.close()
})
const t = lazyTestApp(() => made)

const ADA = { email: 'ada@example.test', phone: '+14155550123', firstName: 'Ada' }

/** An owner with the contact Ada, who replied by SMS (to CHORUS) and by email. */
async function inboxWithReplies() {
  const owner = await newOwner(t, 'owner')
  const contact = await newContact(owner.browser, owner.base, ADA)
  const sms = await receiveInboundMessage(t.deps.db, {
    accountId: owner.accountId,
    channel: 'sms',
    from: ADA.phone,
    to: 'CHORUS',
    body: 'Is the sale on until Sunday?',
    externalId: 'gw-1',
  })
  await receiveInboundMessage(t.deps.db, {
    accountId: owner.accountId,
    channel: 'email',
    from: ADA.email,
    to: 'replies@inbound.example.test',
    subject: 'Spring sale',
    body: 'And do you ship to Lyon?',
    externalId: '<reply-1@mail.example.test>',
  })
  return { owner, contactId: contact.id as string, threadId: sms.threadId }
}

function inbox(owner: Owner) {
  return `${owner.base}/inbox`
}

async function smsBalance(accountId: string) {
  const row = await t.deps.db
    .selectFrom('accounts')
    .select('sms_credits')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
  return Number(row.sms_credits)
}

describe('reading the inbox', () => {
  it('lists the thread with its contact and unread count; opening it reads it', async () => {
    const { owner, contactId, threadId } = await inboxWithReplies()
    expect(expectStatus(await owner.browser.get(`${inbox(owner)}/unread`), 200)).toEqual({
      threads: 1,
      messages: 2,
    })
    const list = expectStatus(await owner.browser.get(`${inbox(owner)}/threads`), 200)
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({
      id: threadId,
      unread: 2,
      status: 'open',
      excerpt: 'And do you ship to Lyon?',
      contact: { id: contactId, firstName: 'Ada', phone: ADA.phone, email: ADA.email },
    })
    const thread = expectStatus(await owner.browser.get(`${inbox(owner)}/threads/${threadId}`), 200)
    expect(thread.abilities.replyBySms).toEqual({ allowed: true })
    const messages = expectStatus(
      await owner.browser.get(`${inbox(owner)}/threads/${threadId}/messages`),
      200,
    )
    expect(messages.items.map((m: { body: string }) => m.body)).toEqual([
      'Is the sale on until Sunday?',
      'And do you ship to Lyon?',
    ])
    expect(expectStatus(await owner.browser.get(`${inbox(owner)}/unread`), 200)).toEqual({
      threads: 0,
      messages: 0,
    })
  })

  it('pages threads newest first and filters by channel, status and assignee', async () => {
    const owner = await newOwner(t, 'owner')
    for (const n of [1, 2, 3]) {
      await receiveInboundMessage(t.deps.db, {
        accountId: owner.accountId,
        channel: 'sms',
        from: `+3361234567${n}`,
        to: 'CHORUS',
        body: `text ${n}`,
      })
    }
    const first = expectStatus(await owner.browser.get(`${inbox(owner)}/threads?limit=2`), 200)
    expect(first.items.map((i: { excerpt: string }) => i.excerpt)).toEqual(['text 3', 'text 2'])
    const next = expectStatus(
      await owner.browser.get(`${inbox(owner)}/threads?limit=2&cursor=${first.nextCursor}`),
      200,
    )
    expect(next.items.map((i: { excerpt: string }) => i.excerpt)).toEqual(['text 1'])
    expect(next.nextCursor).toBeNull()
    const byEmail = expectStatus(
      await owner.browser.get(`${inbox(owner)}/threads?channel=email`),
      200,
    )
    expect(byEmail.items).toEqual([])
    const bad = await owner.browser.get(`${inbox(owner)}/threads?cursor=nonsense`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('cursor')

    const [latest] = first.items
    // Crafted keys out of the database's ranges are refused as the field, not a 500.
    for (const micros of ['99999999999999999999', '-999999999999999999', '9223372036854775807']) {
      const crafted = Buffer.from(JSON.stringify([micros, latest.id])).toString('base64url')
      const refused = await owner.browser.get(`${inbox(owner)}/threads?cursor=${crafted}`)
      expect(refused.status).toBe(422)
      expect(refused.body.error.field).toBe('cursor')
    }
    const assigned = expectStatus(
      await owner.browser.patch(`${inbox(owner)}/threads/${latest.id}`, {
        assignedTo: owner.user.id,
        status: 'done',
      }),
      200,
    )
    expect(assigned).toMatchObject({ status: 'done', assignedTo: { userId: owner.user.id } })
    const mine = expectStatus(
      await owner.browser.get(`${inbox(owner)}/threads?status=done&assigned=me`),
      200,
    )
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([latest.id])
    const open = expectStatus(
      await owner.browser.get(`${inbox(owner)}/threads?assigned=unassigned`),
      200,
    )
    expect(open.items).toHaveLength(2)
    const reopened = expectStatus(
      await owner.browser.patch(`${inbox(owner)}/threads/${latest.id}`, {
        status: 'open',
        assignedTo: null,
      }),
      200,
    )
    expect(reopened).toMatchObject({ status: 'open', assignedTo: null })
  })

  it('assigns only to members who hold inbox.view', async () => {
    const { owner, threadId } = await inboxWithReplies()
    const analyst = await memberOf(t.deps, t.app, owner.accountId, { role: 'analyst' }, 'analyst')
    const advanced = await memberOf(
      t.deps,
      t.app,
      owner.accountId,
      { role: 'advanced_user' },
      'adv',
    )
    const refused = await owner.browser.patch(`${inbox(owner)}/threads/${threadId}`, {
      assignedTo: analyst.user.id,
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error.field).toBe('assignedTo')
    const blank = await owner.browser.patch(`${inbox(owner)}/threads/${threadId}`, {
      assignedTo: '',
    })
    expect(blank.status).toBe(422)
    const assignees = expectStatus(await owner.browser.get(`${inbox(owner)}/assignees`), 200)
    expect(assignees.items.map((a: { userId: string }) => a.userId).sort()).toEqual(
      [owner.user.id, advanced.user.id].sort(),
    )
    const done = await advanced.browser.patch(`${inbox(owner)}/threads/${threadId}`, {
      assignedTo: advanced.user.id,
    })
    expect(done.status).toBe(200)
  })
})

describe('who sees an inbox', () => {
  it('refuses a member without inbox.view (403) and hides threads from another account (404)', async () => {
    const { owner, threadId } = await inboxWithReplies()
    const analyst = await memberOf(t.deps, t.app, owner.accountId, { role: 'analyst' }, 'analyst')
    const forbidden = await analyst.browser.get(`${inbox(owner)}/threads`)
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.error).toMatchObject({ code: 'forbidden', permission: 'inbox.view' })
    const stranger = await newOwner(t, 'stranger')
    expect((await stranger.browser.get(`${inbox(owner)}/threads/${threadId}`)).status).toBe(404)
    expect((await stranger.browser.get(`${inbox(stranger)}/threads/${threadId}`)).status).toBe(404)
    const advanced = await memberOf(t.deps, t.app, owner.accountId, { permissions: ['inbox.view'] })
    const thread = expectStatus(
      await advanced.browser.get(`${inbox(owner)}/threads/${threadId}`),
      200,
    )
    // Without contacts.view the address shows, the contact does not; without sms.use no SMS answer.
    expect(thread.contact).toBeNull()
    expect(thread.abilities.replyBySms.allowed).toBe(false)
  })

  it('shows a team mate sharing the contact’s group none of the threads', async () => {
    const owner = await newOwner(t, 'owner')
    const mate = await newOwner(t, 'mate')
    const team = await teamOf([owner, mate])
    expect(team.id).toBeTruthy()
    const group = await newGroup(owner.browser, owner.base, 'Customers')
    const contact = await newContact(owner.browser, owner.base, { ...ADA, groupIds: [group.id] })
    await share(owner.browser, owner.base, group.id, mate.accountId)
    const { threadId } = await receiveInboundMessage(t.deps.db, {
      accountId: owner.accountId,
      channel: 'sms',
      from: ADA.phone,
      to: 'CHORUS',
      body: 'hello',
    })
    expect(contact.id).toBeTruthy()
    const theirs = expectStatus(await mate.browser.get(`${inbox(mate)}/threads`), 200)
    expect(theirs.items).toEqual([])
    expect((await mate.browser.get(`${inbox(mate)}/threads/${threadId}`)).status).toBe(404)
    expect((await mate.browser.get(`${inbox(owner)}/threads`)).status).toBe(404)
  })
})

describe('answering by SMS', () => {
  it('sends a single message through the gateway from the sender the contact texted, charging its parts', async () => {
    const { owner, threadId } = await inboxWithReplies()
    const before = await smsBalance(owner.accountId)
    const body = 'Yes, until Sunday 6pm. '.repeat(8)
    const sent = expectStatus(
      await owner.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
        channel: 'sms',
        body,
      }),
      201,
    )
    expect(sent).toMatchObject({ direction: 'out', status: 'sent', to: ADA.phone, parts: 2 })
    expect(gateway.messages).toContainEqual({ to: ADA.phone, from: 'CHORUS', body })
    expect(await smsBalance(owner.accountId)).toBe(before - 2)
    const messages = expectStatus(
      await owner.browser.get(`${inbox(owner)}/threads/${threadId}/messages`),
      200,
    )
    expect(messages.items.at(-1)).toMatchObject({ id: sent.id, sentBy: owner.user.id })
  })

  it('marks an answer the gateway refused failed and gives its credits back', async () => {
    const { owner, threadId } = await inboxWithReplies()
    const before = await smsBalance(owner.accountId)
    gateway.failWith(400)
    try {
      const failed = expectStatus(
        await owner.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
          channel: 'sms',
          body: 'see you',
        }),
        201,
      )
      expect(failed).toMatchObject({ status: 'failed', error: 'SMS gateway answered 400' })
    } finally {
      gateway.failWith(undefined)
    }
    expect(await smsBalance(owner.accountId)).toBe(before)
  })

  it('refuses an answer to a contact who unsubscribed from the account’s SMS', async () => {
    const { owner, contactId, threadId } = await inboxWithReplies()
    expectStatus(
      await owner.browser.patch(`${owner.base}/contacts/${contactId}`, {
        smsStatus: 'unsubscribed',
      }),
      200,
    )
    const sentBefore = gateway.messages.length
    const refused = await owner.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
      channel: 'sms',
      body: 'are you there?',
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ reason: 'unsubscribed', channel: 'sms' })
    expect(gateway.messages).toHaveLength(sentBefore)
  })

  it('refuses when credits are short, and without sms.use', async () => {
    const { owner, threadId } = await inboxWithReplies()
    await t.deps.db
      .updateTable('accounts')
      .set({ sms_credits: 0 })
      .where('id', '=', owner.accountId)
      .execute()
    const short = await owner.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
      channel: 'sms',
      body: 'hello',
    })
    expect(short.status).toBe(409)
    expect(short.body.error).toMatchObject({ code: 'insufficient_credits', need: 1, have: 0 })
    const reader = await memberOf(t.deps, t.app, owner.accountId, { permissions: ['inbox.view'] })
    const forbidden = await reader.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
      channel: 'sms',
      body: 'hello',
    })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.error.permission).toBe('sms.use')
  })

  it('texts a new number, creating its contact only with contacts.create', async () => {
    const owner = await newOwner(t, 'owner')
    const number = '+447700900123'
    const basic = await memberOf(t.deps, t.app, owner.accountId, { role: 'basic_user' }, 'basic')
    const refused = await basic.browser.post(`${inbox(owner)}/messages`, {
      to: number,
      body: 'Your order is ready',
      from: 'SHOP',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('contacts.create')
    const sent = expectStatus(
      await owner.browser.post(`${inbox(owner)}/messages`, {
        to: '+44 7700 900123',
        body: 'Your order is ready',
        from: 'SHOP',
      }),
      201,
    )
    expect(sent).toMatchObject({ status: 'sent', to: number, from: 'SHOP' })
    expect(gateway.messages).toContainEqual({
      to: number,
      from: 'SHOP',
      body: 'Your order is ready',
    })
    const contacts = expectStatus(
      await owner.browser.get(`${owner.base}/contacts?q=7700900123`),
      200,
    )
    expect(contacts.items.map((c: { phone: string }) => c.phone)).toEqual([number])
    // The contact's reply lands in the same thread; the Basic user may now text it again.
    const replied = await receiveInboundMessage(t.deps.db, {
      accountId: owner.accountId,
      channel: 'sms',
      from: number,
      to: 'SHOP',
      body: 'thanks',
    })
    expect(replied.threadId).toBe(sent.threadId)
    const again = await basic.browser.post(`${inbox(owner)}/messages`, { to: number, body: 'bye' })
    expect(again.status).toBe(201)
    expect(again.body.from).toBe('SHOP')
    const tooLong = await owner.browser.post(`${inbox(owner)}/messages`, {
      to: number,
      body: '€'.repeat(800),
    })
    expect(tooLong.status).toBe(422)
    expect(tooLong.body.error.field).toBe('body')
  })

  it('leaves no contact behind when a text to a new number is refused for credits', async () => {
    const owner = await newOwner(t, 'owner')
    await t.deps.db
      .updateTable('accounts')
      .set({ sms_credits: 0 })
      .where('id', '=', owner.accountId)
      .execute()
    const short = await owner.browser.post(`${inbox(owner)}/messages`, {
      to: '+447700900456',
      body: 'Your order is ready',
      from: 'SHOP',
    })
    expect(short.status).toBe(409)
    expect(short.body.error.code).toBe('insufficient_credits')
    const contacts = expectStatus(
      await owner.browser.get(`${owner.base}/contacts?q=7700900456`),
      200,
    )
    expect(contacts.items).toEqual([])
  })
})

describe('answering by email', () => {
  it('sends from the verified sender, In-Reply-To the reply, with the subject in “Re:”', async () => {
    const { owner, threadId } = await inboxWithReplies()
    const noSender = await owner.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
      channel: 'email',
      body: 'Yes, we ship to Lyon.',
    })
    expect(noSender.status).toBe(422)
    expect(noSender.body.error).toMatchObject({ field: 'from', reason: 'no_verified_sender' })
    expectStatus(
      await owner.browser.post(`${owner.base}/senders`, {
        email: 'news@shop.example.test',
        name: 'Shop',
      }),
      201,
    )
    await confirmSenderAddress(t.deps.db, owner.accountId, 'news@shop.example.test')
    const sent = expectStatus(
      await owner.browser.post(`${inbox(owner)}/threads/${threadId}/replies`, {
        channel: 'email',
        body: 'Yes, we ship to Lyon.',
      }),
      201,
    )
    expect(sent).toMatchObject({ status: 'sent', subject: 'Re: Spring sale', to: ADA.email })
    const mail = await sink.waitFor((m) => m.subject === 'Re: Spring sale')
    expect(mail.inReplyTo).toBe('<reply-1@mail.example.test>')
    expect(mail.from?.value[0]?.address).toBe('news@shop.example.test')
    expect(mail.text?.trim()).toBe('Yes, we ship to Lyon.')
  })
})
