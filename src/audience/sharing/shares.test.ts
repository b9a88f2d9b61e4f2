import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/helpers/app.js'
import { createSubaccount, memberOf } from '../../../test/helpers/factories.js'
import {
  accept,
  BASIC_CONTACT_KEYS,
  expectStatus,
  groupIdsListed,
  invite,
  leave,
  newContact,
  newGroup,
  newOwner,
  newTeam,
  type Owner,
  share,
  teamOf,
} from '../../../test/helpers/sharing.js'
import { insertAccount, insertMembership } from '../../accounts/repository.js'
import { sharedGroupsOf } from './repository.js'

const t = useTestApp()

/** Two owners' accounts in one team, the first owning a group with one full contact. */
async function pair() {
  const a = await newOwner(t, 'owner-a')
  const b = await newOwner(t, 'owner-b')
  const team = await teamOf([a, b])
  const group = await newGroup(a.browser, a.base, 'Customers')
  const contact = await newContact(a.browser, a.base, {
    email: `ann-${randomUUID().slice(0, 8)}@example.test`,
    phone: '+14155550100',
    firstName: 'Ann',
    lastName: 'Lee',
    fields: { plan: 'gold', visits: 3 },
    tags: ['vip'],
    groupIds: [group.id],
  })
  return { a, b, team, group, contact }
}

async function sees(owner: Owner, groupId: string) {
  const listed = groupIdsListed(await owner.browser.get(`${owner.base}/groups`)).includes(groupId)
  const one = (await owner.browser.get(`${owner.base}/groups/${groupId}`)).status
  const contacts = (await owner.browser.get(`${owner.base}/groups/${groupId}/contacts`)).status
  return { listed, one, contacts }
}

const SEEN = { listed: true, one: 200, contacts: 200 }
const GONE = { listed: false, one: 404, contacts: 404 }

describe('sharing a group with a team mate', () => {
  it('shows it to the team mate marked shared, read-only, with basic contact fields only', async () => {
    const { a, b, team, group, contact } = await pair()
    const made = await share(a.browser, a.base, group.id, b.accountId)
    expect(made).toMatchObject({
      groupId: group.id,
      ownerAccountId: a.accountId,
      accountId: b.accountId,
      basis: 'team',
      teamId: team.id,
      createdBy: a.user.id,
    })
    const owned = (await a.browser.get(`${a.base}/groups/${group.id}/shares`)).body.items
    expect(owned).toEqual([made])

    const list = (await b.browser.get(`${b.base}/groups`)).body.items
    expect(list).toEqual([
      expect.objectContaining({
        id: group.id,
        name: 'Customers',
        shared: true,
        ownerAccountId: a.accountId,
        memberCount: 1,
      }),
    ])
    const one = await b.browser.get(`${b.base}/groups/${group.id}`)
    expect(one.body).toEqual(list[0])

    const contacts = await b.browser.get(`${b.base}/groups/${group.id}/contacts`)
    expect(contacts.status).toBe(200)
    expect(contacts.body.items).toHaveLength(1)
    const [seen] = contacts.body.items
    expect(Object.keys(seen).sort()).toEqual(BASIC_CONTACT_KEYS)
    expect(seen).toEqual({
      id: contact.id,
      email: contact.email,
      phone: contact.phone,
      firstName: 'Ann',
      lastName: 'Lee',
      fields: { plan: 'gold', visits: 3 },
    })

    // The contact itself does not exist in the receiving account.
    for (const url of [
      `${b.base}/contacts/${contact.id}`,
      `${b.base}/contacts/${contact.id}/history`,
      `${b.base}/contacts/export?groupId=${group.id}`,
      `${b.base}/contacts?groupId=${group.id}`,
    ]) {
      expect((await b.browser.get(url)).status, url).toBe(404)
    }
    expect((await b.browser.get(`${b.base}/contacts`)).body.items).toEqual([])
    const bulk = await b.browser.post(`${b.base}/contacts/bulk-delete`, { groupId: group.id })
    expect(bulk.status).toBe(404)

    // Read-only: no rename, no members, no sharing on from the receiving side.
    for (const reply of [
      await b.browser.patch(`${b.base}/groups/${group.id}`, { name: 'Mine now' }),
      await b.browser.post(`${b.base}/groups/${group.id}/members`, { remove: [contact.id] }),
      await b.browser.post(`${b.base}/groups/${group.id}/shares`, { accountId: a.accountId }),
      await b.browser.get(`${b.base}/groups/${group.id}/shares`),
    ]) {
      expect(reply.status).toBe(409)
      expect(reply.body.error).toMatchObject({
        reason: 'shared_group',
        ownerAccountId: a.accountId,
      })
    }
    expect((await a.browser.get(`${a.base}/groups/${group.id}`)).body).toMatchObject({
      name: 'Customers',
      memberCount: 1,
      shared: false,
    })

    // Audited in both accounts.
    for (const owner of [a, b]) {
      const audit = (await owner.browser.get(`${owner.base}/audit`)).body.items
      expect(audit).toContainEqual(
        expect.objectContaining({
          action: 'share.created',
          target: { type: 'group', id: group.id },
        }),
      )
    }
    // The helper campaigns will use.
    expect((await sharedGroupsOf(t.deps.db, b.accountId)).map((g) => [g.id, g.account_id])).toEqual(
      [[group.id, a.accountId]],
    )
  })

  it('needs contacts.view in the receiving account for the contacts, groups.view for the group', async () => {
    const { a, b, group } = await pair()
    await share(a.browser, a.base, group.id, b.accountId)
    const basic = await memberOf(t.deps, t.app, b.accountId, { role: 'basic_user' }, 'basic')
    expect((await basic.browser.get(`${b.base}/groups/${group.id}`)).status).toBe(200)
    const denied = await basic.browser.get(`${b.base}/groups/${group.id}/contacts`)
    expect(denied.status).toBe(403)
    expect(denied.body.error.permission).toBe('contacts.view')
    const analyst = await memberOf(t.deps, t.app, b.accountId, { role: 'analyst' }, 'analyst')
    const items = (await analyst.browser.get(`${b.base}/groups/${group.id}/contacts`)).body.items
    expect(Object.keys(items[0]).sort()).toEqual(BASIC_CONTACT_KEYS)
  })

  it('pages a shared group’s contacts by cursor', async () => {
    const { a, b, group, contact } = await pair()
    const more = []
    for (let i = 0; i < 4; i++) {
      more.push(
        await newContact(a.browser, a.base, {
          email: `p${i}-${randomUUID().slice(0, 8)}@example.test`,
          groupIds: [group.id],
        }),
      )
    }
    await share(a.browser, a.base, group.id, b.accountId)
    const ids: string[] = []
    let cursor: string | null = null
    do {
      const reply: any = await b.browser.get(
        `${b.base}/groups/${group.id}/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(reply.status).toBe(200)
      ids.push(...reply.body.items.map((c: any) => c.id))
      cursor = reply.body.nextCursor
    } while (cursor)
    expect(ids).toEqual([contact.id, ...more.map((c) => c.id)])
    expect((await b.browser.get(`${b.base}/groups/${group.id}/contacts?cursor=zz`)).status).toBe(
      422,
    )
  })

  it('refuses targets outside a common team and not below the owner (422 accountId)', async () => {
    const { a, group } = await pair()
    const outsider = await newOwner(t, 'outsider')
    for (const accountId of [outsider.accountId, randomUUID(), 'nope', a.accountId]) {
      const reply = await a.browser.post(`${a.base}/groups/${group.id}/shares`, { accountId })
      expect(reply.status, accountId).toBe(422)
      expect(reply.body.error.field).toBe('accountId')
    }
    expect((await outsider.browser.get(`${outsider.base}/groups/${group.id}`)).status).toBe(404)
    // An unknown group is 404, whatever the target.
    const sub = await createSubaccount(t.deps, a.accountId, 'sub')
    const unknown = await a.browser.post(`${a.base}/groups/${randomUUID()}/shares`, {
      accountId: sub.id,
    })
    expect(unknown.status).toBe(404)
  })

  it('refuses a second share with the same account (409)', async () => {
    const { a, b, group } = await pair()
    await share(a.browser, a.base, group.id, b.accountId)
    const again = await a.browser.post(`${a.base}/groups/${group.id}/shares`, {
      accountId: b.accountId,
    })
    expect(again.status).toBe(409)
  })

  it('gives pending team members no shares', async () => {
    const a = await newOwner(t, 'a')
    const c = await newOwner(t, 'c')
    const team = await newTeam(a.browser, a.accountId)
    await invite(a, team.id, c)
    const group = await newGroup(a.browser, a.base, 'G')
    const refused = await a.browser.post(`${a.base}/groups/${group.id}/shares`, {
      accountId: c.accountId,
    })
    expect(refused.status).toBe(422)
    // Nor can a pending account share into the team.
    const cGroup = await newGroup(c.browser, c.base, 'CG')
    const fromPending = await c.browser.post(`${c.base}/groups/${cGroup.id}/shares`, {
      accountId: a.accountId,
    })
    expect(fromPending.status).toBe(422)
    await accept(c.browser, team.id, c.accountId)
    await share(a.browser, a.base, group.id, c.accountId)
    expect(await sees(c, group.id)).toEqual(SEEN)
  })
})

describe('sharing with a sub-account', () => {
  it('works without a team, for the sub-account’s own members', async () => {
    const a = await newOwner(t, 'parent')
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand')
    const group = await newGroup(a.browser, a.base, 'All customers')
    await newContact(a.browser, a.base, {
      email: `x-${randomUUID()}@example.test`,
      groupIds: [group.id],
    })
    const made = await share(a.browser, a.base, group.id, sub.id)
    expect(made).toMatchObject({ basis: 'subaccount', teamId: null, accountId: sub.id })
    const member = await memberOf(t.deps, t.app, sub.id, { role: 'data_manager' }, 'sub-dm')
    const subOwner: Owner = {
      user: member.user,
      browser: member.browser,
      accountId: sub.id,
      base: `/api/v1/accounts/${sub.id}`,
    }
    expect(await sees(subOwner, group.id)).toEqual(SEEN)
    // The member of the sub-account cannot see the parent at all.
    expect((await member.browser.get(`${a.base}/groups/${group.id}`)).status).toBe(404)
    // A sub-account's group is not shared upwards without a team.
    const own = await newGroup(member.browser, subOwner.base, 'Sub list')
    const up = await member.browser.post(`${subOwner.base}/groups/${own.id}/shares`, {
      accountId: a.accountId,
    })
    expect(up.status).toBe(422)
    // Deleting the sub-account ends the share (its basis is gone).
    expectStatus(await a.browser.delete(`/api/v1/accounts/${sub.id}`), 204)
    expect((await a.browser.get(`${a.base}/groups/${group.id}/shares`)).body.items).toEqual([])
  })
})

describe('ending a share', () => {
  it('the owner unshares: gone on the next request', async () => {
    const { a, b, group } = await pair()
    await share(a.browser, a.base, group.id, b.accountId)
    expect(await sees(b, group.id)).toEqual(SEEN)
    expectStatus(await a.browser.delete(`${a.base}/groups/${group.id}/shares/${b.accountId}`), 204)
    expect(await sees(b, group.id)).toEqual(GONE)
    expect(
      (await a.browser.delete(`${a.base}/groups/${group.id}/shares/${b.accountId}`)).status,
    ).toBe(404)
    for (const owner of [a, b]) {
      const audit = (await owner.browser.get(`${owner.base}/audit`)).body.items
      expect(audit).toContainEqual(
        expect.objectContaining({
          action: 'share.removed',
          details: expect.objectContaining({ by: 'owner' }),
        }),
      )
    }
  })

  it('the receiving account removes it from its own list (groups.manage there); the group stays', async () => {
    const { a, b, group } = await pair()
    await share(a.browser, a.base, group.id, b.accountId)
    const analyst = await memberOf(t.deps, t.app, b.accountId, { role: 'analyst' }, 'analyst')
    const refused = await analyst.browser.delete(`${b.base}/groups/${group.id}`)
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('groups.manage')
    const dm = await memberOf(t.deps, t.app, b.accountId, { role: 'data_manager' }, 'dm')
    expectStatus(await dm.browser.delete(`${b.base}/groups/${group.id}`), 204)
    expect(await sees(b, group.id)).toEqual(GONE)
    expect((await a.browser.get(`${a.base}/groups/${group.id}`)).body.memberCount).toBe(1)
    expect((await a.browser.get(`${a.base}/groups/${group.id}/shares`)).body.items).toEqual([])
    const audit = (await a.browser.get(`${a.base}/audit`)).body.items
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'share.removed',
        details: expect.objectContaining({ by: 'target' }),
      }),
    )
    // The owner can share it again.
    await share(a.browser, a.base, group.id, b.accountId)
    expect(await sees(b, group.id)).toEqual(SEEN)
  })

  it('leaving the team ends shares both ways, and rejoining does not bring them back', async () => {
    const { a, b, team, group } = await pair()
    const c = await newOwner(t, 'owner-c')
    await invite(a, team.id, c)
    await accept(c.browser, team.id, c.accountId)
    const bGroup = await newGroup(b.browser, b.base, 'B list')
    await share(a.browser, a.base, group.id, b.accountId)
    await share(a.browser, a.base, group.id, c.accountId)
    await share(b.browser, b.base, bGroup.id, a.accountId)
    expect(await sees(b, group.id)).toEqual(SEEN)
    expect(await sees(a, bGroup.id)).toEqual(SEEN)

    await leave(b, team.id)
    expect(await sees(b, group.id)).toEqual(GONE)
    expect(await sees(a, bGroup.id)).toEqual(GONE)
    // Shares between the others are untouched.
    expect(await sees(c, group.id)).toEqual(SEEN)
    for (const owner of [a, b]) {
      const audit = (await owner.browser.get(`${owner.base}/audit`)).body.items
      expect(audit).toContainEqual(
        expect.objectContaining({
          action: 'share.removed',
          details: expect.objectContaining({ reason: 'team.member_left' }),
        }),
      )
    }
    await invite(a, team.id, b)
    await accept(b.browser, team.id, b.accountId)
    expect(await sees(b, group.id)).toEqual(GONE)
    expect(await sees(a, bGroup.id)).toEqual(GONE)

    // Removal by a team mate ends them too.
    await share(a.browser, a.base, group.id, b.accountId)
    await leave(a, team.id, b.accountId)
    expect(await sees(b, group.id)).toEqual(GONE)
  })

  it('a deleted group takes its shares with it', async () => {
    const { a, b, group } = await pair()
    await share(a.browser, a.base, group.id, b.accountId)
    expectStatus(await a.browser.delete(`${a.base}/groups/${group.id}`), 204)
    expect(await sees(b, group.id)).toEqual(GONE)
  })
})

describe('who can reach a group', () => {
  it('lists the owner account’s viewers and every target account’s viewers with the share path', async () => {
    const { a, b, team, group } = await pair()
    await share(a.browser, a.base, group.id, b.accountId)
    const bAnalyst = await memberOf(t.deps, t.app, b.accountId, { role: 'analyst' }, 'b-analyst')
    // Holds nothing on groups: not listed.
    await memberOf(t.deps, t.app, b.accountId, { permissions: ['billing.manage'] }, 'b-billing')
    const aAuthor = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'a-author')

    const reply = await a.browser.get(`${a.base}/access/who?resource=group:${group.id}`)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const reach = reply.body.items.map((i: any) => [i.userId, i.accountId, i.via])
    expect(reach).toEqual(
      expect.arrayContaining([
        [a.user.id, a.accountId, 'owner'],
        [aAuthor.user.id, a.accountId, 'owner'],
        [b.user.id, b.accountId, 'share'],
        [bAnalyst.user.id, b.accountId, 'share'],
      ]),
    )
    expect(reach).toHaveLength(4)
    const analystItem = reply.body.items.find((i: any) => i.userId === bAnalyst.user.id)
    expect(analystItem.paths).toEqual([
      expect.objectContaining({ kind: 'membership', accountId: b.accountId, role: 'analyst' }),
      {
        kind: 'share',
        accountId: b.accountId,
        ownerAccountId: a.accountId,
        groupId: group.id,
        basis: 'team',
        teamId: team.id,
      },
    ])

    // From the receiving account: its own people only.
    const fromB = await b.browser.get(`${b.base}/access/who?resource=group:${group.id}`)
    expect(fromB.body.items.map((i: any) => i.userId).sort()).toEqual(
      [b.user.id, bAnalyst.user.id].sort(),
    )
    // The permission form is unchanged; unknown groups and types are refused.
    expect((await a.browser.get(`${a.base}/access/who?permission=groups.view`)).status).toBe(200)
    expect(
      (await a.browser.get(`${a.base}/access/who?resource=group:${randomUUID()}`)).status,
    ).toBe(404)
    expect((await a.browser.get(`${a.base}/access/who?resource=widget:1`)).status).toBe(422)

    // After the unshare, the target's people are gone from the answer.
    expectStatus(await a.browser.delete(`${a.base}/groups/${group.id}/shares/${b.accountId}`), 204)
    const after = await a.browser.get(`${a.base}/access/who?resource=group:${group.id}`)
    expect(after.body.items.every((i: any) => i.accountId === a.accountId)).toBe(true)
    expect((await b.browser.get(`${b.base}/access/who?resource=group:${group.id}`)).status).toBe(
      404,
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Property: over random sequences of team joins and leaves and share, unshare and drop operations,
// a caller in account X lists a group's contacts only when X owns it or it is validly shared with
// X (per a model written here from SPEC §4), and never sees a field outside the basic set through
// a share.
// ---------------------------------------------------------------------------------------------

const NAMES = ['H', 'A', 'B', 'S'] as const
type Name = (typeof NAMES)[number]
/** H founds the team and never leaves; S is a sub-account of A. */
const JOINERS = ['A', 'B', 'S'] as const

type Op =
  | { kind: 'invite' | 'accept' | 'leave'; x: (typeof JOINERS)[number] }
  | { kind: 'share' | 'unshare' | 'drop'; owner: Name; target: Name }

const joiner = fc.constantFrom(...JOINERS)
const name = fc.constantFrom(...NAMES)
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('invite' as const), x: joiner }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('accept' as const), x: joiner }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('leave' as const), x: joiner }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('share' as const), owner: name, target: name }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('unshare' as const), owner: name, target: name }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('drop' as const), owner: name, target: name }),
  },
)

class Model {
  team = new Map<Name, 'pending' | 'active'>([['H', 'active']])
  /** `${owner}>${target}` → the basis the share was made on. */
  shares = new Map<string, 'team' | 'subaccount'>()

  static isDescendant(owner: Name, target: Name) {
    return owner === 'A' && target === 'S'
  }

  sharedWith(owner: Name, target: Name) {
    return this.shares.has(`${owner}>${target}`)
  }

  /** The status the operation must answer, with the model updated. */
  apply(op: Op): number {
    switch (op.kind) {
      case 'invite':
        // By email: answered alike whether or not it adds anyone (no enumeration).
        if (!this.team.has(op.x)) this.team.set(op.x, 'pending')
        return 202
      case 'accept':
        if (!this.team.has(op.x)) return 404
        if (this.team.get(op.x) === 'active') return 409
        this.team.set(op.x, 'active')
        return 200
      case 'leave':
        if (!this.team.has(op.x)) return 404
        this.team.delete(op.x)
        for (const [key, basis] of this.shares) {
          const [owner, target] = key.split('>')
          if (basis === 'team' && (owner === op.x || target === op.x)) this.shares.delete(key)
        }
        return 204
      case 'share': {
        if (op.owner === op.target) return 422
        if (this.sharedWith(op.owner, op.target)) return 409
        const basis = Model.isDescendant(op.owner, op.target)
          ? 'subaccount'
          : this.team.get(op.owner) === 'active' && this.team.get(op.target) === 'active'
            ? 'team'
            : undefined
        if (!basis) return 422
        this.shares.set(`${op.owner}>${op.target}`, basis)
        return 201
      }
      case 'unshare':
      case 'drop':
        if (op.kind === 'drop' && op.owner === op.target) return 0
        return this.shares.delete(`${op.owner}>${op.target}`) ? 204 : 404
    }
  }
}

interface World {
  id: Record<Name, string>
  base: Record<Name, string>
  group: Record<Name, string>
  fields: Record<Name, Record<string, unknown>>
  teamId: string
}

describe('property: shares follow their basis', () => {
  let callers: Record<Name, Owner['browser']>
  let teamManager: Record<Name, Owner['browser']>
  let managerEmail: Record<Name, string>
  let users: Record<'h' | 'a' | 'b' | 's', string>

  beforeAll(async () => {
    const [h, a, b] = [await newOwner(t, 'h'), await newOwner(t, 'a'), await newOwner(t, 'b')]
    // The S user gets a Data Manager membership in each run's fresh sub-account.
    const s = await newOwner(t, 's')
    users = { h: h.user.id, a: a.user.id, b: b.user.id, s: s.user.id }
    callers = { H: h.browser, A: a.browser, B: b.browser, S: s.browser }
    // users.manage in S comes from A's Owner role, through the cascade.
    teamManager = { H: h.browser, A: a.browser, B: b.browser, S: a.browser }
    managerEmail = { H: h.user.email, A: a.user.email, B: b.user.email, S: a.user.email }
  })

  /** Fresh accounts for one run: H, A, B owned by h, a, b; S below A with s as Data Manager. */
  async function world(): Promise<World> {
    const accounts = await t.deps.db.transaction().execute(async (tx) => {
      const H = await insertAccount(tx, { name: 'H', parent: null })
      const A = await insertAccount(tx, { name: 'A', parent: null })
      const B = await insertAccount(tx, { name: 'B', parent: null })
      const S = await insertAccount(tx, { name: 'S', parent: A })
      for (const [account, userId] of [
        [H, users.h],
        [A, users.a],
        [B, users.b],
      ] as const) {
        await insertMembership(tx, {
          accountId: account.id,
          userId,
          role: 'owner',
          permissions: null,
        })
      }
      await insertMembership(tx, {
        accountId: S.id,
        userId: users.s,
        role: 'data_manager',
        permissions: null,
      })
      return { H: H.id, A: A.id, B: B.id, S: S.id }
    })
    const base = Object.fromEntries(
      NAMES.map((n) => [n, `/api/v1/accounts/${accounts[n]}`]),
    ) as Record<Name, string>
    const group = {} as Record<Name, string>
    const fields = {} as Record<Name, Record<string, unknown>>
    for (const n of NAMES) {
      group[n] = (await newGroup(callers[n], base[n], `${n} list`)).id
      fields[n] = { [`from${n}`]: `value of ${n}` }
      await newContact(callers[n], base[n], {
        email: `${n.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`,
        phone: '+14155550123',
        firstName: n,
        fields: fields[n],
        tags: [`tag-${n}`],
        groupIds: [group[n]],
      })
    }
    const team = await newTeam(callers.H, accounts.H, 'Property team')
    return { id: accounts, base, group, fields, teamId: team.id }
  }

  async function run(w: World, op: Op) {
    const team = (x: Name) => `${w.base[x]}/teams/${w.teamId}`
    switch (op.kind) {
      case 'invite':
        // Named by email: the owner of A, B or H, and A's owner for S (they manage it by cascade).
        return callers.H.post(`${team('H')}/members`, {
          email: managerEmail[op.x],
          accountId: w.id[op.x],
        })
      case 'accept':
        return teamManager[op.x].post(`${team(op.x)}/accept`)
      case 'leave':
        return teamManager[op.x].delete(`${team(op.x)}/members/${w.id[op.x]}`)
      case 'share':
        return callers[op.owner].post(`${w.base[op.owner]}/groups/${w.group[op.owner]}/shares`, {
          accountId: w.id[op.target],
        })
      case 'unshare':
        return callers[op.owner].delete(
          `${w.base[op.owner]}/groups/${w.group[op.owner]}/shares/${w.id[op.target]}`,
        )
      case 'drop':
        return callers[op.target].delete(`${w.base[op.target]}/groups/${w.group[op.owner]}`)
    }
  }

  async function check(w: World, model: Model, step: string) {
    for (const x of NAMES) {
      const caller = callers[x]
      const expected = NAMES.filter((y) => y === x || model.sharedWith(y, x))
      const list = await caller.get(`${w.base[x]}/groups`)
      expect(list.status, step).toBe(200)
      expect(
        list.body.items.map((g: any) => [g.id, g.shared, g.ownerAccountId]).sort(),
        `${step}: groups of ${x}`,
      ).toEqual(expected.map((y) => [w.group[y], y !== x, w.id[y]]).sort())
      for (const y of NAMES) {
        const reply = await caller.get(`${w.base[x]}/groups/${w.group[y]}/contacts`)
        const visible = y === x || model.sharedWith(y, x)
        expect(reply.status, `${step}: ${x} reads the contacts of ${y}'s group`).toBe(
          visible ? 200 : 404,
        )
        if (!visible) continue
        expect(reply.body.items).toHaveLength(1)
        const [contact] = reply.body.items
        if (y === x) {
          expect(contact).toMatchObject({ emailStatus: 'subscribed', tags: [`tag-${y}`] })
        } else {
          expect(Object.keys(contact).sort(), `${step}: fields through a share`).toEqual(
            BASIC_CONTACT_KEYS,
          )
          expect(contact.fields).toEqual(w.fields[y])
        }
      }
    }
  }

  it('a caller in X reads a group’s contacts only when X owns it or it is validly shared with X', async () => {
    let runs = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        runs += 1
        const w = await world()
        const model = new Model()
        for (const [index, op] of ops.entries()) {
          const expected = model.apply(op)
          const step = `step ${index + 1} ${JSON.stringify(op)}`
          if (expected === 0) continue
          const reply = await run(w, op)
          expect(reply.status, `${step}: ${JSON.stringify(reply.body)}`).toBe(expected)
          await check(w, model, step)
        }
      }),
      {
        numRuns: 25,
        // One run that surely walks every basis: team shares both ways, a sub-account share, a
        // pending member, a leave that ends shares, a rejoin that must not bring them back.
        examples: [
          [
            [
              { kind: 'invite', x: 'A' },
              { kind: 'invite', x: 'B' },
              { kind: 'share', owner: 'H', target: 'B' },
              { kind: 'accept', x: 'A' },
              { kind: 'accept', x: 'B' },
              { kind: 'share', owner: 'A', target: 'B' },
              { kind: 'share', owner: 'B', target: 'A' },
              { kind: 'share', owner: 'A', target: 'S' },
              { kind: 'share', owner: 'H', target: 'A' },
              { kind: 'leave', x: 'B' },
              { kind: 'invite', x: 'B' },
              { kind: 'accept', x: 'B' },
              { kind: 'drop', owner: 'A', target: 'S' },
              { kind: 'unshare', owner: 'H', target: 'A' },
            ],
          ],
        ],
      },
    )
    expect(runs).toBeGreaterThanOrEqual(25)
  })
})
