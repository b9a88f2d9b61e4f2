import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { receiveInboundMessage } from './receive.js'

const t = useTestApp()

async function accountWithContact() {
  const owner = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, owner)
  const accountId = owner.ownAccountId
  const contact = await browser.post(`/api/v1/accounts/${accountId}/contacts`, {
    email: 'ada@example.test',
    phone: '+14155550123',
  })
  expect(contact.status).toBe(201)
  return { accountId, contactId: contact.body.id as string }
}

function threadsOf(accountId: string) {
  return t.deps.db
    .selectFrom('inbox_threads')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute()
}

describe('receiving into the inbox', () => {
  it('threads a contact’s email and SMS replies together and counts them unread', async () => {
    const { accountId, contactId } = await accountWithContact()
    const email = await receiveInboundMessage(t.deps.db, {
      accountId,
      channel: 'email',
      from: 'ADA@example.test',
      to: 'replies@inbound.example.test',
      subject: 'Re: Spring sale',
      body: 'Is it on until Sunday?',
    })
    const sms = await receiveInboundMessage(t.deps.db, {
      accountId,
      channel: 'sms',
      from: '+1 415 555 0123',
      to: 'CHORUS',
      body: 'yes please',
    })
    expect(email).toMatchObject({ contactId, created: true })
    expect(sms.threadId).toBe(email.threadId)
    const [thread] = await threadsOf(accountId)
    expect(thread).toMatchObject({ contact_id: contactId, unread: 2, status: 'open' })
  })

  it('keeps a message delivered twice once, and a sender no contact has in a thread of its own', async () => {
    const { accountId } = await accountWithContact()
    const message = {
      accountId,
      channel: 'sms' as const,
      from: '+33612345678',
      to: 'CHORUS',
      body: 'who is this?',
      externalId: 'gw-1',
    }
    const first = await receiveInboundMessage(t.deps.db, message)
    const again = await receiveInboundMessage(t.deps.db, message)
    expect(again).toEqual({ ...first, created: false })
    const threads = await threadsOf(accountId)
    expect(threads).toHaveLength(1)
    expect(threads[0]).toMatchObject({ contact_id: null, address: '+33612345678', unread: 1 })
  })

  it('stores text with NUL bytes and lone surrogates, and reopens a thread marked done', async () => {
    const { accountId } = await accountWithContact()
    const first = await receiveInboundMessage(t.deps.db, {
      accountId,
      channel: 'email',
      from: 'ada@example.test',
      to: 'replies@inbound.example.test',
      body: 'a\u0000b\uD800c',
    })
    await t.deps.db
      .updateTable('inbox_threads')
      .set({ status: 'done', unread: 0 })
      .where('id', '=', first.threadId)
      .execute()
    await receiveInboundMessage(t.deps.db, {
      accountId,
      channel: 'email',
      from: 'ada@example.test',
      to: 'replies@inbound.example.test',
      body: 'one more thing',
    })
    const bodies = await t.deps.db
      .selectFrom('inbox_messages')
      .select('body')
      .where('thread_id', '=', first.threadId)
      .orderBy('id')
      .execute()
    expect(bodies.map((b) => b.body)).toEqual(['ab\uFFFDc', 'one more thing'])
    const [thread] = await threadsOf(accountId)
    expect(thread).toMatchObject({ status: 'open', unread: 1 })
  })
})
