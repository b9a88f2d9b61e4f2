import { describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../../test/helpers/app.js'
import { createSubaccount, createUser, logIn, memberOf } from '../../../test/helpers/factories.js'
import { newOwner } from '../../../test/helpers/sharing.js'
import { recordUnsubscribe, suppressionReasons, suppressPlatformWide } from './repository.js'

const t = useTestApp()

const owner = () => newOwner(t, 'owner')

async function check(browser: Browser, base: string, channel: 'email' | 'sms', address: string) {
  const reply = await browser.get(
    `${base}/suppression?channel=${channel}&address=${encodeURIComponent(address)}`,
  )
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body
}

let counter = 0
function address(prefix: string) {
  counter += 1
  return `${prefix}-${counter}-${Date.now()}@example.test`
}

describe('blocklist', () => {
  it('adds, lists and removes entries; the suppression check follows', async () => {
    const o = await owner()
    const email = address('spam')
    expect(await check(o.browser, o.base, 'email', email)).toEqual({
      channel: 'email',
      address: email,
      allowed: true,
    })
    const added = await o.browser.post(`${o.base}/blocklist`, {
      channel: 'email',
      address: `  ${email.toUpperCase()} `,
      reason: 'asked by phone',
    })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    expect(added.body).toMatchObject({ channel: 'email', address: email, reason: 'asked by phone' })
    const sms = await o.browser.post(`${o.base}/blocklist`, {
      channel: 'sms',
      address: '+44 (20) 7946-0000',
    })
    expect(sms.status).toBe(201)
    expect(sms.body.address).toBe('+442079460000')

    const list = await o.browser.get(`${o.base}/blocklist`)
    expect(list.status).toBe(200)
    expect(list.body.items).toHaveLength(2)
    // The answer to the add is the entry as the list shows it.
    expect(list.body.items).toContainEqual(added.body)
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ channel: 'sms', address: '+442079460000', reason: '' }),
    )
    expect(await check(o.browser, o.base, 'email', email.toUpperCase())).toMatchObject({
      address: email,
      allowed: false,
      reason: 'blocklisted',
    })
    expect(await check(o.browser, o.base, 'sms', '+442079460000')).toMatchObject({
      allowed: false,
      reason: 'blocklisted',
    })
    // The email is blocked on the email channel only.
    expect(await check(o.browser, o.base, 'sms', '+442079460001')).toMatchObject({ allowed: true })

    // Adding again updates the reason; there is still one entry.
    const again = await o.browser.post(`${o.base}/blocklist`, {
      channel: 'email',
      address: email,
      reason: 'complained',
    })
    expect(again.status).toBe(201)
    const relisted = (await o.browser.get(`${o.base}/blocklist`)).body.items
    expect(relisted.filter((e: any) => e.address === email)).toEqual([
      { ...added.body, reason: 'complained' },
    ])
    expect(again.body).toEqual({ ...added.body, reason: 'complained' })

    const removed = await o.browser.post(`${o.base}/blocklist/remove`, {
      channel: 'email',
      address: email.toUpperCase(),
    })
    expect(removed.status).toBe(204)
    expect(await check(o.browser, o.base, 'email', email)).toMatchObject({ allowed: true })
    expect((await o.browser.get(`${o.base}/blocklist`)).body.items).toHaveLength(1)
    const missing = await o.browser.post(`${o.base}/blocklist/remove`, {
      channel: 'email',
      address: email,
    })
    expect(missing.status).toBe(404)
    // Removing an SMS entry by the email channel finds nothing.
    const wrongChannel = await o.browser.post(`${o.base}/blocklist/remove`, {
      channel: 'email',
      address: 'x@example.test',
    })
    expect(wrongChannel.status).toBe(404)

    const actions = (await o.browser.get(`${o.base}/audit`)).body.items.map((a: any) => a.action)
    expect(actions.filter((a: string) => a === 'blocklist.added')).toHaveLength(3)
    expect(actions.filter((a: string) => a === 'blocklist.removed')).toHaveLength(1)
  })

  it('refuses malformed addresses and channels (422)', async () => {
    const o = await owner()
    for (const body of [
      { channel: 'email', address: 'not an email' },
      { channel: 'sms', address: '0207 946 0000' },
      { channel: 'sms', address: 'someone@example.test' },
      { channel: 'fax', address: '+442079460000' },
      { channel: 'email' },
    ]) {
      const reply = await o.browser.post(`${o.base}/blocklist`, body)
      expect(reply.status, JSON.stringify(body)).toBe(422)
    }
    const bad = await o.browser.post(`${o.base}/blocklist`, { channel: 'email', address: 'nope' })
    expect(bad.body.error.field).toBe('address')
    const badCheck = await o.browser.get(`${o.base}/suppression?channel=sms&address=hello`)
    expect(badCheck.status).toBe(422)
    expect(badCheck.body.error.field).toBe('address')
    expect((await o.browser.get(`${o.base}/suppression?channel=email`)).status).toBe(422)
    expect((await o.browser.get(`${o.base}/blocklist`)).body.items).toEqual([])
  })

  it('belongs to its account: another account is not blocked by it', async () => {
    const a = await owner()
    const b = await owner()
    const email = address('blocked')
    await a.browser.post(`${a.base}/blocklist`, { channel: 'email', address: email })
    expect(await check(a.browser, a.base, 'email', email)).toMatchObject({ allowed: false })
    expect(await check(b.browser, b.base, 'email', email)).toMatchObject({ allowed: true })
    expect((await b.browser.get(`${b.base}/blocklist`)).body.items).toEqual([])
    const removeElsewhere = await b.browser.post(`${b.base}/blocklist/remove`, {
      channel: 'email',
      address: email,
    })
    expect(removeElsewhere.status).toBe(404)
    expect(await check(a.browser, a.base, 'email', email)).toMatchObject({ allowed: false })
  })

  it('needs blocklist.view to see and check, blocklist.manage to change; outsiders get 404', async () => {
    const o = await owner()
    const email = address('guarded')
    await o.browser.post(`${o.base}/blocklist`, { channel: 'email', address: email })
    // Data Manager: blocklist.view without blocklist.manage.
    const { browser: dm } = await memberOf(t.deps, t.app, o.accountId, { role: 'data_manager' })
    expect((await dm.get(`${o.base}/blocklist`)).status).toBe(200)
    expect(await check(dm, o.base, 'email', email)).toMatchObject({ allowed: false })
    for (const reply of [
      await dm.post(`${o.base}/blocklist`, { channel: 'email', address: address('x') }),
      await dm.post(`${o.base}/blocklist/remove`, { channel: 'email', address: email }),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error).toMatchObject({ code: 'forbidden', permission: 'blocklist.manage' })
    }
    expect((await o.browser.get(`${o.base}/blocklist`)).body.items).toHaveLength(1)
    // Analyst: no blocklist.view.
    const { browser: analyst } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    for (const reply of [
      await analyst.get(`${o.base}/blocklist`),
      await analyst.get(`${o.base}/suppression?channel=email&address=${email}`),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error.permission).toBe('blocklist.view')
    }
    // An Admin manages it.
    const { browser: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    expect(
      (await admin.post(`${o.base}/blocklist/remove`, { channel: 'email', address: email })).status,
    ).toBe(204)
    const stranger = await logIn(t.app, await createUser(t.deps, 'stranger'))
    for (const reply of [
      await stranger.get(`${o.base}/blocklist`),
      await stranger.post(`${o.base}/blocklist`, { channel: 'email', address: email }),
      await stranger.get(`${o.base}/suppression?channel=email&address=${email}`),
    ]) {
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('account')
    }
    expect((await o.browser.get(`${o.base}/blocklist`)).body.items).toEqual([])
  })
})

describe('unsubscribes belong to the sending account (SPEC §4)', () => {
  it('an unsubscribe recorded for account A suppresses A only', async () => {
    const a = await owner()
    const b = await owner()
    const email = address('leaver')
    const phone = '+14155550142'
    const inA = await a.browser.post(`${a.base}/contacts`, { email, phone })
    const inB = await b.browser.post(`${b.base}/contacts`, { email, phone })
    expect(inA.status).toBe(201)
    expect(inB.status).toBe(201)

    // As a campaign of account A does when someone clicks unsubscribe.
    await recordUnsubscribe(t.deps.db, a.accountId, 'email', email, 'campaign')
    await recordUnsubscribe(t.deps.db, a.accountId, 'sms', phone, 'campaign')

    expect(await check(a.browser, a.base, 'email', email)).toMatchObject({
      allowed: false,
      reason: 'unsubscribed',
    })
    expect(await check(a.browser, a.base, 'sms', '+1 415 555 0142')).toMatchObject({
      allowed: false,
      reason: 'unsubscribed',
    })
    expect(await check(b.browser, b.base, 'email', email)).toMatchObject({ allowed: true })
    expect(await check(b.browser, b.base, 'sms', phone)).toMatchObject({ allowed: true })

    const contactA = (await a.browser.get(`${a.base}/contacts/${inA.body.id}`)).body
    expect(contactA).toMatchObject({ emailStatus: 'unsubscribed', smsStatus: 'unsubscribed' })
    const contactB = (await b.browser.get(`${b.base}/contacts/${inB.body.id}`)).body
    expect(contactB).toMatchObject({ emailStatus: 'subscribed', smsStatus: 'subscribed' })

    // The batch answer a send uses agrees.
    const other = address('stays')
    const forA = await suppressionReasons(t.deps.db, a.accountId, 'email', [email, other])
    expect([...forA]).toEqual([[email, 'unsubscribed']])
    const forB = await suppressionReasons(t.deps.db, b.accountId, 'email', [email, other])
    expect(forB.size).toBe(0)

    // A sub-account of A sends on its own account: A's unsubscribe does not reach it either.
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand')
    expect(await check(a.browser, `/api/v1/accounts/${sub.id}`, 'email', email)).toMatchObject({
      allowed: true,
    })
  })
})

describe('platform suppressions (SPEC §4: hard bounces and complaints suppress everywhere)', () => {
  it('a hard bounce or a complaint suppresses the address for every account', async () => {
    const a = await owner()
    const b = await owner()
    const bounced = address('bounced')
    const complainer = '+447700900123'
    const fine = address('fine')
    await suppressPlatformWide(t.deps.db, 'email', bounced, 'hard_bounce')
    await suppressPlatformWide(t.deps.db, 'sms', complainer, 'complaint')
    // Recorded twice is still one suppression.
    await suppressPlatformWide(t.deps.db, 'email', bounced, 'hard_bounce')

    const sub = await createSubaccount(t.deps, b.accountId, 'Child')
    for (const [browser, base] of [
      [a.browser, a.base],
      [b.browser, b.base],
      [b.browser, `/api/v1/accounts/${sub.id}`],
    ] as const) {
      expect(await check(browser, base, 'email', bounced.toUpperCase())).toMatchObject({
        allowed: false,
        reason: 'hard_bounce',
      })
      expect(await check(browser, base, 'sms', complainer)).toMatchObject({
        allowed: false,
        reason: 'complaint',
      })
      expect(await check(browser, base, 'email', fine)).toMatchObject({ allowed: true })
      // Per channel: the bounced email says nothing about SMS.
      expect(await check(browser, base, 'sms', '+447700900124')).toMatchObject({ allowed: true })
    }
    const batch = await suppressionReasons(t.deps.db, b.accountId, 'email', [fine, bounced])
    expect([...batch]).toEqual([[bounced, 'hard_bounce']])

    // Suppressed for a reason of its own too: still not allowed, whichever reason is named.
    await recordUnsubscribe(t.deps.db, a.accountId, 'email', bounced, 'campaign')
    const both = await check(a.browser, a.base, 'email', bounced)
    expect(both.allowed).toBe(false)
    expect(['unsubscribed', 'hard_bounce']).toContain(both.reason)
    // The Owner cannot lift a platform suppression by resubscribing the contact.
    const contact = await a.browser.post(`${a.base}/contacts`, { email: bounced })
    expect(contact.status).toBe(201)
    expect(contact.body.emailStatus).toBe('unsubscribed')
    const resub = await a.browser.post(`${a.base}/contacts/${contact.body.id}/resubscribe`, {
      channel: 'email',
    })
    expect(resub.status).toBe(200)
    expect(await check(a.browser, a.base, 'email', bounced)).toMatchObject({
      allowed: false,
      reason: 'hard_bounce',
    })
  })
})
