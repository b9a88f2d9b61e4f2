import { describe, expect, it } from 'vitest'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
  shareGroupWithTeamMate,
  unsubscribePath,
} from '../../../test/helpers/campaigns.js'
import { createSubaccount } from '../../../test/helpers/factories.js'
import { accountBase, newContact, newOwner } from '../../../test/helpers/sharing.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../../test/helpers/smtp.js'
import { recordUnsubscribe } from '../suppression/repository.js'

const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

/** The mate sends a campaign to the owner's shared group; the addresses it reached. */
async function mateSends(owner: Brand, mate: Brand) {
  const campaign = await draft(mate.browser, mate, { groupIds: [owner.group.id] })
  expectStatus(await mate.browser.post(`${mate.base}/campaigns/${campaign.id}/send`), 202)
  await deliverEverything(t)
  return { id: campaign.id as string, reached: messagesOf(sink, campaign.id).flatMap(recipientsOf) }
}

async function oneClickUnsubscribe(campaignId: string, address: string) {
  const mail = messagesOf(sink, campaignId).find((m) => recipientsOf(m).includes(address))
  if (!mail) throw new Error(`no message to ${address}`)
  const reply = await t.app.inject({
    method: 'POST',
    url: unsubscribePath(mail),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'List-Unsubscribe=One-Click',
  })
  expect(reply.statusCode).toBe(200)
}

describe('unsubscribes held by the receiving account of a shared group', () => {
  it('are listed there and lifted there with contacts.resubscribe, never in the owner account', async () => {
    const owner = await newBrand(t, 'owner-brand', [
      { email: 'ada@example.test' },
      { email: 'bo@example.test' },
    ])
    const mate = await newBrand(t, 'mate-brand', [])
    await shareGroupWithTeamMate(owner, mate)
    const first = await mateSends(owner, mate)
    expect(first.reached.sort()).toEqual(['ada@example.test', 'bo@example.test'])
    await oneClickUnsubscribe(first.id, 'ada@example.test')

    const listed = expectStatus(
      await mate.browser.get(`${mate.base}/shared-contacts/unsubscribes`),
      200,
    ).items
    expect(listed).toEqual([
      expect.objectContaining({
        ownerAccountId: owner.accountId,
        channel: 'email',
        address: 'ada@example.test',
      }),
    ])
    const adaId = listed[0].contactId
    // The owner's record of Ada is untouched and lists nothing of the mate's.
    const ada = expectStatus(await owner.browser.get(`${owner.base}/contacts/${adaId}`), 200)
    expect(ada.emailStatus).toBe('subscribed')
    expect(
      expectStatus(await owner.browser.get(`${owner.base}/shared-contacts/unsubscribes`), 200)
        .items,
    ).toEqual([])
    expect((await mateSends(owner, mate)).reached).toEqual(['bo@example.test'])

    // A Manager of the mate account lacks contacts.resubscribe; the owner account holds nothing.
    const asManager = await mate.manager.browser.post(
      `${mate.base}/contacts/${adaId}/resubscribe`,
      { channel: 'email' },
    )
    expect(asManager.status).toBe(403)
    expect(asManager.body.error.permission).toBe('contacts.resubscribe')
    expect(
      (await mate.browser.post(`${mate.base}/contacts/${adaId}/resubscribe`, { channel: 'sms' }))
        .status,
    ).toBe(404)

    const lifted = expectStatus(
      await mate.browser.post(`${mate.base}/contacts/${adaId}/resubscribe`, { channel: 'email' }),
      200,
    )
    expect(lifted).toMatchObject({ contactId: adaId, channel: 'email', lifted: true })
    expect(
      expectStatus(await mate.browser.get(`${mate.base}/shared-contacts/unsubscribes`), 200).items,
    ).toEqual([])
    expect((await mateSends(owner, mate)).reached.sort()).toEqual([
      'ada@example.test',
      'bo@example.test',
    ])
    const audit = expectStatus(await mate.browser.get(`${mate.base}/audit`), 200).items
    expect(audit.map((e: { action: string }) => e.action)).toContain('contact.resubscribed')
  })

  it('a stranger account neither lists nor lifts them', async () => {
    const owner = await newBrand(t, 'owner-two', [{ email: 'cy@example.test' }])
    const mate = await newBrand(t, 'mate-two', [])
    const stranger = await newBrand(t, 'stranger', [])
    await shareGroupWithTeamMate(owner, mate)
    const sent = await mateSends(owner, mate)
    await oneClickUnsubscribe(sent.id, 'cy@example.test')
    const [held] = expectStatus(
      await mate.browser.get(`${mate.base}/shared-contacts/unsubscribes`),
      200,
    ).items
    expect(
      expectStatus(await stranger.browser.get(`${stranger.base}/shared-contacts/unsubscribes`), 200)
        .items,
    ).toEqual([])
    expect(
      (
        await stranger.browser.post(`${stranger.base}/contacts/${held.contactId}/resubscribe`, {
          channel: 'email',
        })
      ).status,
    ).toBe(404)
  })

  it('include a contact shared down one by one, listed and lifted in the sub-account', async () => {
    const parent = await newOwner(t, 'parent')
    const child = await createSubaccount(t.deps, parent.accountId, 'child')
    const base = accountBase(child.id)
    const contact = await newContact(parent.browser, parent.base, { email: 'one@example.test' })
    const shares = `${parent.base}/contacts/${contact.id}/shares`
    expectStatus(await parent.browser.post(shares, { accountId: child.id }), 201)
    await recordUnsubscribe(t.deps.db, child.id, 'email', 'one@example.test', 'api')
    const listed = async () =>
      expectStatus(await parent.browser.get(`${base}/shared-contacts/unsubscribes`), 200).items
    expect(await listed()).toEqual([
      expect.objectContaining({
        contactId: contact.id,
        ownerAccountId: parent.accountId,
        address: 'one@example.test',
      }),
    ])
    const lift = () =>
      parent.browser.post(`${base}/contacts/${contact.id}/resubscribe`, { channel: 'email' })
    expect(expectStatus(await lift(), 200)).toMatchObject({ contactId: contact.id, lifted: true })
    expect(await listed()).toEqual([])
    // Once the share ends, the contact is not reachable from the sub-account: nothing to lift.
    await recordUnsubscribe(t.deps.db, child.id, 'email', 'one@example.test', 'api')
    expectStatus(await parent.browser.delete(`${shares}/${child.id}`), 204)
    expect(await listed()).toEqual([])
    expect((await lift()).status).toBe(404)
  })
})
