import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { deliverEverything, draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'

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

describe('URLs no route takes', () => {
  it('an overlong path segment is a 404 in the API’s error format, not a router error', async () => {
    const reply = await t.app.inject({ method: 'GET', url: `/u/${'a'.repeat(300)}` })
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error.code).toBe('not_found')
  })
})
