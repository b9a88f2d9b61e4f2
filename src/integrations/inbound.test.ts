import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import { loggedRequest } from '../server.js'
import { INBOUND_LIMIT, LOG_KEPT } from './inbound-posts.js'

const t = useTestApp()

const inboundUrl = (accountId: string) => `/api/v1/accounts/${accountId}/integrations/inbound`

/** Posts as another system does: no session, no cookie, only the secret URL. */
function postTo(url: string, payload: unknown, contentType = 'application/json') {
  const path = new URL(url).pathname
  return t.app
    .inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': contentType },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    })
    .then((r) => ({ status: r.statusCode, body: r.body ? JSON.parse(r.body) : null }))
}

async function owner() {
  const user = await createUser(t.deps, 'owner')
  return { user, accountId: user.ownAccountId, browser: await logIn(t.app, user) }
}

const shopEndpoint = {
  name: 'Shop orders',
  kind: 'events',
  mapping: {
    fields: [
      { from: 'customer.email', to: 'email' },
      { from: 'customer.first_name', to: 'firstName' },
    ],
    eventName: 'order_placed',
    keyPath: 'order.id',
  },
}

const crmEndpoint = {
  name: 'CRM leads',
  kind: 'contacts',
  mapping: {
    fields: [
      { from: 'lead.email', to: 'email' },
      { from: 'lead.first', to: 'firstName' },
      { from: 'lead.last', to: 'lastName' },
      { from: 'lead.company', to: 'fields.company' },
    ],
  },
}

function order(id: number, email = 'buyer@example.test') {
  return { order: { id, total: 99.5 }, customer: { email, first_name: 'Bea' } }
}

async function logOf(browser: Browser, accountId: string, endpointId: string) {
  const reply = await browser.get(`${inboundUrl(accountId)}/${endpointId}/log`)
  expect(reply.status).toBe(200)
  return reply.body.items as Array<{ outcome: string; reason: string | null; excerpt: string }>
}

describe('inbound endpoints', () => {
  it('turn a shop’s order into one custom event per order id, however often it is posted', async () => {
    const { accountId, browser } = await owner()
    const created = await browser.post(inboundUrl(accountId), shopEndpoint)
    expect(created.status).toBe(201)
    expect(created.body.url).toMatch(/\/api\/v1\/inbound\/[A-Za-z0-9_-]{43}$/)

    const first = await postTo(created.body.url, order(1001))
    expect(first.status, JSON.stringify(first.body)).toBe(202)
    expect(first.body.outcome).toBe('accepted')
    const again = await postTo(created.body.url, order(1001))
    expect(again.status).toBe(202)
    expect(again.body).toEqual({ ...first.body, outcome: 'duplicate' })

    const events = await browser.get(
      `/api/v1/accounts/${accountId}/contacts/${first.body.contactId}/events`,
    )
    expect(events.body.items).toHaveLength(1)
    expect(events.body.items[0]).toMatchObject({
      name: 'order_placed',
      key: '1001',
      source: `integration:${created.body.id}`,
      properties: order(1001),
    })
    const contact = await browser.get(
      `/api/v1/accounts/${accountId}/contacts/${first.body.contactId}`,
    )
    expect(contact.body).toMatchObject({ email: 'buyer@example.test', firstName: 'Bea' })

    const log = await logOf(browser, accountId, created.body.id)
    expect(log.map((e) => e.outcome)).toEqual(['duplicate', 'accepted'])
    expect(log[1]?.excerpt).toContain('"id":1001')
    // The list never shows the secret.
    const listed = await browser.get(inboundUrl(accountId))
    expect(JSON.stringify(listed.body)).not.toContain(new URL(created.body.url).pathname.slice(-43))
  })

  it('add a CRM’s lead as a contact, and complete an existing contact without overwriting it', async () => {
    const { accountId, browser } = await owner()
    const group = await browser.post(`/api/v1/accounts/${accountId}/groups`, { name: 'Leads' })
    const existing = await browser.post(`/api/v1/accounts/${accountId}/contacts`, {
      email: 'known@example.test',
      firstName: 'Kim',
      emailStatus: 'unsubscribed',
    })
    const created = await browser.post(inboundUrl(accountId), {
      ...crmEndpoint,
      groupId: group.body.id,
      tags: ['crm'],
    })
    expect(created.status).toBe(201)

    const lead = await postTo(created.body.url, {
      lead: { email: 'new@example.test', first: 'Noor', last: 'Haddad', company: 'Acme' },
    })
    expect(lead.status).toBe(202)
    const added = await browser.get(`/api/v1/accounts/${accountId}/contacts/${lead.body.contactId}`)
    expect(added.body).toMatchObject({
      firstName: 'Noor',
      lastName: 'Haddad',
      fields: { company: 'Acme' },
      emailStatus: 'subscribed',
      groupIds: [group.body.id],
      tags: ['crm'],
    })

    const known = await postTo(created.body.url, {
      lead: { email: 'KNOWN@example.test', first: 'Someone Else', last: 'Lee', company: 'Initech' },
    })
    expect(known.status).toBe(202)
    expect(known.body.contactId).toBe(existing.body.id)
    const after = await browser.get(`/api/v1/accounts/${accountId}/contacts/${existing.body.id}`)
    expect(after.body).toMatchObject({
      firstName: 'Kim',
      lastName: 'Lee',
      fields: { company: 'Initech' },
      emailStatus: 'unsubscribed',
      groupIds: [group.body.id],
      tags: ['crm'],
    })
  })

  it('take form posts, and refuse what they cannot map with the reason in the log', async () => {
    const { accountId, browser } = await owner()
    const created = await browser.post(inboundUrl(accountId), {
      name: 'Web form',
      kind: 'contacts',
      mapping: {
        fields: [
          { from: 'email', to: 'email' },
          { from: 'name', to: 'firstName' },
        ],
      },
    })
    const form = await postTo(
      created.body.url,
      'email=form%40example.test&name=Fern',
      'application/x-www-form-urlencoded',
    )
    expect(form.status).toBe(202)
    const missing = await postTo(created.body.url, { name: 'No address' })
    expect(missing.status).toBe(422)
    expect(missing.body.error.field).toBe('email')
    const nul = await postTo(created.body.url, { email: 'a\u0000@example.test' })
    expect(nul.status).toBe(422)
    const big = await postTo(created.body.url, {
      email: 'big@example.test',
      pad: 'x'.repeat(70_000),
    })
    expect(big.status).toBe(413)

    const log = await logOf(browser, accountId, created.body.id)
    expect(log.map((e) => e.outcome)).toEqual(['refused', 'refused', 'refused', 'accepted'])
    expect(log[2]?.reason).toMatch(/email/)
    expect(log[2]?.excerpt).toContain('No address')
    expect(log[0]?.reason).toMatch(/too large/)
  })

  it('answer 404 to a wrong token and to a disabled endpoint, and rotate to a new URL', async () => {
    const { accountId, browser } = await owner()
    const created = await browser.post(inboundUrl(accountId), crmEndpoint)
    const lead = { lead: { email: 'x@example.test' } }
    expect((await postTo(`http://x/api/v1/inbound/${'A'.repeat(43)}`, lead)).status).toBe(404)
    expect((await postTo('http://x/api/v1/inbound/short', lead)).status).toBe(404)

    const disabled = await browser.patch(`${inboundUrl(accountId)}/${created.body.id}`, {
      enabled: false,
    })
    expect(disabled.body.enabled).toBe(false)
    expect((await postTo(created.body.url, lead)).status).toBe(404)
    await browser.patch(`${inboundUrl(accountId)}/${created.body.id}`, { enabled: true })
    expect((await postTo(created.body.url, lead)).status).toBe(202)

    const rotated = await browser.post(`${inboundUrl(accountId)}/${created.body.id}/rotate`)
    expect(rotated.status).toBe(200)
    expect(rotated.body.url).not.toBe(created.body.url)
    expect((await postTo(created.body.url, lead)).status).toBe(404)
    expect((await postTo(rotated.body.url, lead)).status).toBe(202)
  })

  it('slow a flood down with 429 per endpoint', async () => {
    const { accountId, browser } = await owner()
    const flooded = await browser.post(inboundUrl(accountId), crmEndpoint)
    const other = await browser.post(inboundUrl(accountId), crmEndpoint)
    // Empty posts are refused cheaply, and count like any other.
    for (let i = 0; i < INBOUND_LIMIT.max; i++) {
      expect((await postTo(flooded.body.url, {})).status).toBe(422)
    }
    const limited = await postTo(flooded.body.url, { lead: { email: 'late@example.test' } })
    expect(limited.status).toBe(429)
    // What the limit refused costs no log entry: a flood cannot push the useful ones out.
    const logged = await logOf(browser, accountId, flooded.body.id)
    expect(logged.filter((entry) => entry.excerpt.includes('late@example.test'))).toEqual([])
    expect((await postTo(other.body.url, { lead: { email: 'ok@example.test' } })).status).toBe(202)
  })

  it('keep the newest 1,000 posts of an endpoint in its log', async () => {
    const { accountId, browser } = await owner()
    const created = await browser.post(inboundUrl(accountId), crmEndpoint)
    const endpointId = created.body.id as string
    await sql`
      insert into inbound_log (account_id, endpoint_id, outcome, excerpt)
      select ${accountId}, ${endpointId}, 'refused', 'old ' || n from generate_series(1, ${LOG_KEPT}) n
    `.execute(t.deps.db)
    expect(
      (await postTo(created.body.url, { lead: { email: 'newest@example.test' } })).status,
    ).toBe(202)
    const kept = await t.deps.db
      .selectFrom('inbound_log')
      .select(['excerpt'])
      .where('endpoint_id', '=', endpointId)
      .orderBy('id')
      .execute()
    expect(kept).toHaveLength(LOG_KEPT)
    expect(kept[0]?.excerpt).toBe('old 2')
    expect(kept.at(-1)?.excerpt).toContain('newest@example.test')
  })

  it('check the mapping, and are configured only with the permissions their posts use', async () => {
    const { accountId, browser } = await owner()
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...crmEndpoint, mapping: { fields: [{ from: 'a', to: 'firstName' }] } }, 'mapping.fields'],
      [
        { ...crmEndpoint, mapping: { fields: [{ from: 'a', to: 'colour' }] } },
        'mapping.fields.0.to',
      ],
      [
        { ...crmEndpoint, mapping: { fields: [{ from: 'a..b', to: 'email' }] } },
        'mapping.fields.0.from',
      ],
      [
        { ...shopEndpoint, mapping: { ...shopEndpoint.mapping, eventName: null } },
        'mapping.eventName',
      ],
      [
        { ...shopEndpoint, mapping: { ...shopEndpoint.mapping, eventName: 'a b' } },
        'mapping.eventName',
      ],
      [
        { ...crmEndpoint, mapping: { fields: [{ from: 'lead.__proto__.x', to: 'email' }] } },
        'mapping.fields.0.from',
      ],
      [{ ...crmEndpoint, groupId: '0190d5d2-0000-7000-8000-000000000000' }, 'groupId'],
    ]
    for (const [body, field] of bad) {
      const reply = await browser.post(inboundUrl(accountId), body)
      expect(reply.status, field).toBe(422)
      expect(reply.body.error.field).toBe(field)
    }
    const integrator = await memberOf(t.deps, t.app, accountId, {
      permissions: ['integrations.manage', 'contacts.view', 'contacts.edit'],
    })
    const refused = await integrator.browser.post(inboundUrl(accountId), crmEndpoint)
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('contacts.create')
    expect((await integrator.browser.post(inboundUrl(accountId), shopEndpoint)).status).toBe(201)

    // Rotating hands out a URL that acts with the endpoint's powers: the same permissions again,
    // and the log's excerpts of posted contact data only for those who may see contacts.
    const crm = await browser.post(inboundUrl(accountId), crmEndpoint)
    expect((await postTo(crm.body.url, { lead: { email: 'kim@example.test' } })).status).toBe(202)
    const onlyIntegrations = await memberOf(t.deps, t.app, accountId, {
      permissions: ['integrations.manage'],
    })
    const rotation = await onlyIntegrations.browser.post(
      `${inboundUrl(accountId)}/${crm.body.id}/rotate`,
    )
    expect(rotation.status).toBe(403)
    expect(rotation.body.error.permission).toBe('contacts.create')
    const seen = await logOf(onlyIntegrations.browser, accountId, crm.body.id)
    expect(seen.map((entry) => [entry.outcome, entry.excerpt])).toEqual([['accepted', '']])
    expect((await logOf(browser, accountId, crm.body.id))[0]?.excerpt).toContain('kim@example.test')
  })

  it('refuse a post nested too deep with 422, and log it without serialising it', async () => {
    const { accountId, browser } = await owner()
    for (const endpoint of [crmEndpoint, shopEndpoint]) {
      const created = await browser.post(inboundUrl(accountId), endpoint)
      const deep = `{"lead":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
      const reply = await postTo(created.body.url, deep)
      expect(reply.status, endpoint.name).toBe(422)
      expect(reply.body.error.field).toBe('body')
      const log = await logOf(browser, accountId, created.body.id)
      expect(log.map((entry) => [entry.outcome, entry.excerpt])).toEqual([
        ['refused', '(nested too deep)'],
      ])
    }
    const contacts = await browser.get(`/api/v1/accounts/${accountId}/contacts`)
    expect(contacts.body.items).toEqual([])
  })

  it('leave the secret of their URL out of the server log', () => {
    expect(loggedRequest({ method: 'POST', url: '/api/v1/inbound/s3cr3t?x=1' }).url).toBe(
      '/api/v1/inbound/[secret]?x=1',
    )
    expect(loggedRequest({ url: '/api/v1/accounts/a/contacts' }).url).toBe(
      '/api/v1/accounts/a/contacts',
    )
  })

  it('stop acting for a configurer who lost access, and are invisible outside the account', async () => {
    const { accountId, browser } = await owner()
    const { user, browser: memberBrowser } = await memberOf(t.deps, t.app, accountId, {
      role: 'admin',
    })
    const created = await memberBrowser.post(inboundUrl(accountId), crmEndpoint)
    expect(created.status).toBe(201)
    await t.deps.db
      .deleteFrom('memberships')
      .where('user_id', '=', user.id)
      .where('account_id', '=', accountId)
      .execute()
    const post = await postTo(created.body.url, { lead: { email: 'late@example.test' } })
    expect(post.status).toBe(403)
    const log = await logOf(browser, accountId, created.body.id)
    expect(log[0]?.outcome).toBe('refused')

    const outsider = await owner()
    const seen = await outsider.browser.get(`${inboundUrl(accountId)}/${created.body.id}`)
    expect(seen.status).toBe(404)
    const ownUrl = `${inboundUrl(outsider.accountId)}/${created.body.id}`
    expect((await outsider.browser.get(ownUrl)).status).toBe(404)
    expect((await outsider.browser.delete(ownUrl)).status).toBe(404)
  })
})
