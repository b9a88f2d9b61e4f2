import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../../test/helpers/factories.js'
import { newOwner, share, teamOf } from '../../../test/helpers/sharing.js'

const t = useTestApp()

const owner = () => newOwner(t, 'owner')

async function create(browser: Browser, base: string, body: object) {
  const reply = await browser.post(`${base}/contacts`, body)
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body
}

async function newGroup(browser: Browser, base: string, name: string, description?: string) {
  const reply = await browser.post(`${base}/groups`, {
    name,
    ...(description ? { description } : {}),
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body
}

/** The group's size counted from the membership table, independently of the kept counter. */
async function realCount(groupId: string) {
  const result = await sql<{ n: string }>`
    select count(*)::text as n from group_members gm
    join contacts c on c.account_id = gm.account_id and c.id = gm.contact_id
    where gm.group_id = ${groupId}`.execute(t.deps.db)
  return Number(result.rows[0]?.n)
}

/** The kept count (API) equals the real count (SQL) and the expected number. */
async function expectCount(browser: Browser, base: string, groupId: string, expected: number) {
  const reply = await browser.get(`${base}/groups/${groupId}`)
  expect(reply.status).toBe(200)
  expect(await realCount(groupId)).toBe(expected)
  expect(reply.body.memberCount).toBe(expected)
  const listed = (await browser.get(`${base}/groups`)).body.items.find((g: any) => g.id === groupId)
  expect(listed.memberCount).toBe(expected)
}

async function members(browser: Browser, base: string, groupId: string, limit = 500) {
  const ids: string[] = []
  let cursor: string | null = null
  for (let page = 0; page < 1000; page++) {
    const reply: any = await browser.get(
      `${base}/groups/${groupId}/contacts?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.items.length).toBeLessThanOrEqual(limit)
    ids.push(...reply.body.items.map((c: any) => c.id))
    cursor = reply.body.nextCursor
    if (!cursor) return ids
  }
  throw new Error('the listing never ended')
}

describe('groups CRUD', () => {
  it('creates, lists, reads, renames, describes and deletes groups', async () => {
    const o = await owner()
    const g = await newGroup(o.browser, o.base, '  Newsletter ', 'Weekly readers')
    expect(g).toMatchObject({
      id: expect.any(String),
      name: 'Newsletter',
      description: 'Weekly readers',
      memberCount: 0,
      shared: false,
      ownerAccountId: o.accountId,
    })
    const b = await newGroup(o.browser, o.base, 'Alpha')
    const list = await o.browser.get(`${o.base}/groups`)
    expect(list.status).toBe(200)
    expect(list.body.items.map((x: any) => x.name)).toEqual(['Alpha', 'Newsletter'])

    const renamed = await o.browser.patch(`${o.base}/groups/${g.id}`, { name: 'Daily' })
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({ name: 'Daily', description: 'Weekly readers' })
    const described = await o.browser.patch(`${o.base}/groups/${g.id}`, { description: '' })
    expect(described.body).toMatchObject({ name: 'Daily', description: '' })
    expect((await o.browser.get(`${o.base}/groups/${g.id}`)).body.name).toBe('Daily')
    const blank = await o.browser.patch(`${o.base}/groups/${g.id}`, { name: '   ' })
    expect(blank.status).toBe(422)
    expect(blank.body.error.field).toBe('name')
    expect((await o.browser.post(`${o.base}/groups`, { name: '  ' })).status).toBe(422)
    expect((await o.browser.post(`${o.base}/groups`, {})).status).toBe(422)

    expect((await o.browser.delete(`${o.base}/groups/${b.id}`)).status).toBe(204)
    expect((await o.browser.get(`${o.base}/groups/${b.id}`)).status).toBe(404)
    expect((await o.browser.delete(`${o.base}/groups/${b.id}`)).status).toBe(404)
    expect((await o.browser.get(`${o.base}/groups`)).body.items.map((x: any) => x.id)).toEqual([
      g.id,
    ])
    const audit = await o.browser.get(`${o.base}/audit`)
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ action: 'group.deleted', target: { type: 'group', id: b.id } }),
    )
  })

  it('keeps names unique per account, ignoring case (409 naming name)', async () => {
    const o = await owner()
    await newGroup(o.browser, o.base, 'Customers')
    const other = await newGroup(o.browser, o.base, 'Leads')
    for (const name of ['customers', 'CUSTOMERS', ' Customers ']) {
      const reply = await o.browser.post(`${o.base}/groups`, { name })
      expect(reply.status, name).toBe(409)
      expect(reply.body.error).toMatchObject({ code: 'conflict', field: 'name' })
    }
    const rename = await o.browser.patch(`${o.base}/groups/${other.id}`, { name: 'cUsToMeRs' })
    expect(rename.status).toBe(409)
    expect(rename.body.error.field).toBe('name')
    // Renaming a group to itself in another case is fine.
    const self = await o.browser.patch(`${o.base}/groups/${other.id}`, { name: 'LEADS' })
    expect(self.status).toBe(200)
    expect(self.body.name).toBe('LEADS')
    // Another account may use the name.
    const p = await owner()
    await newGroup(p.browser, p.base, 'Customers')
  })

  it('answers 404 for another account’s group on every group route', async () => {
    const o = await owner()
    const p = await owner()
    const theirs = await newGroup(p.browser, p.base, 'Private')
    const c = await create(o.browser, o.base, { email: 'mine@example.test' })
    for (const reply of [
      await o.browser.get(`${o.base}/groups/${theirs.id}`),
      await o.browser.patch(`${o.base}/groups/${theirs.id}`, { name: 'Mine now' }),
      await o.browser.delete(`${o.base}/groups/${theirs.id}`),
      await o.browser.get(`${o.base}/groups/${theirs.id}/contacts`),
      await o.browser.post(`${o.base}/groups/${theirs.id}/members`, { add: [c.id] }),
      await o.browser.post(`${o.base}/contacts/bulk-delete`, { groupId: theirs.id }),
    ]) {
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('group')
    }
    expect((await p.browser.get(`${p.base}/groups/${theirs.id}`)).body).toMatchObject({
      name: 'Private',
      memberCount: 0,
    })
  })
})

describe('memberCount', () => {
  it('stays exactly right through adds, repeated adds, removes, contact and bulk deletion', async () => {
    const o = await owner()
    const g = await newGroup(o.browser, o.base, 'Counted')
    const h = await newGroup(o.browser, o.base, 'Other')
    const contacts: any[] = []
    for (let i = 0; i < 20; i++) {
      contacts.push(
        await create(o.browser, o.base, {
          email: `m${i}@example.test`,
          ...(i < 3 ? { groupIds: [g.id, h.id] } : {}),
        }),
      )
    }
    const ids = contacts.map((c) => c.id)
    await expectCount(o.browser, o.base, g.id, 3)
    await expectCount(o.browser, o.base, h.id, 3)

    const members = async (body: object) => {
      const reply = await o.browser.post(`${o.base}/groups/${g.id}/members`, body)
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      return reply.body
    }
    // Adding members already there, and the same id twice, counts each contact once.
    const added = await members({ add: [...ids.slice(0, 10), ids[4], ids[5]] })
    expect(added.memberCount).toBe(10)
    await expectCount(o.browser, o.base, g.id, 10)
    await members({ add: ids.slice(5, 12) })
    await expectCount(o.browser, o.base, g.id, 12)
    // Removing non-members changes nothing; removing members counts each once.
    await members({ remove: [...ids.slice(15, 20), ids[0], ids[0]] })
    await expectCount(o.browser, o.base, g.id, 11)
    // Add and remove in one request.
    await members({ add: ids.slice(12, 15), remove: ids.slice(1, 4) })
    await expectCount(o.browser, o.base, g.id, 11)
    await expectCount(o.browser, o.base, h.id, 3)

    // Deleting a member contact.
    expect((await o.browser.delete(`${o.base}/contacts/${ids[5]}`)).status).toBe(204)
    await expectCount(o.browser, o.base, g.id, 10)
    // Deleting a non-member contact.
    expect((await o.browser.delete(`${o.base}/contacts/${ids[19]}`)).status).toBe(204)
    await expectCount(o.browser, o.base, g.id, 10)
    // Moving a contact's groups by update.
    await o.browser.patch(`${o.base}/contacts/${ids[1]}`, { groupIds: [g.id] })
    await expectCount(o.browser, o.base, g.id, 11)
    await expectCount(o.browser, o.base, h.id, 2)
    await o.browser.patch(`${o.base}/contacts/${ids[1]}`, { groupIds: [] })
    await expectCount(o.browser, o.base, g.id, 10)
    await expectCount(o.browser, o.base, h.id, 2)

    // Bulk deletion by ids, some members, some not.
    const bulk = await o.browser.post(`${o.base}/contacts/bulk-delete`, {
      contactIds: [ids[6], ids[7], ids[16], ids[2]],
    })
    expect(bulk.body).toEqual({ deleted: 4 })
    await expectCount(o.browser, o.base, g.id, 8)
    await expectCount(o.browser, o.base, h.id, 1)
    // Bulk deletion of the group's own contacts empties it.
    const all = await o.browser.post(`${o.base}/contacts/bulk-delete`, { groupId: g.id })
    expect(all.body).toEqual({ deleted: 8 })
    await expectCount(o.browser, o.base, g.id, 0)
    await expectCount(o.browser, o.base, h.id, 1)
    const rest = await o.browser.get(`${o.base}/contacts?limit=500`)
    expect(rest.body.items.map((c: any) => c.email).sort()).toEqual(
      ['m0', 'm1', 'm3', 'm15', 'm17', 'm18'].map((m) => `${m}@example.test`).sort(),
    )
  })

  it('stays right when members are added concurrently', async () => {
    const o = await owner()
    const g = await newGroup(o.browser, o.base, 'Race')
    const ids: string[] = []
    for (let i = 0; i < 10; i++)
      ids.push((await create(o.browser, o.base, { email: `r${i}@example.test` })).id)
    // Overlapping adds at once: every contact is counted once however the requests interleave.
    const replies = await Promise.all(
      [0, 2, 4, 6].map((start) =>
        o.browser.post(`${o.base}/groups/${g.id}/members`, { add: ids.slice(start, start + 4) }),
      ),
    )
    for (const reply of replies) expect(reply.status).toBe(200)
    await expectCount(o.browser, o.base, g.id, 10)
    await Promise.all(
      [0, 3, 6].map((start) =>
        o.browser.post(`${o.base}/groups/${g.id}/members`, { remove: ids.slice(start, start + 5) }),
      ),
    )
    await expectCount(o.browser, o.base, g.id, 0)
  })

  it('refuses to add ids that are not contacts of the account, and adds nothing then', async () => {
    const o = await owner()
    const p = await owner()
    const g = await newGroup(o.browser, o.base, 'Strict')
    const mine = await create(o.browser, o.base, { email: 'mine@example.test' })
    const theirs = await create(p.browser, p.base, { email: 'theirs@example.test' })
    const foreign = await o.browser.post(`${o.base}/groups/${g.id}/members`, {
      add: [mine.id, theirs.id],
    })
    expect(foreign.status).toBe(422)
    expect(foreign.body.error.field).toBe('add')
    await expectCount(o.browser, o.base, g.id, 0)
    const malformed = await o.browser.post(`${o.base}/groups/${g.id}/members`, {
      add: [mine.id, 'not-a-contact-id'],
    })
    expect(malformed.status).toBe(422)
    expect(malformed.body.error.field).toBe('add')
    await expectCount(o.browser, o.base, g.id, 0)
  })
})

describe('group contacts and deletion', () => {
  it('pages through a group’s contacts, each once, in creation order', async () => {
    const o = await owner()
    const g = await newGroup(o.browser, o.base, 'Paged')
    const expected: string[] = []
    for (let i = 0; i < 37; i++) {
      const c = await create(o.browser, o.base, {
        email: `p${i}@example.test`,
        ...(i % 3 !== 0 ? { groupIds: [g.id] } : {}),
      })
      if (i % 3 !== 0) expected.push(c.id)
    }
    expect(expected).toHaveLength(24)
    expect(await members(o.browser, o.base, g.id, 10)).toEqual(expected)
    expect(await members(o.browser, o.base, g.id, 7)).toEqual(expected)
    expect(await members(o.browser, o.base, g.id, 24)).toEqual(expected)
    const first = await o.browser.get(`${o.base}/groups/${g.id}/contacts?limit=10`)
    expect(first.body.items).toHaveLength(10)
    expect(first.body.items[0]).toMatchObject({ email: 'p1@example.test', groupIds: [g.id] })
    expect(first.body.nextCursor).toBe(expected[9])
  })

  it('deleting a group keeps its contacts', async () => {
    const o = await owner()
    const g = await newGroup(o.browser, o.base, 'Doomed')
    const keep = await newGroup(o.browser, o.base, 'Kept')
    const c1 = await create(o.browser, o.base, {
      email: 'd1@example.test',
      groupIds: [g.id, keep.id],
    })
    const c2 = await create(o.browser, o.base, { email: 'd2@example.test', groupIds: [g.id] })
    expect((await o.browser.delete(`${o.base}/groups/${g.id}`)).status).toBe(204)
    const one = await o.browser.get(`${o.base}/contacts/${c1.id}`)
    expect(one.status).toBe(200)
    expect(one.body.groupIds).toEqual([keep.id])
    const two = await o.browser.get(`${o.base}/contacts/${c2.id}`)
    expect(two.status).toBe(200)
    expect(two.body.groupIds).toEqual([])
    await expectCount(o.browser, o.base, keep.id, 1)
    expect(await realCount(g.id)).toBe(0)
    // The name is free again.
    const again = await newGroup(o.browser, o.base, 'doomed')
    expect(again.memberCount).toBe(0)
  })
})

describe('tags', () => {
  it('creates, lists, renames and deletes tags with unique names (case-insensitive)', async () => {
    const o = await owner()
    const created = await o.browser.post(`${o.base}/tags`, { name: ' Early adopter ' })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({ id: expect.any(String), name: 'Early adopter' })
    const vip = (await o.browser.post(`${o.base}/tags`, { name: 'VIP' })).body
    for (const name of ['vip', 'Vip ', 'early ADOPTER']) {
      const reply = await o.browser.post(`${o.base}/tags`, { name })
      expect(reply.status, name).toBe(409)
      expect(reply.body.error).toMatchObject({ code: 'conflict', field: 'name' })
    }
    expect((await o.browser.post(`${o.base}/tags`, { name: '  ' })).status).toBe(422)
    const list = await o.browser.get(`${o.base}/tags`)
    expect(list.body.items).toEqual([
      { id: created.body.id, name: 'Early adopter' },
      { id: vip.id, name: 'VIP' },
    ])

    const rename = await o.browser.patch(`${o.base}/tags/${vip.id}`, { name: 'Gold' })
    expect(rename.status).toBe(200)
    expect(rename.body).toEqual({ id: vip.id, name: 'Gold' })
    const clash = await o.browser.patch(`${o.base}/tags/${vip.id}`, { name: 'EARLY adopter' })
    expect(clash.status).toBe(409)
    expect(clash.body.error.field).toBe('name')

    // A tagged contact shows the new name, and loses the tag when it is deleted.
    const c = await create(o.browser, o.base, { email: 'tagged@example.test', tags: ['gold'] })
    expect(c.tags).toEqual(['Gold'])
    expect((await o.browser.delete(`${o.base}/tags/${vip.id}`)).status).toBe(204)
    expect((await o.browser.get(`${o.base}/contacts/${c.id}`)).body.tags).toEqual([])
    expect((await o.browser.delete(`${o.base}/tags/${vip.id}`)).status).toBe(404)
    expect((await o.browser.patch(`${o.base}/tags/${vip.id}`, { name: 'x' })).status).toBe(404)
    expect((await o.browser.get(`${o.base}/tags`)).body.items).toHaveLength(1)

    // Another account's tag is not reachable, and the name is free there.
    const p = await owner()
    expect((await p.browser.post(`${p.base}/tags`, { name: 'early adopter' })).status).toBe(201)
    expect((await p.browser.delete(`${p.base}/tags/${created.body.id}`)).status).toBe(404)
    expect((await o.browser.get(`${o.base}/tags`)).body.items).toHaveLength(1)
  })

  it('needs tags.manage to change tags and contacts.view to list them', async () => {
    const o = await owner()
    const tag = (await o.browser.post(`${o.base}/tags`, { name: 'ok' })).body
    const { browser: analyst } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    expect((await analyst.get(`${o.base}/tags`)).status).toBe(200)
    for (const reply of [
      await analyst.post(`${o.base}/tags`, { name: 'no' }),
      await analyst.patch(`${o.base}/tags/${tag.id}`, { name: 'no' }),
      await analyst.delete(`${o.base}/tags/${tag.id}`),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error.permission).toBe('tags.manage')
    }
    const { browser: basic } = await memberOf(t.deps, t.app, o.accountId, { role: 'basic_user' })
    const list = await basic.get(`${o.base}/tags`)
    expect(list.status).toBe(403)
    expect(list.body.error.permission).toBe('contacts.view')
    const stranger = await logIn(t.app, await createUser(t.deps, 'stranger'))
    expect((await stranger.get(`${o.base}/tags`)).status).toBe(404)
  })

  it('needs groups.manage to change groups and members (Analyst: 403; outsider: 404)', async () => {
    const o = await owner()
    const g = await newGroup(o.browser, o.base, 'Guarded')
    const c = await create(o.browser, o.base, { email: 'guarded@example.test' })
    const { browser: analyst } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    expect((await analyst.get(`${o.base}/groups/${g.id}`)).status).toBe(200)
    for (const reply of [
      await analyst.post(`${o.base}/groups`, { name: 'x' }),
      await analyst.patch(`${o.base}/groups/${g.id}`, { name: 'x' }),
      await analyst.post(`${o.base}/groups/${g.id}/members`, { add: [c.id] }),
      await analyst.delete(`${o.base}/groups/${g.id}`),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error.permission).toBe('groups.manage')
    }
    await expectCount(o.browser, o.base, g.id, 0)
    // Campaign Creator manages groups but cannot see contacts in them.
    const { browser: creator } = await memberOf(t.deps, t.app, o.accountId, {
      role: 'campaign_creator',
    })
    expect((await creator.post(`${o.base}/groups/${g.id}/members`, { add: [c.id] })).status).toBe(
      200,
    )
    const peek = await creator.get(`${o.base}/groups/${g.id}/contacts`)
    expect(peek.status).toBe(403)
    expect(peek.body.error.permission).toBe('contacts.view')
    const stranger = await logIn(t.app, await createUser(t.deps, 'stranger'))
    const outside = await stranger.get(`${o.base}/groups/${g.id}`)
    expect(outside.status).toBe(404)
    expect(outside.body.error.resource).toBe('account')
  })
})

describe('group abilities', () => {
  it('says what the caller may do: an own group is editable, a group shared in is read-only', async () => {
    const a = await newOwner(t, 'sharer')
    const b = await newOwner(t, 'receiver')
    await teamOf([a, b])
    const group = await newGroup(a.browser, a.base, 'Customers')
    await share(a.browser, a.base, group.id, b.accountId)

    const own = (await a.browser.get(`${a.base}/groups/${group.id}`)).body
    expect(own.abilities).toEqual({
      shared: false,
      readOnly: false,
      edit: true,
      share: true,
      remove: true,
      export: true,
    })
    const renamed = await a.browser.patch(`${a.base}/groups/${group.id}`, { name: 'Clients' })
    expect(renamed.status).toBe(200)

    const listed = (await b.browser.get(`${b.base}/groups`)).body.items
    const sharedIn = listed.find((g: any) => g.id === group.id)
    // Read-only there, but the receiving account's Owner may take it off its list (the share ends).
    const readOnly = { shared: true, readOnly: true, edit: false, share: false, export: false }
    expect(sharedIn.abilities).toEqual({ ...readOnly, remove: true })
    const refused = await b.browser.patch(`${b.base}/groups/${group.id}`, { name: 'Mine now' })
    expect(refused.status).toBe(409)
    expect(refused.body.error.reason).toBe('shared_group')
  })

  it('follows the role: a member who only views groups may not edit an own group', async () => {
    const o = await owner()
    const group = await newGroup(o.browser, o.base, 'Readers')
    const { browser } = await memberOf(t.deps, t.app, o.accountId, {
      permissions: ['groups.view'],
    })
    const seen = (await browser.get(`${o.base}/groups/${group.id}`)).body
    expect(seen.abilities).toMatchObject({
      shared: false,
      readOnly: false,
      edit: false,
      remove: false,
    })
    expect((await browser.patch(`${o.base}/groups/${group.id}`, { name: 'X' })).status).toBe(403)
  })
})
