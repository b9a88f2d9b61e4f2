import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { memberOf } from '../../test/helpers/factories.js'
import { expectStatus, newOwner } from '../../test/helpers/sharing.js'
import { findSenderByEmail } from './senders.js'
import { testerEmails } from './testers.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`

describe.each([
  { path: 'senders', label: 'sender' },
  { path: 'testers', label: 'tester' },
])('$path', ({ path }) => {
  it('creates (normalised), lists, reads, edits and deletes', async () => {
    const o = await newOwner(t)
    const url = `${o.base}/${path}`
    const raw = `  News-${randomUUID().slice(0, 8)}@Example.TEST `
    const created = expectStatus(await o.browser.post(url, { email: raw, name: ' News ' }), 201)
    expect(created).toMatchObject({
      id: expect.any(String),
      email: raw.trim().toLowerCase(),
      name: 'News',
      createdAt: expect.any(String),
    })
    const second = expectStatus(await o.browser.post(url, { email: unique('a') }), 201)
    expect(second.name).toBe('')
    expect(expectStatus(await o.browser.get(url), 200).items).toHaveLength(2)
    expect(expectStatus(await o.browser.get(`${url}/${created.id}`), 200)).toEqual(created)

    const edited = expectStatus(
      await o.browser.patch(`${url}/${created.id}`, { name: 'Newsroom' }),
      200,
    )
    expect(edited).toMatchObject({ email: created.email, name: 'Newsroom' })
    const moved = unique('moved')
    expect(
      expectStatus(await o.browser.patch(`${url}/${created.id}`, { email: moved }), 200).email,
    ).toBe(moved)

    expectStatus(await o.browser.delete(`${url}/${created.id}`), 204)
    expectStatus(await o.browser.get(`${url}/${created.id}`), 404)
    expectStatus(await o.browser.delete(`${url}/${created.id}`), 404)
    expectStatus(await o.browser.patch(`${url}/${created.id}`, { name: 'x' }), 404)
    expect(expectStatus(await o.browser.get(url), 200).items).toHaveLength(1)
  })

  it('refuses an invalid address (422) and a duplicate one (409)', async () => {
    const o = await newOwner(t)
    const url = `${o.base}/${path}`
    for (const email of ['not-an-email', 'a@b', 'two words@example.test']) {
      expect(expectStatus(await o.browser.post(url, { email }), 422).error.field).toBe('email')
    }
    expectStatus(await o.browser.post(url, { email: 'x@example.test', extra: true }), 422)
    const email = unique('dup')
    const first = expectStatus(await o.browser.post(url, { email }), 201)
    const dup = await o.browser.post(url, { email: email.toUpperCase() })
    expect(expectStatus(dup, 409).error).toMatchObject({ code: 'conflict', field: 'email' })
    const other = expectStatus(await o.browser.post(url, { email: unique('other') }), 201)
    const clash = await o.browser.patch(`${url}/${other.id}`, { email })
    expectStatus(clash, 409)
    const badPatch = await o.browser.patch(`${url}/${first.id}`, { email: 'nope' })
    expect(expectStatus(badPatch, 422).error.field).toBe('email')
    // The same address in another account is another entry.
    const elsewhere = await newOwner(t)
    expectStatus(await elsewhere.browser.post(`${elsewhere.base}/${path}`, { email }), 201)
  })

  it('answers 404 for ids that are not entries of the account', async () => {
    const o = await newOwner(t)
    const other = await newOwner(t)
    const theirs = expectStatus(
      await other.browser.post(`${other.base}/${path}`, { email: unique('theirs') }),
      201,
    )
    for (const id of [randomUUID(), 'nope', theirs.id]) {
      expectStatus(await o.browser.get(`${o.base}/${path}/${id}`), 404)
      expectStatus(await o.browser.patch(`${o.base}/${path}/${id}`, { name: 'x' }), 404)
      expectStatus(await o.browser.delete(`${o.base}/${path}/${id}`), 404)
    }
  })
})

describe('permissions', () => {
  it('lets campaign viewers list senders, and only senders.manage change them', async () => {
    const o = await newOwner(t)
    const sender = expectStatus(
      await o.browser.post(`${o.base}/senders`, { email: unique('from') }),
      201,
    )
    const basic = await memberOf(t.deps, t.app, o.accountId, { role: 'basic_user' })
    expect(expectStatus(await basic.browser.get(`${o.base}/senders`), 200).items).toHaveLength(1)
    expectStatus(await basic.browser.get(`${o.base}/senders/${sender.id}`), 200)
    const denied = await basic.browser.post(`${o.base}/senders`, { email: unique('x') })
    expect(expectStatus(denied, 403).error.permission).toBe('senders.manage')
    const deleteDenied = await basic.browser.delete(`${o.base}/senders/${sender.id}`)
    expect(expectStatus(deleteDenied, 403).error.permission).toBe('senders.manage')

    const dataManager = await memberOf(t.deps, t.app, o.accountId, { role: 'data_manager' })
    const hidden = await dataManager.browser.get(`${o.base}/senders`)
    expect(expectStatus(hidden, 403).error.permission).toBe('campaigns.view')
  })

  it('keeps testers to testers.manage, reads included', async () => {
    const o = await newOwner(t)
    const basic = await memberOf(t.deps, t.app, o.accountId, { role: 'basic_user' })
    expect(expectStatus(await basic.browser.get(`${o.base}/testers`), 403).error.permission).toBe(
      'testers.manage',
    )
    const author = await memberOf(t.deps, t.app, o.accountId, { role: 'author' })
    expectStatus(await author.browser.post(`${o.base}/testers`, { email: unique('qa') }), 201)
  })
})

describe('helpers for campaigns', () => {
  it('finds a sender by address (any case) only in its own account', async () => {
    const o = await newOwner(t)
    const email = unique('hello')
    const sender = expectStatus(await o.browser.post(`${o.base}/senders`, { email }), 201)
    expect(
      await findSenderByEmail(t.deps.db, o.accountId, ` ${email.toUpperCase()} `),
    ).toMatchObject({ id: sender.id, email })
    const other = await newOwner(t)
    expect(await findSenderByEmail(t.deps.db, other.accountId, email)).toBeUndefined()
    expect(await findSenderByEmail(t.deps.db, 'nope', email)).toBeUndefined()
  })

  it('lists the testers’ addresses', async () => {
    const o = await newOwner(t)
    const emails = [unique('a'), unique('b')].sort()
    for (const email of emails) await o.browser.post(`${o.base}/testers`, { email })
    expect(await testerEmails(t.deps.db, o.accountId)).toEqual(emails)
  })
})
