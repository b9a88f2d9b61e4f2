import { describe, expect, it } from 'vitest'
import { type Browser, manualClock } from '../../test/helpers/app.js'
import {
  createSubaccount,
  createUser,
  grant,
  logIn,
  memberOf,
  type TestUser,
} from '../../test/helpers/factories.js'
import { newOwner } from '../../test/helpers/sharing.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

const clock = manualClock(new Date('2026-02-01T09:00:00Z'))
const { t, sink: smtp } = useTestAppWithSmtpSink({ clock })

const owner = () => newOwner(t, 'owner')

/** Invites over HTTP and accepts as the invitee: the whole path a person takes. */
async function inviteAndAccept(
  inviter: Browser,
  accountId: string,
  invitee: TestUser,
  body: object,
) {
  const invitation = await inviter.post(`/api/v1/accounts/${accountId}/invitations`, {
    email: invitee.email,
    ...body,
  })
  expect(invitation.status, JSON.stringify(invitation.body)).toBe(201)
  const browser = await logIn(t.app, invitee)
  const accepted = await browser.post(`/api/v1/invitations/${invitation.body.token}/accept`)
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  return browser
}

describe('the Owner → Admin → Author chain (SPEC §2 rule 2)', () => {
  it('holds: an Admin cannot demote the Owner, grant contacts.export or edit another Admin; an Author cannot invite', async () => {
    const o = await owner()
    const adminUser = await createUser(t.deps, 'admin')
    const admin = await inviteAndAccept(o.browser, o.accountId, adminUser, { role: 'admin' })
    const secondAdminUser = await createUser(t.deps, 'admin2')
    await inviteAndAccept(o.browser, o.accountId, secondAdminUser, { role: 'admin' })
    const authorUser = await createUser(t.deps, 'author')
    const author = await inviteAndAccept(admin, o.accountId, authorUser, { role: 'author' })

    const demoteOwner = await admin.patch(`/api/v1/accounts/${o.accountId}/members/${o.user.id}`, {
      role: 'author',
    })
    expect(demoteOwner.status).toBe(403)
    expect(demoteOwner.body.error.code).toBe('escalation_refused')
    expect(
      (await admin.delete(`/api/v1/accounts/${o.accountId}/members/${o.user.id}`)).status,
    ).toBe(403)

    const exporter = await createUser(t.deps, 'exporter')
    const grantExport = await admin.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: exporter.email,
      permissions: ['contacts.view', 'contacts.export'],
    })
    expect(grantExport.status).toBe(403)
    expect(grantExport.body.error).toMatchObject({
      code: 'escalation_refused',
      permission: 'contacts.export',
    })
    const raiseAuthor = await admin.patch(
      `/api/v1/accounts/${o.accountId}/members/${authorUser.id}`,
      {
        permissions: ['contacts.view', 'contacts.export'],
      },
    )
    expect(raiseAuthor.status).toBe(403)

    const editPeer = await admin.patch(
      `/api/v1/accounts/${o.accountId}/members/${secondAdminUser.id}`,
      {
        role: 'author',
      },
    )
    expect(editPeer.status).toBe(403)
    expect(editPeer.body.error.code).toBe('escalation_refused')
    expect(
      (await admin.delete(`/api/v1/accounts/${o.accountId}/members/${secondAdminUser.id}`)).status,
    ).toBe(403)

    const authorInvites = await author.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: 'someone@example.test',
      role: 'analyst',
    })
    expect(authorInvites.status).toBe(403)
    expect(authorInvites.body.error).toEqual({
      code: 'forbidden',
      permission: 'users.manage',
      message: expect.any(String),
    })

    // What an Admin may do: manage those strictly below.
    const demoteAuthor = await admin.patch(
      `/api/v1/accounts/${o.accountId}/members/${authorUser.id}`,
      {
        role: 'analyst',
      },
    )
    expect(demoteAuthor.status).toBe(200)
    expect(demoteAuthor.body.role).toBe('analyst')
    // And the Owner manages Admins.
    const ownerDemotes = await o.browser.patch(
      `/api/v1/accounts/${o.accountId}/members/${secondAdminUser.id}`,
      {
        role: 'manager',
      },
    )
    expect(ownerDemotes.status).toBe(200)
  })

  it('refuses granting an equal set (strict subset only) and granting ownership', async () => {
    const o = await owner()
    const { browser: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const peer = await admin.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: 'peer@example.test',
      role: 'admin',
    })
    expect(peer.status).toBe(403)
    const ownership = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: 'heir@example.test',
      role: 'owner',
    })
    expect(ownership.status).toBe(422)
    expect(ownership.body.error.field).toBe('role')
    const ownerGrantsAnything = await o.browser.post(
      `/api/v1/accounts/${o.accountId}/invitations`,
      {
        email: 'exporter@example.test',
        permissions: [
          'contacts.view',
          'contacts.export',
          'contacts.delete',
          'contacts.bulk_delete',
        ],
      },
    )
    expect(ownerGrantsAnything.status).toBe(201)
  })

  it('rejects a custom set that is not closed under requires, naming the missing permission', async () => {
    const o = await owner()
    const reply = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: 'x@example.test',
      permissions: ['campaigns.send'],
    })
    expect(reply.status).toBe(422)
    expect(reply.body.error).toMatchObject({
      field: 'permissions',
      missing: 'campaigns.edit',
      requiredBy: 'campaigns.send',
    })
    const unknown = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: 'x@example.test',
      permissions: ['contacts.view', 'root'],
    })
    expect(unknown.status).toBe(422)
  })

  it('never removes the Owner; the Owner transfers ownership to an Admin and becomes an Admin', async () => {
    const o = await owner()
    const { user: adminUser, browser: admin } = await memberOf(t.deps, t.app, o.accountId, {
      role: 'admin',
    })
    expect((await o.browser.post(`/api/v1/accounts/${o.accountId}/leave`)).status).toBe(403)
    expect(
      (await o.browser.delete(`/api/v1/accounts/${o.accountId}/members/${o.user.id}`)).status,
    ).toBe(403)
    const notOwner = await admin.post(`/api/v1/accounts/${o.accountId}/ownership`, {
      userId: adminUser.id,
    })
    expect(notOwner.status).toBe(403)
    const { user: authorUser } = await memberOf(t.deps, t.app, o.accountId, { role: 'author' })
    const toAuthor = await o.browser.post(`/api/v1/accounts/${o.accountId}/ownership`, {
      userId: authorUser.id,
    })
    expect(toAuthor.status).toBe(422)

    expect(
      (await o.browser.post(`/api/v1/accounts/${o.accountId}/ownership`, { userId: adminUser.id }))
        .status,
    ).toBe(204)
    const members = await admin.get(`/api/v1/accounts/${o.accountId}/members`)
    const roles = Object.fromEntries(members.body.items.map((m: any) => [m.userId, m.role]))
    expect(roles[adminUser.id]).toBe('owner')
    expect(roles[o.user.id]).toBe('admin')
    // The new Owner now manages the old one.
    expect(
      (
        await admin.patch(`/api/v1/accounts/${o.accountId}/members/${o.user.id}`, {
          role: 'author',
        })
      ).status,
    ).toBe(200)
  })
})

describe('invitations', () => {
  it('emails the token, which works once, for the invited address only', async () => {
    const o = await owner()
    const invitee = await createUser(t.deps, 'invitee')
    const created = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: invitee.email.toUpperCase(),
      role: 'analyst',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ email: invitee.email, role: 'analyst' })
    const mail = await smtp.waitFor((m) => recipientsOf(m).includes(invitee.email))
    expect(mail.text).toContain(created.body.token)

    const stranger = await logIn(t.app, await createUser(t.deps, 'stranger'))
    const wrongPerson = await stranger.post(`/api/v1/invitations/${created.body.token}/accept`)
    expect(wrongPerson.status).toBe(403)
    expect(wrongPerson.body.error.code).toBe('invitation_email_mismatch')

    const browser = await logIn(t.app, invitee)
    const accepted = await browser.post(`/api/v1/invitations/${created.body.token}/accept`)
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ accountId: o.accountId, role: 'analyst' })
    const again = await browser.post(`/api/v1/invitations/${created.body.token}/accept`)
    expect(again.status).toBe(400)

    const me = await browser.get('/api/v1/me')
    expect(me.body.accounts).toContainEqual(
      expect.objectContaining({ id: o.accountId, role: 'analyst', via: 'member' }),
    )
  })

  it('expires after seven days, can be revoked, and refuses someone already a member', async () => {
    const o = await owner()
    const late = await createUser(t.deps, 'late')
    const expiring = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: late.email,
      role: 'analyst',
    })
    clock.advance(7 * 24 * 3600 * 1000 + 1000)
    const browser = await logIn(t.app, late)
    // A week idle ends a session too: the Owner signs in again.
    o.browser = await logIn(t.app, o.user)
    expect((await browser.post(`/api/v1/invitations/${expiring.body.token}/accept`)).status).toBe(
      400,
    )

    const revoked = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: late.email,
      role: 'analyst',
    })
    const open = await o.browser.get(`/api/v1/accounts/${o.accountId}/invitations`)
    expect(open.body.items.map((i: any) => i.id)).toEqual([revoked.body.id])
    expect(open.body.items[0]).not.toHaveProperty('token')
    expect(
      (await o.browser.delete(`/api/v1/accounts/${o.accountId}/invitations/${revoked.body.id}`))
        .status,
    ).toBe(204)
    expect((await browser.post(`/api/v1/invitations/${revoked.body.token}/accept`)).status).toBe(
      400,
    )

    const member = await o.browser.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: o.user.email,
      role: 'analyst',
    })
    expect(member.status).toBe(409)
  })

  it('cannot be accepted once the inviter has lost the right to grant it', async () => {
    const o = await owner()
    const { user: adminUser, browser: admin } = await memberOf(t.deps, t.app, o.accountId, {
      role: 'admin',
    })
    const invitee = await createUser(t.deps, 'invitee')
    const invitation = await admin.post(`/api/v1/accounts/${o.accountId}/invitations`, {
      email: invitee.email,
      role: 'manager',
    })
    expect(invitation.status).toBe(201)
    await o.browser.patch(`/api/v1/accounts/${o.accountId}/members/${adminUser.id}`, {
      role: 'author',
    })
    const browser = await logIn(t.app, invitee)
    const reply = await browser.post(`/api/v1/invitations/${invitation.body.token}/accept`)
    expect(reply.status).toBe(400)
    expect((await browser.get(`/api/v1/accounts/${o.accountId}`)).status).toBe(404)
  })
})

describe('sub-accounts and cascade', () => {
  it('nests five levels and refuses a sixth', async () => {
    const o = await owner()
    let parent = o.accountId
    for (let level = 2; level <= 5; level++) {
      const created = await o.browser.post(`/api/v1/accounts/${parent}/subaccounts`, {
        name: `level ${level}`,
      })
      expect(created.status).toBe(201)
      expect(created.body.level).toBe(level)
      parent = created.body.id
    }
    const sixth = await o.browser.post(`/api/v1/accounts/${parent}/subaccounts`, {
      name: 'level 6',
    })
    expect(sixth.status).toBe(409)
    expect(sixth.body.error.code).toBe('max_depth_reached')
    const me = await o.browser.get('/api/v1/me')
    expect(me.body.accounts.map((a: any) => [a.level, a.via, a.role])).toEqual([
      [1, 'member', 'owner'],
      [2, 'cascade', 'owner'],
      [3, 'cascade', 'owner'],
      [4, 'cascade', 'owner'],
      [5, 'cascade', 'owner'],
    ])
  })

  it('cascades Owner and Admin to descendants, and nothing else', async () => {
    const o = await owner()
    const child = await createSubaccount(t.deps, o.accountId, 'Brand A')
    const grandchild = await createSubaccount(t.deps, child.id, 'Brand A / Shop')
    const { browser: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    const { browser: manager } = await memberOf(t.deps, t.app, o.accountId, { role: 'manager' })
    expect((await admin.get(`/api/v1/accounts/${grandchild.id}/members`)).status).toBe(200)
    expect((await manager.get(`/api/v1/accounts/${o.accountId}/members`)).status).toBe(200)
    const hidden = await manager.get(`/api/v1/accounts/${child.id}/members`)
    expect(hidden.status).toBe(404)
    expect(hidden.body.error.resource).toBe('account')

    const explain = await o.browser.get(
      `/api/v1/accounts/${grandchild.id}/access/explain?userId=${(await admin.get('/api/v1/me')).body.user.id}&permission=users.manage`,
    )
    expect(explain.body).toMatchObject({
      allowed: true,
      paths: [{ kind: 'cascade', accountId: o.accountId, role: 'admin' }],
    })
  })

  it('gives a creator without a cascading role exactly their own permissions in the new sub-account', async () => {
    const o = await owner()
    const set = ['subaccounts.manage', 'contacts.view', 'groups.view'] as const
    const { user, browser } = await memberOf(t.deps, t.app, o.accountId, { permissions: [...set] })
    const created = await browser.post(`/api/v1/accounts/${o.accountId}/subaccounts`, {
      name: 'mine',
    })
    expect(created.status).toBe(201)
    const described = await browser.get(`/api/v1/accounts/${created.body.id}`)
    expect(described.body.permissions).toEqual([
      'subaccounts.manage',
      'contacts.view',
      'groups.view',
    ])
    expect(described.body.paths).toEqual([
      { kind: 'membership', accountId: created.body.id, role: null, permissions: [...set] },
    ])
    const explained = await o.browser.get(
      `/api/v1/accounts/${created.body.id}/access/explain?userId=${user.id}&permission=users.manage`,
    )
    expect(explained.body).toMatchObject({ allowed: false, missing: 'users.manage' })
  })

  it('deletes a sub-account with its descendants (parent Admin), but not a top-level one (only its Owner)', async () => {
    const o = await owner()
    const child = await createSubaccount(t.deps, o.accountId, 'to delete')
    const grandchild = await createSubaccount(t.deps, child.id, 'also gone')
    const { browser: childAdmin } = await memberOf(t.deps, t.app, child.id, { role: 'admin' })
    expect((await childAdmin.delete(`/api/v1/accounts/${child.id}`)).status).toBe(403)
    const { browser: admin } = await memberOf(t.deps, t.app, o.accountId, { role: 'admin' })
    expect((await admin.delete(`/api/v1/accounts/${o.accountId}`)).status).toBe(403)
    expect((await admin.delete(`/api/v1/accounts/${child.id}`)).status).toBe(204)
    expect((await o.browser.get(`/api/v1/accounts/${child.id}`)).status).toBe(404)
    expect((await o.browser.get(`/api/v1/accounts/${grandchild.id}`)).status).toBe(404)
    expect((await childAdmin.get(`/api/v1/accounts/${child.id}`)).status).toBe(404)
    // The Owner's only account cannot go: every user keeps at least one.
    expect((await o.browser.delete(`/api/v1/accounts/${o.accountId}`)).status).toBe(409)
  })
})

describe('revocation is immediate', () => {
  it('sees a role change, a removal and a leave on the very next request', async () => {
    const o = await owner()
    const { user, browser } = await memberOf(t.deps, t.app, o.accountId, { role: 'manager' })
    expect((await browser.get(`/api/v1/accounts/${o.accountId}/members`)).status).toBe(200)
    await o.browser.patch(`/api/v1/accounts/${o.accountId}/members/${user.id}`, {
      role: 'campaign_creator',
    })
    const downgraded = await browser.get(`/api/v1/accounts/${o.accountId}/members`)
    expect(downgraded.status).toBe(403)
    expect(downgraded.body.error.permission).toBe('users.view')
    await o.browser.delete(`/api/v1/accounts/${o.accountId}/members/${user.id}`)
    expect((await browser.get(`/api/v1/accounts/${o.accountId}`)).status).toBe(404)

    const { browser: leaver } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    expect((await leaver.post(`/api/v1/accounts/${o.accountId}/leave`)).status).toBe(204)
    expect((await leaver.get(`/api/v1/accounts/${o.accountId}`)).status).toBe(404)
  })
})

describe('explain and who', () => {
  it('explain and who agree, with paths', async () => {
    const o = await owner()
    const { user: author } = await memberOf(t.deps, t.app, o.accountId, { role: 'author' })
    const { user: analyst } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    const who = await o.browser.get(
      `/api/v1/accounts/${o.accountId}/access/who?permission=campaigns.send`,
    )
    expect(who.status).toBe(200)
    const ids = who.body.items.map((i: any) => i.userId).sort()
    expect(ids).toEqual([o.user.id, author.id].sort())
    expect(who.body.items.find((i: any) => i.userId === author.id).paths).toEqual([
      expect.objectContaining({ kind: 'membership', role: 'author' }),
    ])
    const no = await o.browser.get(
      `/api/v1/accounts/${o.accountId}/access/explain?userId=${analyst.id}&permission=campaigns.send`,
    )
    expect(no.body).toMatchObject({ allowed: false, missing: 'campaigns.send' })
    expect(no.body.paths).toEqual([
      expect.objectContaining({ kind: 'membership', role: 'analyst' }),
    ])
    const bad = await o.browser.get(`/api/v1/accounts/${o.accountId}/access/who?permission=nope`)
    expect(bad.status).toBe(422)
  })
})

describe('audit log', () => {
  it('records access changes, invitations and logins with actor and path, newest first, paginated', async () => {
    const o = await owner()
    const invitee = await createUser(t.deps, 'audited')
    const inviteeBrowser = await inviteAndAccept(o.browser, o.accountId, invitee, {
      role: 'author',
    })
    await o.browser.patch(`/api/v1/accounts/${o.accountId}/members/${invitee.id}`, {
      role: 'analyst',
    })
    expect((await inviteeBrowser.get(`/api/v1/accounts/${o.accountId}/audit`)).status).toBe(403)

    const page1 = await o.browser.get(`/api/v1/accounts/${o.accountId}/audit?limit=2`)
    expect(page1.status).toBe(200)
    expect(page1.body.items.map((i: any) => i.action)).toEqual([
      'member.updated',
      'invitation.accepted',
    ])
    expect(page1.body.items[0]).toMatchObject({
      actor: { userId: o.user.id, kind: 'user', email: o.user.email },
      target: { type: 'user', id: invitee.id },
      path: [{ kind: 'membership', accountId: o.accountId, role: 'owner' }],
    })
    const page2 = await o.browser.get(
      `/api/v1/accounts/${o.accountId}/audit?limit=50&cursor=${page1.body.nextCursor}`,
    )
    const actions = page2.body.items.map((i: any) => i.action)
    // The invitee signed in before joining: that login belongs to their own account's log only.
    expect(actions).toEqual(['invitation.created', 'auth.login', 'account.created'])
    expect(page2.body.nextCursor).toBeNull()
  })
})

describe('other accounts stay invisible', () => {
  it('answers 404, not 403, for an account the caller has no path to, and for a malformed id', async () => {
    const a = await owner()
    const b = await owner()
    for (const url of [
      `/api/v1/accounts/${b.accountId}`,
      `/api/v1/accounts/${b.accountId}/members`,
      '/api/v1/accounts/not-a-uuid/members',
    ]) {
      const reply = await a.browser.get(url)
      expect(reply.status, url).toBe(404)
      expect(reply.body.error).toMatchObject({ code: 'not_found', resource: 'account' })
    }
    await grant(t.deps, b.accountId, a.user.id, { permissions: [] })
    // A membership with no permissions makes the account visible: now it is a 403.
    expect((await a.browser.get(`/api/v1/accounts/${b.accountId}/members`)).status).toBe(403)
  })
})
