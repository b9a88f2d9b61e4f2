import { describe, expect, it } from 'vitest'
import {
  type Browser,
  manualClock,
  signUp,
  uniqueEmail,
  useTestApp,
} from '../../test/helpers/app.js'
import {
  createSubaccount,
  createUser,
  grant,
  logIn,
  memberOf,
} from '../../test/helpers/factories.js'

const clock = manualClock(new Date('2026-04-01T09:00:00Z'))
const t = useTestApp({ clock })

async function brand() {
  const owner = await createUser(t.deps, 'brand-owner')
  return { owner, browser: await logIn(t.app, owner), accountId: owner.ownAccountId }
}

/** The id of the open connection of `userId` into `accountId`, as the account side lists it. */
async function incomingId(manager: Browser, accountId: string, userId: string): Promise<string> {
  const incoming = await manager.get('/api/v1/connections?direction=incoming')
  const found = incoming.body.items.find(
    (c: any) => c.accountId === accountId && c.userId === userId,
  )
  expect(found, 'an open connection').toBeTruthy()
  return found.id
}

describe('Access Others', () => {
  it('goes pending → accepted → role changed → ended, each seen on the very next request', async () => {
    const a = await brand()
    const designer = await createUser(t.deps, 'designer')
    const d = await logIn(t.app, designer)
    const contacts = `/api/v1/accounts/${a.accountId}/contacts`

    // The applicant names the owner by email: seed 000's "apply to access another user's account".
    const application = await d.post('/api/v1/connections', {
      type: 'access_others',
      email: a.owner.email,
      role: 'collaborator',
    })
    expect(application.status).toBe(202)
    expect((await d.get(contacts)).status).toBe(404)
    // A pending application is not listed to its applicant (that would tell the email led somewhere).
    expect((await d.get('/api/v1/connections?direction=outgoing')).body.items).toEqual([])
    const incoming = await a.browser.get('/api/v1/connections?direction=incoming')
    expect(incoming.body.items).toContainEqual(
      expect.objectContaining({ status: 'pending', role: 'collaborator', userId: designer.id }),
    )
    const applied = { body: { id: await incomingId(a.browser, a.accountId, designer.id) } }

    const accepted = await a.browser.post(`/api/v1/connections/${applied.body.id}/accept`)
    expect(accepted.status).toBe(200)
    expect(accepted.body.status).toBe('active')
    expect((await d.get(contacts)).status).toBe(200)
    const me = await d.get('/api/v1/me')
    expect(me.body.accounts).toContainEqual(
      expect.objectContaining({ id: a.accountId, via: 'connection', role: 'collaborator' }),
    )
    const explain = await a.browser.get(
      `/api/v1/accounts/${a.accountId}/access/explain?userId=${designer.id}&permission=campaigns.send`,
    )
    expect(explain.body).toMatchObject({
      allowed: true,
      paths: [{ kind: 'connection', accountId: a.accountId, role: 'collaborator' }],
    })
    const who = await a.browser.get(
      `/api/v1/accounts/${a.accountId}/access/who?permission=contacts.create`,
    )
    expect(who.body.items.find((i: any) => i.userId === designer.id)?.paths).toEqual([
      expect.objectContaining({ kind: 'connection' }),
    ])
    // A connection never reaches the admin areas.
    const invite = await d.post(`/api/v1/accounts/${a.accountId}/invitations`, {
      email: 'x@example.test',
      role: 'analyst',
    })
    expect(invite.status).toBe(403)

    expect(
      (await a.browser.patch(`/api/v1/connections/${applied.body.id}`, { role: 'analyst' })).status,
    ).toBe(200)
    const create = await d.post(contacts, { email: 'new@example.test' })
    expect(create.status).toBe(403)
    expect(create.body.error.permission).toBe('contacts.create')
    expect((await d.get(contacts)).status).toBe(200)

    expect((await a.browser.delete(`/api/v1/connections/${applied.body.id}`)).status).toBe(204)
    expect((await d.get(contacts)).status).toBe(404)
    const audit = await a.browser.get(`/api/v1/accounts/${a.accountId}/audit?limit=10`)
    expect(audit.body.items.map((i: any) => i.action)).toEqual(
      expect.arrayContaining([
        'connection.requested',
        'connection.accepted',
        'connection.changed',
        'connection.ended',
      ]),
    )
  })

  it('can be declined, and only by someone with users.manage in the account', async () => {
    const a = await brand()
    const { browser: author } = await memberOf(t.deps, t.app, a.accountId, { role: 'author' })
    const applicantUser = await createUser(t.deps, 'applicant')
    const applicant = await logIn(t.app, applicantUser)
    await applicant.post('/api/v1/connections', {
      type: 'access_others',
      email: a.owner.email,
      accountId: a.accountId,
      role: 'analyst',
    })
    const applied = { body: { id: await incomingId(a.browser, a.accountId, applicantUser.id) } }
    expect((await author.post(`/api/v1/connections/${applied.body.id}/accept`)).status).toBe(403)
    // An applicant who learnt the id still cannot accept their own application.
    expect((await applicant.post(`/api/v1/connections/${applied.body.id}/accept`)).status).toBe(403)
    const stranger = await logIn(t.app, await createUser(t.deps, 'stranger'))
    expect((await stranger.post(`/api/v1/connections/${applied.body.id}/accept`)).status).toBe(404)
    const declined = await a.browser.post(`/api/v1/connections/${applied.body.id}/decline`)
    expect(declined.body.status).toBe('declined')
    expect((await applicant.get(`/api/v1/accounts/${a.accountId}`)).status).toBe(404)
  })

  it('takes only connection roles or sets outside the admin areas', async () => {
    const a = await brand()
    const applicant = await logIn(t.app, await createUser(t.deps, 'applicant'))
    const apply = (body: object) =>
      applicant.post('/api/v1/connections', {
        type: 'access_others',
        email: a.owner.email,
        ...body,
      })
    const admin = await apply({ role: 'admin' })
    expect(admin.status).toBe(422)
    expect(admin.body.error.field).toBe('role')
    const users = await apply({ permissions: ['users.view', 'contacts.view'] })
    expect(users.status).toBe(422)
    expect(users.body.error).toMatchObject({ field: 'permissions', permission: 'users.view' })
    expect((await apply({ permissions: ['contacts.view', 'groups.view'] })).status).toBe(202)
  })

  it('answers an unknown, an unconfirmed and a known email alike, and applies only with a known one', async () => {
    const a = await brand()
    const applicantUser = await createUser(t.deps, 'applicant')
    const applicant = await logIn(t.app, applicantUser)
    const unconfirmed = await signUp(t.app)
    const replies = []
    for (const email of [uniqueEmail('nobody'), unconfirmed.email, a.owner.email]) {
      const reply = await applicant.post('/api/v1/connections', {
        type: 'access_others',
        email,
        role: 'analyst',
      })
      replies.push({ status: reply.status, keys: Object.keys(reply.body).sort() })
    }
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1)
    expect(replies[0]?.status).toBe(202)
    const incoming = await a.browser.get('/api/v1/connections?direction=incoming')
    expect(incoming.body.items.map((c: any) => c.userId)).toEqual([applicantUser.id])
    const toUnconfirmed = await unconfirmed.browser.get('/api/v1/connections?direction=incoming')
    expect(toUnconfirmed.body.items).toEqual([])
    // Someone who already reaches the account is answered alike too, and nothing is added.
    expect(
      (
        await a.browser.post('/api/v1/connections', {
          type: 'access_others',
          email: a.owner.email,
          role: 'analyst',
        })
      ).status,
    ).toBe(202)
  })
})

describe('Grant Access', () => {
  it('is active at once, below the granter’s own permissions, and the grantee can leave', async () => {
    const a = await brand()
    const agency = await createUser(t.deps, 'agency')
    const g = await logIn(t.app, agency)
    const granted = await a.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: agency.email,
      role: 'data_manager',
    })
    expect(granted.status).toBe(202)
    const [connection] = (await g.get('/api/v1/connections')).body.items
    expect(connection).toMatchObject({ status: 'active', accountId: a.accountId })
    expect((await g.get(`/api/v1/accounts/${a.accountId}/contacts`)).status).toBe(200)
    expect((await g.delete(`/api/v1/connections/${connection.id}`)).status).toBe(204)
    expect((await g.get(`/api/v1/accounts/${a.accountId}/contacts`)).status).toBe(404)

    const { browser: manager } = await memberOf(t.deps, t.app, a.accountId, {
      permissions: ['users.view', 'users.manage', 'contacts.view'],
    })
    const beyond = await manager.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: (await createUser(t.deps, 'other')).email,
      role: 'collaborator',
    })
    expect(beyond.status).toBe(403)
    expect(beyond.body.error.code).toBe('escalation_refused')
    const noManage = await logIn(t.app, await createUser(t.deps, 'outsider'))
    const hidden = await noManage.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: agency.email,
      role: 'analyst',
    })
    expect(hidden.status).toBe(404)
  })

  it('answers an unknown or unconfirmed email like a known one, and lets in only the known one', async () => {
    const a = await brand()
    const unconfirmed = await signUp(t.app)
    const known = await createUser(t.deps, 'known')
    const replies = []
    for (const email of [uniqueEmail('nobody'), unconfirmed.email, known.email]) {
      const reply = await a.browser.post('/api/v1/connections', {
        type: 'grant_access',
        accountId: a.accountId,
        email,
        role: 'analyst',
      })
      replies.push({ status: reply.status, body: { ...reply.body, email: undefined } })
    }
    expect(replies[0]).toEqual(replies[1])
    expect(replies[1]).toEqual(replies[2])
    expect(replies[0]?.status).toBe(202)
    expect((await unconfirmed.browser.get(`/api/v1/accounts/${a.accountId}`)).status).toBe(404)
    const incoming = await a.browser.get('/api/v1/connections?direction=incoming')
    expect(incoming.body.items.map((c: any) => c.userId)).toEqual([known.id])
  })

  it('ends by itself at expiresAt: the next request is denied', async () => {
    const a = await brand()
    const temp = await createUser(t.deps, 'temp')
    const granted = await a.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: temp.email,
      role: 'analyst',
      expiresAt: new Date(clock.now().getTime() + 3600_000).toISOString(),
    })
    expect(granted.status).toBe(202)
    const browser = await logIn(t.app, temp)
    expect((await browser.get(`/api/v1/accounts/${a.accountId}/contacts`)).status).toBe(200)
    clock.advance(3600_000 + 1000)
    expect((await browser.get(`/api/v1/accounts/${a.accountId}/contacts`)).status).toBe(404)
    expect((await browser.get('/api/v1/me')).body.accounts.map((x: any) => x.id)).not.toContain(
      a.accountId,
    )
    const outgoing = await browser.get('/api/v1/connections')
    expect(outgoing.body.items[0].status).toBe('expired')
    const past = await a.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: (await createUser(t.deps, 'late')).email,
      role: 'analyst',
      expiresAt: '2020-01-01T00:00:00Z',
    })
    expect(past.status).toBe(422)
    // Access can be granted again after it lapsed; the expired connection does not block it.
    const renewed = await a.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: temp.email,
      role: 'analyst',
    })
    expect(renewed.status).toBe(202)
    expect((await browser.get(`/api/v1/accounts/${a.accountId}/contacts`)).status).toBe(200)
  })
})

describe('mass assignment is refused', () => {
  it('answers 422 and changes nothing when a body carries fields that do not belong', async () => {
    const a = await brand()
    const cases: Array<[string, string, object]> = [
      [
        'PATCH',
        `/api/v1/accounts/${a.accountId}`,
        { name: 'Renamed', ownerAccountId: a.accountId },
      ],
      [
        'POST',
        `/api/v1/accounts/${a.accountId}/contacts`,
        { email: 'm@example.test', accountId: a.accountId },
      ],
      ['POST', `/api/v1/accounts/${a.accountId}/groups`, { name: 'G', credits: 1000 }],
      ['POST', `/api/v1/accounts/${a.accountId}/subaccounts`, { name: 'S', role: 'owner' }],
      ['PATCH', '/api/v1/me', { name: 'Me', permissions: ['users.manage'] }],
    ]
    for (const [method, url, body] of cases) {
      const reply = await a.browser.request(method, url, body)
      expect(reply.status, `${method} ${url}`).toBe(422)
    }
    const account = await a.browser.get(`/api/v1/accounts/${a.accountId}`)
    expect(account.body.account.name).not.toBe('Renamed')
    expect((await a.browser.get(`/api/v1/accounts/${a.accountId}/contacts`)).body.items).toEqual([])
    expect((await a.browser.get(`/api/v1/accounts/${a.accountId}/groups`)).body.items).toEqual([])
    expect((await a.browser.get(`/api/v1/accounts/${a.accountId}/subaccounts`)).body.items).toEqual(
      [],
    )
  })
})

describe('a connection reaches its one account only', () => {
  it('creating a sub-account does not carry the connection’s permissions into it', async () => {
    const a = await brand()
    const guest = await createUser(t.deps, 'guest')
    const g = await logIn(t.app, guest)
    const granted = await a.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: a.accountId,
      email: guest.email,
      role: 'collaborator',
    })
    expect(granted.status).toBe(202)
    const connectionId = await incomingId(a.browser, a.accountId, guest.id)
    // The same user is also a member of the account, allowed to create sub-accounts.
    await grant(t.deps, a.accountId, guest.id, { permissions: ['subaccounts.manage'] })
    const created = await g.post(`/api/v1/accounts/${a.accountId}/subaccounts`, {
      name: 'Guest sub',
    })
    expect(created.status).toBe(201)
    const sub = `/api/v1/accounts/${created.body.id}`
    expect((await g.get(`${sub}/contacts`)).status).toBe(403)

    expect((await a.browser.delete(`/api/v1/connections/${connectionId}`)).status).toBe(204)
    expect((await g.get(`/api/v1/accounts/${a.accountId}/contacts`)).status).toBe(403)
    expect((await g.get(`${sub}/contacts`)).status).toBe(403)
    expect((await g.get(`${sub}/campaigns`)).status).toBe(403)
  })
})

describe('GET /api/v1/me', () => {
  it('lists each account once, by its strongest path: member, then cascade (an Owner’s first), then connection', async () => {
    const top = await brand()
    const user = await createUser(t.deps, 'reacher')
    const grantTo = async (granter: Awaited<ReturnType<typeof brand>>, accountId: string) =>
      expect(
        (
          await granter.browser.post('/api/v1/connections', {
            type: 'grant_access',
            accountId,
            email: user.email,
            role: 'collaborator',
          })
        ).status,
      ).toBe(202)
    // A connection made before an Admin role up the tree came to reach the same account.
    const connected = await createSubaccount(t.deps, top.accountId, 'Connected')
    await grantTo(top, connected.id)
    await grant(t.deps, top.accountId, user.id, { role: 'admin' })
    const direct = await createSubaccount(t.deps, top.accountId, 'Direct')
    await grant(t.deps, direct.id, user.id, { role: 'analyst' })
    const below = await createSubaccount(t.deps, direct.id, 'Below')
    // Their own account: Admin of its sub-account too, and below that both roles cascade.
    const ownSub = await createSubaccount(t.deps, user.ownAccountId, 'Own sub')
    await grant(t.deps, ownSub.id, user.id, { role: 'admin' })
    const ownSubSub = await createSubaccount(t.deps, ownSub.id, 'Own sub sub')
    const other = await brand()
    await grantTo(other, other.accountId)

    const me = await (await logIn(t.app, user)).get('/api/v1/me')
    expect(me.status).toBe(200)
    const reach = me.body.accounts.map((a: any) => [a.id, `${a.via} ${a.role}`])
    expect(new Map(reach)).toEqual(
      new Map([
        [top.accountId, 'member admin'],
        [direct.id, 'member analyst'],
        [below.id, 'cascade admin'],
        [connected.id, 'cascade admin'],
        [user.ownAccountId, 'member owner'],
        [ownSub.id, 'member admin'],
        [ownSubSub.id, 'cascade owner'],
        [other.accountId, 'connection collaborator'],
      ]),
    )
    expect(reach).toHaveLength(8)
  })
})

describe('an account that requires 2FA (SPEC §3)', () => {
  it('is closed to a manager without 2FA on the connection routes too; the connected user may still leave', async () => {
    const a = await brand()
    const { user: admin, browser: manager } = await memberOf(t.deps, t.app, a.accountId, {
      role: 'admin',
    })
    // An application and a grant, made before the account turns the requirement on.
    const applicant = await createUser(t.deps, 'applicant')
    const ap = await logIn(t.app, applicant)
    expect(
      (
        await ap.post('/api/v1/connections', {
          type: 'access_others',
          email: a.owner.email,
          role: 'analyst',
        })
      ).status,
    ).toBe(202)
    const application = await incomingId(a.browser, a.accountId, applicant.id)
    const grantee = await createUser(t.deps, 'grantee')
    const g = await logIn(t.app, grantee)
    expect(
      (
        await a.browser.post('/api/v1/connections', {
          type: 'grant_access',
          accountId: a.accountId,
          email: grantee.email,
          role: 'analyst',
        })
      ).status,
    ).toBe(202)
    const granted = await incomingId(a.browser, a.accountId, grantee.id)

    await t.deps.db
      .updateTable('accounts')
      .set({ require_two_factor: true })
      .where('id', '=', a.accountId)
      .execute()

    const refusals = [
      await manager.post('/api/v1/connections', {
        type: 'grant_access',
        accountId: a.accountId,
        email: (await createUser(t.deps, 'newcomer')).email,
        role: 'analyst',
      }),
      await manager.post(`/api/v1/connections/${application}/accept`),
      await manager.post(`/api/v1/connections/${application}/decline`),
      await manager.patch(`/api/v1/connections/${granted}`, { role: 'collaborator' }),
      await manager.delete(`/api/v1/connections/${granted}`),
    ]
    for (const reply of refusals) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(403)
      expect(reply.body.error.code).toBe('two_factor_required')
    }
    // Nor does the account's incoming list show them anything.
    expect((await manager.get('/api/v1/connections?direction=incoming')).body.items).toEqual([])
    const rows = await t.deps.db
      .selectFrom('connections')
      .select(['user_id', 'status', 'role'])
      .where('account_id', '=', a.accountId)
      .orderBy('user_id')
      .execute()
    expect(rows).toHaveLength(2)
    expect(rows).toEqual(
      expect.arrayContaining([
        { user_id: applicant.id, status: 'pending', role: 'analyst' },
        { user_id: grantee.id, status: 'active', role: 'analyst' },
      ]),
    )

    // Once they have 2FA, the account opens to them.
    await t.deps.db
      .updateTable('users')
      .set({ totp_secret: 'set-up' })
      .where('id', '=', admin.id)
      .execute()
    expect((await manager.post(`/api/v1/connections/${application}/decline`)).status).toBe(200)
    // The connected user's own side needs no 2FA of the account: they leave.
    expect((await g.delete(`/api/v1/connections/${granted}`)).status).toBe(204)
  })
})

describe('the connection list', () => {
  it('comes in pages, newest first, every connection once, even when created at one instant', async () => {
    const a = await brand()
    const applicants = []
    for (const name of ['first', 'second', 'third']) {
      const user = await createUser(t.deps, name)
      const browser = await logIn(t.app, user)
      const body = { type: 'access_others', email: a.owner.email, role: 'analyst' }
      expect((await browser.post('/api/v1/connections', body)).status).toBe(202)
      applicants.push(user.id)
    }
    const url = '/api/v1/connections?direction=incoming&limit=2'
    const first = await a.browser.get(url)
    expect(first.body.items).toHaveLength(2)
    expect(first.body.nextCursor).toBe(first.body.items[1].id)
    const second = await a.browser.get(`${url}&cursor=${first.body.nextCursor}`)
    expect(second.body).toMatchObject({ nextCursor: null })
    const seen = [...first.body.items, ...second.body.items].map((c: any) => c.userId)
    // The manual clock stands still: all three were created at the same instant.
    expect(seen.sort()).toEqual([...applicants].sort())

    const bad = await a.browser.get(`${url}&cursor=not-a-cursor`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('cursor')
  })
})
