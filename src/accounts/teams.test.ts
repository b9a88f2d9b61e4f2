import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  Browser,
  createTestApp,
  signUp,
  type TestApp,
  uniqueEmail,
} from '../../test/helpers/app.js'
import { createSubaccount, memberOf } from '../../test/helpers/factories.js'
import {
  accept,
  accountBase,
  expectStatus,
  invite,
  leave,
  newOwner,
  newTeam,
  type Owner,
  teamOf,
} from '../../test/helpers/sharing.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

async function auditActions(owner: Owner, accountId = owner.accountId) {
  const reply = await owner.browser.get(`${accountBase(accountId)}/audit?limit=100`)
  expect(reply.status).toBe(200)
  return reply.body.items as Array<{ action: string; target: unknown; details: any }>
}

describe('founding a team', () => {
  it('creates the team with the founding account as an active member, audited', async () => {
    const a = await newOwner(t, 'founder')
    const team = await newTeam(a.browser, a.accountId, '  Company  ')
    expect(team).toMatchObject({
      id: expect.any(String),
      name: 'Company',
      createdBy: a.user.id,
      members: [{ accountId: a.accountId, status: 'active', accountName: expect.any(String) }],
    })
    expect((await a.browser.get(`/api/v1/teams/${team.id}`)).body).toEqual(team)
    expect(await auditActions(a)).toContainEqual(
      expect.objectContaining({
        action: 'team.created',
        target: { type: 'team', id: team.id },
        details: { name: 'Company' },
      }),
    )
  })

  it('needs users.manage in the founding account', async () => {
    const a = await newOwner(t, 'founder')
    const author = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'author')
    const refused = await author.browser.post('/api/v1/teams', {
      name: 'X',
      accountId: a.accountId,
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'forbidden', permission: 'users.manage' })
    // An account the caller cannot reach, or none at all: 422 on the field, nothing leaks.
    const stranger = await newOwner(t, 'stranger')
    for (const accountId of [a.accountId, randomUUID(), 'not-an-id']) {
      const reply = await stranger.browser.post('/api/v1/teams', { name: 'X', accountId })
      expect(reply.status).toBe(422)
      expect(reply.body.error.field).toBe('accountId')
    }
    expect(
      (await a.browser.post('/api/v1/teams', { name: '  ', accountId: a.accountId })).status,
    ).toBe(422)
    const anonymous = await new Browser(t.app).post('/api/v1/teams', {
      name: 'X',
      accountId: a.accountId,
    })
    expect(anonymous.status).toBe(401)
    expect((await new Browser(t.app).get('/api/v1/teams')).status).toBe(401)
  })

  it('lets an Admin of a parent account found a team for a sub-account (cascade)', async () => {
    const a = await newOwner(t, 'parent-owner')
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand sub')
    const admin = await memberOf(t.deps, t.app, a.accountId, { role: 'admin' }, 'admin')
    const team = await newTeam(admin.browser, sub.id, 'Sub team')
    expect(team.members).toEqual([expect.objectContaining({ accountId: sub.id, status: 'active' })])
  })
})

describe('inviting, accepting, listing', () => {
  it('invites another owner’s account as pending; that account accepts; both see it, audited', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await newTeam(a.browser, a.accountId, 'AB')
    const invited = await invite(a.browser, team.id, b)
    expect(invited).toMatchObject({
      accountId: b.accountId,
      status: 'pending',
      invitedBy: a.user.id,
    })

    // B's owner sees the team (a member account is theirs) and accepts.
    const seenByB = await b.browser.get('/api/v1/teams')
    expect(seenByB.body.items.map((x: any) => x.id)).toEqual([team.id])
    expect(seenByB.body.items[0].members).toEqual([
      expect.objectContaining({ accountId: a.accountId, status: 'active' }),
      expect.objectContaining({ accountId: b.accountId, status: 'pending' }),
    ])
    // A pending member account cannot invite anyone.
    const c = await newOwner(t, 'c')
    const early = await b.browser.post(`/api/v1/teams/${team.id}/members`, {
      accountId: c.accountId,
    })
    expect(early.status).toBe(403)
    expect(early.body.error.permission).toBe('users.manage')
    // A's owner cannot accept for B: the invitation is not even theirs to see.
    const notTheirs = await a.browser.post(`/api/v1/teams/${team.id}/members/${b.accountId}/accept`)
    expect(notTheirs.status).toBe(404)

    const accepted = await accept(b.browser, team.id, b.accountId)
    expect(accepted).toMatchObject({ accountId: b.accountId, status: 'active' })
    const again = await b.browser.post(`/api/v1/teams/${team.id}/members/${b.accountId}/accept`)
    expect(again.status).toBe(409)
    const listed = (await a.browser.get('/api/v1/teams')).body.items
    expect(listed).toHaveLength(1)
    expect(listed[0].members.map((m: any) => [m.accountId, m.status])).toEqual([
      [a.accountId, 'active'],
      [b.accountId, 'active'],
    ])

    for (const [owner, expected] of [
      // The inviting side hears of B when it joins, not of the pending invitation.
      [a, ['team.member_joined']],
      [b, ['team.member_invited', 'team.member_joined']],
    ] as const) {
      const actions = (await auditActions(owner)).map((e) => e.action)
      for (const action of expected) expect(actions).toContain(action)
    }
  })

  it('makes the account active at once when the inviter holds users.manage there too', async () => {
    const a = await newOwner(t, 'a')
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand')
    const team = await newTeam(a.browser, a.accountId)
    const member = await invite(a.browser, team.id, sub.id)
    expect(member.status).toBe('active')
  })

  it('refuses a duplicate (409), an unknown account (422), and strangers (404)', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await teamOf([a, b])
    const dup = await a.browser.post(`/api/v1/teams/${team.id}/members`, { accountId: a.accountId })
    expect(dup.status).toBe(409)
    expect(dup.body.error).toMatchObject({ code: 'already_member', field: 'accountId' })
    // Another's account is named by email; by id it is refused like an unknown one, unnamed.
    for (const accountId of [randomUUID(), 'nope', b.accountId]) {
      const unknown = await a.browser.post(`/api/v1/teams/${team.id}/members`, { accountId })
      expect(unknown.status).toBe(422)
      expect(unknown.body.error.field).toBe('accountId')
    }
    const stranger = await newOwner(t, 'stranger')
    // A team is invisible without users.manage in one of its accounts: the same 404 as no team.
    const viewer = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'viewer')
    for (const browser of [stranger.browser, viewer.browser]) {
      expect((await browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)
      expect(
        (await browser.post(`/api/v1/teams/${team.id}/members`, { accountId: stranger.accountId }))
          .status,
      ).toBe(404)
      expect(
        (await browser.post(`/api/v1/teams/${team.id}/members/${b.accountId}/accept`)).status,
      ).toBe(404)
      expect((await browser.delete(`/api/v1/teams/${team.id}/members/${b.accountId}`)).status).toBe(
        404,
      )
      expect((await browser.get('/api/v1/teams')).body.items).toEqual([])
    }
    expect((await a.browser.get(`/api/v1/teams/${randomUUID()}`)).status).toBe(404)
    expect((await a.browser.get('/api/v1/teams/nope')).status).toBe(404)
  })
})

describe('leaving and removing', () => {
  it('lets a member leave, an active member remove another, and ends the team when empty', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const c = await newOwner(t, 'c')
    const team = await teamOf([a, b, c])
    // B leaves (users.manage in B).
    await leave(b.browser, team.id, b.accountId)
    expect((await b.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)
    expect((await b.browser.get('/api/v1/teams')).body.items).toEqual([])
    // A removes C (users.manage in an active member account).
    await leave(a.browser, team.id, c.accountId)
    expect((await c.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)
    const left = (await a.browser.get(`/api/v1/teams/${team.id}`)).body
    expect(left.members.map((m: any) => m.accountId)).toEqual([a.accountId])
    expect((await auditActions(b)).map((e) => e.action)).toContain('team.member_left')
    expect((await auditActions(c)).map((e) => e.action)).toContain('team.member_removed')
    expect((await auditActions(a)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['team.member_left', 'team.member_removed']),
    )
    // Not a member any more: 404.
    expect((await a.browser.delete(`/api/v1/teams/${team.id}/members/${b.accountId}`)).status).toBe(
      404,
    )
    // The last member leaves: the team is gone.
    await leave(a.browser, team.id, a.accountId)
    expect((await a.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)
  })

  it('lets a pending account decline by leaving, and a member without users.manage do nothing', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await newTeam(a.browser, a.accountId)
    await invite(a.browser, team.id, b)
    await leave(b.browser, team.id, b.accountId)
    const members = (await a.browser.get(`/api/v1/teams/${team.id}`)).body.members
    expect(members.map((m: any) => m.accountId)).toEqual([a.accountId])

    // A Data Manager of a member account (no users.manage) cannot see or change the team.
    const manager = await memberOf(t.deps, t.app, a.accountId, { role: 'data_manager' }, 'dm')
    expect(
      (await manager.browser.delete(`/api/v1/teams/${team.id}/members/${a.accountId}`)).status,
    ).toBe(404)
  })

  it('takes effect on the next request after a role change (no cache)', async () => {
    const a = await newOwner(t, 'a')
    const admin = await memberOf(t.deps, t.app, a.accountId, { role: 'admin' }, 'admin')
    const team = await newTeam(admin.browser, a.accountId)
    expect((await admin.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(200)
    expectStatus(
      await a.browser.patch(`${a.base}/members/${admin.user.id}`, { role: 'author' }),
      200,
    )
    expect((await admin.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)
  })
})

describe('inviting by email', () => {
  it('answers an unknown, an unconfirmed and a known owner alike, and names no account', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const unconfirmed = await signUp(t.app)
    const team = await newTeam(a.browser, a.accountId)
    const members = `/api/v1/teams/${team.id}/members`
    const replies = []
    for (const email of [uniqueEmail('nobody'), unconfirmed.email, b.user.email]) {
      const reply = await a.browser.post(members, { email })
      replies.push([reply.status, Object.keys(reply.body).sort().join()])
    }
    expect(new Set(replies.map((r) => r.join())).size).toBe(1)
    expect(replies[0]?.[0]).toBe(202)
    // The inviting side sees no pending member, nor can it address or audit one: what it sees
    // is the same whichever of the three emails led to an account.
    const seen = expectStatus(await a.browser.get(`/api/v1/teams/${team.id}`), 200)
    expect(seen.members).toEqual([
      expect.objectContaining({ accountId: a.accountId, status: 'active' }),
    ])
    expect((await a.browser.get('/api/v1/teams')).body.items[0].members).toHaveLength(1)
    expect((await a.browser.delete(`${members}/${b.accountId}`)).status).toBe(404)
    expect(JSON.stringify(await auditActions(a))).not.toContain(b.accountId)
    // The invited side sees its pending invitation.
    expect(expectStatus(await b.browser.get(`/api/v1/teams/${team.id}`), 200).members).toEqual([
      expect.objectContaining({ accountId: a.accountId, status: 'active' }),
      expect.objectContaining({ accountId: b.accountId, status: 'pending' }),
    ])
    // The invited owner sees their own account's name, accepts, and then the team sees it too.
    await accept(b.browser, team.id, b.accountId)
    const joined = expectStatus(await a.browser.get(`/api/v1/teams/${team.id}`), 200)
    expect(joined.members[1].accountName).toBe("b's account")
    // Inviting again is answered alike and changes nothing.
    expect((await a.browser.post(members, { email: b.user.email })).status).toBe(202)
  })
})

describe('an account that requires 2FA (SPEC §3)', () => {
  async function requireTwoFactor(accountId: string) {
    await t.deps.db
      .updateTable('accounts')
      .set({ require_two_factor: true })
      .where('id', '=', accountId)
      .execute()
  }

  it('is closed to a manager without 2FA on the team routes too', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await newTeam(a.browser, a.accountId)
    await invite(a.browser, team.id, b)
    const adminA = await memberOf(t.deps, t.app, a.accountId, { role: 'admin' }, 'admin-a')
    const adminB = await memberOf(t.deps, t.app, b.accountId, { role: 'admin' }, 'admin-b')
    await requireTwoFactor(a.accountId)
    await requireTwoFactor(b.accountId)
    const c = await newOwner(t, 'c')
    const members = `/api/v1/teams/${team.id}/members`

    const refusals = [
      await adminA.browser.get(`/api/v1/teams/${team.id}`),
      await adminA.browser.post(members, { email: c.user.email }),
      await adminA.browser.post('/api/v1/teams', { name: 'New', accountId: a.accountId }),
      await adminA.browser.delete(`${members}/${a.accountId}`),
      await adminB.browser.post(`${members}/${b.accountId}/accept`),
      await adminB.browser.delete(`${members}/${b.accountId}`),
    ]
    for (const reply of refusals) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(403)
      expect(reply.body.error.code).toBe('two_factor_required')
    }
    expect((await adminA.browser.get('/api/v1/teams')).body.items).toEqual([])
    const rows = await t.deps.db
      .selectFrom('team_members')
      .select(['account_id', 'status'])
      .where('team_id', '=', team.id)
      .execute()
    expect(rows).toHaveLength(2)
    expect(rows).toContainEqual({ account_id: b.accountId, status: 'pending' })
    // An outsider still learns nothing.
    expect((await c.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)

    // With 2FA set up, the team opens to them.
    await t.deps.db
      .updateTable('users')
      .set({ totp_secret: 'set-up' })
      .where('id', '=', adminB.user.id)
      .execute()
    expect((await adminB.browser.post(`${members}/${b.accountId}/accept`)).status).toBe(200)
  })
})
