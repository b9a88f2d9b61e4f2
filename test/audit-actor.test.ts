import { describe, expect, it } from 'vitest'
import { Browser, GOOD_PASSWORD, type TestApp, uniqueEmail, useTestApp } from './helpers/app.js'
import { exportCsv, importCsv } from './helpers/csv.js'
import { createSubaccount } from './helpers/factories.js'
import {
  accountBase,
  expectStatus,
  invite,
  newOwner,
  newTeam,
  type Owner,
} from './helpers/sharing.js'

/**
 * The audit log answers who did what, by what right and from where (SPEC §1): the request's actor
 * — user or API key, the access paths, the caller's address — reaches every entry, whichever way
 * the route names its account (URL, body, none) and however late the entry is written.
 */
const t: TestApp = useTestApp()

async function lastEntry(browser: Browser, accountId: string, action: string) {
  const log = expectStatus(await browser.get(`${accountBase(accountId)}/audit?limit=20`), 200)
  const entry = log.items.find((item: { action: string }) => item.action === action)
  expect(entry, `no ${action} in ${JSON.stringify(log.items)}`).toBeDefined()
  return entry
}

/** An entry written by the owner, from their browser, by their Owner membership of their account. */
function ownerActing(owner: Owner) {
  return {
    actor: { userId: owner.user.id, kind: 'user' },
    path: [{ kind: 'membership', accountId: owner.accountId, role: 'owner' }],
    ip: owner.browser.ip,
  }
}

describe('the audit log records the request’s actor', () => {
  it('on a route of the URL’s account: the user, their path and their address', async () => {
    const owner = await newOwner(t)
    expectStatus(await owner.browser.patch(owner.base, { name: 'Renamed' }), 200)
    expect(await lastEntry(owner.browser, owner.accountId, 'account.renamed')).toMatchObject(
      ownerActing(owner),
    )
  })

  it('of an API key: the key’s kind and path, and the address it was used from', async () => {
    const owner = await newOwner(t)
    const created = expectStatus(
      await owner.browser.post(`${owner.base}/api-keys`, {
        name: 'ops',
        permissions: ['account.manage'],
      }),
      201,
    )
    // Creating the key is the user's act, from their browser.
    expect(await lastEntry(owner.browser, owner.accountId, 'api_key.created')).toMatchObject(
      ownerActing(owner),
    )
    const client = new Browser(t.app)
    const renamed = await client.request(
      'PATCH',
      owner.base,
      { name: 'By key' },
      {
        authorization: `Bearer ${created.key}`,
      },
    )
    expectStatus(renamed, 200)
    expect(await lastEntry(owner.browser, owner.accountId, 'account.renamed')).toMatchObject({
      actor: { userId: owner.user.id, kind: 'api_key' },
      path: [{ kind: 'api_key', accountId: owner.accountId, role: null }],
      ip: client.ip,
    })
  })

  it('on a user route without an account: the user and their address, no path', async () => {
    const owner = await newOwner(t)
    const created = expectStatus(await owner.browser.post('/api/v1/accounts', { name: 'Two' }), 201)
    expect(await lastEntry(owner.browser, created.id, 'account.created')).toMatchObject({
      actor: { userId: owner.user.id, kind: 'user' },
      path: null,
      ip: owner.browser.ip,
    })
  })

  it('on a route that names its account in the body, and in another account of the tree', async () => {
    const owner = await newOwner(t)
    const grantee = await newOwner(t, 'grantee')
    const sent = await owner.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: owner.accountId,
      email: grantee.user.email,
      role: 'analyst',
    })
    expectStatus(sent, 202)
    expect(await lastEntry(owner.browser, owner.accountId, 'connection.granted')).toMatchObject(
      ownerActing(owner),
    )

    // Access given from this account to another one of the tree: the caller acts there.
    const child = await createSubaccount(t.deps, owner.accountId, 'child')
    const member = await owner.browser.post(`${owner.base}/invitations`, {
      email: uniqueEmail('member'),
      role: 'analyst',
    })
    const joiner = new Browser(t.app)
    expectStatus(
      await joiner.post(`/api/v1/invitations/${expectStatus(member, 201).token}/signup`, {
        name: 'Member',
        password: GOOD_PASSWORD,
      }),
      201,
    )
    const joined = await lastEntry(owner.browser, owner.accountId, 'invitation.accepted')
    expect(joined).toMatchObject({ actor: { kind: 'user' }, path: null, ip: joiner.ip })
    const given = await owner.browser.request(
      'PUT',
      `${owner.base}/members/${joined.actor.userId}/accounts/${child.id}`,
      { role: 'analyst' },
    )
    expectStatus(given, 200)
    expect(await lastEntry(owner.browser, child.id, 'member.added')).toMatchObject({
      actor: { userId: owner.user.id, kind: 'user' },
      path: [{ kind: 'cascade', accountId: owner.accountId, role: 'owner' }],
      ip: owner.browser.ip,
    })
  })

  it('on team routes, where the caller acts for each account they manage', async () => {
    const founder = await newOwner(t)
    const team = await newTeam(founder.browser, founder.accountId)
    expect(await lastEntry(founder.browser, founder.accountId, 'team.created')).toMatchObject(
      ownerActing(founder),
    )
    const other = await newOwner(t, 'other')
    await invite(founder, team.id, other)
    expect(await lastEntry(other.browser, other.accountId, 'team.member_invited')).toMatchObject(
      ownerActing(founder),
    )
  })

  it('in entries written after the answer: an export’s end and a background import', async () => {
    const owner = await newOwner(t)
    await importCsv(owner.browser, owner.accountId, 'email\nann@example.test\n')
    expect(await lastEntry(owner.browser, owner.accountId, 'contacts.imported')).toMatchObject(
      ownerActing(owner),
    )
    expectStatus(await exportCsv(owner.browser, owner.accountId), 200)
    expect(await lastEntry(owner.browser, owner.accountId, 'contacts.exported')).toMatchObject(
      ownerActing(owner),
    )
  })
})
