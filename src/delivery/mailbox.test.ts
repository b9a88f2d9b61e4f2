import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { deliverEverything, draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import type { AccountAccess } from '../access/service.js'
import { capturedHtml, getCaptured } from './mailbox.js'

// No SMTP_URL: mail is captured in the data folder, per account, and shown by the app.
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('the captured mailbox', () => {
  it('shows an account’s campaign messages, newest first, to reports.drilldown holders only', async () => {
    const b = await newBrand(t, 'laptop', [
      { email: 'first@example.com', firstName: 'First' },
      { email: 'second@example.com', firstName: 'Second' },
    ])
    const other = await newBrand(t, 'elsewhere', [{ email: 'z@example.com' }])
    const campaign = await draft(b.browser, b)
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    await deliverEverything(t)

    const list = expectStatus(await b.browser.get(`${b.base}/mailbox`), 200)
    expect(list.capturing).toBe(true)
    expect(list.items.map((m: { to: string }) => m.to).sort()).toEqual([
      'first@example.com',
      'second@example.com',
    ])
    const first = list.items.find((m: { to: string }) => m.to === 'first@example.com')
    expect(first.subject).toBe('Hello First')

    const message = expectStatus(await b.browser.get(`${b.base}/mailbox/${first.id}`), 200)
    expect(message.html).toContain('Hi First')
    const html = await b.browser.get(`${b.base}/mailbox/${first.id}/html`)
    expect(html.status).toBe(200)
    expect(String(html.headers['content-security-policy'])).toMatch(/^sandbox;/)
    // Looking at it is no open, following its link no click: the frame gets the message without
    // its open pixel and with the link pointing at its destination. The JSON is the mail as sent.
    expect(message.html).toContain(`${t.deps.config.publicUrl}/t/o/`)
    expect(message.html).toContain(`${t.deps.config.publicUrl}/t/c/`)
    expect(html.body).toContain('Hi First')
    expect(html.body).not.toContain('/t/o/')
    expect(html.body).not.toContain('/t/c/')
    expect(html.body).toContain('<a href="https://shop.example/sale">the sale</a>')

    // Another account sees none of it, even by id; a path-like id is not a file name.
    expect(expectStatus(await other.browser.get(`${other.base}/mailbox`), 200).items).toEqual([])
    expectStatus(await other.browser.get(`${other.base}/mailbox/${first.id}`), 404)
    expectStatus(await b.browser.get(`${b.base}/mailbox/..%2F..%2Fsecret`), 404)
    // An Author (no reports.drilldown) is refused.
    const denied = expectStatus(await b.author.browser.get(`${b.base}/mailbox`), 403)
    expect(denied.error.permission).toBe('reports.drilldown')
    const analyst = await memberOf(t.deps, t.app, b.accountId, { role: 'analyst' }, 'analyst')
    expectStatus(await analyst.browser.get(`${b.base}/mailbox`), 200)
  })
})

describe('a captured message as the Mailbox shows it', () => {
  it('has no tracking left when the public address changed since, nor from a forged or foreign link', async () => {
    const b = await newBrand(t, 'moved', [{ email: 'moved@example.com' }])
    const other = await newBrand(t, 'neighbour', [{ email: 'n@example.com' }])
    const campaign = await draft(b.browser, b, {
      html: '<p><a href="https://one.example/a?x=1&amp;y=2">one</a> <a href="https://two.example/">two</a></p>',
    })
    const foreign = await draft(other.browser, other)
    for (const [brand, id] of [
      [b, campaign.id],
      [other, foreign.id],
    ] as const)
      expectStatus(await brand.browser.post(`${brand.base}/campaigns/${id}/send`), 202)
    await deliverEverything(t)
    const [sent] = expectStatus(await b.browser.get(`${b.base}/mailbox`), 200).items
    const mail = await getCaptured(t.deps, { accountId: b.accountId } as AccountAccess, sent.id)
    const [theirs] = expectStatus(await other.browser.get(`${other.base}/mailbox`), 200).items
    const theirMail = await getCaptured(
      t.deps,
      { accountId: other.accountId } as AccountAccess,
      theirs.id,
    )
    const theirLink = theirMail.html?.match(/href="[^"]*\/t\/c\/[^"]*"/)?.[0] ?? ''
    expect(theirLink).not.toBe('')

    // Captured under another PUBLIC_URL; then a forged token and the neighbour's link pasted in.
    const moved = (mail.html ?? '').replaceAll(t.deps.config.publicUrl, 'https://old.example:8443')
    const tampered = moved.replace(
      '</p>',
      ` <a href="https://old.example:8443/t/c/${'A'.repeat(80)}/0">forged</a> <a ${theirLink}>theirs</a></p>`,
    )
    const shown = await capturedHtml(t.deps, b.accountId, { ...mail, html: tampered })

    expect(shown).not.toContain('/t/o/')
    expect(shown).not.toContain('/t/c/')
    expect(shown).toContain('<a href="https://one.example/a?x=1&amp;y=2">one</a>')
    expect(shown).toContain('<a href="https://two.example/">two</a>')
    expect(shown).toContain('<a href="#">forged</a>')
    expect(shown).toContain('<a href="#">theirs</a>')
  })
})

describe('URLs no route takes', () => {
  it('an overlong path segment is a 404 in the API’s error format, not a router error', async () => {
    const reply = await t.app.inject({ method: 'GET', url: `/u/${'a'.repeat(300)}` })
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error.code).toBe('not_found')
  })
})
