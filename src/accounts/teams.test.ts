import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  Browser,
  createTestApp,
  signUp,
  type TestApp,
  uniqueEmail,
} from '../../test/helpers/app.js'
import { createSubaccount, grant, memberOf } from '../../test/helpers/factories.js'
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
  teamsOf,
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

/** The team as `accountId` sees it. */
function teamUrl(accountId: string, teamId: string) {
  return `${teamsOf(accountId)}/${teamId}`
}

const JOINED = { invite: true, accept: false, leave: true, removeOthers: true }
const INVITED = { invite: false, accept: true, leave: true, removeOthers: false }

describe('founding a team', () => {
  it('creates the team with the founding account as an active member, audited', async () => {
    const a = await newOwner(t, 'founder')
    const team = await newTeam(a.browser, a.accountId, '  Company  ')
    expect(team).toMatchObject({
      id: expect.any(String),
      name: 'Company',
      createdBy: a.user.id,
      members: [{ accountId: a.accountId, status: 'active', accountName: expect.any(String) }],
      abilities: JOINED,
    })
    expect((await a.browser.get(teamUrl(a.accountId, team.id))).body).toEqual(team)
    expect(await auditActions(a)).toContainEqual(
      expect.objectContaining({
        action: 'team.created',
        target: { type: 'team', id: team.id },
        details: { name: 'Company' },
      }),
    )
  })

  it('needs users.manage in the founding account; an outsider learns nothing', async () => {
    const a = await newOwner(t, 'founder')
    const author = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'author')
    const refused = await author.browser.post(teamsOf(a.accountId), { name: 'X' })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'forbidden', permission: 'users.manage' })
    // An account the caller cannot reach, or none at all: the account's 404, as everywhere.
    const stranger = await newOwner(t, 'stranger')
    for (const accountId of [a.accountId, randomUUID(), 'not-an-id']) {
      const reply = await stranger.browser.post(teamsOf(accountId), { name: 'X' })
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('account')
    }
    const blank = await a.browser.post(teamsOf(a.accountId), { name: '  ' })
    expect(blank.status).toBe(422)
    expect(blank.body.error.field).toBe('name')
    const anonymous = new Browser(t.app)
    expect((await anonymous.post(teamsOf(a.accountId), { name: 'X' })).status).toBe(404)
    expect((await anonymous.get(teamsOf(a.accountId))).status).toBe(404)
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
    const invited = await invite(a, team.id, b)
    expect(invited).toMatchObject({
      accountId: b.accountId,
      status: 'pending',
      invitedBy: a.user.id,
    })

    // B's list holds the invitation, with what B may do about it.
    const seenByB = expectStatus(await b.browser.get(teamsOf(b.accountId)), 200)
    expect(seenByB.items.map((x: any) => x.id)).toEqual([team.id])
    expect(seenByB.items[0].abilities).toEqual(INVITED)
    expect(seenByB.items[0].members).toEqual([
      expect.objectContaining({ accountId: a.accountId, status: 'active' }),
      expect.objectContaining({ accountId: b.accountId, status: 'pending' }),
    ])
    // An invited account cannot invite anyone: it has not joined (the team's rule, 409).
    const c = await newOwner(t, 'c')
    const early = await b.browser.post(`${teamUrl(b.accountId, team.id)}/members`, {
      email: c.user.email,
    })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('conflict')
    // A's owner cannot accept for B: B's account is not theirs to reach, and A has joined.
    expect((await a.browser.post(`${teamUrl(b.accountId, team.id)}/accept`)).status).toBe(404)
    expect((await a.browser.post(`${teamUrl(a.accountId, team.id)}/accept`)).status).toBe(409)

    const accepted = await accept(b.browser, team.id, b.accountId)
    expect(accepted).toMatchObject({ accountId: b.accountId, status: 'active' })
    const again = await b.browser.post(`${teamUrl(b.accountId, team.id)}/accept`)
    expect(again.status).toBe(409)
    expect(expectStatus(await b.browser.get(teamUrl(b.accountId, team.id)), 200).abilities).toEqual(
      JOINED,
    )
    const listed = expectStatus(await a.browser.get(teamsOf(a.accountId)), 200).items
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
    const member = await invite(a, team.id, sub.id)
    expect(member).toMatchObject({ status: 'active', accountName: 'Brand' })
    // The sub-account sees the team too, as a member.
    expect(expectStatus(await a.browser.get(teamUrl(sub.id, team.id)), 200).abilities).toEqual(
      JOINED,
    )
  })

  it('refuses a duplicate (409), an unknown account (422), and strangers (404)', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await teamOf([a, b])
    const members = `${teamUrl(a.accountId, team.id)}/members`
    const dup = await a.browser.post(members, { accountId: a.accountId })
    expect(dup.status).toBe(409)
    expect(dup.body.error).toMatchObject({ code: 'already_member', field: 'accountId' })
    // Another's account is named by email; by id it is refused like an unknown one, unnamed.
    for (const accountId of [randomUUID(), 'nope', b.accountId]) {
      const unknown = await a.browser.post(members, { accountId })
      expect(unknown.status).toBe(422)
      expect(unknown.body.error.field).toBe('accountId')
    }
    expect((await a.browser.post(members, {})).body.error.field).toBe('email')
    // An account that is not in the team does not see it: the same 404 as no team at all.
    const stranger = await newOwner(t, 'stranger')
    const inStranger = teamUrl(stranger.accountId, team.id)
    for (const reply of [
      await stranger.browser.get(inStranger),
      await stranger.browser.post(`${inStranger}/members`, { email: b.user.email }),
      await stranger.browser.post(`${inStranger}/accept`),
      await stranger.browser.delete(`${inStranger}/members/${b.accountId}`),
    ]) {
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('team')
    }
    expect(
      expectStatus(await stranger.browser.get(teamsOf(stranger.accountId)), 200).items,
    ).toEqual([])
    // A member of a team account without users.manage is refused by the gate, as anywhere.
    const viewer = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'viewer')
    const refused = await viewer.browser.get(teamUrl(a.accountId, team.id))
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('users.manage')
    expect((await a.browser.get(teamUrl(a.accountId, randomUUID()))).status).toBe(404)
    expect((await a.browser.get(teamUrl(a.accountId, 'nope'))).status).toBe(404)
  })
})

describe('leaving and removing', () => {
  it('lets a member leave, an active member remove another, and ends the team when empty', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const c = await newOwner(t, 'c')
    const team = await teamOf([a, b, c])
    // B leaves.
    await leave(b, team.id)
    expect((await b.browser.get(teamUrl(b.accountId, team.id))).status).toBe(404)
    expect((await b.browser.get(teamsOf(b.accountId))).body.items).toEqual([])
    // A removes C.
    await leave(a, team.id, c.accountId)
    expect((await c.browser.get(teamUrl(c.accountId, team.id))).status).toBe(404)
    const left = (await a.browser.get(teamUrl(a.accountId, team.id))).body
    expect(left.members.map((m: any) => m.accountId)).toEqual([a.accountId])
    expect((await auditActions(b)).map((e) => e.action)).toContain('team.member_left')
    expect((await auditActions(c)).map((e) => e.action)).toContain('team.member_removed')
    expect((await auditActions(a)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['team.member_left', 'team.member_removed']),
    )
    // Not a member any more: 404.
    const gone = await a.browser.delete(`${teamUrl(a.accountId, team.id)}/members/${b.accountId}`)
    expect(gone.status).toBe(404)
    expect(gone.body.error.resource).toBe('team member')
    // The last member leaves: the team is gone.
    await leave(a, team.id)
    expect((await a.browser.get(teamUrl(a.accountId, team.id))).status).toBe(404)
  })

  it('ends the team when its last joined account leaves, with the invitations still pending', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await newTeam(a.browser, a.accountId, 'Lonely')
    await invite(a, team.id, b)
    await leave(a, team.id)
    // B cannot accept into a team nobody is in any more: the invitation went with it.
    expect((await b.browser.get(teamsOf(b.accountId))).body.items).toEqual([])
    expect((await b.browser.post(`${teamUrl(b.accountId, team.id)}/accept`)).status).toBe(404)
  })

  it('lets a pending account decline by leaving, but not remove others; a member without users.manage does nothing', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const c = await newOwner(t, 'c')
    const team = await teamOf([a, c])
    await invite(a, team.id, b)
    const removing = await b.browser.delete(
      `${teamUrl(b.accountId, team.id)}/members/${c.accountId}`,
    )
    expect(removing.status).toBe(409)
    await leave(b, team.id)
    const members = (await a.browser.get(teamUrl(a.accountId, team.id))).body.members
    expect(members.map((m: any) => m.accountId)).toEqual([a.accountId, c.accountId])
    expect((await auditActions(b)).map((e) => e.action)).toContain('team.member_left')
    expect(JSON.stringify(await auditActions(a))).not.toContain(b.accountId)

    // A Data Manager of a member account (no users.manage) cannot change the team.
    const manager = await memberOf(t.deps, t.app, a.accountId, { role: 'data_manager' }, 'dm')
    const refused = await manager.browser.delete(
      `${teamUrl(a.accountId, team.id)}/members/${a.accountId}`,
    )
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('users.manage')
  })

  it('takes effect on the next request after a role change (no cache)', async () => {
    const a = await newOwner(t, 'a')
    const admin = await memberOf(t.deps, t.app, a.accountId, { role: 'admin' }, 'admin')
    const team = await newTeam(admin.browser, a.accountId)
    expect((await admin.browser.get(teamUrl(a.accountId, team.id))).status).toBe(200)
    expectStatus(
      await a.browser.patch(`${a.base}/members/${admin.user.id}`, { role: 'author' }),
      200,
    )
    expect((await admin.browser.get(teamUrl(a.accountId, team.id))).status).toBe(403)
  })
})

describe('inviting by email', () => {
  it('answers an unknown, an unconfirmed and a known owner alike, and names no account', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const unconfirmed = await signUp(t.app)
    const team = await newTeam(a.browser, a.accountId)
    const members = `${teamUrl(a.accountId, team.id)}/members`
    const replies = []
    for (const email of [uniqueEmail('nobody'), unconfirmed.email, b.user.email]) {
      const reply = await a.browser.post(members, { email })
      replies.push([reply.status, Object.keys(reply.body).sort().join()])
    }
    expect(new Set(replies.map((r) => r.join())).size).toBe(1)
    expect(replies[0]?.[0]).toBe(202)
    // The inviting side sees no pending member, nor can it address or audit one: what it sees
    // is the same whichever of the three emails led to an account.
    const seen = expectStatus(await a.browser.get(teamUrl(a.accountId, team.id)), 200)
    expect(seen.members).toEqual([
      expect.objectContaining({ accountId: a.accountId, status: 'active' }),
    ])
    expect((await a.browser.get(teamsOf(a.accountId))).body.items[0].members).toHaveLength(1)
    expect((await a.browser.delete(`${members}/${b.accountId}`)).status).toBe(404)
    expect(JSON.stringify(await auditActions(a))).not.toContain(b.accountId)
    // The invited side sees its pending invitation.
    const invited = expectStatus(await b.browser.get(teamUrl(b.accountId, team.id)), 200)
    expect(invited.members).toEqual([
      expect.objectContaining({ accountId: a.accountId, status: 'active' }),
      expect.objectContaining({ accountId: b.accountId, status: 'pending' }),
    ])
    // The invited owner accepts, and then the team sees the account with its name.
    await accept(b.browser, team.id, b.accountId)
    const joined = expectStatus(await a.browser.get(teamUrl(a.accountId, team.id)), 200)
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

  it('is closed to a manager without 2FA on the team routes too, the SPEC’s included', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await newTeam(a.browser, a.accountId)
    await invite(a, team.id, b)
    const adminA = await memberOf(t.deps, t.app, a.accountId, { role: 'admin' }, 'admin-a')
    const adminB = await memberOf(t.deps, t.app, b.accountId, { role: 'admin' }, 'admin-b')
    await requireTwoFactor(a.accountId)
    await requireTwoFactor(b.accountId)
    const c = await newOwner(t, 'c')
    const inA = teamUrl(a.accountId, team.id)
    const inB = teamUrl(b.accountId, team.id)

    const refusals = [
      await adminA.browser.get(teamsOf(a.accountId)),
      await adminA.browser.get(inA),
      await adminA.browser.post(`${inA}/members`, { email: c.user.email }),
      await adminA.browser.post(teamsOf(a.accountId), { name: 'New' }),
      await adminA.browser.delete(`${inA}/members/${a.accountId}`),
      await adminB.browser.post(`${inB}/accept`),
      await adminB.browser.delete(`${inB}/members/${b.accountId}`),
      // The SPEC's routes, deciding in the account they find, the same.
      await adminA.browser.post('/api/v1/teams', { name: 'New', accountId: a.accountId }),
      await adminA.browser.post(`/api/v1/teams/${team.id}/members`, { email: c.user.email }),
      await adminA.browser.delete(`/api/v1/teams/${team.id}/members/${a.accountId}`),
      await adminB.browser.post(`/api/v1/teams/${team.id}/members/${b.accountId}/accept`),
      await adminB.browser.delete(`/api/v1/teams/${team.id}/members/${b.accountId}`),
    ]
    for (const reply of refusals) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(403)
      expect(reply.body.error.code).toBe('two_factor_required')
    }
    const rows = await t.deps.db
      .selectFrom('team_members')
      .select(['account_id', 'status'])
      .where('team_id', '=', team.id)
      .execute()
    expect(rows).toHaveLength(2)
    expect(rows).toContainEqual({ account_id: b.accountId, status: 'pending' })
    // An outsider still learns nothing.
    expect((await c.browser.get(inA)).status).toBe(404)
    expect((await c.browser.delete(`/api/v1/teams/${team.id}/members/${a.accountId}`)).status).toBe(
      404,
    )

    // With 2FA set up, the team opens to them.
    await t.deps.db
      .updateTable('users')
      .set({ totp_secret: 'set-up' })
      .where('id', '=', adminB.user.id)
      .execute()
    expect((await adminB.browser.post(`${inB}/accept`)).status).toBe(200)
  })
})

describe('an API key with users.manage', () => {
  it('acts in its own account only: it founds and invites, but names no other account by id', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand')
    const created = expectStatus(
      await a.browser.post(`${a.base}/api-keys`, {
        name: 'teams',
        permissions: ['users.view', 'users.manage'],
      }),
      201,
    )
    const key = new Browser(t.app)
    const asKey = (method: string, url: string, body?: unknown) =>
      key.request(method, url, body, { authorization: `Bearer ${created.key}` })
    const team = expectStatus(await asKey('POST', teamsOf(a.accountId), { name: 'By key' }), 201)
    const members = `${teamUrl(a.accountId, team.id)}/members`
    // The owner could add the sub-account by id (active at once); the key cannot reach it.
    const bySubId = await asKey('POST', members, { accountId: sub.id })
    expect(bySubId.status).toBe(422)
    expect(bySubId.body.error.field).toBe('accountId')
    expect((await asKey('POST', members, { email: b.user.email })).status).toBe(202)
    const invited = expectStatus(await b.browser.get(teamUrl(b.accountId, team.id)), 200)
    expect(invited.members).toContainEqual(
      expect.objectContaining({ accountId: b.accountId, status: 'pending', invitedBy: a.user.id }),
    )
    // Another account's team routes are not the key's.
    expect((await asKey('GET', teamsOf(sub.id))).status).toBe(404)
  })
})

describe('the SPEC’s contract routes (/api/v1/teams…), twins of the account-scoped ones', () => {
  const SPEC = '/api/v1/teams'
  const specMembers = (teamId: string) => `${SPEC}/${teamId}/members`

  async function specTeam(owner: Owner, name = 'Spec team') {
    return expectStatus(await owner.browser.post(SPEC, { name, accountId: owner.accountId }), 201)
  }

  it('founds a team for the account named, as the account-scoped route does', async () => {
    const a = await newOwner(t, 'a')
    const team = await specTeam(a, '  Spec  ')
    expect(team).toMatchObject({
      name: 'Spec',
      createdBy: a.user.id,
      members: [{ accountId: a.accountId, status: 'active' }],
      abilities: JOINED,
    })
    expect(expectStatus(await a.browser.get(teamUrl(a.accountId, team.id)), 200)).toEqual(team)
    // An account the caller cannot reach is refused on the field, naming nothing.
    const stranger = await newOwner(t, 'stranger')
    for (const accountId of [a.accountId, randomUUID(), 'nope']) {
      const reply = await stranger.browser.post(SPEC, { name: 'X', accountId })
      expect(reply.status).toBe(422)
      expect(reply.body.error.field).toBe('accountId')
    }
    expect((await a.browser.post(SPEC, { name: 'X' })).body.error.field).toBe('accountId')
    const author = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'author')
    const refused = await author.browser.post(SPEC, { name: 'X', accountId: a.accountId })
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('users.manage')
    expect(
      (await new Browser(t.app).post(SPEC, { name: 'X', accountId: a.accountId })).status,
    ).toBe(401)
  })

  it('invites pending by email, active at once an account the caller manages; the invited account accepts', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand')
    const team = await specTeam(a)
    const byId = expectStatus(
      await a.browser.post(specMembers(team.id), { accountId: sub.id }),
      201,
    )
    expect(byId).toMatchObject({ accountId: sub.id, status: 'active', invitedBy: a.user.id })
    expectStatus(await a.browser.post(specMembers(team.id), { email: b.user.email }), 202)
    const invited = expectStatus(await b.browser.get(teamUrl(b.accountId, team.id)), 200)
    expect(invited.abilities).toEqual(INVITED)

    // A cannot accept for B (no path to B's account), B can.
    const notA = await a.browser.post(`${specMembers(team.id)}/${b.accountId}/accept`)
    expect(notA.status).toBe(404)
    expect(notA.body.error.resource).toBe('account')
    const accepted = expectStatus(
      await b.browser.post(`${specMembers(team.id)}/${b.accountId}/accept`),
      200,
    )
    expect(accepted).toMatchObject({ accountId: b.accountId, status: 'active' })
    expect((await b.browser.post(`${specMembers(team.id)}/${b.accountId}/accept`)).status).toBe(409)
    const seen = expectStatus(await a.browser.get(teamUrl(a.accountId, team.id)), 200)
    expect(seen.members.map((m: any) => [m.accountId, m.status])).toEqual([
      [a.accountId, 'active'],
      [sub.id, 'active'],
      [b.accountId, 'active'],
    ])
    // B, now joined, invites through its own account: the only one of the team it manages.
    const c = await newOwner(t, 'c')
    expectStatus(await b.browser.post(specMembers(team.id), { email: c.user.email }), 202)
    const cSees = expectStatus(await c.browser.get(teamUrl(c.accountId, team.id)), 200)
    expect(cSees.members).toContainEqual(
      expect.objectContaining({ accountId: c.accountId, status: 'pending', invitedBy: b.user.id }),
    )
  })

  it('leaves, declines and removes; outsiders get the team’s 404, members without users.manage 403', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const c = await newOwner(t, 'c')
    const d = await newOwner(t, 'd')
    const team = await teamOf([a, b, c])
    await invite(a, team.id, d)
    const member = (accountId: string) => `${specMembers(team.id)}/${accountId}`

    // Outsiders: the team does not exist for them, whatever they name.
    const stranger = await newOwner(t, 'stranger')
    for (const reply of [
      await stranger.browser.post(specMembers(team.id), { email: b.user.email }),
      await stranger.browser.delete(member(b.accountId)),
      await stranger.browser.delete(member(stranger.accountId)),
      await a.browser.delete(`${specMembers(randomUUID())}/${a.accountId}`),
      await a.browser.post(specMembers('nope'), { email: b.user.email }),
    ]) {
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('team')
    }
    // A member of a team account without users.manage: the gate's 403 there.
    const author = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'author')
    for (const reply of [
      await author.browser.post(specMembers(team.id), { email: stranger.user.email }),
      await author.browser.delete(member(a.accountId)),
      await author.browser.delete(member(b.accountId)),
      await author.browser.post(`${member(a.accountId)}/accept`),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error).toMatchObject({ code: 'forbidden', permission: 'users.manage' })
    }

    // D declines its pending invitation; the team never saw it.
    expectStatus(await d.browser.delete(member(d.accountId)), 204)
    expect((await d.browser.get(teamUrl(d.accountId, team.id))).status).toBe(404)
    expect((await auditActions(d)).map((e) => e.action)).toContain('team.member_left')
    // B leaves; A removes C.
    expectStatus(await b.browser.delete(member(b.accountId)), 204)
    expectStatus(await a.browser.delete(member(c.accountId)), 204)
    expect((await auditActions(c)).map((e) => e.action)).toContain('team.member_removed')
    const left = expectStatus(await a.browser.get(teamUrl(a.accountId, team.id)), 200)
    expect(left.members.map((m: any) => m.accountId)).toEqual([a.accountId])
    // B is no member any more: removing it again is the member's 404.
    const gone = await a.browser.delete(member(b.accountId))
    expect(gone.status).toBe(404)
    expect(gone.body.error.resource).toBe('team member')
  })

  it('acts through the caller’s managed account of the team, the oldest first', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await teamOf([a, b])
    // An Admin of both B and A (made in that order) acts through A, the team's older membership.
    const admin = await memberOf(t.deps, t.app, b.accountId, { role: 'admin' }, 'admin')
    await grant(t.deps, a.accountId, admin.user.id, { role: 'admin' })
    const c = await newOwner(t, 'c')
    expectStatus(await admin.browser.post(specMembers(team.id), { email: c.user.email }), 202)
    const audited = await auditActions(c)
    expect(audited).toContainEqual(
      expect.objectContaining({
        action: 'team.member_invited',
        details: expect.objectContaining({ byAccountId: a.accountId }),
      }),
    )
  })

  it('removes a member the caller only reaches through the account they manage, as the account route does', async () => {
    const a = await newOwner(t, 'a')
    const b = await newOwner(t, 'b')
    const team = await teamOf([a, b])
    // A's Admin is only an Author in B: naming B is a removal by A, not B leaving on its own.
    const admin = await memberOf(t.deps, t.app, a.accountId, { role: 'admin' }, 'admin')
    await grant(t.deps, b.accountId, admin.user.id, { role: 'author' })
    expectStatus(
      await admin.browser.delete(`${specMembers(team.id)}/${b.accountId.toUpperCase()}`),
      204,
    )
    expect((await auditActions(b)).map((e) => e.action)).toContain('team.member_removed')
  })
})
