import { randomUUID } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { createUser } from '../../test/helpers/factories.js'
import type { Channel } from '../db/schema.js'
import type { InboundEvent } from './inbound.js'
import { parseMessageId } from './messages.js'
import { recipientTokenMaker } from './tokens.js'

const SECRET = 'inbound-test-secret-0123456789'
const URL = '/api/v1/delivery/events'

let t: TestApp
let off: TestApp
beforeAll(async () => {
  t = await createTestApp({ config: { inboundSecret: SECRET } })
  off = await createTestApp({ config: { inboundSecret: undefined } })
})
afterAll(async () => {
  await t?.close()
  await off?.close()
})

async function post(body: unknown, authorization: string | null = `Bearer ${SECRET}`) {
  const response = await t.app.inject({
    method: 'POST',
    url: URL,
    headers: authorization === null ? {} : { authorization },
    payload: body as object,
  })
  return { status: response.statusCode, body: response.json() }
}

let counter = 0
function address(prefix: string) {
  counter += 1
  return `${prefix}-${counter}-${randomUUID().slice(0, 8)}@example.test`
}

async function insertContact(accountId: string, email: string) {
  const id = uuidv7()
  await t.deps.db.insertInto('contacts').values({ account_id: accountId, id, email }).execute()
  return id
}

/**
 * A campaign of `sender` with one recipient whose contact belongs to `owner` (a shared group's
 * owner when they differ), inserted directly: the campaign module is not needed for this.
 */
async function recipient(sender: string, owner: string, channel: Channel = 'email') {
  const campaignId = uuidv7()
  await t.deps.db
    .insertInto('campaigns')
    .values({ account_id: sender, id: campaignId, name: 'inbound test', channel })
    .execute()
  const email =
    channel === 'email' ? address('rcpt') : `+1415555${String(counter++).padStart(4, '0')}`
  const contactId = await insertContact(owner, email)
  await t.deps.db
    .insertInto('campaign_recipients')
    .values({
      account_id: sender,
      campaign_id: campaignId,
      contact_id: contactId,
      contact_account_id: owner,
      address: email,
      status: 'sent',
    })
    .execute()
  const token = (await recipientTokenMaker(t.deps.db))({
    accountId: sender,
    campaignId,
    contactId,
  })
  return {
    campaignId,
    contactId,
    address: email,
    token,
    messageId: `<${campaignId}.${contactId}@chorus.example.test>`,
  }
}

async function counts() {
  const count = async (
    table: 'platform_suppressions' | 'unsubscribes' | 'campaign_events' | 'inbound_events',
  ) => {
    const row = await t.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
  return {
    suppressions: await count('platform_suppressions'),
    unsubscribes: await count('unsubscribes'),
    events: await count('campaign_events'),
    inbound: await count('inbound_events'),
  }
}

async function campaignEvents(campaignId: string) {
  return t.deps.db
    .selectFrom('campaign_events')
    .select(['account_id', 'contact_id', 'kind', 'detail', 'at'])
    .where('campaign_id', '=', campaignId)
    .execute()
}

describe('authentication', () => {
  it('is 404 while no secret is configured', async () => {
    const reply = await off.app.inject({
      method: 'POST',
      url: URL,
      headers: { authorization: 'Bearer anything' },
      payload: { events: [] },
    })
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error.code).toBe('not_found')
  })

  it('is 401 for a missing, malformed or wrong secret, before the body is looked at', async () => {
    for (const header of [null, SECRET, `Basic ${SECRET}`, 'Bearer wrong', `Bearer ${SECRET}x`]) {
      const reply = await post({ not: 'even valid' }, header)
      expect(reply.status, String(header)).toBe(401)
      expect(reply.body.error.code).toBe('unauthenticated')
    }
    const ok = await post({ events: [] })
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ applied: 0, duplicates: 0, unknown: 0 })
  })
})

describe('events', () => {
  it('applies each kind once; replays change nothing', async () => {
    const sender = (await createUser(t.deps, 'sender')).ownAccountId
    const groupOwner = (await createUser(t.deps, 'group-owner')).ownAccountId
    const hard = await recipient(sender, sender)
    const soft = await recipient(sender, sender)
    const complaint = await recipient(sender, sender)
    const unsubscribe = await recipient(sender, groupOwner)
    const delivered = await recipient(sender, sender, 'sms')
    const bare = address('bare')
    // The sender's own contact at the shared contact's address: the unsubscribe marks this one.
    const senderCopy = await insertContact(sender, unsubscribe.address)

    const events: InboundEvent[] = [
      { id: `e-${randomUUID()}`, type: 'bounce', hard: true, recipientToken: hard.token },
      { id: `e-${randomUUID()}`, type: 'bounce', messageId: soft.messageId },
      { id: `e-${randomUUID()}`, type: 'complaint', messageId: complaint.messageId },
      { id: `e-${randomUUID()}`, type: 'unsubscribe', recipientToken: unsubscribe.token },
      {
        id: `e-${randomUUID()}`,
        type: 'delivered',
        messageId: delivered.messageId,
        at: '2026-01-02T03:04:05Z',
      },
      { id: `e-${randomUUID()}`, type: 'bounce', hard: true, address: ` ${bare.toUpperCase()} ` },
      // Unknown: a forged token, a Message-ID of nothing, an unsubscribe or soft bounce by address.
      { id: `e-${randomUUID()}`, type: 'unsubscribe', recipientToken: 'x'.repeat(80) },
      {
        id: `e-${randomUUID()}`,
        type: 'delivered',
        messageId: `<${randomUUID()}.${randomUUID()}@elsewhere>`,
      },
      { id: `e-${randomUUID()}`, type: 'unsubscribe', address: address('who') },
      { id: `e-${randomUUID()}`, type: 'bounce', address: address('soft') },
      { id: `e-${randomUUID()}`, type: 'delivered', messageId: 'not-ours@example.test' },
    ]
    const before = await counts()
    const first = await post({ events })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toEqual({ applied: 6, duplicates: 0, unknown: 5 })
    const after = await counts()
    expect(after).toEqual({
      suppressions: before.suppressions + 3,
      unsubscribes: before.unsubscribes + 1,
      events: before.events + 5,
      inbound: before.inbound + 6,
    })

    const suppressed = await t.deps.db
      .selectFrom('platform_suppressions')
      .select(['channel', 'address', 'reason'])
      .where('address', 'in', [hard.address, complaint.address, bare, soft.address])
      .orderBy('reason')
      .execute()
    expect(suppressed).toEqual(
      expect.arrayContaining([
        { channel: 'email', address: hard.address, reason: 'hard_bounce' },
        { channel: 'email', address: bare, reason: 'hard_bounce' },
        { channel: 'email', address: complaint.address, reason: 'complaint' },
      ]),
    )
    expect(suppressed).toHaveLength(3)

    expect(await campaignEvents(hard.campaignId)).toMatchObject([
      { kind: 'bounced', detail: 'hard' },
    ])
    expect(await campaignEvents(soft.campaignId)).toMatchObject([
      { kind: 'bounced', detail: 'soft' },
    ])
    expect(await campaignEvents(complaint.campaignId)).toMatchObject([{ kind: 'complained' }])
    const [unsubscribed] = await campaignEvents(unsubscribe.campaignId)
    expect(unsubscribed).toMatchObject({ kind: 'unsubscribed', account_id: sender })
    const [deliveredEvent] = await campaignEvents(delivered.campaignId)
    expect(deliveredEvent?.kind).toBe('delivered')
    expect(new Date(deliveredEvent?.at as Date).toISOString()).toBe('2026-01-02T03:04:05.000Z')

    // SPEC §4: the unsubscribe is stored in the sending account, not the contact's owner.
    const unsubscribes = await t.deps.db
      .selectFrom('unsubscribes')
      .select(['account_id', 'channel'])
      .where('address', '=', unsubscribe.address)
      .execute()
    expect(unsubscribes).toEqual([{ account_id: sender, channel: 'email' }])
    const statuses = await t.deps.db
      .selectFrom('contacts')
      .select(['account_id', 'id', 'email_status'])
      .where('email', '=', unsubscribe.address)
      .execute()
    expect(statuses).toEqual(
      expect.arrayContaining([
        { account_id: sender, id: senderCopy, email_status: 'unsubscribed' },
        { account_id: groupOwner, id: unsubscribe.contactId, email_status: 'subscribed' },
      ]),
    )

    for (let replay = 0; replay < 3; replay++) {
      const again = await post({ events })
      expect(again.body).toEqual({ applied: 0, duplicates: 6, unknown: 5 })
      expect(await counts()).toEqual(after)
    }
  })

  it('counts an id repeated inside one call as a duplicate', async () => {
    const sender = (await createUser(t.deps, 'sender')).ownAccountId
    const r = await recipient(sender, sender)
    const id = `dup-${randomUUID()}`
    const reply = await post({
      events: [
        { id, type: 'delivered', recipientToken: r.token },
        { id, type: 'delivered', recipientToken: r.token },
      ],
    })
    expect(reply.body).toEqual({ applied: 1, duplicates: 1, unknown: 0 })
    expect(await campaignEvents(r.campaignId)).toHaveLength(1)
  })

  it('refuses the whole call with the index of a malformed event, applying nothing', async () => {
    const sender = (await createUser(t.deps, 'sender')).ownAccountId
    const r = await recipient(sender, sender)
    const good = { id: `g-${randomUUID()}`, type: 'bounce', hard: true, recipientToken: r.token }
    const bad: Array<[unknown, string]> = [
      [{ id: 'x', type: 'bounced', address: address('a') }, 'events.1.type'],
      [{ id: '', type: 'complaint', address: address('a') }, 'events.1.id'],
      [{ id: 'x', type: 'complaint' }, 'events.1'],
      [{ id: 'x', type: 'complaint', address: 'not an address' }, 'events.1.address'],
      [{ id: 'x', type: 'complaint', address: '12', channel: 'sms' }, 'events.1.address'],
      [{ id: 'x', type: 'delivered', messageId: r.messageId, at: 'yesterday' }, 'events.1.at'],
      [{ id: 'x', type: 'delivered', messageId: r.messageId, hard: true }, 'events.1.hard'],
      [{ id: 'x', type: 'delivered', messageId: r.messageId, extra: 1 }, 'events.1.extra'],
      [{ id: 'x', type: 'delivered', messageId: 5 }, 'events.1.messageId'],
    ]
    const before = await counts()
    for (const [event, field] of bad) {
      const reply = await post({ events: [good, event] })
      expect(reply.status, JSON.stringify(event)).toBe(422)
      expect(reply.body.error).toMatchObject({ code: 'validation_failed', field, index: 1 })
    }
    for (const body of [{}, { events: 'no' }, { events: [], more: 1 }, []]) {
      expect((await post(body)).status, JSON.stringify(body)).toBe(422)
    }
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ ...good, id: `m-${i}` }))
    expect((await post({ events: tooMany })).status).toBe(422)
    expect(await counts()).toEqual(before)
  })

  it('reads Message-IDs with or without angle brackets, nothing else', () => {
    const a = randomUUID()
    const b = randomUUID()
    expect(parseMessageId(`<${a}.${b}@host.example>`)).toEqual({ campaignId: a, contactId: b })
    expect(parseMessageId(`${a}.${b}@host`)).toEqual({ campaignId: a, contactId: b })
    expect(parseMessageId(`<${a}@host>`)).toBeUndefined()
    expect(parseMessageId(`<${a}.${b}>`)).toBeUndefined()
    expect(parseMessageId('<x.y@host>')).toBeUndefined()
  })
})
