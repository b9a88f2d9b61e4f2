import { describe, expect, it } from 'vitest'
import { Browser, GOOD_PASSWORD, manualClock, useTestApp } from '../../test/helpers/app.js'
import {
  createSubaccount,
  createUser,
  grant,
  logIn,
  memberOf,
  type TestUser,
} from '../../test/helpers/factories.js'
import { newOwner } from '../../test/helpers/sharing.js'
import { ALL_PERMISSIONS } from '../access/catalog.js'
import { LIMITS } from '../identity/rate-limit.js'
import { totpCode } from '../identity/totp.js'
import { MAX_OWNED_TOP_LEVEL_ACCOUNTS } from './service.js'

const clock = manualClock(new Date('2026-03-01T09:00:00Z'))
const t = useTestApp({ clock })

function withKey(key: string, method: string, url: string, body?: unknown) {
  return new Browser(t.app).request(method, url, body, { authorization: `Bearer ${key}` })
}

const owner = () => newOwner(t, 'owner')

async function keyOf(browser: Browser, accountId: string, permissions: string[]) {
  const created = await browser.post(`/api/v1/accounts/${accountId}/api-keys`, {
    name: 'automation',
    permissions,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.key as string
}

/** Turns 2FA on for the signed-in user of `browser`. */
async function enableTwoFactor(browser: Browser) {
  const setup = await browser.post('/api/v1/me/2fa/setup', { password: GOOD_PASSWORD })
  expect(setup.status).toBe(200)
  const enabled = await browser.post('/api/v1/me/2fa/enable', {
    code: totpCode(setup.body.secret, clock.now()),
  })
  expect(enabled.status).toBe(200)
}

describe('what only a signed-in person may do (SPEC §2 rule 2)', () => {
  it('an API key cannot transfer ownership, leave, or delete the account', async () => {
    const o = await owner()
    const { user: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const key = await keyOf(o.browser, o.accountId, [
      'users.view',
      'users.manage',
      'subaccounts.manage',
      'contacts.view',
    ])

    const transfer = await withKey(key, 'POST', `/api/v1/accounts/${o.accountId}/ownership`, {
      userId: admin.id,
    })
    expect(transfer.status).toBe(403)
    expect(transfer.body.error.code).toBe('person_required')

    const sub = await createSubaccount(t.deps, o.accountId, 'brand')
    const subKey = await keyOf(o.browser, sub.id, ['subaccounts.manage'])
    const deleted = await withKey(subKey, 'DELETE', `/api/v1/accounts/${sub.id}`)
    expect(deleted.status).toBe(403)
    expect(deleted.body.error.code).toBe('person_required')

    const members = await o.browser.get(`/api/v1/accounts/${o.accountId}/members`)
    const owners = members.body.items.filter((m: { role: string }) => m.role === 'owner')
    expect(owners.map((m: { userId: string }) => m.userId)).toEqual([o.user.id])
    expect((await o.browser.get(`/api/v1/accounts/${sub.id}`)).status).toBe(200)
  })

  it('a key with contacts.view cannot remove its creator’s membership by leaving', async () => {
    const o = await owner()
    const { user: member, browser } = await memberOf(t.deps, t.app, o.accountId, {
      permissions: ['developer.api_keys', 'contacts.view'],
    })
    const key = await keyOf(browser, o.accountId, ['contacts.view'])
    const left = await withKey(key, 'POST', `/api/v1/accounts/${o.accountId}/leave`)
    expect(left.status).toBe(403)
    expect(left.body.error.code).toBe('person_required')
    const removed = await withKey(
      key,
      'DELETE',
      `/api/v1/accounts/${o.accountId}/members/${member.id}`,
    )
    expect(removed.status).toBe(403)
    expect((await browser.get(`/api/v1/accounts/${o.accountId}`)).status).toBe(200)
  })
})

describe('no escalation of reach', () => {
  it('a member with a custom set (which does not cascade) cannot make anyone a cascading Admin', async () => {
    const o = await owner()
    const s2 = await createSubaccount(t.deps, o.accountId, 'S2')
    // Every permission, as a custom set: it holds more than an Admin here, and reaches nothing below.
    const { browser } = await memberOf(t.deps, t.app, o.accountId, {
      permissions: [...ALL_PERMISSIONS],
    })
    const invitee = await createUser(t.deps, 'invitee')
    const invited = await browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: invitee.email,
      role: 'admin',
    })
    expect(invited.status).toBe(403)
    expect(invited.body.error.code).toBe('escalation_refused')
    expect(
      (await (await logIn(t.app, invitee)).get(`/api/v1/accounts/${s2.id}/contacts`)).status,
    ).toBe(404)

    // Nor by raising an existing member to Admin.
    const { user: analyst } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    const raised = await browser.patch(`/api/v1/accounts/${o.accountId}/members/${analyst.id}`, {
      role: 'admin',
    })
    expect(raised.status).toBe(403)
    expect(raised.body.error.code).toBe('escalation_refused')
  })
})

describe('access from higher in the tree outranks access given lower down (seed 003)', () => {
  it('a parent’s Admin edits and removes a sub-account’s own Admin, never the Owner', async () => {
    const o = await owner()
    const sub = await createSubaccount(t.deps, o.accountId, 'brand')
    const { browser } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const { user: subAdmin } = await memberOf(t.deps, t.app, sub.id, { role: 'admin' })
    const { user: subManager } = await memberOf(t.deps, t.app, sub.id, { role: 'manager' })

    const demoted = await browser.patch(`/api/v1/accounts/${sub.id}/members/${subAdmin.id}`, {
      role: 'manager',
    })
    expect(demoted.status, JSON.stringify(demoted.body)).toBe(200)
    expect(demoted.body.role).toBe('manager')
    const promoted = await browser.patch(`/api/v1/accounts/${sub.id}/members/${subManager.id}`, {
      role: 'admin',
    })
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200)
    expect(
      (await browser.delete(`/api/v1/accounts/${sub.id}/members/${subManager.id}`)).status,
    ).toBe(204)

    // Never the Owner of an ancestor; and an Admin of the same account stays a peer.
    const ownerEdit = await browser.delete(`/api/v1/accounts/${o.accountId}/members/${o.user.id}`)
    expect(ownerEdit.status).toBe(403)
    const { user: peer } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const peerEdit = await browser.patch(`/api/v1/accounts/${o.accountId}/members/${peer.id}`, {
      role: 'manager',
    })
    expect(peerEdit.status).toBe(403)
    expect((await browser.delete(`/api/v1/accounts/${sub.id}/members/${o.user.id}`)).status).toBe(
      409,
    )
  })

  it('a parent’s Admin invites someone as Admin of a sub-account', async () => {
    const o = await owner()
    const sub = await createSubaccount(t.deps, o.accountId, 'brand')
    const { browser } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const invitee = await createUser(t.deps, 'sub-admin')
    const invited = await browser.post(`/api/v1/accounts/${sub.id}/invitations`, {
      email: invitee.email,
      role: 'admin',
    })
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    const accepted = await (await logIn(t.app, invitee)).post(
      `/api/v1/invitations/${invited.body.token}/accept`,
    )
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  })
})

describe('the members list', () => {
  it('shows the role that reaches a member through the cascade, and the account it comes from', async () => {
    const o = await owner()
    const sub = await createSubaccount(t.deps, o.accountId, 'brand')
    const { user: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const listed = await o.browser.get(`/api/v1/accounts/${sub.id}/members`)
    expect(listed.status).toBe(200)
    const byUser = new Map(listed.body.items.map((m: { userId: string }) => [m.userId, m]))
    expect(byUser.get(o.user.id)).toMatchObject({
      role: 'owner',
      via: 'cascade',
      fromAccountId: o.accountId,
    })
    expect(byUser.get(admin.id)).toMatchObject({
      role: 'admin',
      via: 'cascade',
      fromAccountId: o.accountId,
    })
  })

  it('shows 2FA and the last sign-in to holders of users.security only', async () => {
    const o = await owner()
    const { user: secured, browser: securedBrowser } = await memberOf(t.deps, t.app, o.accountId, {
      role: 'author',
    })
    await enableTwoFactor(securedBrowser)
    const { user: plain } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })

    const listed = await o.browser.get(`/api/v1/accounts/${o.accountId}/members`)
    const byUser = new Map(listed.body.items.map((m: { userId: string }) => [m.userId, m]))
    expect(byUser.get(secured.id)).toMatchObject({ twoFactorEnabled: true })
    expect(byUser.get(plain.id)).toMatchObject({ twoFactorEnabled: false })
    expect(
      new Date((byUser.get(plain.id) as { lastSignInAt: string }).lastSignInAt).getTime(),
    ).toBe(clock.now().getTime())

    // An Author holds users.view but not users.security.
    const asAuthor = await securedBrowser.get(`/api/v1/accounts/${o.accountId}/members`)
    expect(asAuthor.status).toBe(200)
    for (const item of asAuthor.body.items) {
      expect(item).not.toHaveProperty('twoFactorEnabled')
      expect(item).not.toHaveProperty('lastSignInAt')
    }
  })
})

describe('an account may require 2FA of its members (SPEC §3)', () => {
  it('sends a member without 2FA to set it up before anything else in that account and below', async () => {
    const o = await owner()
    const sub = await createSubaccount(t.deps, o.accountId, 'brand')
    const { browser: member } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })

    // Whoever turns it on must have 2FA themselves, or they would lock themselves out.
    const early = await o.browser.patch(`/api/v1/accounts/${o.accountId}`, {
      requireTwoFactor: true,
    })
    expect(early.status).toBe(403)
    expect(early.body.error.code).toBe('two_factor_required')

    await enableTwoFactor(o.browser)
    const on = await o.browser.patch(`/api/v1/accounts/${o.accountId}`, { requireTwoFactor: true })
    expect(on.status, JSON.stringify(on.body)).toBe(200)
    expect(on.body.requireTwoFactor).toBe(true)

    for (const accountId of [o.accountId, sub.id]) {
      const refused = await member.get(`/api/v1/accounts/${accountId}/contacts`)
      expect(refused.status).toBe(403)
      expect(refused.body.error.code).toBe('two_factor_required')
    }
    // Setting it up is a user route, open to them; then the account opens.
    await enableTwoFactor(member)
    expect((await member.get(`/api/v1/accounts/${o.accountId}/contacts`)).status).toBe(200)
    expect((await o.browser.get(`/api/v1/accounts/${sub.id}/contacts`)).status).toBe(200)

    // An outsider still learns nothing about the account.
    const outsider = await logIn(t.app, await createUser(t.deps, 'outsider'))
    expect((await outsider.get(`/api/v1/accounts/${o.accountId}`)).status).toBe(404)
  })
})

describe('more than one top-level account', () => {
  it('a signed-in user creates another top-level account they own, with no credits', async () => {
    const o = await owner()
    const created = await o.browser.post('/api/v1/accounts', { name: 'Second brand' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ name: 'Second brand', parentId: null, level: 1 })
    const credits = await o.browser.get(`/api/v1/accounts/${created.body.id}/credits`)
    expect(credits.status).toBe(200)
    expect(credits.body).toMatchObject({ email: 0, sms: 0 })
    const me = await o.browser.get('/api/v1/me')
    expect(me.body.accounts).toContainEqual(
      expect.objectContaining({ id: created.body.id, role: 'owner', via: 'member' }),
    )
    // With two accounts of their own, the Owner may now delete the first.
    expect((await o.browser.delete(`/api/v1/accounts/${o.accountId}`)).status).toBe(204)
  })

  it('are created at most 10 an hour, and one user owns at most 20', async () => {
    const o = await owner()
    const create = (name: string) => o.browser.post('/api/v1/accounts', { name })
    const { max } = LIMITS.accountCreationPerUser
    const ids: string[] = []
    for (let i = 0; i < max; i++) {
      const created = await create(`Brand ${i}`)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      ids.push(created.body.id)
    }
    const tooFast = await create('One too many')
    expect(tooFast.status).toBe(429)
    expect(tooFast.body.error.code).toBe('rate_limited')

    clock.advance(60 * 60 * 1000)
    // Owned so far: the sign-up account and `max` more.
    for (let owned = max + 1; owned < MAX_OWNED_TOP_LEVEL_ACCOUNTS; owned++) {
      expect((await create(`Brand ${owned}`)).status).toBe(201)
    }
    const full = await create('Over the cap')
    expect(full.status).toBe(409)
    expect(full.body.error).toMatchObject({
      code: 'conflict',
      reason: 'account_limit',
      limit: MAX_OWNED_TOP_LEVEL_ACCOUNTS,
    })
    // A deleted account frees its place.
    expect((await o.browser.delete(`/api/v1/accounts/${ids[0]}`)).status).toBe(204)
    clock.advance(60 * 60 * 1000)
    expect((await create('In its place')).status).toBe(201)
  })

  it('is for people: an API key cannot create one', async () => {
    const o = await owner()
    const key = await keyOf(o.browser, o.accountId, ['subaccounts.manage'])
    const reply = await new Browser(t.app).request(
      'POST',
      '/api/v1/accounts',
      { name: 'By key' },
      { authorization: `Bearer ${key}` },
    )
    expect(reply.status).toBe(401)
  })
})

describe('access to another account of the tree, without an invitation (seed 002)', () => {
  async function tree() {
    const o = await owner()
    const brandA = await createSubaccount(t.deps, o.accountId, 'brand A')
    const brandB = await createSubaccount(t.deps, o.accountId, 'brand B')
    const { user: author } = await memberOf(t.deps, t.app, brandA.id, { role: 'author' })
    return { o, brandA, brandB, author }
  }

  function accessUrl(accountId: string, user: TestUser, otherId: string) {
    return `/api/v1/accounts/${accountId}/members/${user.id}/accounts/${otherId}`
  }

  it('an Admin of the parent grants a member access to a sibling account, and removes it', async () => {
    const { o, brandA, brandB, author } = await tree()
    const authorBrowser = await logIn(t.app, author)
    expect((await authorBrowser.get(`/api/v1/accounts/${brandB.id}`)).status).toBe(404)

    const granted = await o.browser.request('PUT', accessUrl(brandA.id, author, brandB.id), {
      role: 'analyst',
    })
    expect(granted.status, JSON.stringify(granted.body)).toBe(200)
    expect(granted.body).toMatchObject({ accountId: brandB.id, userId: author.id, role: 'analyst' })
    expect((await authorBrowser.get(`/api/v1/accounts/${brandB.id}/contacts`)).status).toBe(200)
    const tab = await o.browser.get(`/api/v1/accounts/${brandA.id}/members/${author.id}/accounts`)
    expect(tab.status).toBe(200)
    expect(
      tab.body.items.map((a: { id: string; via: string | null; role: string | null }) => [
        a.id,
        a.via,
        a.role,
      ]),
    ).toEqual([
      [o.accountId, null, null],
      [brandA.id, 'member', 'author'],
      [brandB.id, 'member', 'analyst'],
    ])

    const removed = await o.browser.delete(accessUrl(brandA.id, author, brandB.id))
    expect(removed.status).toBe(204)
    expect((await authorBrowser.get(`/api/v1/accounts/${brandB.id}`)).status).toBe(404)
  })

  it('needs users.manage in the other account, within the no-escalation rule', async () => {
    const { o, brandA, brandB, author } = await tree()
    // A manager of brand A only (no cascade) cannot reach brand B: it is invisible to them.
    const { browser: manager } = await memberOf(t.deps, t.app, brandA.id, {
      permissions: ['users.view', 'users.manage', 'campaigns.view'],
    })
    const hidden = await manager.request('PUT', accessUrl(brandA.id, author, brandB.id), {
      role: 'basic_user',
    })
    expect(hidden.status).toBe(404)
    // An Admin of brand B alone cannot hand out Admin there, nor anything they lack.
    const { user: adminB } = await memberOf(t.deps, t.app, brandB.id, { role: 'admin' })
    await grant(t.deps, brandA.id, adminB.id, { role: 'admin' })
    const adminBrowser = await logIn(t.app, adminB)
    const tooMuch = await adminBrowser.request('PUT', accessUrl(brandA.id, author, brandB.id), {
      role: 'admin',
    })
    expect(tooMuch.status).toBe(403)
    expect(tooMuch.body.error.code).toBe('escalation_refused')
    // Users outside the tree are not members here.
    const stranger = await createUser(t.deps, 'stranger')
    const outside = await o.browser.request('PUT', accessUrl(brandA.id, stranger, brandB.id), {
      role: 'analyst',
    })
    expect(outside.status).toBe(404)
    // Another tree's account is not part of this one.
    const other = await createUser(t.deps, 'other-owner')
    const foreign = await o.browser.request(
      'PUT',
      accessUrl(brandA.id, author, other.ownAccountId),
      { role: 'analyst' },
    )
    expect(foreign.status).toBe(404)
  })
})
