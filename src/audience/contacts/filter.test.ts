import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, createTestApp, type TestApp } from '../../../test/helpers/app.js'
import { parseCsv } from '../../../test/helpers/csv.js'
import { createUser, logIn, memberOf } from '../../../test/helpers/factories.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

async function post(browser: Browser, url: string, body: object, status = 201) {
  const reply = await browser.post(url, body)
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  return reply.body
}

/** An Owner with 12 contacts: 6 in "VIP", every third tagged "trial", 2 unsubscribed. */
async function account() {
  const user = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, user)
  const base = `/api/v1/accounts/${user.ownAccountId}`
  const vip = await post(browser, `${base}/groups`, { name: 'VIP' })
  const other = await post(browser, `${base}/groups`, { name: 'Other' })
  for (let i = 0; i < 12; i++) {
    await post(browser, `${base}/contacts`, {
      email: `p${i}@example.test`,
      firstName: i % 2 ? 'Ada' : 'Bob',
      fields: { plan: i < 4 ? 'Gold' : 'Basic' },
      groupIds: i < 6 ? [vip.id] : [],
      tags: i % 3 === 0 ? ['trial'] : [],
      ...(i >= 10 ? { emailStatus: 'unsubscribed' } : {}),
    })
  }
  return { browser, base, vip, other, accountId: user.ownAccountId }
}

async function emails(browser: Browser, url: string) {
  const reply = await browser.get(url)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.items.map((c: { email: string }) => c.email).sort()
}

describe('the contacts filter: one object for the list, the count, bulk actions and the export', () => {
  it('filters the list and counts every match, not only the page', async () => {
    const { browser, base, vip } = await account()
    const count = async (query: string) => await browser.get(`${base}/contacts/count?${query}`)
    expect((await count('')).body).toEqual({ count: 12 })
    expect((await count(`groupId=${vip.id}&q=ada`)).body).toEqual({ count: 3 })
    expect((await count('tag=Trial')).body).toEqual({ count: 4 })
    expect((await count('emailStatus=unsubscribed')).body).toEqual({ count: 2 })
    expect((await count('field=plan&fieldValue=gold')).body).toEqual({ count: 4 })
    expect(await emails(browser, `${base}/contacts?field=plan&fieldValue=Gold&tag=trial`)).toEqual([
      'p0@example.test',
      'p3@example.test',
    ])
    const page = await browser.get(`${base}/contacts?groupId=${vip.id}&limit=2`)
    expect(page.body.items).toHaveLength(2)
    expect(page.body.nextCursor).not.toBeNull()
  })

  it('names the field of a bad filter', async () => {
    const { browser, base } = await account()
    const unknown = await browser.get(`${base}/contacts/count?field=nope`)
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.field).toBe('field')
    const orphan = await browser.get(`${base}/contacts?fieldValue=x`)
    expect(orphan.status).toBe(422)
    expect(orphan.body.error.field).toBe('field')
    const status = await browser.get(`${base}/contacts/count?emailStatus=bounced`)
    expect(status.status).toBe(422)
  })

  it('adds to a group, tags and removes from a group everything a filter matches', async () => {
    const { browser, base, other, vip } = await account()
    const url = `${base}/contacts/bulk-update`
    const filter = { field: 'plan', fieldValue: 'Basic' }
    const added = await post(
      browser,
      url,
      { action: 'add_to_group', targetGroupId: other.id, filter },
      200,
    )
    expect(added).toEqual({ affected: 8 })
    expect((await browser.get(`${base}/groups/${other.id}`)).body.memberCount).toBe(8)
    // Those already in the group are not counted again.
    expect(
      await post(browser, url, { action: 'add_to_group', targetGroupId: other.id, filter }, 200),
    ).toEqual({ affected: 0 })

    const tagged = await post(
      browser,
      url,
      { action: 'add_tag', tag: 'autumn', filter: { groupId: vip.id } },
      200,
    )
    expect(tagged).toEqual({ affected: 6 })
    expect((await browser.get(`${base}/contacts/count?tag=autumn`)).body).toEqual({ count: 6 })

    const removed = await post(
      browser,
      url,
      { action: 'remove_from_group', targetGroupId: other.id, filter: { groupId: vip.id } },
      200,
    )
    expect(removed).toEqual({ affected: 2 })
    expect((await browser.get(`${base}/groups/${other.id}`)).body.memberCount).toBe(6)

    const noTarget = await browser.post(url, { action: 'add_to_group', filter })
    expect(noTarget.status).toBe(422)
    expect(noTarget.body.error.field).toBe('groupId')
  })

  it('deletes everything a filter matches, and only that', async () => {
    const { browser, base } = await account()
    const deleted = await post(
      browser,
      `${base}/contacts/bulk-delete`,
      { filter: { q: 'ada', emailStatus: 'subscribed' } },
      200,
    )
    expect(deleted).toEqual({ deleted: 5 })
    expect((await browser.get(`${base}/contacts/count`)).body).toEqual({ count: 7 })
  })

  it('exports what the filter matches', async () => {
    const { browser, base } = await account()
    const reply = await browser.get(`${base}/contacts/export?tag=trial&emailStatus=subscribed`)
    expect(reply.status).toBe(200)
    expect(
      parseCsv(reply.body)
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['p0@example.test', 'p3@example.test', 'p6@example.test', 'p9@example.test'])
  })

  it('bulk updates need contacts.edit; an Analyst gets 403 and nothing changes', async () => {
    const { browser, base, other, accountId } = await account()
    const { browser: analyst } = await memberOf(t.deps, t.app, accountId, { role: 'analyst' })
    const reply = await analyst.post(`${base}/contacts/bulk-update`, {
      action: 'add_to_group',
      targetGroupId: other.id,
      filter: {},
    })
    expect(reply.status).toBe(403)
    expect((await browser.get(`${base}/groups/${other.id}`)).body.memberCount).toBe(0)
    expect((await analyst.get(`${base}/contacts/count`)).body).toEqual({ count: 12 })
  })
})
