import { describe, expect, it } from 'vitest'
import {
  type Brand,
  deliverEverything,
  draft,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { expectStatus, newContact, newOwner, type Owner } from '../../test/helpers/sharing.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

const { t, sink } = useTestAppWithSmtpSink()

const footer = {
  name: 'footer',
  defaultValue: 'ACME Ltd, 1 Main Street',
  description: 'Postal address for the footer',
}

async function newPlaceholder(o: { browser: Owner['browser']; base: string }, body: object) {
  return expectStatus(await o.browser.post(`${o.base}/placeholders`, body), 201)
}

async function newTemplate(o: Owner, body: object) {
  return expectStatus(await o.browser.post(`${o.base}/templates`, { name: 'T', ...body }), 201)
}

describe('placeholders', () => {
  it('are created, searched, read, edited and deleted', async () => {
    const o = await newOwner(t)
    const created = await newPlaceholder(o, footer)
    expect(created).toMatchObject({
      ...footer,
      accountId: o.accountId,
      abilities: { edit: true, delete: true },
    })
    await newPlaceholder(o, { name: 'signature', defaultValue: 'The team' })

    const all = expectStatus(await o.browser.get(`${o.base}/placeholders`), 200)
    expect(all.items.map((p: { name: string }) => p.name)).toEqual(['footer', 'signature'])
    const found = expectStatus(await o.browser.get(`${o.base}/placeholders?q=postal`), 200)
    expect(found.items.map((p: { name: string }) => p.name)).toEqual(['footer'])
    // LIKE wildcards in a search match themselves.
    const none = expectStatus(await o.browser.get(`${o.base}/placeholders?q=%25`), 200)
    expect(none.items).toEqual([])

    const path = `${o.base}/placeholders/${created.id}`
    expect(expectStatus(await o.browser.get(path), 200).name).toBe('footer')
    const edited = expectStatus(
      await o.browser.patch(path, { name: 'address', defaultValue: 'ACME, 2 High Street' }),
      200,
    )
    expect(edited).toMatchObject({ name: 'address', defaultValue: 'ACME, 2 High Street' })
    expectStatus(await o.browser.delete(path), 204)
    expectStatus(await o.browser.get(path), 404)
  })

  it('refuse a name that is not a Liquid name, or one the account already has, naming the field', async () => {
    const o = await newOwner(t)
    for (const name of ['2fast', 'with space', 'dash-ed', ' ']) {
      const refused = expectStatus(
        await o.browser.post(`${o.base}/placeholders`, { name, defaultValue: 'x' }),
        422,
      )
      expect(refused.error).toMatchObject({ code: 'validation_failed', field: 'name' })
    }
    await newPlaceholder(o, footer)
    const taken = expectStatus(await o.browser.post(`${o.base}/placeholders`, footer), 409)
    expect(taken.error).toMatchObject({ code: 'conflict', field: 'name' })
  })

  it('belong to their account: another account sees 404', async () => {
    const o = await newOwner(t)
    const other = await newOwner(t, 'other')
    const created = await newPlaceholder(o, footer)
    expectStatus(await other.browser.get(`${other.base}/placeholders/${created.id}`), 404)
    expectStatus(await other.browser.delete(`${other.base}/placeholders/${created.id}`), 404)
    expect(expectStatus(await other.browser.get(`${other.base}/placeholders`), 200).items).toEqual(
      [],
    )
  })

  it('an Analyst (templates.view) reads them, cannot change them, and is told so', async () => {
    const o = await newOwner(t)
    const created = await newPlaceholder(o, footer)
    const analyst = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' }, 'analyst')
    const read = expectStatus(
      await analyst.browser.get(`${o.base}/placeholders/${created.id}`),
      200,
    )
    expect(read.abilities).toEqual({ edit: false, delete: false })
    const refused = expectStatus(
      await analyst.browser.patch(`${o.base}/placeholders/${created.id}`, { defaultValue: 'x' }),
      403,
    )
    expect(refused.error).toMatchObject({ code: 'forbidden', permission: 'templates.manage' })
  })
})

describe('placeholders in messages', () => {
  it('a template preview prints the default value, HTML-escaped', async () => {
    const o = await newOwner(t)
    await newPlaceholder(o, { name: 'footer', defaultValue: 'ACME <Ltd>' })
    const template = await newTemplate(o, {
      html: '<p>{{ firstName }}</p><footer>{{ placeholder.footer }}|{{ placeholder.missing }}|</footer>',
    })
    const preview = await o.browser.get(`${o.base}/templates/${template.id}/preview`)
    expect(preview.status).toBe(200)
    expect(preview.body).toContain('<footer>ACME &lt;Ltd&gt;||</footer>')
  })

  it('a campaign sends each recipient the default value of the account’s placeholder', async () => {
    const b: Brand = await newBrand(t, 'placeholders', [{ email: 'ana@example.com' }])
    await newPlaceholder(b, { name: 'signature', defaultValue: 'The ACME team' })
    const campaign = await draft(b.browser, b, {
      subject: 'News from {{ placeholder.signature }}',
      html: '<p>Hello</p><p>{{ placeholder.signature }}</p>',
    })
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    await deliverEverything(t)
    const [mail] = messagesOf(sink, campaign.id)
    expect(mail?.subject).toBe('News from The ACME team')
    expect(mail?.html).toContain('<p>The ACME team</p>')
    const preview = await b.browser.get(`${b.base}/campaigns/${campaign.id}/preview`)
    expect(preview.body).toContain('<p>The ACME team</p>')
  })
})

describe('check template variables', () => {
  it('lists each variable the template reads and whether the account has it', async () => {
    const o = await newOwner(t)
    expectStatus(await o.browser.post(`${o.base}/fields`, { key: 'plan', type: 'text' }), 201)
    await newPlaceholder(o, footer)
    const template = await newTemplate(o, {
      subject: 'Hi {{ firstName }}',
      html: '<p>{{ firstName }} {{ plan }} {{ fields.plan }} {{ favouriteColour }}</p>{% for i in (1..2) %}{{ i }}{% endfor %}{{ placeholder.footer }} {{ placeholder.nope }} <a href="{{ unsubscribeUrl }}">x</a>',
    })
    const checked = expectStatus(
      await o.browser.get(`${o.base}/templates/${template.id}/variables`),
      200,
    )
    expect(checked.items).toEqual([
      { name: 'favouriteColour', kind: 'unknown', exists: false, usedIn: ['html'] },
      { name: 'fields.plan', kind: 'custom', exists: true, usedIn: ['html'] },
      { name: 'firstName', kind: 'standard', exists: true, usedIn: ['subject', 'html'] },
      { name: 'placeholder.footer', kind: 'placeholder', exists: true, usedIn: ['html'] },
      { name: 'placeholder.nope', kind: 'unknown', exists: false, usedIn: ['html'] },
      { name: 'plan', kind: 'custom', exists: true, usedIn: ['html'] },
      { name: 'unsubscribeUrl', kind: 'platform', exists: true, usedIn: ['html'] },
    ])
  })
})

describe('template preview for a chosen contact', () => {
  it('renders for one of the account’s contacts with contacts.view; without it, 403', async () => {
    const o = await newOwner(t)
    const contact = await newContact(o.browser, o.base, {
      email: 'zoe@example.com',
      firstName: 'Zoë',
    })
    const template = await newTemplate(o, { html: '<p>Hello {{ firstName }}</p>' })
    const path = `${o.base}/templates/${template.id}/preview`
    expect((await o.browser.get(`${path}?contactId=${contact.id}`)).body).toContain(
      '<p>Hello Zoë</p>',
    )
    expect((await o.browser.get(path)).body).toContain('<p>Hello Alex</p>')

    const other = await newOwner(t, 'other')
    const theirs = await newContact(other.browser, other.base, { email: 'x@example.com' })
    expectStatus(await o.browser.get(`${path}?contactId=${theirs.id}`), 404)
    expectStatus(await o.browser.get(`${path}?contactId=nope`), 404)

    const author = await memberOf(t.deps, t.app, o.accountId, { role: 'author' }, 'author')
    const refused = expectStatus(await author.browser.get(`${path}?contactId=${contact.id}`), 403)
    expect(refused.error).toMatchObject({ permission: 'contacts.view' })
    expect((await author.browser.get(path)).status).toBe(200)
  })
})
