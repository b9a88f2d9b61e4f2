import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, createTestApp, type TestApp } from '../../test/helpers/app.js'
import { createSubaccount, createUser, logIn, memberOf } from '../../test/helpers/factories.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

function withKey(key: string, method: string, url: string, body?: unknown) {
  return new Browser(t.app).request(method, url, body, { authorization: `Bearer ${key}` })
}

describe('API keys', () => {
  it('carry a subset of the creator’s permissions, work without a session or CSRF header, and show the secret once', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    const created = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/api-keys`, {
      name: 'reporting',
      permissions: ['users.view'],
    })
    expect(created.status).toBe(201)
    expect(created.body.key).toMatch(/^chorus_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/)
    const members = await withKey(
      created.body.key,
      'GET',
      `/api/v1/accounts/${owner.ownAccountId}/members`,
    )
    expect(members.status).toBe(200)
    const denied = await withKey(
      created.body.key,
      'POST',
      `/api/v1/accounts/${owner.ownAccountId}/invitations`,
      {
        email: 'x@example.test',
        role: 'analyst',
      },
    )
    expect(denied.status).toBe(403)
    expect(denied.body.error.permission).toBe('users.manage')

    const listed = await browser.get(`/api/v1/accounts/${owner.ownAccountId}/api-keys`)
    expect(listed.body.items).toHaveLength(1)
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key.split('.')[1])

    // Not a session: a new browser login leaves the key working.
    await logIn(t.app, owner)
    expect(
      (await withKey(created.body.key, 'GET', `/api/v1/accounts/${owner.ownAccountId}/members`))
        .status,
    ).toBe(200)
  })

  it('cannot carry a permission the creator lacks', async () => {
    const owner = await createUser(t.deps, 'owner')
    const { browser } = await memberOf(t.deps, t.app, owner.ownAccountId, {
      permissions: ['developer.api_keys', 'users.view'],
    })
    const reply = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/api-keys`, {
      name: 'too much',
      permissions: ['users.view', 'users.manage'],
    })
    expect(reply.status).toBe(403)
    expect(reply.body.error).toMatchObject({
      code: 'escalation_refused',
      permission: 'users.manage',
    })
  })

  it('are capped at use time by the creator’s current permissions, and die with the creator’s membership', async () => {
    const owner = await createUser(t.deps, 'owner')
    const ownerBrowser = await logIn(t.app, owner)
    const { user, browser } = await memberOf(t.deps, t.app, owner.ownAccountId, {
      permissions: ['developer.api_keys', 'users.view'],
    })
    const { body } = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/api-keys`, {
      name: 'ops',
      permissions: ['users.view'],
    })
    const url = `/api/v1/accounts/${owner.ownAccountId}/members`
    await ownerBrowser.patch(`/api/v1/accounts/${owner.ownAccountId}/members/${user.id}`, {
      permissions: ['developer.api_keys'],
    })
    const capped = await withKey(body.key, 'GET', url)
    expect(capped.status).toBe(403)
    const explained = await withKey(body.key, 'GET', `/api/v1/accounts/${owner.ownAccountId}`)
    expect(explained.body.paths).toEqual([
      { kind: 'api_key', accountId: owner.ownAccountId, role: null, permissions: [] },
    ])
    await ownerBrowser.delete(`/api/v1/accounts/${owner.ownAccountId}/members/${user.id}`)
    expect((await withKey(body.key, 'GET', url)).status).toBe(404)
  })

  it('work only in their own account, stop when revoked, and are audited as API keys', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    const child = await createSubaccount(t.deps, owner.ownAccountId, 'child')
    const { body } = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/api-keys`, {
      name: 'scoped',
      permissions: ['account.manage'],
    })
    expect(
      (await withKey(body.key, 'PATCH', `/api/v1/accounts/${child.id}`, { name: 'x' })).status,
    ).toBe(404)
    const other = await createUser(t.deps, 'other')
    expect((await withKey(body.key, 'GET', `/api/v1/accounts/${other.ownAccountId}`)).status).toBe(
      404,
    )
    expect((await withKey(body.key, 'GET', '/api/v1/me')).status).toBe(401)

    expect(
      (
        await withKey(body.key, 'PATCH', `/api/v1/accounts/${owner.ownAccountId}`, {
          name: 'Renamed',
        })
      ).status,
    ).toBe(200)
    const audit = await browser.get(`/api/v1/accounts/${owner.ownAccountId}/audit?limit=1`)
    expect(audit.body.items[0]).toMatchObject({
      action: 'account.renamed',
      actor: { userId: owner.id, kind: 'api_key' },
      path: [{ kind: 'api_key', accountId: owner.ownAccountId, role: null }],
    })

    expect(
      (await browser.delete(`/api/v1/accounts/${owner.ownAccountId}/api-keys/${body.id}`)).status,
    ).toBe(204)
    const revoked = await withKey(body.key, 'GET', `/api/v1/accounts/${owner.ownAccountId}`)
    expect(revoked.status).toBe(401)
    expect(
      (await withKey('chorus_garbage', 'GET', `/api/v1/accounts/${owner.ownAccountId}`)).status,
    ).toBe(404)
  })
})
