import type { ParsedMail } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { recordContactEvent } from '../src/audience/contacts/history-repository.js'
import { type Browser, type Reply, signUp } from './helpers/app.js'
import { deliverEverything, messagesOf, unsubscribePath } from './helpers/campaigns.js'
import { confirmEmail, confirmSenderAddress } from './helpers/factories.js'
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
import { recipientsOf, useTestAppWithSmtpSink } from './helpers/smtp.js'

/**
 * Seed 001, step by step over HTTP: a company keeps its customer data in the Data Administrator's
 * account and shares groups with the Brand A and Brand B marketing accounts of its user team.
 * Each step depends on the ones before it, so they run in order in one file.
 */

// Campaigns really go out: to a loopback SMTP server that keeps every message.
const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

async function person(name: string, accountName: string): Promise<Owner> {
  const signed = await signUp(t.app, { name, accountName })
  // Each of them opened the confirmation link: others find them by email (invitations, connections).
  await confirmEmail(t.deps, signed.user.id)
  return {
    user: { ...signed.user, password: signed.password, ownAccountId: signed.account.id },
    browser: signed.browser,
    accountId: signed.account.id,
    base: `/api/v1/accounts/${signed.account.id}`,
  }
}

const deliverAll = () => deliverEverything(t)
const sentTo = (campaignId: string) => messagesOf(sink, campaignId)

function addressesOf(mails: ParsedMail[]): string[] {
  return mails.flatMap(recipientsOf).sort()
}

function mailTo(campaignId: string, address: string): ParsedMail {
  const mails = sentTo(campaignId).filter((m) => recipientsOf(m).includes(address))
  expect(mails, `messages of ${campaignId} to ${address}`).toHaveLength(1)
  return mails[0] as ParsedMail
}

/** The https link of the List-Unsubscribe header as sent (RFC 8058 one-click target). */
async function emailBalance(owner: Owner): Promise<number> {
  return Number(expectStatus(await owner.browser.get(`${owner.base}/credits`), 200).email)
}

async function balances(owner: Owner) {
  const credits = expectStatus(await owner.browser.get(`${owner.base}/credits`), 200)
  return { email: Number(credits.email), sms: Number(credits.sms) }
}

function emailCampaign(name: string, from: string, groupIds: string[], extra: object = {}) {
  return {
    name,
    channel: 'email',
    subject: `${name} for {{ firstName | default: "you" }}`,
    from,
    html: `<p>Hi {{ firstName | default: "there" }}, <a href="https://shop.example/vip">${name}</a></p>`,
    groupIds,
    ...extra,
  }
}

async function createCampaign(browser: Browser, base: string, body: object) {
  return expectStatus(await browser.post(`${base}/campaigns`, body), 201)
}

/** Creates and launches a campaign (the caller holds send_direct): it is sending, not yet delivered. */
async function launch(browser: Browser, base: string, body: object) {
  const campaign = await createCampaign(browser, base, body)
  const launched = expectStatus(await browser.post(`${base}/campaigns/${campaign.id}/send`), 202)
  expect(launched.status).toBe('sending')
  return launched
}

function expectGroupIdsRefused(reply: Reply) {
  const body = expectStatus(reply, 422)
  expect(body.error).toMatchObject({ code: 'validation_failed', field: 'groupIds' })
}

describe('seed 001: group sharing in a user team', () => {
  let admin: Owner
  let brandA: Owner
  let brandB: Owner
  let team: { id: string }
  let vip: { id: string }
  let brandBGroup: { id: string }
  let designer: Owner
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
      expect((await invite(admin, team.id, brand)).status).toBe('pending')
      await accept(brand.browser, team.id, brand.accountId)
    }
    const seen = expectStatus(await brandB.browser.get(`${brandB.base}/teams/${team.id}`), 200)
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
        abilities: {
          shared: true,
          readOnly: true,
          edit: false,
          share: false,
          remove: true,
          export: false,
        },
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
    designer = await person('Outsourced Designer', 'Design studio')
    const granted = await brandA.browser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: brandA.accountId,
      email: designer.user.email,
      role: 'collaborator',
    })
    expect(granted.status, JSON.stringify(granted.body)).toBe(202)
    const outgoing = (await designer.browser.get('/api/v1/connections')).body.items
    expect(outgoing).toEqual([expect.objectContaining({ status: 'active' })])
    // Not a team member: the team needs users.manage in Brand A, and the owner account stays
    // invisible to the designer.
    expect((await designer.browser.get(`${brandA.base}/teams/${team.id}`)).status).toBe(403)
    expect((await designer.browser.get(`${admin.base}/teams/${team.id}`)).status).toBe(404)
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

  const senders = {
    admin: 'news@salescatalysts.example',
    brandA: 'news@brand-a.example',
    brandB: 'news@brand-b.example',
  }
  let designerCampaign: { id: string }

  it('the designer sends a Brand A campaign to “VIP Members”: one message each, basic fields only, paid by Brand A', async () => {
    // A note the Data Administrator keeps on the VIP contacts: never visible through a share.
    await t.deps.db
      .updateTable('contacts')
      .set({ notes: 'PRIVATE-NOTE prefers phone calls' })
      .where('account_id', '=', admin.accountId)
      .execute()
    expectStatus(
      await brandA.browser.post(`${brandA.base}/senders`, {
        email: senders.brandA,
        name: 'Brand A',
      }),
      201,
    )
    await confirmSenderAddress(t.deps.db, brandA.accountId, senders.brandA)
    const brandABefore = await balances(brandA)
    const adminBefore = await balances(admin)

    const campaign = await createCampaign(designer.browser, brandA.base, {
      name: 'VIP preview',
      channel: 'email',
      subject: 'VIP preview for {{ firstName }}{{ tags }}{{ notes }}',
      from: senders.brandA,
      html: [
        '<p>Dear {{ firstName }} {{ lastName }},</p>',
        '<p>tier=[{{ loyaltyTier }}] city=[{{ fields.city }}] email=[{{ email }}]</p>',
        '<p>tags=[{{ tags }}|{{ tags | join: "," }}] notes=[{{ notes }}]',
        ' groups=[{{ groups }}{% for g in groups %}{{ g.name }}{% endfor %}{{ groups.size }}]',
        ' history=[{{ history }}{{ events }}] status=[{{ email_status }}{{ emailStatus }}]',
        ' columns=[{{ first_name }}{{ account_id }}{{ id }}]</p>',
        '<p><a href="https://brand-a.example/vip">See the VIP offers</a></p>',
      ].join(''),
      groupIds: [vip.id],
    })
    expect(campaign).toMatchObject({
      accountId: brandA.accountId,
      createdBy: designer.user.id,
      groupIds: [vip.id],
      status: 'draft',
    })
    // A Collaborator holds send_direct: the campaign launches at once, reserving one credit each.
    const launched = expectStatus(
      await designer.browser.post(`${brandA.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(launched).toMatchObject({ status: 'sending', recipients: 2, creditsReserved: 2 })
    await deliverAll()
    await deliverAll() // nothing more goes out on a second run

    // Each VIP member gets exactly one message; Ana, not in the group, gets none.
    const mails = sentTo(campaign.id)
    expect(addressesOf(mails)).toEqual(['leo@example.test', 'mia@example.test'])
    const expected = {
      'mia@example.test': { first: 'Mia', last: 'Chen', tier: 'gold' },
      'leo@example.test': { first: 'Leo', last: 'Roux', tier: 'platinum' },
    }
    for (const [address, person] of Object.entries(expected)) {
      const mail = mailTo(campaign.id, address)
      expect(mail.subject).toBe(`VIP preview for ${person.first}`)
      expect(mail.from?.text).toContain(senders.brandA)
      const html = String(mail.html)
      expect(html).toContain(`Dear ${person.first} ${person.last},`)
      // Basic fields and the owner's custom fields render…
      expect(html).toContain(`tier=[${person.tier}] city=[Lisbon] email=[${address}]`)
      // …nothing else about the contact does: not its tags, notes, other groups, history, status.
      expect(html).toContain('tags=[|] notes=[] groups=[] history=[] status=[] columns=[]')
      for (const secret of [
        'high-value',
        'PRIVATE-NOTE',
        'Brand B customers',
        'VIP Members',
        'Spring sale',
        'subscribed',
        admin.accountId,
      ]) {
        expect(html).not.toContain(secret)
        expect(mail.subject).not.toContain(secret)
      }
      expect(unsubscribePath(mail)).toMatch(/^\/u\/[A-Za-z0-9_-]{80}$/)
    }

    const done = expectStatus(
      await designer.browser.get(`${brandA.base}/campaigns/${campaign.id}`),
      200,
    )
    expect(done).toMatchObject({ status: 'sent', recipients: 2, creditsUsed: 2 })
    const report = expectStatus(
      await designer.browser.get(`${brandA.base}/campaigns/${campaign.id}/report`),
      200,
    )
    expect(report).toMatchObject({ recipients: 2, sent: 2, failed: 0 })
    // Brand A's credits paid for it; the group owner's balance did not move.
    expect(await balances(brandA)).toEqual({ ...brandABefore, email: brandABefore.email - 2 })
    expect(await balances(admin)).toEqual(adminBefore)
    // The campaign is Brand A's: the owner account does not see it.
    expect((await admin.browser.get(`${admin.base}/campaigns/${campaign.id}`)).status).toBe(404)
    expect((await admin.browser.get(`${admin.base}/campaigns`)).body.items).toEqual([])
    designerCampaign = campaign
  })

  it('Brand B’s campaigns cannot target “VIP Members”', async () => {
    expectStatus(
      await brandB.browser.post(`${brandB.base}/senders`, {
        email: senders.brandB,
        name: 'Brand B',
      }),
      201,
    )
    await confirmSenderAddress(t.deps.db, brandB.accountId, senders.brandB)
    const before = await balances(brandB)
    expectGroupIdsRefused(
      await brandB.browser.post(
        `${brandB.base}/campaigns`,
        emailCampaign('B to VIP', senders.brandB, [vip.id]),
      ),
    )
    // Not even next to a group of its own, and not by editing a draft.
    expectGroupIdsRefused(
      await brandB.browser.post(
        `${brandB.base}/campaigns`,
        emailCampaign('B to both', senders.brandB, [brandBGroup.id, vip.id]),
      ),
    )
    const own = await createCampaign(
      brandB.browser,
      brandB.base,
      emailCampaign('B own', senders.brandB, [brandBGroup.id]),
    )
    expectGroupIdsRefused(
      await brandB.browser.patch(`${brandB.base}/campaigns/${own.id}`, {
        groupIds: [brandBGroup.id, vip.id],
      }),
    )
    // A draft naming the group anyway (written straight into the database) is refused at send.
    await t.deps.db
      .updateTable('campaigns')
      .set({ group_ids: [vip.id] })
      .where('account_id', '=', brandB.accountId)
      .where('id', '=', own.id)
      .execute()
    expectGroupIdsRefused(await brandB.browser.post(`${brandB.base}/campaigns/${own.id}/send`))
    const after = expectStatus(await brandB.browser.get(`${brandB.base}/campaigns/${own.id}`), 200)
    expect(after).toMatchObject({ status: 'draft', recipients: 0, creditsReserved: 0 })
    await deliverAll()
    expect(sentTo(own.id)).toEqual([])
    expect(await balances(brandB)).toEqual(before)
    expectStatus(await brandB.browser.delete(`${brandB.base}/campaigns/${own.id}`), 204)
  })

  it('Mia unsubscribes from Brand A with one click: only Brand A’s later sends skip her', async () => {
    const url = unsubscribePath(mailTo(designerCampaign.id, 'mia@example.test'))
    const oneClick = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.statusCode).toBe(200)
    const report = expectStatus(
      await brandA.browser.get(`${brandA.base}/campaigns/${designerCampaign.id}/report`),
      200,
    )
    expect(report.unsubscribed).toBe(1)

    // Brand A's next campaign to the group skips her.
    const brandANext = await launch(
      brandA.browser,
      brandA.base,
      emailCampaign('VIP follow-up', senders.brandA, [vip.id]),
    )
    expect(brandANext).toMatchObject({ recipients: 1, creditsReserved: 1 })

    // The Data Administrator's own campaign to the same group still reaches her…
    expectStatus(
      await admin.browser.post(`${admin.base}/senders`, { email: senders.admin, name: 'Data' }),
      201,
    )
    await confirmSenderAddress(t.deps.db, admin.accountId, senders.admin)
    const adminCampaign = await launch(
      admin.browser,
      admin.base,
      emailCampaign('VIP survey', senders.admin, [vip.id]),
    )
    expect(adminCampaign.recipients).toBe(2)
    // …and so does Brand B's campaign to the group the Data Administrator shared with it.
    const brandBCampaign = await launch(
      brandB.browser,
      brandB.base,
      emailCampaign('Brand B news', senders.brandB, [brandBGroup.id]),
    )
    expect(brandBCampaign.recipients).toBe(3)

    await deliverAll()
    expect(addressesOf(sentTo(brandANext.id))).toEqual(['leo@example.test'])
    expect(addressesOf(sentTo(adminCampaign.id))).toEqual(['leo@example.test', 'mia@example.test'])
    expect(addressesOf(sentTo(brandBCampaign.id))).toEqual([
      'ana@example.test',
      'leo@example.test',
      'mia@example.test',
    ])
    expect(mailTo(adminCampaign.id, 'mia@example.test').subject).toBe('VIP survey for Mia')
    // The unsubscribe is Brand A's record: Mia is still subscribed in the owner account.
    const mia = expectStatus(
      await admin.browser.get(`${admin.base}/contacts/${vipContacts[0]?.id}`),
      200,
    )
    expect(mia).toMatchObject({ email: 'mia@example.test', emailStatus: 'subscribed' })
  })

  it('Leo unsubscribes from the Data Administrator’s own campaign: Brand A’s next send still reaches him', async () => {
    const survey = await launch(
      admin.browser,
      admin.base,
      emailCampaign('VIP poll', senders.admin, [vip.id]),
    )
    await deliverAll()
    const oneClick = await t.app.inject({
      method: 'POST',
      url: unsubscribePath(mailTo(survey.id, 'leo@example.test')),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.statusCode).toBe(200)
    // The owner sees Leo unsubscribed: the unsubscribe is the owner account's own.
    const leo = expectStatus(
      await admin.browser.get(`${admin.base}/contacts/${vipContacts[1]?.id}`),
      200,
    )
    expect(leo).toMatchObject({ email: 'leo@example.test', emailStatus: 'unsubscribed' })
    const adminNext = await launch(
      admin.browser,
      admin.base,
      emailCampaign('VIP poll results', senders.admin, [vip.id]),
    )
    expect(adminNext.recipients).toBe(1)

    // Brand A's next campaign to the shared group still reaches Leo (Mia left Brand A earlier).
    const brandANext = await launch(
      brandA.browser,
      brandA.base,
      emailCampaign('VIP weekend', senders.brandA, [vip.id]),
    )
    expect(brandANext).toMatchObject({ recipients: 1, creditsReserved: 1 })
    await deliverAll()
    expect(addressesOf(sentTo(brandANext.id))).toEqual(['leo@example.test'])
    expect(addressesOf(sentTo(adminNext.id))).toEqual(['mia@example.test'])

    // Brand A lists the unsubscribes it holds for the shared-in contacts: Mia's, not Leo's.
    const held = expectStatus(
      await brandA.browser.get(`${brandA.base}/shared-contacts/unsubscribes`),
      200,
    )
    expect(held.items).toEqual([
      expect.objectContaining({
        contactId: vipContacts[0]?.id,
        ownerAccountId: admin.accountId,
        channel: 'email',
        address: 'mia@example.test',
      }),
    ])
  })

  it('the Data Administrator unshares “VIP Members”: a launched campaign finishes, new ones cannot target it', async () => {
    const before = await emailBalance(brandA)
    const inFlight = await launch(
      brandA.browser,
      brandA.base,
      emailCampaign('VIP last call', senders.brandA, [vip.id]),
    )
    expect(inFlight.recipients).toBe(1) // Leo; Mia unsubscribed from Brand A
    const waiting = await createCampaign(
      designer.browser,
      brandA.base,
      emailCampaign('VIP next week', senders.brandA, [vip.id]),
    )

    expectStatus(
      await admin.browser.delete(`${admin.base}/groups/${vip.id}/shares/${brandA.accountId}`),
      204,
    )
    expect(groupIdsListed(await brandA.browser.get(`${brandA.base}/groups`))).toEqual([])
    // New campaigns cannot target it, whoever writes them; a draft saved before cannot be sent.
    for (const browser of [brandA.browser, designer.browser]) {
      expectGroupIdsRefused(
        await browser.post(
          `${brandA.base}/campaigns`,
          emailCampaign('VIP again', senders.brandA, [vip.id]),
        ),
      )
    }
    expectGroupIdsRefused(
      await designer.browser.post(`${brandA.base}/campaigns/${waiting.id}/send`),
    )
    expect(
      expectStatus(await brandA.browser.get(`${brandA.base}/campaigns/${waiting.id}`), 200),
    ).toMatchObject({ status: 'draft', recipients: 0, creditsReserved: 0 })

    // The campaign already sending finishes.
    await deliverAll()
    expect(addressesOf(sentTo(inFlight.id))).toEqual(['leo@example.test'])
    expect(sentTo(waiting.id)).toEqual([])
    expect(
      expectStatus(await brandA.browser.get(`${brandA.base}/campaigns/${inFlight.id}`), 200),
    ).toMatchObject({ status: 'sent', recipients: 1, creditsUsed: 1 })
    expect(await emailBalance(brandA)).toBe(before - 1)

    // The Data Administrator shares it again for what follows.
    expectStatus(await brandA.browser.delete(`${brandA.base}/campaigns/${waiting.id}`), 204)
    await share(admin.browser, admin.base, vip.id, brandA.accountId)
  })

  let launchedBeforeLeaving: { id: string }
  it('Brand A launches a campaign to “VIP Members” while still in the team', async () => {
    launchedBeforeLeaving = await launch(
      designer.browser,
      brandA.base,
      emailCampaign('VIP farewell', senders.brandA, [vip.id]),
    )
    expect(launchedBeforeLeaving).toMatchObject({ recipients: 1, creditsReserved: 1 })
  })

  it('Brand A leaves the team: the share is gone on the very next request', async () => {
    expect(groupIdsListed(await brandA.browser.get(`${brandA.base}/groups`))).toEqual([vip.id])
    await leave(brandA, team.id)
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

  it('after Brand A left: the campaign launched before finishes, a new one cannot target the group', async () => {
    expectGroupIdsRefused(
      await designer.browser.post(
        `${brandA.base}/campaigns`,
        emailCampaign('VIP comeback', senders.brandA, [vip.id]),
      ),
    )
    const before = await emailBalance(brandA)
    await deliverAll()
    expect(addressesOf(sentTo(launchedBeforeLeaving.id))).toEqual(['leo@example.test'])
    expect(
      expectStatus(
        await brandA.browser.get(`${brandA.base}/campaigns/${launchedBeforeLeaving.id}`),
        200,
      ),
    ).toMatchObject({ status: 'sent', recipients: 1, creditsUsed: 1 })
    // The credit was reserved at launch: finishing uses it and returns nothing.
    expect(await emailBalance(brandA)).toBe(before)
    const report = expectStatus(
      await brandA.browser.get(`${brandA.base}/campaigns/${launchedBeforeLeaving.id}/report`),
      200,
    )
    expect(report).toMatchObject({ recipients: 1, sent: 1, failed: 0 })
  })
})
