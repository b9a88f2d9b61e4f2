import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../../test/helpers/app.js'
import { createSubaccount, memberOf } from '../../../test/helpers/factories.js'
import {
  accept,
  accountBase,
  BASIC_CONTACT_KEYS,
  expectStatus,
  invite,
  newContact,
  newGroup,
  newOwner,
  newTeam,
} from '../../../test/helpers/sharing.js'

/**
 * Seed 003: a parent account shares contacts with its sub-accounts. The sub-account sees them in
 * its contact list, marked shared, with the basic fields only (SPEC §4), and cannot change them.
 */

const t = useTestApp()

/** A parent with a child and a grandchild, a full contact in the parent, and people in the child. */
async function tree() {
  const o = await newOwner(t, 'parent-owner')
  const child = await createSubaccount(t.deps, o.accountId, 'child')
  const grandchild = await createSubaccount(t.deps, child.id, 'grandchild')
  const group = await newGroup(o.browser, o.base, 'VIP')
  const contact = await newContact(o.browser, o.base, {
    email: `ann-${randomUUID().slice(0, 8)}@example.test`,
    phone: '+14155550100',
    firstName: 'Ann',
    lastName: 'Lee',
    fields: { plan: 'gold' },
    tags: ['vip'],
    groupIds: [group.id],
  })
  const viewer = await memberOf(t.deps, t.app, child.id, { role: 'analyst' }, 'child-analyst')
  const editor = await memberOf(t.deps, t.app, child.id, { role: 'data_manager' }, 'child-data')
  return {
    o,
    contact,
    group,
    viewer,
    editor,
    child: { id: child.id, base: accountBase(child.id) },
    grandchild: { id: grandchild.id, base: accountBase(grandchild.id) },
  }
}

function shareUrl(base: string, contactId: string) {
  return `${base}/contacts/${contactId}/shares`
}

async function listedIds(browser: Browser, url: string) {
  return expectStatus(await browser.get(url), 200).items.map((c: { id: string }) => c.id)
}

describe('sharing contacts down to sub-accounts', () => {
  it('shows a shared contact in the sub-account’s list and by id: marked shared, basic fields only', async () => {
    const { o, contact, viewer, child } = await tree()
    const share = expectStatus(
      await o.browser.post(shareUrl(o.base, contact.id), { accountId: child.id }),
      201,
    )
    expect(share).toEqual({
      contactId: contact.id,
      ownerAccountId: o.accountId,
      accountId: child.id,
      accountName: 'child',
      createdBy: o.user.id,
      createdAt: expect.any(String),
      abilities: { remove: true },
    })
    expectStatus(await o.browser.post(shareUrl(o.base, contact.id), { accountId: child.id }), 409)
    expect(
      expectStatus(await o.browser.get(shareUrl(o.base, contact.id)), 200).items.map(
        (s: { accountId: string }) => s.accountId,
      ),
    ).toEqual([child.id])

    // The child has no contacts of its own: its list is the shared contact alone.
    const list = expectStatus(await viewer.browser.get(`${child.base}/contacts`), 200)
    expect(list.items).toHaveLength(1)
    const item = list.items[0]
    const expected = {
      id: contact.id,
      email: contact.email,
      phone: '+14155550100',
      firstName: 'Ann',
      lastName: 'Lee',
      fields: { plan: 'gold' },
      shared: true,
      ownerAccountId: o.accountId,
    }
    expect(item).toEqual(expected)
    expect(Object.keys(item).sort()).toEqual(
      [...BASIC_CONTACT_KEYS, 'ownerAccountId', 'shared'].sort(),
    )
    expect(
      expectStatus(await viewer.browser.get(`${child.base}/contacts/${contact.id}`), 200),
    ).toEqual(expected)
    // Never the history, nor the owner's groups of it.
    expectStatus(await viewer.browser.get(`${child.base}/contacts/${contact.id}/history`), 404)
    // Search reaches it by its basic fields; a group filter (the account's own) does not.
    expect(await listedIds(viewer.browser, `${child.base}/contacts?q=Ann`)).toEqual([contact.id])
    expect(await listedIds(viewer.browser, `${child.base}/contacts?q=nobody`)).toEqual([])
    // The owner's own list is unchanged: its contact, with everything.
    const ownerView = expectStatus(await o.browser.get(`${o.base}/contacts/${contact.id}`), 200)
    expect(ownerView).toMatchObject({ tags: ['vip'], emailStatus: 'subscribed' })
    expect(ownerView.shared).toBeUndefined()
  })

  it('is read-only in the sub-account: editing or deleting answers the one read-only error', async () => {
    const { o, contact, editor, child } = await tree()
    expectStatus(await o.browser.post(shareUrl(o.base, contact.id), { accountId: child.id }), 201)
    for (const reply of [
      await editor.browser.patch(`${child.base}/contacts/${contact.id}`, { firstName: 'Eve' }),
      await editor.browser.delete(`${child.base}/contacts/${contact.id}`),
      await editor.browser.post(shareUrl(child.base, contact.id), { accountId: randomUUID() }),
      await editor.browser.get(shareUrl(child.base, contact.id)),
    ]) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(409)
      expect(reply.body.error).toEqual({
        code: 'conflict',
        message:
          'this contact is shared with this account by its owner account and is read-only here',
        reason: 'shared_contact',
        ownerAccountId: o.accountId,
      })
    }
    expect(
      expectStatus(await o.browser.get(`${o.base}/contacts/${contact.id}`), 200),
    ).toMatchObject({ firstName: 'Ann' })
    // Bulk deletion by id does not reach it either, even for a user who may do anything there.
    expect(
      expectStatus(
        await o.browser.post(`${child.base}/contacts/bulk-delete`, { contactIds: [contact.id] }),
        200,
      ),
    ).toEqual({ deleted: 0 })
    expectStatus(await o.browser.get(`${o.base}/contacts/${contact.id}`), 200)
  })

  it('goes down the tree only: not itself, not a parent, not a team mate, not a stranger (422)', async () => {
    const { o, contact, grandchild, child } = await tree()
    const stranger = await newOwner(t, 'stranger')
    // A team mate of the owner receives groups, never contacts.
    const team = await newTeam(o.browser, o.accountId)
    await invite(o, team.id, stranger)
    await accept(stranger.browser, team.id, stranger.accountId)
    for (const accountId of [o.accountId, stranger.accountId, randomUUID(), 'not-an-id']) {
      const reply = await o.browser.post(shareUrl(o.base, contact.id), { accountId })
      expect(reply.status, JSON.stringify(reply.body)).toBe(422)
      expect(reply.body.error.field).toBe('accountId')
    }
    // A child's own contact goes to its own descendants, not up to its parent.
    const childContact = await newContact(o.browser, child.base, { email: 'kid@example.test' })
    const up = await o.browser.post(shareUrl(child.base, childContact.id), {
      accountId: o.accountId,
    })
    expectStatus(up, 422)
    // Any depth below: the grandchild may receive the parent's contact.
    expectStatus(
      await o.browser.post(shareUrl(o.base, contact.id), { accountId: grandchild.id }),
      201,
    )
    // Unknown contacts are 404, and sharing needs contacts.edit in the owner account.
    expectStatus(await o.browser.post(shareUrl(o.base, randomUUID()), { accountId: child.id }), 404)
    const viewer = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' }, 'p-analyst')
    const refused = await viewer.browser.post(shareUrl(o.base, contact.id), { accountId: child.id })
    expectStatus(refused, 403)
    expect(refused.body.error.permission).toBe('contacts.edit')
    // A contact of a sub-account that no longer exists is not shared any more.
    await t.deps.db
      .updateTable('accounts')
      .set({ deleted_at: new Date() })
      .where('id', '=', grandchild.id)
      .execute()
    expect(expectStatus(await o.browser.get(shareUrl(o.base, contact.id)), 200).items).toEqual([])
  })

  it('ends on the next request when the owner removes the share, audited in both accounts', async () => {
    const { o, contact, viewer, child } = await tree()
    expectStatus(await o.browser.post(shareUrl(o.base, contact.id), { accountId: child.id }), 201)
    expect(await listedIds(viewer.browser, `${child.base}/contacts`)).toEqual([contact.id])
    expectStatus(await o.browser.delete(`${shareUrl(o.base, contact.id)}/${child.id}`), 204)
    expect(await listedIds(viewer.browser, `${child.base}/contacts`)).toEqual([])
    expectStatus(await viewer.browser.get(`${child.base}/contacts/${contact.id}`), 404)
    expectStatus(await o.browser.delete(`${shareUrl(o.base, contact.id)}/${child.id}`), 404)

    for (const accountId of [o.accountId, child.id]) {
      const audit = expectStatus(await o.browser.get(`${accountBase(accountId)}/audit`), 200).items
      const details = {
        kind: 'contact',
        resourceId: contact.id,
        ownerAccountId: o.accountId,
        targetAccountId: child.id,
        basis: 'subaccount',
        teamId: null,
        name: null,
        by: 'owner',
      }
      for (const action of ['share.created', 'share.removed']) {
        expect(audit).toContainEqual(
          expect.objectContaining({ action, target: { type: 'contact', id: contact.id }, details }),
        )
      }
    }
  })

  it('answers who can see it and explains the read-only rule through the share', async () => {
    const { o, contact, viewer, editor, child } = await tree()
    expectStatus(await o.browser.post(shareUrl(o.base, contact.id), { accountId: child.id }), 201)

    const who = expectStatus(
      await o.browser.get(`${o.base}/access/who?resource=contact:${contact.id}`),
      200,
    ).items
    const viewerItem = who.find((i: { userId: string }) => i.userId === viewer.user.id)
    expect(viewerItem).toMatchObject({ accountId: child.id, via: 'share' })
    expect(viewerItem.paths.at(-1)).toEqual({
      kind: 'share',
      accountId: child.id,
      ownerAccountId: o.accountId,
      contactId: contact.id,
      basis: 'subaccount',
      teamId: null,
    })
    expect(who).toContainEqual(
      expect.objectContaining({ userId: o.user.id, accountId: o.accountId, via: 'owner' }),
    )
    // An Author sees the people (users.view) but not the contacts: the contact stays invisible.
    const author = await memberOf(t.deps, t.app, o.accountId, { role: 'author' }, 'parent-author')
    expectStatus(
      await author.browser.get(`${o.base}/access/who?resource=contact:${contact.id}`),
      404,
    )

    const explained = expectStatus(
      await o.browser.get(
        `${child.base}/access/explain?userId=${editor.user.id}&permission=contacts.edit&resource=contact:${contact.id}`,
      ),
      200,
    )
    expect(explained).toMatchObject({ allowed: false, rule: 'shared_read_only' })

    // After the unshare, the child's people are gone, and the child no longer sees it at all.
    expectStatus(await o.browser.delete(`${shareUrl(o.base, contact.id)}/${child.id}`), 204)
    const after = expectStatus(
      await o.browser.get(`${o.base}/access/who?resource=contact:${contact.id}`),
      200,
    ).items
    expect(after.every((i: { accountId: string }) => i.accountId === o.accountId)).toBe(true)
    expectStatus(
      await o.browser.get(`${child.base}/access/who?resource=contact:${contact.id}`),
      404,
    )
  })
})
