import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/helpers/app.js'
import { createSubaccount, memberOf } from '../../../test/helpers/factories.js'
import {
  accountBase,
  expectStatus,
  newContact,
  newGroup,
  newOwner,
  share,
  teamOf,
} from '../../../test/helpers/sharing.js'
import { recordUnsubscribe } from './repository.js'

/** The account's own unsubscribes in one list (SPEC §4), and lifting one by address. */

const t = useTestApp()

async function ownerAndMate() {
  const owner = await newOwner(t, 'owner')
  const mate = await newOwner(t, 'mate')
  await teamOf([owner, mate])
  const group = await newGroup(owner.browser, owner.base, 'VIP Members')
  await share(owner.browser, owner.base, group.id, mate.accountId)
  const shared = await newContact(owner.browser, owner.base, {
    email: 'vip@example.test',
    groupIds: [group.id],
  })
  return { owner, mate, shared }
}

/**
 * Records an unsubscribe `secondsAgo` in the past: records made one after the other can share a
 * clock tick (PGlite's clock), and "newest first" needs them apart.
 */
async function unsubscribedAgo(
  accountId: string,
  address: string,
  source: string,
  secondsAgo: number,
) {
  await recordUnsubscribe(t.deps.db, accountId, 'email', address, source)
  // `at` is not writable through the typed builder (set once, by the database).
  await sql`update unsubscribes set at = now() - make_interval(secs => ${secondsAgo})
    where account_id = ${accountId} and address = ${address}`.execute(t.deps.db)
}

describe('GET …/unsubscribes', () => {
  it('lists own and shared-in unsubscribes newest first, with how and whether shared in', async () => {
    const { owner, mate, shared } = await ownerAndMate()
    const own = await newContact(mate.browser, mate.base, { email: 'own@example.test' })
    await unsubscribedAgo(mate.accountId, 'gone@example.test', 'api', 30)
    await unsubscribedAgo(mate.accountId, 'vip@example.test', 'campaign:c1', 20)
    await unsubscribedAgo(mate.accountId, 'own@example.test', 'provider', 10)
    // The owner's unsubscribes are the owner's: the mate does not see them.
    await recordUnsubscribe(t.deps.db, owner.accountId, 'email', 'vip@example.test', 'api')

    const page = expectStatus(await mate.browser.get(`${mate.base}/unsubscribes`), 200)
    expect(page.nextCursor).toBeNull()
    expect(page.items.map((u: any) => [u.address, u.how, u.sharedIn, u.contactId])).toEqual([
      ['own@example.test', 'provider', false, own.id],
      ['vip@example.test', 'link', true, shared.id],
      ['gone@example.test', 'manual', false, null],
    ])
    expect(page.items[1].campaignId).toBe('c1')
    const ownerPage = expectStatus(await owner.browser.get(`${owner.base}/unsubscribes`), 200)
    expect(ownerPage.items.map((u: any) => [u.address, u.sharedIn])).toEqual([
      ['vip@example.test', false],
    ])
  })

  it('marks the unsubscribe of a contact shared down one by one as shared in, while shared', async () => {
    const parent = await newOwner(t, 'parent')
    const child = await createSubaccount(t.deps, parent.accountId, 'child')
    const contact = await newContact(parent.browser, parent.base, { email: 'one@example.test' })
    const shares = `${parent.base}/contacts/${contact.id}/shares`
    expectStatus(await parent.browser.post(shares, { accountId: child.id }), 201)
    await recordUnsubscribe(t.deps.db, child.id, 'email', 'one@example.test', 'api')
    const listed = async () =>
      expectStatus(
        await parent.browser.get(`${accountBase(child.id)}/unsubscribes`),
        200,
      ).items.map((u: any) => [u.address, u.sharedIn, u.contactId])
    expect(await listed()).toEqual([['one@example.test', true, contact.id]])
    // Once the share ends the record is the child's alone, tied to no contact it can reach.
    expectStatus(await parent.browser.delete(`${shares}/${child.id}`), 204)
    expect(await listed()).toEqual([['one@example.test', false, null]])
  })

  it('pages by cursor without losing or repeating a row, and searches by address', async () => {
    const o = await newOwner(t, 'pager')
    const addresses = Array.from({ length: 7 }, (_, i) => `p${i}@example.test`)
    for (const address of addresses) {
      await recordUnsubscribe(t.deps.db, o.accountId, 'email', address, 'api')
    }
    await recordUnsubscribe(t.deps.db, o.accountId, 'sms', '+14155550100', 'api')
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor ? `&cursor=${cursor}` : ''
      const page: any = expectStatus(
        await o.browser.get(`${o.base}/unsubscribes?limit=3${query}`),
        200,
      )
      seen.push(...page.items.map((u: any) => u.address))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen.sort()).toEqual([...addresses, '+14155550100'].sort())
    const found = expectStatus(await o.browser.get(`${o.base}/unsubscribes?q=P3@`), 200)
    expect(found.items.map((u: any) => u.address)).toEqual(['p3@example.test'])
    const sms = expectStatus(await o.browser.get(`${o.base}/unsubscribes?channel=sms`), 200)
    expect(sms.items.map((u: any) => u.address)).toEqual(['+14155550100'])
    const bad = await o.browser.get(`${o.base}/unsubscribes?cursor=garbage`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('cursor')
  })
})

describe('POST …/unsubscribes/lift', () => {
  it('lifts a shared-in unsubscribe in the receiving account only, audited', async () => {
    const { owner, mate } = await ownerAndMate()
    await recordUnsubscribe(t.deps.db, mate.accountId, 'email', 'vip@example.test', 'campaign:c1')
    await recordUnsubscribe(t.deps.db, owner.accountId, 'email', 'vip@example.test', 'api')
    const lifted = await mate.browser.post(`${mate.base}/unsubscribes/lift`, {
      channel: 'email',
      address: ' VIP@example.test ',
    })
    expect(expectStatus(lifted, 200)).toEqual({
      channel: 'email',
      address: 'vip@example.test',
      lifted: true,
    })
    expect((await mate.browser.get(`${mate.base}/unsubscribes`)).body.items).toEqual([])
    const check = await mate.browser.get(
      `${mate.base}/suppression?channel=email&address=vip@example.test`,
    )
    expect(check.body.allowed).toBe(true)
    // The owner's own unsubscribe stays.
    expect((await owner.browser.get(`${owner.base}/unsubscribes`)).body.items).toHaveLength(1)
    const audit = (await mate.browser.get(`${mate.base}/audit`)).body.items
    expect(audit.map((a: any) => a.action)).toContain('unsubscribe.lifted')
    const again = await mate.browser.post(`${mate.base}/unsubscribes/lift`, {
      channel: 'email',
      address: 'vip@example.test',
    })
    expect(again.status).toBe(404)
  })

  it('subscribes the own contact again; needs contacts.resubscribe; bad addresses are 422', async () => {
    const o = await newOwner(t, 'lifter')
    const contact = await newContact(o.browser, o.base, {
      email: 'back@example.test',
      emailStatus: 'unsubscribed',
    })
    expect(contact.emailStatus).toBe('unsubscribed')
    const { browser: dm } = await memberOf(t.deps, t.app, o.accountId, {
      permissions: ['contacts.view'],
    })
    expect((await dm.get(`${o.base}/unsubscribes`)).body.items).toHaveLength(1)
    const refused = await dm.post(`${o.base}/unsubscribes/lift`, {
      channel: 'email',
      address: 'back@example.test',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('contacts.resubscribe')
    const bad = await o.browser.post(`${o.base}/unsubscribes/lift`, {
      channel: 'sms',
      address: 'back@example.test',
    })
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('address')
    expectStatus(
      await o.browser.post(`${o.base}/unsubscribes/lift`, {
        channel: 'email',
        address: 'back@example.test',
      }),
      200,
    )
    const after = (await o.browser.get(`${o.base}/contacts/${contact.id}`)).body
    expect(after.emailStatus).toBe('subscribed')
  })
})

describe('GET …/blocklist?q=', () => {
  it('finds entries by part of an address', async () => {
    const o = await newOwner(t, 'blocker')
    for (const address of ['spam@example.test', 'ham@example.test']) {
      await o.browser.post(`${o.base}/blocklist`, { channel: 'email', address })
    }
    const found = expectStatus(await o.browser.get(`${o.base}/blocklist?q=SPAM`), 200)
    expect(found.items.map((e: any) => e.address)).toEqual(['spam@example.test'])
    const literal = expectStatus(await o.browser.get(`${o.base}/blocklist?q=%25`), 200)
    expect(literal.items).toEqual([])
  })
})
