import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, createTestApp, type TestApp } from '../../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../../test/helpers/factories.js'
import { recordUnsubscribe } from '../suppression/repository.js'
import { recordContactEvent } from './history-repository.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

/** A fresh top-level account and its Owner, signed in. */
async function owner() {
  const user = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, user)
  const base = `/api/v1/accounts/${user.ownAccountId}`
  return { user, browser, accountId: user.ownAccountId, base }
}

async function create(browser: Browser, base: string, body: object) {
  const reply = await browser.post(`${base}/contacts`, body)
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body
}

async function group(browser: Browser, base: string, name: string) {
  const reply = await browser.post(`${base}/groups`, { name })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body
}

/** Every contact of the listing, following nextCursor to the end. */
async function listAll(browser: Browser, url: string) {
  const items: any[] = []
  let cursor: string | null = null
  for (let page = 0; page < 100; page++) {
    const sep = url.includes('?') ? '&' : '?'
    const reply = await browser.get(cursor ? `${url}${sep}cursor=${cursor}` : url)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    items.push(...reply.body.items)
    cursor = reply.body.nextCursor
    if (!cursor) return items
  }
  throw new Error('the listing never ended')
}

async function memberCountInDb(groupId: string) {
  const result = await sql<{
    n: string
  }>`select count(*)::text as n from group_members where group_id = ${groupId}`.execute(t.deps.db)
  return Number(result.rows[0]?.n)
}

async function auditActions(browser: Browser, accountId: string) {
  const reply = await browser.get(`/api/v1/accounts/${accountId}/audit?limit=200`)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.items as Array<{ action: string; target: { id: string } | null; details: any }>
}

describe('contact CRUD', () => {
  it('creates, reads, updates and deletes a contact', async () => {
    const o = await owner()
    const created = await create(o.browser, o.base, {
      email: 'ada@example.test',
      phone: '+14155550100',
      firstName: 'Ada',
      lastName: 'Lovelace',
    })
    expect(created).toMatchObject({
      id: expect.any(String),
      email: 'ada@example.test',
      phone: '+14155550100',
      firstName: 'Ada',
      lastName: 'Lovelace',
      fields: {},
      emailStatus: 'subscribed',
      smsStatus: 'subscribed',
      groupIds: [],
      tags: [],
    })
    expect(Date.parse(created.createdAt)).not.toBeNaN()

    const read = await o.browser.get(`${o.base}/contacts/${created.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toEqual(created)

    const updated = await o.browser.patch(`${o.base}/contacts/${created.id}`, {
      firstName: 'Augusta',
      lastName: null,
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect(updated.body).toMatchObject({
      firstName: 'Augusta',
      lastName: null,
      email: 'ada@example.test',
      phone: '+14155550100',
    })
    expect((await o.browser.get(`${o.base}/contacts/${created.id}`)).body.firstName).toBe('Augusta')

    const deleted = await o.browser.delete(`${o.base}/contacts/${created.id}`)
    expect(deleted.status).toBe(204)
    const gone = await o.browser.get(`${o.base}/contacts/${created.id}`)
    expect(gone.status).toBe(404)
    expect(gone.body.error).toMatchObject({ code: 'not_found', resource: 'contact' })
    expect((await o.browser.delete(`${o.base}/contacts/${created.id}`)).status).toBe(404)
    expect((await auditActions(o.browser, o.accountId)).map((a) => a.action)).toContain(
      'contact.deleted',
    )
  })

  it('refuses a contact with neither an email nor a phone, unknown body fields and bad ids', async () => {
    const o = await owner()
    const empty = await o.browser.post(`${o.base}/contacts`, { firstName: 'Nobody' })
    expect(empty.status).toBe(422)
    expect(empty.body.error.field).toBe('email')
    const extra = await o.browser.post(`${o.base}/contacts`, {
      email: 'x@example.test',
      admin: true,
    })
    expect(extra.status).toBe(422)
    expect((await o.browser.get(`${o.base}/contacts/not-a-uuid`)).status).toBe(404)
    const c = await create(o.browser, o.base, { email: 'keep@example.test' })
    const clearBoth = await o.browser.patch(`${o.base}/contacts/${c.id}`, { email: null })
    expect(clearBoth.status).toBe(422)
    expect(clearBoth.body.error.field).toBe('email')
  })
})

describe('addresses', () => {
  it('normalises email case and spaces, and keeps emails unique per account (409 naming email)', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { email: '  Grace.Hopper@Example.TEST ' })
    expect(c.email).toBe('grace.hopper@example.test')

    const duplicate = await o.browser.post(`${o.base}/contacts`, {
      email: 'GRACE.HOPPER@example.test',
    })
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.error).toMatchObject({ code: 'conflict', field: 'email' })

    const bad = await o.browser.post(`${o.base}/contacts`, { email: 'grace hopper@example.test' })
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('email')

    // Another contact cannot take the address by update either.
    const other = await create(o.browser, o.base, { email: 'other@example.test' })
    const steal = await o.browser.patch(`${o.base}/contacts/${other.id}`, {
      email: ' grace.hopper@EXAMPLE.test',
    })
    expect(steal.status).toBe(409)
    expect(steal.body.error.field).toBe('email')

    // Another account may hold the same address.
    const p = await owner()
    const same = await create(p.browser, p.base, { email: 'grace.hopper@example.test' })
    expect(same.email).toBe('grace.hopper@example.test')
  })

  it('needs E.164 phones, normalising the usual punctuation', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { phone: '+1 (415) 555-0123' })
    expect(c.phone).toBe('+14155550123')
    expect(c.email).toBeNull()
    for (const phone of ['4155550123', '+0123456789', '+1 415 CALL NOW', '+1234']) {
      const reply = await o.browser.post(`${o.base}/contacts`, { phone })
      expect(reply.status, phone).toBe(422)
      expect(reply.body.error.field, phone).toBe('phone')
    }
    const badUpdate = await o.browser.patch(`${o.base}/contacts/${c.id}`, { phone: '555-0123' })
    expect(badUpdate.status).toBe(422)
    expect(badUpdate.body.error.field).toBe('phone')
  })

  it('keeps SMS-only contacts unique by phone; a phone shared with an email contact is allowed', async () => {
    const o = await owner()
    await create(o.browser, o.base, { phone: '+442071838750' })
    const duplicate = await o.browser.post(`${o.base}/contacts`, { phone: '+44 20 7183 8750' })
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.error).toMatchObject({ code: 'conflict', field: 'phone' })
    // A contact with an email is identified by its email; its phone may repeat.
    const withEmail = await create(o.browser, o.base, {
      email: 'london@example.test',
      phone: '+442071838750',
    })
    expect(withEmail.phone).toBe('+442071838750')
  })

  it('names phone when an update makes two SMS-only contacts share a phone', async () => {
    const o = await owner()
    await create(o.browser, o.base, { phone: '+33142685300' })
    const second = await create(o.browser, o.base, { phone: '+33142685301' })
    const reply = await o.browser.patch(`${o.base}/contacts/${second.id}`, {
      phone: '+33142685300',
    })
    expect(reply.status).toBe(409)
    expect(reply.body.error).toMatchObject({ code: 'conflict', field: 'phone' })
  })
})

describe('custom fields', () => {
  it('types a field from its first value and refuses a later value of another type', async () => {
    const o = await owner()
    const first = await create(o.browser, o.base, {
      email: 'f1@example.test',
      fields: { score: 42, vip: true, city: 'Oslo' },
    })
    expect(first.fields).toEqual({ score: 42, vip: true, city: 'Oslo' })
    const fields = await o.browser.get(`${o.base}/fields`)
    expect(fields.status).toBe(200)
    expect(fields.body.items).toEqual([
      { key: 'city', label: 'city', type: 'text' },
      { key: 'score', label: 'score', type: 'number' },
      { key: 'vip', label: 'vip', type: 'boolean' },
    ])

    for (const [key, value] of [
      ['score', 'forty-two'],
      ['vip', 'yes'],
      ['city', 7],
    ] as const) {
      const reply = await o.browser.post(`${o.base}/contacts`, {
        email: `wrong-${key}@example.test`,
        fields: { [key]: value },
      })
      expect(reply.status, key).toBe(422)
      expect(reply.body.error.field, key).toBe(`fields.${key}`)
    }
    const patch = await o.browser.patch(`${o.base}/contacts/${first.id}`, {
      fields: { score: '43' },
    })
    expect(patch.status).toBe(422)
    expect(patch.body.error.field).toBe('fields.score')
    // A refused contact did not land.
    const all = await listAll(o.browser, `${o.base}/contacts`)
    expect(all.map((c) => c.email)).toEqual(['f1@example.test'])

    // Updates merge into the existing values; null clears one.
    const merged = await o.browser.patch(`${o.base}/contacts/${first.id}`, {
      fields: { score: 43, city: null },
    })
    expect(merged.status).toBe(200)
    expect(merged.body.fields).toEqual({ score: 43, vip: true, city: null })

    const badKey = await o.browser.post(`${o.base}/contacts`, {
      email: 'badkey@example.test',
      fields: { '1st': 'x' },
    })
    expect(badKey.status).toBe(422)
    expect(badKey.body.error.field).toBe('fields.1st')
  })

  it('caps custom fields per account: a write that would pass 200 is 422 on fields and writes nothing', async () => {
    const o = await owner()
    const manyFields = (prefix: string, n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]))
    // Six requests of 200 new keys each, side by side: only one of them creates its fields.
    const replies = await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((prefix) =>
        o.browser.post(`${o.base}/contacts`, {
          email: `${prefix}@fields.example`,
          fields: manyFields(prefix, 200),
        }),
      ),
    )
    expect(replies.map((r) => r.status).sort()).toEqual([201, 422, 422, 422, 422, 422])
    const refused = replies.find((r) => r.status === 422)
    expect(refused?.body.error).toMatchObject({ code: 'validation_failed', field: 'fields' })
    expect(refused?.body.error.message).toContain('at most 200 custom fields')
    expect((await o.browser.get(`${o.base}/fields`)).body.items).toHaveLength(200)
    // Values of the existing fields still go in; a new key, by any route, does not.
    const created = replies.find((r) => r.status === 201)?.body
    const ownKey = Object.keys(created.fields)[0] as string
    const url = `${o.base}/contacts/${created.id}`
    expect((await o.browser.patch(url, { fields: { [ownKey]: 7 } })).status).toBe(200)
    const newKey = await o.browser.patch(url, { fields: { [ownKey]: 8, brandNew: 1 } })
    expect(newKey.status).toBe(422)
    expect(newKey.body.error.field).toBe('fields')
    expect((await o.browser.get(url)).body.fields[ownKey]).toBe(7)
    const defined = await o.browser.post(`${o.base}/fields`, { key: 'extra', type: 'text' })
    expect(defined.status).toBe(422)
    expect(defined.body.error.field).toBe('fields')
    // The refused creations wrote no contact.
    expect((await o.browser.get(`${o.base}/contacts`)).body.items).toHaveLength(1)
  })

  it('defines field types up front with POST …/fields', async () => {
    const o = await owner()
    const defined = await o.browser.post(`${o.base}/fields`, {
      key: 'birthday',
      label: 'Birthday',
      type: 'date',
    })
    expect(defined.status, JSON.stringify(defined.body)).toBe(201)
    expect(defined.body).toEqual({ key: 'birthday', label: 'Birthday', type: 'date' })
    // Without the definition a string would make it a text field; with it, it must be a date.
    const ok = await create(o.browser, o.base, {
      email: 'bday@example.test',
      fields: { birthday: '1990-05-17' },
    })
    expect(ok.fields.birthday).toBe('1990-05-17')
    const notADate = await o.browser.post(`${o.base}/contacts`, {
      email: 'nobday@example.test',
      fields: { birthday: 'next tuesday' },
    })
    expect(notADate.status).toBe(422)
    expect(notADate.body.error.field).toBe('fields.birthday')

    const zip = await o.browser.post(`${o.base}/fields`, { key: 'zip', type: 'text' })
    expect(zip.status).toBe(201)
    const numericZip = await o.browser.post(`${o.base}/contacts`, {
      email: 'zip@example.test',
      fields: { zip: 10115 },
    })
    expect(numericZip.status).toBe(422)
    expect(numericZip.body.error.field).toBe('fields.zip')

    const redefine = await o.browser.post(`${o.base}/fields`, { key: 'birthday', type: 'number' })
    expect(redefine.status).toBe(409)
    const standard = await o.browser.post(`${o.base}/fields`, { key: 'email', type: 'text' })
    expect(standard.status).toBe(422)
    expect(standard.body.error.field).toBe('key')
    const badType = await o.browser.post(`${o.base}/fields`, { key: 'x', type: 'json' })
    expect(badType.status).toBe(422)
  })
})

describe('groups and tags on a contact', () => {
  it('accepts only the account’s own groups', async () => {
    const o = await owner()
    const p = await owner()
    const mine = await group(o.browser, o.base, 'Mine')
    const theirs = await group(p.browser, p.base, 'Theirs')
    const ok = await create(o.browser, o.base, { email: 'g@example.test', groupIds: [mine.id] })
    expect(ok.groupIds).toEqual([mine.id])

    for (const groupIds of [[theirs.id], [mine.id, theirs.id], ['not-a-group']]) {
      const reply = await o.browser.post(`${o.base}/contacts`, {
        email: 'g2@example.test',
        groupIds,
      })
      expect(reply.status, JSON.stringify(groupIds)).toBe(422)
      expect(reply.body.error.field).toBe('groupIds')
      const update = await o.browser.patch(`${o.base}/contacts/${ok.id}`, { groupIds })
      expect(update.status).toBe(422)
    }
    expect(await memberCountInDb(theirs.id)).toBe(0)
    expect((await p.browser.get(`${p.base}/groups/${theirs.id}`)).body.memberCount).toBe(0)
    // Replacing the groups on update.
    const second = await group(o.browser, o.base, 'Second')
    const moved = await o.browser.patch(`${o.base}/contacts/${ok.id}`, { groupIds: [second.id] })
    expect(moved.body.groupIds).toEqual([second.id])
    expect((await o.browser.get(`${o.base}/groups/${mine.id}`)).body.memberCount).toBe(0)
    expect((await o.browser.get(`${o.base}/groups/${second.id}`)).body.memberCount).toBe(1)
  })

  it('sets tags by name, creating missing ones for a caller with tags.manage', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { email: 't@example.test', tags: ['VIP', 'beta'] })
    expect(c.tags.sort()).toEqual(['VIP', 'beta'].sort())
    const tags = await o.browser.get(`${o.base}/tags`)
    expect(tags.body.items.map((x: any) => x.name).sort()).toEqual(['VIP', 'beta'].sort())
    // An existing tag is found whatever the case, not created twice.
    const d = await create(o.browser, o.base, { email: 't2@example.test', tags: ['vip'] })
    expect(d.tags).toEqual(['VIP'])
    expect((await o.browser.get(`${o.base}/tags`)).body.items).toHaveLength(2)
    const retagged = await o.browser.patch(`${o.base}/contacts/${c.id}`, { tags: ['beta'] })
    expect(retagged.body.tags).toEqual(['beta'])
  })

  it('refuses to create a tag for a caller without tags.manage (403 naming it), and changes nothing', async () => {
    const o = await owner()
    await o.browser.post(`${o.base}/tags`, { name: 'known' })
    // Advanced user: contacts.view + contacts.create, no tags.manage.
    const { browser: adv } = await memberOf(t.deps, t.app, o.accountId, { role: 'advanced_user' })
    const withKnown = await adv.post(`${o.base}/contacts`, {
      email: 'known@example.test',
      tags: ['KNOWN'],
    })
    expect(withKnown.status, JSON.stringify(withKnown.body)).toBe(201)
    expect(withKnown.body.tags).toEqual(['known'])

    const withNew = await adv.post(`${o.base}/contacts`, {
      email: 'fresh@example.test',
      tags: ['brand-new'],
    })
    expect(withNew.status).toBe(403)
    expect(withNew.body.error).toMatchObject({ code: 'forbidden', permission: 'tags.manage' })
    expect((await o.browser.get(`${o.base}/tags`)).body.items.map((x: any) => x.name)).toEqual([
      'known',
    ])
    // A refused request leaves no contact behind.
    const found = await o.browser.get(`${o.base}/contacts?q=fresh@example.test`)
    expect(found.body.items).toEqual([])
  })

  it('refuses an update that would create a tag without tags.manage, and changes nothing', async () => {
    const o = await owner()
    await o.browser.post(`${o.base}/tags`, { name: 'known' })
    const target = await create(o.browser, o.base, { email: 'known@example.test', tags: ['known'] })
    const { browser: editor } = await memberOf(t.deps, t.app, o.accountId, {
      permissions: ['contacts.view', 'contacts.edit'],
    })
    const allowed = await editor.patch(`${o.base}/contacts/${target.id}`, { tags: ['Known'] })
    expect(allowed.status).toBe(200)
    const update = await editor.patch(`${o.base}/contacts/${target.id}`, {
      firstName: 'Changed',
      tags: ['another-new'],
    })
    expect(update.status).toBe(403)
    expect(update.body.error).toMatchObject({ code: 'forbidden', permission: 'tags.manage' })
    const after = await o.browser.get(`${o.base}/contacts/${target.id}`)
    expect(after.body.firstName).toBeNull()
    expect(after.body.tags).toEqual(['known'])
  })
})

describe('listing', () => {
  it('walks every contact exactly once, in creation order, with limit and nextCursor', async () => {
    const o = await owner()
    const ids: string[] = []
    for (let i = 0; i < 120; i++) {
      const c = await create(o.browser, o.base, { email: `page-${i}@example.test` })
      ids.push(c.id)
    }
    const pages: string[][] = []
    let cursor: string | null = null
    do {
      const reply: any = await o.browser.get(
        `${o.base}/contacts?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(reply.status).toBe(200)
      pages.push(reply.body.items.map((c: any) => c.id))
      cursor = reply.body.nextCursor
    } while (cursor && pages.length < 10)
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20])
    expect(pages.flat()).toEqual(ids)

    // Exactly a page's worth left: the last full page says there is no more.
    const exact = await o.browser.get(`${o.base}/contacts?limit=40&cursor=${ids[79]}`)
    expect(exact.body.items).toHaveLength(40)
    expect(exact.body.nextCursor).toBeNull()
    // Default page is 50.
    expect((await o.browser.get(`${o.base}/contacts`)).body.items).toHaveLength(50)
    expect((await o.browser.get(`${o.base}/contacts?limit=0`)).status).toBe(422)
    expect((await o.browser.get(`${o.base}/contacts?limit=501`)).status).toBe(422)
  })

  it('searches by q over email, names and phone', async () => {
    const o = await owner()
    const a = await create(o.browser, o.base, {
      email: 'marie.curie@example.test',
      firstName: 'Marie',
    })
    const b = await create(o.browser, o.base, {
      email: 'pierre@example.test',
      lastName: 'Curie',
    })
    const c = await create(o.browser, o.base, { phone: '+4930901820' })
    await create(o.browser, o.base, { email: 'someone@example.test', firstName: 'Else' })
    const ids = async (q: string) =>
      (await listAll(o.browser, `${o.base}/contacts?q=${encodeURIComponent(q)}`)).map((x) => x.id)
    expect((await ids('curie')).sort()).toEqual([a.id, b.id].sort())
    expect(await ids('MARIE')).toEqual([a.id])
    expect(await ids('4930901')).toEqual([c.id])
    expect(await ids('%')).toEqual([])
    expect(await ids('_')).toEqual([])
  })

  it('filters by groupId, segmentId and tag', async () => {
    const o = await owner()
    const g = await group(o.browser, o.base, 'Readers')
    const inGroup = await create(o.browser, o.base, {
      email: 'reader@example.test',
      groupIds: [g.id],
      tags: ['vip'],
      fields: { score: 10 },
    })
    const other = await create(o.browser, o.base, {
      email: 'other@example.test',
      fields: { score: 3 },
      tags: ['vip'],
    })
    await create(o.browser, o.base, { email: 'third@example.test', fields: { score: 20 } })

    const byGroup = await listAll(o.browser, `${o.base}/contacts?groupId=${g.id}`)
    expect(byGroup.map((c) => c.id)).toEqual([inGroup.id])

    const segment = await o.browser.post(`${o.base}/segments`, {
      name: 'low scores',
      filter: { all: [{ field: 'score', op: 'lt', value: 15 }] },
    })
    expect(segment.status, JSON.stringify(segment.body)).toBe(201)
    const bySegment = await listAll(o.browser, `${o.base}/contacts?segmentId=${segment.body.id}`)
    expect(bySegment.map((c) => c.id).sort()).toEqual([inGroup.id, other.id].sort())
    const both = await listAll(
      o.browser,
      `${o.base}/contacts?segmentId=${segment.body.id}&groupId=${g.id}`,
    )
    expect(both.map((c) => c.id)).toEqual([inGroup.id])

    const byTag = await listAll(o.browser, `${o.base}/contacts?tag=vip`)
    expect(byTag.map((c) => c.id).sort()).toEqual([inGroup.id, other.id].sort())
    expect(await listAll(o.browser, `${o.base}/contacts?tag=nope`)).toEqual([])

    // Another account's group or segment is not found here.
    const p = await owner()
    const foreignGroup = await group(p.browser, p.base, 'Foreign')
    expect((await o.browser.get(`${o.base}/contacts?groupId=${foreignGroup.id}`)).status).toBe(404)
    expect((await p.browser.get(`${p.base}/contacts?segmentId=${segment.body.id}`)).status).toBe(
      404,
    )
  })

  it('finds tags whatever their case, as the rest of the product does (tag names are case-insensitive)', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { email: 'vip@example.test', tags: ['VIP'] })
    // The tag is unique case-insensitively and the segment op `tagged` ignores case.
    const segment = await o.browser.post(`${o.base}/segments`, {
      name: 'vips',
      filter: { all: [{ op: 'tagged', value: 'vip' }] },
    })
    expect((await o.browser.get(`${o.base}/segments/${segment.body.id}/count`)).body.count).toBe(1)
    const byTag = await listAll(o.browser, `${o.base}/contacts?tag=vip`)
    expect(byTag.map((x) => x.id)).toEqual([c.id])
  })
})

describe('history and isolation', () => {
  it('shows a contact’s history, newest first', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { email: 'hist@example.test' })
    const empty = await o.browser.get(`${o.base}/contacts/${c.id}/history`)
    expect(empty.status).toBe(200)
    expect(empty.body.items).toEqual([])
    await recordContactEvent(t.deps.db, {
      accountId: o.accountId,
      contactId: c.id,
      type: 'sent',
      channel: 'email',
      details: { campaign: 'spring' },
    })
    await recordContactEvent(t.deps.db, {
      accountId: o.accountId,
      contactId: c.id,
      type: 'opened',
      channel: 'email',
    })
    const history = await o.browser.get(`${o.base}/contacts/${c.id}/history`)
    expect(history.body.items).toMatchObject([
      { type: 'opened', channel: 'email', details: null },
      { type: 'sent', channel: 'email', details: { campaign: 'spring' } },
    ])
    expect(Date.parse(history.body.items[0].at)).not.toBeNaN()
  })

  it('answers 404 for a contact of another account, whatever the route', async () => {
    const o = await owner()
    const p = await owner()
    const theirs = await create(p.browser, p.base, { email: 'private@example.test' })
    for (const reply of [
      await o.browser.get(`${o.base}/contacts/${theirs.id}`),
      await o.browser.get(`${o.base}/contacts/${theirs.id}/history`),
      await o.browser.patch(`${o.base}/contacts/${theirs.id}`, { firstName: 'Hacked' }),
      await o.browser.delete(`${o.base}/contacts/${theirs.id}`),
      await o.browser.post(`${o.base}/contacts/${theirs.id}/resubscribe`, { channel: 'email' }),
    ]) {
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('contact')
    }
    const bulk = await o.browser.post(`${o.base}/contacts/bulk-delete`, {
      contactIds: [theirs.id],
    })
    expect(bulk.status).toBe(200)
    expect(bulk.body).toEqual({ deleted: 0 })
    const still = await p.browser.get(`${p.base}/contacts/${theirs.id}`)
    expect(still.status).toBe(200)
    expect(still.body.firstName).toBeNull()
    expect(await listAll(o.browser, `${o.base}/contacts?q=private`)).toEqual([])

    // And an outsider does not learn that the other account exists.
    const outsider = await o.browser.get(`${p.base}/contacts/${theirs.id}`)
    expect(outsider.status).toBe(404)
    expect(outsider.body.error.resource).toBe('account')
  })
})

describe('unsubscribes', () => {
  it('an API update cannot lift an unsubscribe; the resubscribe route does, and is audited', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, {
      email: 'leaver@example.test',
      phone: '+14155550199',
    })
    const unsub = await o.browser.patch(`${o.base}/contacts/${c.id}`, {
      emailStatus: 'unsubscribed',
    })
    expect(unsub.status).toBe(200)
    expect(unsub.body).toMatchObject({ emailStatus: 'unsubscribed', smsStatus: 'subscribed' })
    expect(
      (await o.browser.get(`${o.base}/suppression?channel=email&address=leaver@example.test`)).body,
    ).toMatchObject({ allowed: false, reason: 'unsubscribed' })

    // Not even the Owner lifts it by PATCH.
    const lift = await o.browser.patch(`${o.base}/contacts/${c.id}`, {
      emailStatus: 'subscribed',
    })
    expect(lift.status).toBe(403)
    expect(lift.body.error).toMatchObject({
      code: 'forbidden',
      permission: 'contacts.resubscribe',
    })
    expect((await o.browser.get(`${o.base}/contacts/${c.id}`)).body.emailStatus).toBe(
      'unsubscribed',
    )

    const resub = await o.browser.post(`${o.base}/contacts/${c.id}/resubscribe`, {
      channel: 'email',
    })
    expect(resub.status, JSON.stringify(resub.body)).toBe(200)
    expect(resub.body.emailStatus).toBe('subscribed')
    expect(
      (await o.browser.get(`${o.base}/suppression?channel=email&address=leaver@example.test`)).body,
    ).toMatchObject({ allowed: true })
    const audit = await auditActions(o.browser, o.accountId)
    const entry = audit.find((a) => a.action === 'contact.resubscribed')
    expect(entry).toMatchObject({
      target: { type: 'contact', id: c.id },
      details: { channel: 'email' },
    })

    const smsOnly = await create(o.browser, o.base, { email: 'nophone@example.test' })
    const noPhone = await o.browser.post(`${o.base}/contacts/${smsOnly.id}/resubscribe`, {
      channel: 'sms',
    })
    expect(noPhone.status).toBe(422)
    expect(noPhone.body.error.field).toBe('channel')
  })

  it('lets the Owner and an Admin resubscribe (the role table gives it to both) and nobody below', async () => {
    const o = await owner()
    const { browser: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const { browser: manager } = await memberOf(t.deps, t.app, o.accountId, { role: 'manager' })
    const { browser: dataManager } = await memberOf(t.deps, t.app, o.accountId, {
      role: 'data_manager',
    })
    const c = await create(o.browser, o.base, { email: 'bounce@example.test' })
    await recordUnsubscribe(t.deps.db, o.accountId, 'email', 'bounce@example.test', 'campaign')
    for (const browser of [manager, dataManager]) {
      const reply = await browser.post(`${o.base}/contacts/${c.id}/resubscribe`, {
        channel: 'email',
      })
      expect(reply.status).toBe(403)
      expect(reply.body.error).toMatchObject({
        code: 'forbidden',
        permission: 'contacts.resubscribe',
      })
    }
    expect((await o.browser.get(`${o.base}/contacts/${c.id}`)).body.emailStatus).toBe(
      'unsubscribed',
    )
    const byAdmin = await admin.post(`${o.base}/contacts/${c.id}/resubscribe`, {
      channel: 'email',
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.emailStatus).toBe('subscribed')
    await recordUnsubscribe(t.deps.db, o.accountId, 'email', 'bounce@example.test', 'campaign')
    const byOwner = await o.browser.post(`${o.base}/contacts/${c.id}/resubscribe`, {
      channel: 'email',
    })
    expect(byOwner.status).toBe(200)
    expect(byOwner.body.emailStatus).toBe('subscribed')
  })

  it('keeps an address unsubscribed across delete and re-create through the API', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { email: 'gone@example.test', phone: '+14155550111' })
    await recordUnsubscribe(t.deps.db, o.accountId, 'email', 'gone@example.test', 'campaign')
    await recordUnsubscribe(t.deps.db, o.accountId, 'sms', '+14155550111', 'campaign')
    expect((await o.browser.delete(`${o.base}/contacts/${c.id}`)).status).toBe(204)
    const again = await create(o.browser, o.base, {
      email: 'GONE@example.test',
      phone: '+1 415 555 0111',
      emailStatus: 'subscribed',
      smsStatus: 'subscribed',
    })
    expect(again.emailStatus).toBe('unsubscribed')
    expect(again.smsStatus).toBe('unsubscribed')
    // Another account never heard of that unsubscribe.
    const p = await owner()
    const elsewhere = await create(p.browser, p.base, { email: 'gone@example.test' })
    expect(elsewhere.emailStatus).toBe('subscribed')
  })

  it('shows an address as unsubscribed when an update moves a contact onto an unsubscribed address', async () => {
    const o = await owner()
    await recordUnsubscribe(t.deps.db, o.accountId, 'email', 'opted-out@example.test', 'campaign')
    const c = await create(o.browser, o.base, { email: 'fresh-address@example.test' })
    expect(c.emailStatus).toBe('subscribed')
    const moved = await o.browser.patch(`${o.base}/contacts/${c.id}`, {
      email: 'opted-out@example.test',
    })
    expect(moved.status).toBe(200)
    expect(moved.body.emailStatus).toBe('unsubscribed')
  })
})

describe('bulk delete', () => {
  it('deletes by contactIds, groupId and segmentId, returns {deleted} and keeps group counts right', async () => {
    const o = await owner()
    const a = await group(o.browser, o.base, 'A')
    const b = await group(o.browser, o.base, 'B')
    const contacts: any[] = []
    for (let i = 0; i < 12; i++) {
      contacts.push(
        await create(o.browser, o.base, {
          email: `bulk-${i}@example.test`,
          fields: { n: i },
          groupIds: i < 6 ? [a.id, b.id] : [b.id],
        }),
      )
    }
    const countOf = async (id: string) => (await o.browser.get(`${o.base}/groups/${id}`)).body
    expect((await countOf(a.id)).memberCount).toBe(6)
    expect((await countOf(b.id)).memberCount).toBe(12)

    const byIds = await o.browser.post(`${o.base}/contacts/bulk-delete`, {
      contactIds: [contacts[0].id, contacts[7].id, contacts[7].id, 'not-a-uuid'],
    })
    expect(byIds.status, JSON.stringify(byIds.body)).toBe(200)
    expect(byIds.body).toEqual({ deleted: 2 })
    expect((await countOf(a.id)).memberCount).toBe(5)
    expect((await countOf(b.id)).memberCount).toBe(10)
    expect(await memberCountInDb(b.id)).toBe(10)

    const byGroup = await o.browser.post(`${o.base}/contacts/bulk-delete`, { groupId: a.id })
    expect(byGroup.body).toEqual({ deleted: 5 })
    expect((await countOf(a.id)).memberCount).toBe(0)
    expect((await countOf(b.id)).memberCount).toBe(5)
    expect(await memberCountInDb(b.id)).toBe(5)

    const segment = await o.browser.post(`${o.base}/segments`, {
      name: 'n ≥ 10',
      filter: { any: [{ field: 'n', op: 'gt', value: 9 }] },
    })
    const bySegment = await o.browser.post(`${o.base}/contacts/bulk-delete`, {
      segmentId: segment.body.id,
    })
    expect(bySegment.body).toEqual({ deleted: 2 })
    expect((await countOf(b.id)).memberCount).toBe(3)
    expect(await memberCountInDb(b.id)).toBe(3)
    const left = await listAll(o.browser, `${o.base}/contacts`)
    expect(left.map((c) => c.email)).toEqual([
      'bulk-6@example.test',
      'bulk-8@example.test',
      'bulk-9@example.test',
    ])

    const audit = await auditActions(o.browser, o.accountId)
    expect(audit.filter((x) => x.action === 'contacts.bulk_deleted')).toHaveLength(3)

    const neither = await o.browser.post(`${o.base}/contacts/bulk-delete`, {})
    expect(neither.status).toBe(422)
    const two = await o.browser.post(`${o.base}/contacts/bulk-delete`, {
      groupId: a.id,
      segmentId: segment.body.id,
    })
    expect(two.status).toBe(422)
    for (const contactIds of [[], ['not-a-uuid']]) {
      const none = await o.browser.post(`${o.base}/contacts/bulk-delete`, { contactIds })
      expect(none.status, JSON.stringify(contactIds)).toBe(422)
      expect(none.body.error.field).toBe('contactIds')
    }
    expect((await listAll(o.browser, `${o.base}/contacts`)).length).toBe(3)
  })

  it('needs contacts.bulk_delete, which among the presets only the Owner holds', async () => {
    const o = await owner()
    const c = await create(o.browser, o.base, { email: 'safe@example.test' })
    const { browser: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const reply = await admin.post(`${o.base}/contacts/bulk-delete`, { contactIds: [c.id] })
    expect(reply.status).toBe(403)
    expect(reply.body.error).toMatchObject({
      code: 'forbidden',
      permission: 'contacts.bulk_delete',
    })
    // The Admin may still delete one contact at a time.
    expect((await o.browser.get(`${o.base}/contacts/${c.id}`)).status).toBe(200)
    expect((await admin.delete(`${o.base}/contacts/${c.id}`)).status).toBe(204)

    const stranger = await logIn(t.app, await createUser(t.deps, 'stranger'))
    const outsider = await stranger.post(`${o.base}/contacts/bulk-delete`, { contactIds: [c.id] })
    expect(outsider.status).toBe(404)
  })
})
