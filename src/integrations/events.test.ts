import { describe, expect, it } from 'vitest'
import { Browser, useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../test/helpers/factories.js'

const t = useTestApp()

const eventsUrl = (accountId: string) => `/api/v1/accounts/${accountId}/events`

async function ownerWithContact() {
  const owner = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, owner)
  const contact = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/contacts`, {
    email: 'ada@example.test',
    firstName: 'Ada',
  })
  expect(contact.status).toBe(201)
  return { owner, browser, accountId: owner.ownAccountId, contactId: contact.body.id as string }
}

describe('POST …/events', () => {
  it('records an event about a contact by email or id, and the contact’s events show it', async () => {
    const { browser, accountId, contactId } = await ownerWithContact()
    const byEmail = await browser.post(eventsUrl(accountId), {
      contactEmail: 'ADA@example.test',
      name: 'order_placed',
      properties: { total: 42, items: [{ sku: 'A1' }] },
    })
    expect(byEmail.status).toBe(202)
    expect(byEmail.body.duplicate).toBe(false)
    const byId = await browser.post(eventsUrl(accountId), { contactId, name: 'cart:abandoned' })
    expect(byId.status).toBe(202)

    const events = await browser.get(`/api/v1/accounts/${accountId}/contacts/${contactId}/events`)
    expect(events.status).toBe(200)
    expect(events.body.items.map((e: { name: string }) => e.name)).toEqual([
      'cart:abandoned',
      'order_placed',
    ])
    expect(events.body.items[1]).toMatchObject({
      id: byEmail.body.id,
      properties: { total: 42, items: [{ sku: 'A1' }] },
      key: null,
      source: 'api',
    })
  })

  it('counts an event once per name and key, even when two posts race', async () => {
    const { browser, accountId, contactId } = await ownerWithContact()
    const post = () =>
      browser.post(eventsUrl(accountId), {
        contactEmail: 'ada@example.test',
        name: 'order_placed',
        key: 'order-1001',
      })
    const [first, second] = await Promise.all([post(), post()])
    expect([first.status, second.status]).toEqual([202, 202])
    expect(first.body.id).toBe(second.body.id)
    expect([first.body.duplicate, second.body.duplicate].sort()).toEqual([false, true])
    const again = await post()
    expect(again.body).toEqual({ id: first.body.id, duplicate: true })
    // The same key under another name is another event.
    const other = await browser.post(eventsUrl(accountId), {
      contactId,
      name: 'order_shipped',
      key: 'order-1001',
    })
    expect(other.body.duplicate).toBe(false)
    const rows = await t.deps.db
      .selectFrom('custom_events')
      .select('id')
      .where('account_id', '=', accountId)
      .execute()
    expect(rows).toHaveLength(2)
  })

  it('adds an unknown address as a contact only for a caller who may create contacts', async () => {
    const { accountId } = await ownerWithContact()
    const creator = await memberOf(t.deps, t.app, accountId, { role: 'data_manager' })
    const created = await creator.browser.post(eventsUrl(accountId), {
      contactEmail: 'new@example.test',
      name: 'lead',
    })
    expect(created.status).toBe(202)
    const contacts = await creator.browser.get(
      `/api/v1/accounts/${accountId}/contacts?q=new@example.test`,
    )
    expect(contacts.body.items).toHaveLength(1)
    expect(contacts.body.items[0].emailStatus).toBe('subscribed')

    const editor = await memberOf(t.deps, t.app, accountId, {
      permissions: ['contacts.view', 'contacts.edit'],
    })
    const refused = await editor.browser.post(eventsUrl(accountId), {
      contactEmail: 'stranger@example.test',
      name: 'lead',
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error.field).toBe('contactEmail')
    // A known contact is fine without contacts.create.
    const known = await editor.browser.post(eventsUrl(accountId), {
      contactEmail: 'ada@example.test',
      name: 'lead',
    })
    expect(known.status).toBe(202)
  })

  it('refuses bad input with 422 naming the field', async () => {
    const { browser, accountId } = await ownerWithContact()
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ contactEmail: 'ada@example.test', name: 'has space' }, 'name'],
      [{ contactEmail: 'ada@example.test', name: 'x'.repeat(101) }, 'name'],
      [{ contactEmail: 'ada@example.test', name: '' }, 'name'],
      [{ name: 'lead' }, 'contactEmail'],
      [{ contactEmail: 'ada@example.test', contactId: 'x', name: 'lead' }, 'contactEmail'],
      [{ contactEmail: 'not an address', name: 'lead' }, 'contactEmail'],
      [{ contactId: '0190d5d2-0000-7000-8000-000000000000', name: 'lead' }, 'contactId'],
      [{ contactEmail: 'ada@example.test', name: 'lead', properties: [1] }, 'properties'],
      [
        { contactEmail: 'ada@example.test', name: 'lead', properties: { big: 'x'.repeat(17_000) } },
        'properties',
      ],
      [
        {
          contactEmail: 'ada@example.test',
          name: 'lead',
          properties: { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } },
        },
        'properties',
      ],
      [
        { contactEmail: 'ada@example.test', name: 'lead', properties: { note: 'a\u0000b' } },
        'properties.note',
      ],
      [{ contactEmail: 'ada@example.test', name: 'lead', key: '\ud800' }, 'key'],
      [{ contactEmail: 'ada@example.test', name: 'lead', colour: 'red' }, 'colour'],
    ]
    for (const [body, field] of cases) {
      const reply = await browser.post(eventsUrl(accountId), body)
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(422)
      expect(reply.body.error.field, JSON.stringify(body).slice(0, 80)).toBe(field)
    }
    // Nested far beyond what serialising can take: refused before anything serialises it.
    const deep = `{"contactEmail":"ada@example.test","name":"lead","properties":{"d":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`
    const reply = await browser.request('POST', eventsUrl(accountId), deep, {
      'content-type': 'application/json',
    })
    expect(reply.status).toBe(422)
    expect(reply.body.error.field).toBe('properties')
  })

  it('takes posts from an API key holding contacts.edit', async () => {
    const { browser, accountId } = await ownerWithContact()
    const key = await browser.post(`/api/v1/accounts/${accountId}/api-keys`, {
      name: 'shop',
      permissions: ['contacts.view', 'contacts.edit'],
    })
    const reply = await new Browser(t.app).request(
      'POST',
      eventsUrl(accountId),
      { contactEmail: 'ada@example.test', name: 'order_placed', key: '7' },
      { authorization: `Bearer ${key.body.key}` },
    )
    expect(reply.status).toBe(202)
    const readOnly = await browser.post(`/api/v1/accounts/${accountId}/api-keys`, {
      name: 'reader',
      permissions: ['contacts.view'],
    })
    const refused = await new Browser(t.app).request(
      'POST',
      eventsUrl(accountId),
      { contactEmail: 'ada@example.test', name: 'order_placed' },
      { authorization: `Bearer ${readOnly.body.key}` },
    )
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('contacts.edit')
  })

  it('is a 404 in an account the caller cannot see, and for a contact of another account', async () => {
    const { accountId, contactId } = await ownerWithContact()
    const outsider = await createUser(t.deps, 'outsider')
    const browser = await logIn(t.app, outsider)
    const reply = await browser.post(eventsUrl(accountId), {
      contactEmail: 'ada@example.test',
      name: 'lead',
    })
    expect(reply.status).toBe(404)
    const theirs = await browser.get(
      `/api/v1/accounts/${outsider.ownAccountId}/contacts/${contactId}/events`,
    )
    expect(theirs.status).toBe(404)
    const posted = await browser.post(eventsUrl(outsider.ownAccountId), { contactId, name: 'lead' })
    expect(posted.status).toBe(422)
    expect(posted.body.error.field).toBe('contactId')
  })
})
