import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/helpers/app.js'
import { createSubaccount, memberOf } from '../../../test/helpers/factories.js'
import {
  expectStatus,
  invite,
  leave,
  newGroup,
  newOwner,
  share,
  teamOf,
} from '../../../test/helpers/sharing.js'

const t = useTestApp()

describe('the accounts a group may be shared with', () => {
  it('lists team mates and sub-accounts at any depth to an Author, each of which can be shared with', async () => {
    const a = await newOwner(t, 'owner-a')
    const mate = await newOwner(t, 'owner-b')
    const pending = await newOwner(t, 'owner-c')
    const team = await teamOf([a, mate], 'Partners')
    await invite(a, team.id, pending)
    const brand = await createSubaccount(t.deps, a.accountId, 'Brand')
    const shop = await createSubaccount(t.deps, brand.id, 'Shop')
    const gone = await createSubaccount(t.deps, a.accountId, 'Closed')
    expectStatus(await a.browser.delete(`/api/v1/accounts/${gone.id}`), 204)
    const group = await newGroup(a.browser, a.base, 'Customers')
    const author = await memberOf(t.deps, t.app, a.accountId, { role: 'author' }, 'author')

    const url = `${a.base}/groups/${group.id}/share-targets`
    const answer = expectStatus(await author.browser.get(url), 200)
    expect(answer.truncated).toBe(false)
    const byAccount = Object.fromEntries(
      answer.items.map((item: { accountId: string }) => [item.accountId, item]),
    )
    expect(Object.keys(byAccount).sort()).toEqual([mate.accountId, brand.id, shop.id].sort())
    expect(byAccount[mate.accountId]).toMatchObject({
      basis: 'team',
      teamId: team.id,
      teamName: 'Partners',
    })
    expect(byAccount[shop.id]).toMatchObject({
      accountName: 'Shop',
      basis: 'subaccount',
      teamId: null,
      teamName: null,
    })

    // Every target offered is one the server accepts, on the basis it said.
    for (const target of answer.items) {
      const made = await share(author.browser, a.base, group.id, target.accountId)
      expect(made).toMatchObject({ basis: target.basis, teamId: target.teamId })
    }
  })

  it('is 404 to an outsider and for a group the account does not own', async () => {
    const a = await newOwner(t, 'owner-a')
    const outsider = await newOwner(t, 'outsider')
    const group = await newGroup(a.browser, a.base, 'Customers')
    const own = await newGroup(outsider.browser, outsider.base, 'Theirs')
    const url = (base: string, groupId: string) => `${base}/groups/${groupId}/share-targets`
    expect((await outsider.browser.get(url(a.base, group.id))).status).toBe(404)
    expect((await a.browser.get(url(a.base, own.id))).status).toBe(404)
  })
})

describe('the shares of all an account’s own groups', () => {
  it('answers them in one read, of one team when asked, valid ones only', async () => {
    const a = await newOwner(t, 'owner-a')
    const b = await newOwner(t, 'owner-b')
    const c = await newOwner(t, 'owner-c')
    const first = await teamOf([a, b], 'First')
    const second = await teamOf([a, c], 'Second')
    const sub = await createSubaccount(t.deps, a.accountId, 'Brand')
    const vip = await newGroup(a.browser, a.base, 'VIP')
    const all = await newGroup(a.browser, a.base, 'All')
    const toB = await share(a.browser, a.base, vip.id, b.accountId)
    const toC = await share(a.browser, a.base, all.id, c.accountId)
    const toSub = await share(a.browser, a.base, vip.id, sub.id)
    const analyst = await memberOf(t.deps, t.app, a.accountId, { role: 'analyst' }, 'analyst')

    const url = `${a.base}/group-shares`
    const every = expectStatus(await analyst.browser.get(url), 200)
    expect(every.truncated).toBe(false)
    expect(every.items).toHaveLength(3)
    // The Owner who shared them may end them; the Analyst reads them without groups.manage.
    const readOnly = (shares: unknown[]) =>
      shares.map((s) => ({ ...(s as object), abilities: { remove: false } }))
    expect(toB.abilities).toEqual({ remove: true })
    expect(every.items).toEqual(expect.arrayContaining(readOnly([toB, toC, toSub])))
    const inFirst = expectStatus(await analyst.browser.get(`${url}?teamId=${first.id}`), 200)
    expect(inFirst.items).toEqual(readOnly([toB]))

    // A share whose basis lapsed is not answered.
    await leave(c, second.id)
    expect(expectStatus(await analyst.browser.get(url), 200).items).toHaveLength(2)

    const bad = await analyst.browser.get(`${url}?teamId=not-a-team`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('teamId')
    expect((await c.browser.get(url)).status).toBe(404)
  })
})
