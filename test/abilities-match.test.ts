import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Reply } from './helpers/app.js'
import { useTestApp } from './helpers/app.js'
import { type Brand, draft, expectStatus, newBrand } from './helpers/campaigns.js'
import { createSubaccount, createUser, grant, logIn, memberOf } from './helpers/factories.js'

/**
 * A resource's `abilities` say yes exactly when the server would do it: for every caller, campaign
 * maker and status, each ability read from the campaign's answer is compared with the outcome of
 * the request it stands for, on a campaign in the same state that nothing touched before.
 */
const t = useTestApp()

type State = 'draft' | 'pending_approval' | 'scheduled' | 'sending' | 'paused'
const ALL_STATES: State[] = ['draft', 'pending_approval', 'scheduled', 'sending', 'paused']

let b: Brand
const people: Record<string, Browser> = {}

/** Applies for a connection into the brand's account with `role`; the Owner accepts it. */
async function connectedAs(role: string) {
  const user = await createUser(t.deps, 'connected')
  const browser = await logIn(t.app, user)
  expectStatus(
    await browser.post('/api/v1/connections', {
      type: 'access_others',
      email: b.owner.email,
      role,
    }),
    202,
  )
  const incoming = await b.browser.get('/api/v1/connections?direction=incoming')
  const mine = incoming.body.items.find((c: { userId: string }) => c.userId === user.id)
  expectStatus(await b.browser.post(`/api/v1/connections/${mine.id}/accept`), 200)
  return browser
}

beforeAll(async () => {
  b = await newBrand(t, 'abilities', [{ email: 'reader@example.com', firstName: 'Reader' }])
  const member = async (grantOf: Parameters<typeof memberOf>[3]) =>
    (await memberOf(t.deps, t.app, b.accountId, grantOf)).browser
  people.owner = b.browser
  people.manager = b.manager.browser
  people.author = b.author.browser
  people.otherAuthor = await member({ role: 'author' })
  people.basic = await member({ role: 'basic_user' })
  // Approves, but cannot launch: their own sends wait for someone else's approval.
  people.approver = await member({
    permissions: ['campaigns.view', 'campaigns.edit', 'campaigns.send', 'campaigns.approve'],
  })
  people.creator = await connectedAs('campaign_creator')
})

const soon = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString()

/** A campaign `maker` created and sent, brought to `state` by the Owner where it needs approval. */
async function campaignIn(state: State, maker: string) {
  const campaign = await draft(people[maker] as Browser, b)
  const url = `${b.base}/campaigns/${campaign.id}`
  if (state === 'draft') return campaign.id
  const later = state === 'scheduled' || state === 'paused'
  const sent = await people[maker]?.post(`${url}/send`, later ? { scheduledAt: soon() } : {})
  let status = expectStatus(sent as Reply, 202).status
  if (status === 'pending_approval' && state !== 'pending_approval') {
    status = expectStatus(await b.browser.post(`${url}/approve`), 200).status
  }
  if (state === 'paused') status = expectStatus(await b.browser.post(`${url}/pause`), 200).status
  expect(status).toBe(state)
  return campaign.id
}

/**
 * Each ability and the request it stands for. `acted`: the request did it — a 2xx that, for the
 * lifecycle actions, changed the status (pausing a paused campaign answers it as is: nothing to
 * offer a button for).
 */
const ACTIONS: Record<string, (browser: Browser, url: string) => Promise<boolean>> = {
  edit: async (browser, url) => ok(await browser.patch(url, { name: 'Renamed' })),
  send: async (browser, url) => ok(await browser.post(`${url}/send`)),
  sendDirect: async (browser, url) => {
    const reply = await browser.post(`${url}/send`)
    return ok(reply) && reply.body.status !== 'pending_approval'
  },
  unschedule: (browser, url) => changes(browser, url, 'unschedule'),
  approve: async (browser, url) => ok(await browser.post(`${url}/approve`)),
  pause: (browser, url) => changes(browser, url, 'pause'),
  resume: (browser, url) => changes(browser, url, 'resume'),
  terminate: (browser, url) => changes(browser, url, 'terminate'),
  delete: async (browser, url) => ok(await browser.delete(url)),
  viewReport: async (browser, url) => ok(await browser.get(`${url}/report`)),
  exportReport: async (browser, url) => ok(await browser.get(`${url}/report/export`)),
}
const READS = new Set(['viewReport', 'exportReport'])

const ok = (reply: Reply) => reply.status >= 200 && reply.status < 300

async function changes(browser: Browser, url: string, action: string) {
  const before = (await b.browser.get(url)).body.status
  const reply = await browser.post(`${url}/${action}`)
  return ok(reply) && reply.body.status !== before
}

/** The caller's abilities on the campaign; none when the campaign is hidden from them (404). */
async function abilitiesOf(browser: Browser, url: string): Promise<Record<string, boolean>> {
  const reply = await browser.get(url)
  if (reply.status === 404) return {}
  return expectStatus(reply, 200).abilities
}

/** For each ability: [what the answer said, what the server did], on fresh copies in `state`. */
async function compare(caller: string, maker: string, state: State) {
  const browser = people[caller] as Browser
  const said: Record<string, boolean> = {}
  const did: Record<string, boolean> = {}
  let id = await campaignIn(state, maker)
  for (const [ability, attempt] of Object.entries(ACTIONS)) {
    const url = `${b.base}/campaigns/${id}`
    said[ability] = (await abilitiesOf(browser, url))[ability] ?? false
    did[ability] = await attempt(browser, url)
    // Whatever may have changed it, the next ability is tried on an untouched copy.
    if (!READS.has(ability)) id = await campaignIn(state, maker)
  }
  return { said, did }
}

const TABLE: [caller: string, maker: string, states: State[]][] = [
  ['owner', 'author', ALL_STATES],
  ['manager', 'author', ALL_STATES],
  ['author', 'author', ALL_STATES],
  ['otherAuthor', 'author', ALL_STATES],
  ['basic', 'author', ['draft', 'pending_approval', 'sending']],
  ['basic', 'basic', ['draft', 'scheduled', 'paused']],
  ['creator', 'author', ['draft', 'pending_approval', 'sending']],
  ['approver', 'approver', ['pending_approval']],
  ['approver', 'author', ['pending_approval']],
]

describe('campaign abilities match the server', () => {
  for (const [caller, maker, states] of TABLE) {
    it(`${caller} on ${maker}'s campaigns (${states.join(', ')})`, async () => {
      for (const state of states) {
        const { said, did } = await compare(caller, maker, state)
        expect({ state, ...said }).toEqual({ state, ...did })
      }
    }, 120_000)
  }

  it('differ as the roles do: the submitter may not approve what a Manager may', async () => {
    const id = await campaignIn('pending_approval', 'approver')
    const url = `${b.base}/campaigns/${id}`
    expect((await abilitiesOf(people.approver as Browser, url)).approve).toBe(false)
    expect((await abilitiesOf(people.manager as Browser, url)).approve).toBe(true)
    expect((await abilitiesOf(people.author as Browser, url)).approve).toBe(false)
  })
})

type Ability = { allowed: true } | { allowed: false; reason: string }

describe('member abilities match the server', () => {
  /** The caller's `abilities` on `userId` in the members list. */
  async function memberAbilities(caller: Browser, userId: string) {
    const list = expectStatus(await caller.get(`${b.base}/members`), 200)
    return list.items.find((m: { userId: string }) => m.userId === userId).abilities as {
      edit: Ability
      remove: Ability
    }
  }

  const ROLES = ['admin', 'manager', 'author'] as const
  it.each(['owner', 'admin', 'manager'] as const)('for the %s', async (callerRole) => {
    const caller =
      callerRole === 'owner'
        ? { user: b.owner, browser: b.browser }
        : await memberOf(t.deps, t.app, b.accountId, { role: callerRole }, callerRole)
    const targets = [b.owner.id]
    for (const role of ROLES) {
      targets.push((await memberOf(t.deps, t.app, b.accountId, { role }, role)).user.id)
    }
    // Last: removing oneself is leaving.
    targets.push(caller.user.id)
    for (const userId of targets) {
      const said = await memberAbilities(caller.browser, userId)
      const url = `${b.base}/members/${userId}`
      // Giving them the role they have changes nothing, so the removal is tried on them as they were.
      const current = (await b.browser.get(`${b.base}/members`)).body.items.find(
        (m: { userId: string }) => m.userId === userId,
      )
      const edited = await caller.browser.patch(url, { role: current.role })
      // A change answers with what the list says the caller may do to them.
      if (ok(edited))
        expect(edited.body.abilities).toEqual(await memberAbilities(caller.browser, userId))
      const removed = await caller.browser.delete(url)
      expect({ userId, edit: said.edit.allowed, remove: said.remove.allowed }).toEqual({
        userId,
        edit: ok(edited),
        remove: ok(removed),
      })
      // A refusal is explained with the server's own words.
      if (!said.remove.allowed) expect(said.remove.reason).toBe(removed.body.error.message)
    }
  })
})

describe('template abilities match the server', () => {
  it.each(['owner', 'author', 'analyst'] as const)(
    'for the %s, own and shared in',
    async (role) => {
      const sub = await createSubaccount(t.deps, b.accountId, `sub for ${role}`)
      const caller =
        role === 'owner'
          ? b.browser
          : (await memberOf(t.deps, t.app, b.accountId, { role }, role)).browser
      const made = await b.browser.post(`${b.base}/templates`, {
        name: `Welcome ${role}`,
        subject: 'Hi',
        html: '<p>Hi</p>',
      })
      const id = expectStatus(made, 201).id
      const url = `${b.base}/templates/${id}`
      const said = expectStatus(await caller.get(url), 200).abilities
      const share = await caller.post(`${url}/shares`, { accountId: sub.id })
      const edited = await caller.patch(url, { name: `Renamed ${role}` })
      expect(said).toEqual({ edit: ok(edited), delete: ok(edited), share: ok(share) })
      if (ok(share)) {
        expect(share.body.abilities).toEqual({ remove: true })
        // In the sub-account, reached from above, the template shared in is read-only.
        const inSub = `/api/v1/accounts/${sub.id}/templates/${id}`
        const there = expectStatus(await caller.get(inSub), 200).abilities
        const changed = await caller.patch(inSub, { name: 'Changed below' })
        const reshared = await caller.post(`${inSub}/shares`, { accountId: sub.id })
        expect(there).toEqual({ edit: ok(changed), delete: ok(changed), share: ok(reshared) })
        expect(there.edit).toBe(false)
      }
    },
  )
})

describe('group abilities match the server', () => {
  // A Manager holds groups.manage, an Analyst only groups.view.
  it.each(['owner', 'manager', 'analyst'] as const)(
    'for the %s, own and shared in',
    async (who) => {
      const sub = await createSubaccount(t.deps, b.accountId, `groups sub for ${who}`)
      // A member holds the same role in the sub-account; the Owner reaches it from above.
      let caller = b.browser
      if (who !== 'owner') {
        const member = await memberOf(t.deps, t.app, b.accountId, { role: who }, who)
        await grant(t.deps, sub.id, member.user.id, { role: who })
        caller = member.browser
      }
      /** Each ability on `url` as `caller` reads it, and whether the request it stands for worked. */
      async function tried(url: string) {
        const said = expectStatus(await caller.get(url), 200).abilities
        const edited = await caller.patch(url, { description: `Tried by ${who}` })
        const removed = await caller.delete(url)
        expect({ edit: said.edit, remove: said.remove }).toEqual({
          edit: ok(edited),
          remove: ok(removed),
        })
        return said
      }
      const newGroup = async (name: string) =>
        expectStatus(await b.browser.post(`${b.base}/groups`, { name }), 201).id as string
      await tried(`${b.base}/groups/${await newGroup(`Own ${who}`)}`)
      // Shared into the sub-account: removing it there ends the share.
      const sharedId = await newGroup(`Shared ${who}`)
      const shares = `${b.base}/groups/${sharedId}/shares`
      expectStatus(await b.browser.post(shares, { accountId: sub.id }), 201)
      const there = await tried(`/api/v1/accounts/${sub.id}/groups/${sharedId}`)
      expect(there.edit).toBe(false)
      const stillShared = expectStatus(await b.browser.get(shares), 200).items.length
      expect(stillShared).toBe(there.remove ? 0 : 1)
    },
  )
})

describe('share abilities match the server', () => {
  it.each(['owner', 'analyst'] as const)(
    'for the %s, on a group shared with a sub-account',
    async (role) => {
      const sub = await createSubaccount(t.deps, b.accountId, `group sub for ${role}`)
      const caller =
        role === 'owner'
          ? b.browser
          : (await memberOf(t.deps, t.app, b.accountId, { role }, role)).browser
      const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: role }), 201)
      const url = `${b.base}/groups/${group.id}/shares`
      expectStatus(await b.browser.post(url, { accountId: sub.id }), 201)
      const [share] = expectStatus(await caller.get(url), 200).items
      const ended = await caller.delete(`${url}/${sub.id}`)
      expect({ said: share.abilities.remove, did: ok(ended) }).toEqual({
        said: role === 'owner',
        did: role === 'owner',
      })
    },
  )
})

describe('connection abilities match the server', () => {
  /** A pending application into the brand's account, as `viewer` lists it on the account side. */
  async function application(viewer: Browser, role: string) {
    const user = await createUser(t.deps, 'applicant')
    const applicant = await logIn(t.app, user)
    const body = { type: 'access_others', email: b.owner.email, role }
    expectStatus(await applicant.post('/api/v1/connections', body), 202)
    const incoming = expectStatus(await viewer.get('/api/v1/connections?direction=incoming'), 200)
    const found = incoming.items.find((c: { userId: string }) => c.userId === user.id)
    return { applicant, id: found.id as string, said: found.abilities, role }
  }

  const ANALYST = [
    'contacts.view',
    'groups.view',
    'campaigns.view',
    'templates.view',
    'reports.view',
    'reports.drilldown',
  ] as const
  it.each([
    ['the Owner', []],
    ['a users.manage holder below the role asked for', ['campaigns.view']],
    ['a users.manage holder above the role asked for', ANALYST],
  ] as const)('for %s, an application for Analyst', async (who, also) => {
    const role = 'analyst'
    const viewer =
      who === 'the Owner'
        ? b.browser
        : (
            await memberOf(t.deps, t.app, b.accountId, {
              permissions: ['users.manage', 'users.view', ...also],
            })
          ).browser
    const url = (id: string) => `/api/v1/connections/${id}`
    const declined = await application(viewer, role)
    const decline = await viewer.post(`${url(declined.id)}/decline`)
    const one = await application(viewer, role)
    const accept = await viewer.post(`${url(one.id)}/accept`)
    const change = await viewer.patch(url(one.id), { role })
    const end = await viewer.delete(url(one.id))
    expect(one.said).toEqual({
      accept: ok(accept),
      decline: ok(decline),
      change: ok(change),
      end: ok(end),
    })
  })

  it('the connected user may only end it', async () => {
    const one = await application(b.browser, 'analyst')
    expectStatus(await b.browser.post(`/api/v1/connections/${one.id}/accept`), 200)
    const mine = expectStatus(await one.applicant.get('/api/v1/connections'), 200).items[0]
    const url = `/api/v1/connections/${one.id}`
    const accept = await one.applicant.post(`${url}/accept`)
    const change = await one.applicant.patch(url, { role: 'analyst' })
    const end = await one.applicant.delete(url)
    expect(mine.abilities).toEqual({
      accept: ok(accept),
      decline: false,
      change: ok(change),
      end: ok(end),
    })
  })
})
