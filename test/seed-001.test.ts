import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordContactEvent } from '../src/audience/repository.js'
import { createTestApp, signUp, type TestApp } from './helpers/app.js'
import {
  accept,
  BASIC_CONTACT_KEYS,
  expectStatus,
  groupIdsListed,
  invite,
  leave,
  newContact,
  newGroup,
  newTeam,
  type Owner,
  share,
} from './helpers/sharing.js'

/**
 * Seed 001, step by step over HTTP: a company keeps its customer data in the Data Administrator's
 * account and shares groups with the Brand A and Brand B marketing accounts of its user team.
 * Each step depends on the ones before it, so they run in order in one file.
 */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

async function person(name: string, accountName: string): Promise<Owner> {
  const signed = await signUp(t.app, { name, accountName })
  return {
    user: { ...signed.user, password: signed.password, ownAccountId: signed.account.id },
    browser: signed.browser,
    accountId: signed.account.id,
    base: `/api/v1/accounts/${signed.account.id}`,
  }
}

describe('seed 001: group sharing in a user team', () => {
  let admin: Owner
  let brandA: Owner
  let brandB: Owner
  let team: { id: string }
  let vip: { id: string }
  let brandBGroup: { id: string }
  const vipContacts: Array<{ id: string }> = []

  it('“Data Administrator” stores the customer data and creates the groups', async () => {
    admin = await person('Data Administrator', 'SalesCatalysts data')
    brandA = await person('Brand A Marketing', 'Brand A')
    brandB = await person('Brand B Marketing', 'Brand B')
    // Three different owners: three organisations.
    expect(new Set([admin.user.id, brandA.user.id, brandB.user.id]).size).toBe(3)

    vip = await newGroup(admin.browser, admin.base, 'VIP Members')
    brandBGroup = await newGroup(admin.browser, admin.base, 'Brand B customers')
    const customers = [
      { email: 'mia@example.test', firstName: 'Mia', lastName: 'Chen', tier: 'gold', vip: true },
      {
        email: 'leo@example.test',
        firstName: 'Leo',
        lastName: 'Roux',
        tier: 'platinum',
        vip: true,
      },
      {
        email: 'ana@example.test',
        firstName: 'Ana',
        lastName: 'Silva',
        tier: 'silver',
        vip: false,
      },
    ]
    for (const c of customers) {
      const contact = await newContact(admin.browser, admin.base, {
        email: c.email,
        phone: c.vip ? '+447700900123' : null,
        firstName: c.firstName,
        lastName: c.lastName,
        fields: { loyaltyTier: c.tier, city: 'Lisbon' },
        tags: ['customer', ...(c.vip ? ['high-value'] : [])],
        groupIds: c.vip ? [vip.id, brandBGroup.id] : [brandBGroup.id],
      })
      // Email history, kept in the owner account.
      await recordContactEvent(t.deps.db, {
        accountId: admin.accountId,
        contactId: contact.id,
        type: 'email.sent',
        channel: 'email',
        details: { subject: 'Spring sale' },
      })
      if (c.vip) vipContacts.push(contact)
    }
    const history = await admin.browser.get(`${admin.base}/contacts/${vipContacts[0]?.id}/history`)
    expect(history.body.items).toHaveLength(1)
    // The brands have no customer data and no groups of their own.
    for (const brand of [brandA, brandB]) {
      expect((await brand.browser.get(`${brand.base}/groups`)).body.items).toEqual([])
      expect((await brand.browser.get(`${brand.base}/contacts`)).body.items).toEqual([])
    }
  })

  it('all three accounts belong to one user team', async () => {
    team = await newTeam(admin.browser, admin.accountId, 'SalesCatalysts')
    for (const brand of [brandA, brandB]) {
      expect((await invite(admin.browser, team.id, brand.accountId)).status).toBe('pending')
      await accept(brand.browser, team.id, brand.accountId)
    }
    const seen = expectStatus(await brandB.browser.get(`/api/v1/teams/${team.id}`), 200)
    expect(seen.members.map((m: any) => [m.accountId, m.status])).toEqual([
      [admin.accountId, 'active'],
      [brandA.accountId, 'active'],
      [brandB.accountId, 'active'],
    ])
  })

  it('“VIP Members” is shared with Brand A only; Brand B gets its own group', async () => {
    const vipShare = await share(admin.browser, admin.base, vip.id, brandA.accountId)
    expect(vipShare).toMatchObject({ basis: 'team', teamId: team.id })
    await share(admin.browser, admin.base, brandBGroup.id, brandB.accountId)
    const shares = (await admin.browser.get(`${admin.base}/groups/${vip.id}/shares`)).body.items
    expect(shares.map((s: any) => s.accountId)).toEqual([brandA.accountId])
  })

  it('Brand B never sees “VIP Members”', async () => {
    const listed = groupIdsListed(await brandB.browser.get(`${brandB.base}/groups`))
    expect(listed).toEqual([brandBGroup.id])
    expect((await brandB.browser.get(`${brandB.base}/groups/${vip.id}`)).status).toBe(404)
    expect((await brandB.browser.get(`${brandB.base}/groups/${vip.id}/contacts`)).status).toBe(404)
    for (const contact of vipContacts) {
      expect((await brandB.browser.get(`${brandB.base}/contacts/${contact.id}`)).status).toBe(404)
    }
  })

  it('Brand A sees it in its list, marked shared, with the basic contact data only', async () => {
    const groups = (await brandA.browser.get(`${brandA.base}/groups`)).body.items
    expect(groups).toEqual([
      {
        id: vip.id,
        name: 'VIP Members',
        description: '',
        memberCount: 2,
        shared: true,
        ownerAccountId: admin.accountId,
        createdAt: expect.any(String),
      },
    ])
    const contacts = expectStatus(
      await brandA.browser.get(`${brandA.base}/groups/${vip.id}/contacts`),
      200,
    )
    expect(contacts.items).toHaveLength(2)
    for (const item of contacts.items) {
      // Name, email, mobile and the custom fields the owner entered — nothing else.
      expect(Object.keys(item).sort()).toEqual(BASIC_CONTACT_KEYS)
      expect(item.fields).toEqual({ loyaltyTier: expect.any(String), city: 'Lisbon' })
      expect(item.phone).toBe('+447700900123')
    }
    expect(contacts.items.map((c: any) => c.firstName)).toEqual(['Mia', 'Leo'])
    // No history, no other groups, no tags: the contacts are not Brand A's.
    for (const contact of vipContacts) {
      expect((await brandA.browser.get(`${brandA.base}/contacts/${contact.id}`)).status).toBe(404)
      expect(
        (await brandA.browser.get(`${brandA.base}/contacts/${contact.id}/history`)).status,
      ).toBe(404)
    }
    // Read-only for Brand A.
    expect(
      (await brandA.browser.patch(`${brandA.base}/groups/${vip.id}`, { name: 'Mine' })).status,
    ).toBe(409)
  })

  it('only the owner account exports', async () => {
    const refused = await brandA.browser.get(`${brandA.base}/contacts/export?groupId=${vip.id}`)
    expect(refused.status).toBe(404)
    const exported = await admin.browser.get(`${admin.base}/contacts/export?groupId=${vip.id}`)
    expect(exported.status).toBe(200)
    expect(String(exported.body)).toContain('mia@example.test')
  })

  it('“Outsourced Designer”, connected to Brand A as Collaborator, uses “VIP Members” there', async () => {
    const designer = await person('Outsourced Designer', 'Design studio')
    const granted = await brandA.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: brandA.accountId,
      email: designer.user.email,
      role: 'collaborator',
    })
    expect(granted.status, JSON.stringify(granted.body)).toBe(201)
    expect(granted.body.status).toBe('active')
    // Not a team member: the team and the owner account stay invisible to the designer.
    expect((await designer.browser.get(`/api/v1/teams/${team.id}`)).status).toBe(404)
    expect((await designer.browser.get(`${admin.base}/groups/${vip.id}`)).status).toBe(404)
    // In Brand A's account the designer sees the shared group and its basic contact data.
    const groups = (await designer.browser.get(`${brandA.base}/groups`)).body.items
    expect(groups).toEqual([expect.objectContaining({ id: vip.id, shared: true })])
    const contacts = expectStatus(
      await designer.browser.get(`${brandA.base}/groups/${vip.id}/contacts`),
      200,
    )
    for (const item of contacts.items) expect(Object.keys(item).sort()).toEqual(BASIC_CONTACT_KEYS)
    // who can reach the group, from the owner: the designer, through the connection and the share.
    const reach = (await admin.browser.get(`${admin.base}/access/who?resource=group:${vip.id}`))
      .body.items
    const designerReach = reach.find((r: any) => r.userId === designer.user.id)
    expect(designerReach.paths.map((p: any) => p.kind)).toEqual(['connection', 'share'])
    // The designer changes Brand A's group-sharing settings: removes it from Brand A's list…
    expectStatus(await designer.browser.delete(`${brandA.base}/groups/${vip.id}`), 204)
    expect(groupIdsListed(await brandA.browser.get(`${brandA.base}/groups`))).toEqual([])
    // …and the Data Administrator shares it again.
    await share(admin.browser, admin.base, vip.id, brandA.accountId)
  })

  it('Brand A leaves the team: the share is gone on the very next request', async () => {
    expect(groupIdsListed(await brandA.browser.get(`${brandA.base}/groups`))).toEqual([vip.id])
    await leave(brandA.browser, team.id, brandA.accountId)
    expect(groupIdsListed(await brandA.browser.get(`${brandA.base}/groups`))).toEqual([])
    expect((await brandA.browser.get(`${brandA.base}/groups/${vip.id}`)).status).toBe(404)
    expect((await brandA.browser.get(`${brandA.base}/groups/${vip.id}/contacts`)).status).toBe(404)
    expect((await admin.browser.get(`${admin.base}/groups/${vip.id}/shares`)).body.items).toEqual(
      [],
    )
    // Brand B's share is untouched; the owner keeps the group and its contacts.
    expect(groupIdsListed(await brandB.browser.get(`${brandB.base}/groups`))).toEqual([
      brandBGroup.id,
    ])
    expect((await admin.browser.get(`${admin.base}/groups/${vip.id}`)).body.memberCount).toBe(2)
    const audit = (await brandA.browser.get(`${brandA.base}/audit`)).body.items
    expect(audit.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['team.member_left', 'share.removed', 'share.created']),
    )
  })
})
