import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Browser } from '../../test/helpers/app.js'
import { createSubaccount, memberOf } from '../../test/helpers/factories.js'
import {
  accountBase,
  expectStatus,
  newContact,
  newOwner,
  type Owner,
} from '../../test/helpers/sharing.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { findLiveAccount } from '../accounts/repository.js'
import { MAX_SOURCE_CHARS } from './render.js'
import { findUsableTemplate } from './templates.js'

const { t, sink } = useTestAppWithSmtpSink()

const welcome = {
  name: 'Welcome',
  category: 'Onboarding',
  subject: 'Welcome, {{ firstName | default: "friend" }}!',
  html: '<h1>Hello {{ firstName }}</h1><p>Your plan: {{ plan | default: "free" }}</p><a href="{{ unsubscribeUrl }}">unsubscribe</a>',
  text: 'Hello {{ firstName }}',
}

async function newTemplate(o: Owner, body: object = welcome) {
  return expectStatus(await o.browser.post(`${o.base}/templates`, body), 201)
}

/** A new owner's template (of `body`) and its preview as they get it. */
async function previewOf(body: object = welcome) {
  const o = await newOwner(t)
  const template = await newTemplate(o, body)
  return o.browser.get(`${o.base}/templates/${template.id}/preview`)
}

async function auditActions(accountId: string) {
  const rows = await t.deps.db
    .selectFrom('audit_log')
    .select(['action', 'target_id', 'details'])
    .where('account_id', '=', accountId)
    .execute()
  return rows
}

describe('templates CRUD', () => {
  it('creates, lists, reads, edits and deletes a template', async () => {
    const o = await newOwner(t)
    const created = await newTemplate(o)
    expect(created).toMatchObject({
      id: expect.any(String),
      accountId: o.accountId,
      name: 'Welcome',
      category: 'Onboarding',
      channel: 'email',
      subject: welcome.subject,
      html: welcome.html,
      text: welcome.text,
      shared: false,
      ownerAccountId: o.accountId,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    const sms = await newTemplate(o, { name: 'Flash sale', channel: 'sms', text: 'Sale!' })
    expect(sms).toMatchObject({ channel: 'sms', category: null, subject: '', html: '' })

    const list = expectStatus(await o.browser.get(`${o.base}/templates`), 200)
    expect(list.items.map((x: { name: string }) => x.name)).toEqual(['Flash sale', 'Welcome'])
    const onboarding = expectStatus(
      await o.browser.get(`${o.base}/templates?category=Onboarding`),
      200,
    )
    expect(onboarding.items.map((x: { id: string }) => x.id)).toEqual([created.id])
    expect(expectStatus(await o.browser.get(`${o.base}/template-categories`), 200)).toEqual({
      items: ['Onboarding'],
    })

    expect(expectStatus(await o.browser.get(`${o.base}/templates/${created.id}`), 200)).toEqual(
      created,
    )
    const edited = expectStatus(
      await o.browser.patch(`${o.base}/templates/${created.id}`, {
        name: ' Welcome v2 ',
        category: '',
        subject: 'Hi {{ firstName }}',
      }),
      200,
    )
    expect(edited).toMatchObject({
      name: 'Welcome v2',
      category: null,
      subject: 'Hi {{ firstName }}',
      html: welcome.html,
    })

    expectStatus(await o.browser.delete(`${o.base}/templates/${created.id}`), 204)
    expectStatus(await o.browser.get(`${o.base}/templates/${created.id}`), 404)
    expectStatus(await o.browser.delete(`${o.base}/templates/${created.id}`), 404)
    expect((await auditActions(o.accountId)).map((a) => a.action)).toContain('template.deleted')
  })

  it('refuses invalid Liquid with 422 naming the field, and stores nothing', async () => {
    const o = await newOwner(t)
    for (const field of ['subject', 'html', 'text']) {
      const reply = await o.browser.post(`${o.base}/templates`, {
        name: 'Broken',
        [field]: 'Hi {{ firstName ',
      })
      const body = expectStatus(reply, 422)
      expect(body.error).toMatchObject({ code: 'validation_failed', field })
    }
    const include = await o.browser.post(`${o.base}/templates`, {
      name: 'Sneaky',
      html: "{% include '/etc/passwd' %}",
    })
    expect(expectStatus(include, 422).error.field).toBe('html')
    expect(expectStatus(await o.browser.get(`${o.base}/templates`), 200).items).toEqual([])

    const ok = await newTemplate(o)
    const patch = await o.browser.patch(`${o.base}/templates/${ok.id}`, { text: '{% for %}' })
    expect(expectStatus(patch, 422).error.field).toBe('text')
    expect(expectStatus(await o.browser.get(`${o.base}/templates/${ok.id}`), 200).text).toBe(
      welcome.text,
    )
  })

  it('validates bodies: closed, typed, name required', async () => {
    const o = await newOwner(t)
    expectStatus(await o.browser.post(`${o.base}/templates`, { subject: 'x' }), 422)
    expectStatus(await o.browser.post(`${o.base}/templates`, { name: 'x', extra: 1 }), 422)
    expectStatus(await o.browser.post(`${o.base}/templates`, { name: 'x', channel: 'fax' }), 422)
    expectStatus(await o.browser.post(`${o.base}/templates`, { name: '   ' }), 422)
  })

  it('answers 404 for ids that are not templates of the account', async () => {
    const o = await newOwner(t)
    const other = await newOwner(t)
    const theirs = await newTemplate(other)
    for (const id of [randomUUID(), 'not-a-uuid', theirs.id]) {
      expectStatus(await o.browser.get(`${o.base}/templates/${id}`), 404)
      expectStatus(await o.browser.patch(`${o.base}/templates/${id}`, { name: 'x' }), 404)
      expectStatus(await o.browser.delete(`${o.base}/templates/${id}`), 404)
      expectStatus(await o.browser.get(`${o.base}/templates/${id}/preview`), 404)
      expectStatus(await o.browser.post(`${o.base}/templates/${id}/test`), 404)
    }
  })

  it('needs templates.view to read and templates.manage to write', async () => {
    const o = await newOwner(t)
    const template = await newTemplate(o)
    const analyst = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    expectStatus(await analyst.browser.get(`${o.base}/templates`), 200)
    expectStatus(await analyst.browser.get(`${o.base}/templates/${template.id}`), 200)
    const denied = await analyst.browser.post(`${o.base}/templates`, { name: 'x' })
    expect(expectStatus(denied, 403).error.permission).toBe('templates.manage')
    const dataManager = await memberOf(t.deps, t.app, o.accountId, { role: 'data_manager' })
    const hidden = await dataManager.browser.get(`${o.base}/templates`)
    expect(expectStatus(hidden, 403).error.permission).toBe('templates.view')
  })
})

describe('preview', () => {
  it('serves the HTML rendered for a sample contact, sandboxed by CSP', async () => {
    const reply = await previewOf()
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^text\/html/)
    expect(reply.headers['content-security-policy']).toBe(
      "sandbox; default-src 'none'; img-src * data:; style-src 'unsafe-inline'",
    )
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.body).toContain('<h1>Hello Alex</h1>')
    expect(reply.body).toContain('Your plan: free')
  })

  it('shows a text-only template as escaped text', async () => {
    const reply = await previewOf({
      name: 'SMS',
      channel: 'sms',
      text: '<b>{{ firstName }}</b>',
    })
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('&lt;b&gt;Alex&lt;/b&gt;')
  })

  it('answers 422 naming the field when the render hits a limit', async () => {
    const reply = await previewOf({
      name: 'Loop',
      html: '{% for i in (1..100000000) %}x{% endfor %}',
    })
    expect(expectStatus(reply, 422).error).toMatchObject({
      code: 'validation_failed',
      field: 'html',
      reason: 'render_failed',
    })
  })
})

describe('preview of unsaved work', () => {
  const draftOf = (browser: Browser, base: string, body: object) =>
    browser.post(`${base}/templates/preview`, body)

  it('renders the bodies sent, as the saved preview would, and stores nothing', async () => {
    const o = await newOwner(t)
    expectStatus(
      await o.browser.post(`${o.base}/placeholders`, { name: 'footer', defaultValue: 'ACME Ltd' }),
      201,
    )
    const reply = await draftOf(o.browser, o.base, {
      subject: 'Hi {{ firstName }}',
      html: '<h1>Draft for {{ firstName }}</h1><p>{{ placeholder.footer }}</p>',
    })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^text\/html/)
    expect(reply.headers['content-security-policy']).toMatch(/^sandbox;/)
    expect(reply.body).toContain('<h1>Draft for Alex</h1><p>ACME Ltd</p>')
    const text = await draftOf(o.browser, o.base, {
      channel: 'sms',
      text: '<b>{{ firstName }}</b>',
    })
    expect(text.body).toContain('&lt;b&gt;Alex&lt;/b&gt;')
    expect(expectStatus(await o.browser.get(`${o.base}/templates`), 200).items).toEqual([])
  })

  it('renders for a chosen contact of the account: their fields; another account’s is 404', async () => {
    const o = await newOwner(t)
    const zoe = await newContact(o.browser, o.base, {
      email: 'zoe@example.com',
      firstName: 'Zoë',
      fields: { plan: 'gold' },
    })
    expectStatus(await o.browser.post(`${o.base}/fields`, { key: 'plan', type: 'text' }), 201)
    const html = '<p>{{ firstName }} is on {{ plan | default: "free" }}</p>'
    const reply = await draftOf(o.browser, o.base, { html, contactId: zoe.id })
    expect(expectStatus(reply, 200)).toContain('<p>Zoë is on gold</p>')
    const other = await newOwner(t, 'other')
    const theirs = await newContact(other.browser, other.base, { email: 'x@example.com' })
    expectStatus(await draftOf(o.browser, o.base, { html, contactId: theirs.id }), 404)
    expectStatus(await draftOf(o.browser, o.base, { html, contactId: 'nope' }), 404)
  })

  it('answers bad Liquid and render limits with 422 naming the field', async () => {
    const o = await newOwner(t)
    for (const field of ['subject', 'html', 'text']) {
      const { error } = expectStatus(
        await draftOf(o.browser, o.base, { [field]: 'Hi {{ firstName ' }),
        422,
      )
      expect(error).toMatchObject({ code: 'validation_failed', field })
      expect(error.message).toMatch(/not valid Liquid/)
    }
    const loop = await draftOf(o.browser, o.base, {
      html: '{% for i in (1..100000000) %}x{% endfor %}',
    })
    expect(expectStatus(loop, 422).error).toMatchObject({ field: 'html', reason: 'render_failed' })
  })

  it('bounds the body: a source over the limit or with a NUL is 422 naming it, a larger request 413', async () => {
    const o = await newOwner(t)
    const long = await draftOf(o.browser, o.base, { html: 'x'.repeat(MAX_SOURCE_CHARS + 1) })
    expect(expectStatus(long, 422).error.field).toBe('html')
    const huge = await draftOf(o.browser, o.base, {
      html: 'x'.repeat(MAX_SOURCE_CHARS),
      text: 'x'.repeat(MAX_SOURCE_CHARS),
      subject: 'x'.repeat(MAX_SOURCE_CHARS),
    })
    expect(huge.status).toBe(413)
    expectStatus(await draftOf(o.browser, o.base, { html: 'x', extra: 1 }), 422)
    const nul = await draftOf(o.browser, o.base, { html: 'a\u0000b' })
    expect(expectStatus(nul, 422).error.field).toBe('html')
  })

  it('needs what the saved preview needs: templates.view, and contacts.view for a contact', async () => {
    const o = await newOwner(t)
    const zoe = await newContact(o.browser, o.base, { email: 'zoe@example.com' })
    const html = '<p>{{ email }}</p>'
    const author = await memberOf(t.deps, t.app, o.accountId, { role: 'author' }, 'author')
    expect(expectStatus(await draftOf(author.browser, o.base, { html }), 200)).toContain(
      'alex.sample@example.com',
    )
    const refused = expectStatus(
      await draftOf(author.browser, o.base, { html, contactId: zoe.id }),
      403,
    )
    expect(refused.error).toMatchObject({ permission: 'contacts.view' })
    const dataManager = await memberOf(t.deps, t.app, o.accountId, { role: 'data_manager' })
    const denied = expectStatus(await draftOf(dataManager.browser, o.base, { html }), 403)
    expect(denied.error.permission).toBe('templates.view')
    const stranger = await newOwner(t, 'stranger')
    expectStatus(await stranger.browser.post(`${o.base}/templates/preview`, { html }), 404)
  })
})

/**
 * One filter over a large range is a single template node: liquidjs checks its time limit only
 * between nodes, so these ran to their end on the server's own thread.
 */
describe('renders that would stall the server', () => {
  it('refuses a range too large to sort before sorting it: 422 naming the field', async () => {
    const reply = await previewOf({
      name: 'Huge range',
      html: '{% assign a = (1..3000000) %}{{ a | sort_natural | size }}',
    })
    const { error } = expectStatus(reply, 422)
    expect(error).toMatchObject({ field: 'html', reason: 'render_failed' })
    // The memory bound caps the range itself, rather than the clock stopping the sort afterwards.
    expect(error.message).toMatch(/memory alloc limit/)
  })

  it('keeps /api/v1/health answering while several slow previews run, and stops them (422)', async () => {
    const o = await newOwner(t)
    // Within the memory bound, but one node that reads a 4,000-step path on 450,000 items (a
    // minute of work), stopped at the time limit.
    const template = await newTemplate(o, {
      name: 'Slow sum',
      html: `{% assign a = (1..450000) %}{{ a | sum: '${'x.'.repeat(4000)}x' }}`,
    })
    let settled = 0
    const previews = Array.from({ length: 3 }, () =>
      o.browser.get(`${o.base}/templates/${template.id}/preview`).finally(() => {
        settled += 1
      }),
    )
    // Health is asked again and again, one after the other, while the previews are under way.
    let healthBeforeAnyPreview = 0
    const health = new Browser(t.app)
    for (let i = 0; i < 5; i++) {
      expect((await health.get('/api/v1/health')).status).toBe(200)
      if (settled === 0) healthBeforeAnyPreview += 1
    }
    expect(healthBeforeAnyPreview).toBe(5)
    for (const reply of await Promise.all(previews)) {
      const { error } = expectStatus(reply, 422)
      expect(error).toMatchObject({ field: 'html', reason: 'render_failed' })
      expect(error.message).toMatch(/template render limit/)
    }
  })
})

describe('test sends', () => {
  it('sends the rendered template to every tester through SMTP', async () => {
    const o = await newOwner(t)
    const template = await newTemplate(o, {
      ...welcome,
      subject: `Welcome {{ firstName }} ${randomUUID().slice(0, 8)}`,
    })
    const none = await o.browser.post(`${o.base}/templates/${template.id}/test`)
    expect(expectStatus(none, 409).error.code).toBe('no_testers')

    const addresses = [
      `qa-${randomUUID().slice(0, 8)}@example.test`,
      `boss-${randomUUID().slice(0, 8)}@example.test`,
    ]
    for (const email of addresses) {
      expectStatus(await o.browser.post(`${o.base}/testers`, { email, name: 'QA' }), 201)
    }
    const reply = await o.browser.post(`${o.base}/templates/${template.id}/test`)
    expect(expectStatus(reply, 200)).toEqual({ sent: 2, skipped: [] })
    for (const address of addresses) {
      const mail = await sink.waitFor((m) => recipientsOf(m).includes(address))
      expect(mail.subject).toBe(
        template.subject.replace('{{ firstName }}', 'Alex').replace(/^/, '[Test] '),
      )
      expect(mail.html).toContain('<h1>Hello Alex</h1>')
      expect(mail.text?.trim()).toBe('Hello Alex')
    }
    const audit = await auditActions(o.accountId)
    expect(audit.map((a) => a.action)).toContain('template.test_sent')
  })

  it('needs templates.manage', async () => {
    const o = await newOwner(t)
    const template = await newTemplate(o)
    const analyst = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    const reply = await analyst.browser.post(`${o.base}/templates/${template.id}/test`)
    expect(expectStatus(reply, 403).error.permission).toBe('templates.manage')
  })
})

describe('sharing templates down to sub-accounts', () => {
  async function tree() {
    const o = await newOwner(t)
    const child = await createSubaccount(t.deps, o.accountId, 'child')
    const grandchild = await createSubaccount(t.deps, child.id, 'grandchild')
    const template = await newTemplate(o)
    return {
      o,
      template,
      child: { id: child.id, base: accountBase(child.id) },
      grandchild: { id: grandchild.id, base: accountBase(grandchild.id) },
    }
  }

  it('shares read-only with a sub-account: listed, readable, previewable, not writable', async () => {
    const { o, template, child, grandchild } = await tree()
    const share = expectStatus(
      await o.browser.post(`${o.base}/templates/${template.id}/shares`, { accountId: child.id }),
      201,
    )
    expect(share).toMatchObject({
      templateId: template.id,
      ownerAccountId: o.accountId,
      accountId: child.id,
      accountName: 'child',
    })
    const again = await o.browser.post(`${o.base}/templates/${template.id}/shares`, {
      accountId: child.id,
    })
    expectStatus(again, 409)
    expect(
      expectStatus(await o.browser.get(`${o.base}/templates/${template.id}/shares`), 200).items,
    ).toHaveLength(1)

    // A member of the child only (an Author there) sees it, shared and read-only.
    const author = await memberOf(t.deps, t.app, child.id, { role: 'author' })
    const own = expectStatus(
      await author.browser.post(`${child.base}/templates`, { name: 'Child own' }),
      201,
    )
    const list = expectStatus(await author.browser.get(`${child.base}/templates`), 200).items
    expect(list.map((x: { id: string; shared: boolean }) => [x.id, x.shared])).toEqual([
      [own.id, false],
      [template.id, true],
    ])
    expect(list[1]).toMatchObject({ ownerAccountId: o.accountId, accountId: o.accountId })
    expect(
      expectStatus(await author.browser.get(`${child.base}/template-categories`), 200).items,
    ).toEqual(['Onboarding'])
    expectStatus(await author.browser.get(`${child.base}/templates/${template.id}`), 200)
    expectStatus(await author.browser.get(`${child.base}/templates/${template.id}/preview`), 200)
    for (const reply of [
      await author.browser.patch(`${child.base}/templates/${template.id}`, { name: 'Mine now' }),
      await author.browser.delete(`${child.base}/templates/${template.id}`),
    ]) {
      expect(expectStatus(reply, 409).error).toMatchObject({
        code: 'conflict',
        reason: 'shared_template',
        ownerAccountId: o.accountId,
      })
    }
    expect(await findUsableTemplate(t.deps.db, child.id, template.id)).toMatchObject({
      id: template.id,
      account_id: o.accountId,
    })

    // Not shared to the grandchild: invisible there, even to the owner acting in it.
    expectStatus(await o.browser.get(`${grandchild.base}/templates/${template.id}`), 404)
    expect(await findUsableTemplate(t.deps.db, grandchild.id, template.id)).toBeUndefined()

    // Both accounts' audit logs have the share.
    for (const accountId of [o.accountId, child.id]) {
      expect((await auditActions(accountId)).map((a) => a.action)).toContain('share.created')
    }

    // Unsharing takes effect on the next request.
    expectStatus(
      await o.browser.delete(`${o.base}/templates/${template.id}/shares/${child.id}`),
      204,
    )
    expectStatus(await author.browser.get(`${child.base}/templates/${template.id}`), 404)
    expect(await findUsableTemplate(t.deps.db, child.id, template.id)).toBeUndefined()
    expectStatus(
      await o.browser.delete(`${o.base}/templates/${template.id}/shares/${child.id}`),
      404,
    )
    expect((await auditActions(child.id)).map((a) => a.action)).toContain('share.removed')
  })

  it('answers who can reach a template, through which share', async () => {
    const { o, template, child } = await tree()
    const viewer = await memberOf(t.deps, t.app, child.id, { role: 'analyst' }, 'child-analyst')
    const who = `${o.base}/access/who?resource=template:${template.id}`
    expectStatus(
      await o.browser.post(`${o.base}/templates/${template.id}/shares`, { accountId: child.id }),
      201,
    )
    const item = expectStatus(await o.browser.get(who), 200).items.find(
      (i: { userId: string }) => i.userId === viewer.user.id,
    )
    expect(item).toMatchObject({ accountId: child.id, via: 'share' })
    expect(item.paths.at(-1)).toEqual({
      kind: 'share',
      accountId: child.id,
      ownerAccountId: o.accountId,
      templateId: template.id,
      basis: 'subaccount',
      teamId: null,
    })
    expectStatus(
      await o.browser.delete(`${o.base}/templates/${template.id}/shares/${child.id}`),
      204,
    )
    const after = expectStatus(await o.browser.get(who), 200).items
    expect(after.map((i: { accountId: string }) => i.accountId)).not.toContain(child.id)
  })

  it('shares only with live descendants: not itself, not a parent, not a stranger', async () => {
    const { o, template, child } = await tree()
    const stranger = await newOwner(t)
    const url = `${o.base}/templates/${template.id}/shares`
    for (const accountId of [o.accountId, stranger.accountId, randomUUID(), 'nope']) {
      const reply = await o.browser.post(url, { accountId })
      expect(expectStatus(reply, 422).error.field).toBe('accountId')
    }
    // The child cannot share its parent's template upward (it is not the owner).
    const childTemplate = expectStatus(
      await o.browser.post(`${child.base}/templates`, { name: 'Child template' }),
      201,
    )
    const upward = await o.browser.post(`${child.base}/templates/${childTemplate.id}/shares`, {
      accountId: o.accountId,
    })
    expect(expectStatus(upward, 422).error.field).toBe('accountId')
  })

  it('loses the template when the sub-account is deleted, and cannot reshare what it received', async () => {
    const { o, template, child, grandchild } = await tree()
    expectStatus(
      await o.browser.post(`${o.base}/templates/${template.id}/shares`, { accountId: child.id }),
      201,
    )
    // The child holds the template read-only: it cannot pass it on.
    const reshare = await o.browser.post(`${child.base}/templates/${template.id}/shares`, {
      accountId: grandchild.id,
    })
    expect(expectStatus(reshare, 409).error.reason).toBe('shared_template')

    await t.deps.db
      .updateTable('accounts')
      .set({ deleted_at: new Date() })
      .where('id', '=', child.id)
      .execute()
    expect(await findLiveAccount(t.deps.db, child.id)).toBeUndefined()
    expect(await findUsableTemplate(t.deps.db, child.id, template.id)).toBeUndefined()
    expect(
      expectStatus(await o.browser.get(`${o.base}/templates/${template.id}/shares`), 200).items,
    ).toEqual([])
  })

  it('needs templates.admin in the owner account', async () => {
    const { o, template, child } = await tree()
    const author = await memberOf(t.deps, t.app, o.accountId, { role: 'author' })
    const reply = await author.browser.post(`${o.base}/templates/${template.id}/shares`, {
      accountId: child.id,
    })
    expect(expectStatus(reply, 403).error.permission).toBe('templates.admin')
    const admin = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    expectStatus(
      await admin.browser.post(`${o.base}/templates/${template.id}/shares`, {
        accountId: child.id,
      }),
      201,
    )
  })

  it('deleting the template ends its shares', async () => {
    const { o, template, child } = await tree()
    expectStatus(
      await o.browser.post(`${o.base}/templates/${template.id}/shares`, { accountId: child.id }),
      201,
    )
    expectStatus(await o.browser.delete(`${o.base}/templates/${template.id}`), 204)
    expect(await findUsableTemplate(t.deps.db, child.id, template.id)).toBeUndefined()
    expect(expectStatus(await o.browser.get(`${child.base}/templates`), 200).items).toEqual([])
  })
})
