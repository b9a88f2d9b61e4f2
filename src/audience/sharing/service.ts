import type { Static } from 'typebox'
import { abilitiesOfGroup } from '../../access/policies/abilities.js'
import type { AccountAccess } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { invalidField, notFound } from '../../errors.js'
import { existingId, isUuid } from '../../ids.js'
import { byId, keysetPage } from '../../paging.js'
import * as sharing from '../../sharing/service.js'
import { storedFieldValues } from '../contact-input.js'
import * as contacts from '../contacts/repository.js'
import type { SharedContact, SharedInContact, SharedInResubscription } from '../contacts/schemas.js'
import * as groups from '../groups/repository.js'
import type { Group } from '../groups/schemas.js'
import { liftUnsubscribe } from '../suppression/repository.js'
import * as shares from './repository.js'
import {
  type AccountGroupShares,
  type ContactShare,
  MAX_ACCOUNT_SHARES,
  MAX_SHARE_TARGETS,
  type Share,
  type SharedInUnsubscribe,
  type ShareTargets,
} from './schemas.js'

/**
 * Group sharing (SPEC §4). The owner account shares a group with an active team mate account (in a
 * common team) or with one of its descendant sub-accounts. The receiving account sees the group
 * read-only, its contacts with the basic fields only, and may remove it from its own list. Every
 * read checks the share's basis again (`validShare`), so nothing outlives a leave or an unshare.
 */

const MAX_PAGE = 500

/**
 * A group: an own one (`shared: false`) and one shared in have the same shape, with what the
 * caller may do with it.
 */
export function presentGroup(
  access: AccountAccess,
  group: groups.GroupRow,
  shared: boolean,
): Static<typeof Group> {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    memberCount: group.member_count,
    shared,
    ownerAccountId: group.account_id,
    createdAt: new Date(group.created_at).toISOString(),
    abilities: abilitiesOfGroup(access, group.account_id),
  }
}

/** The basic fields, and nothing else, of a contact seen through a share. */
export function presentSharedContact(row: shares.SharedContactRow): Static<typeof SharedContact> {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    firstName: row.first_name,
    lastName: row.last_name,
    fields: storedFieldValues(row.fields),
  }
}

function presentShare(share: sharing.ShareRow, access: AccountAccess): Static<typeof Share> {
  return {
    groupId: share.resource_id,
    ...sharing.presentShareCore('group', share, access),
    basis: sharing.basisOf(share.team_id),
    teamId: share.team_id,
  }
}

/** The account's own groups and those shared with it (`shared: true`, read-only), by name. */
export async function listVisibleGroups(deps: Deps, access: AccountAccess) {
  return (await shares.listVisibleGroups(deps.db, access.accountId)).map((group) =>
    presentGroup(access, group, group.shared),
  )
}

/** A group validly shared into the account, or undefined. */
export function findSharedGroup(deps: Deps, accountId: string, groupId: string) {
  if (!isUuid(groupId)) return Promise.resolve(undefined)
  return shares.findSharedGroup(deps.db, accountId, groupId)
}

/** A group the account owns; a shared-in one is refused as read-only, anything else is 404. */
export async function ownedGroup(deps: Deps, accountId: string, groupId: string) {
  existingId(groupId, 'group')
  const own = await groups.findGroup(deps.db, accountId, groupId)
  return sharing.ownedOrReadOnly(deps, 'group', accountId, groupId, own)
}

function sharedGroup(group: groups.GroupRow): sharing.Shared {
  return { kind: 'group', id: group.id, name: group.name }
}

/**
 * Sharing an owned group: with a descendant sub-account of the owner (no team needed), else an
 * account that is an active member of a team the owner is an active member of (the oldest such
 * team is recorded). Anything else is 422 naming accountId.
 */
export const {
  share: shareGroup,
  unshare: unshareGroup,
  list: listShares,
} = sharing.shareOperations({ owned: ownedGroup, shared: sharedGroup, present: presentShare })

/** The first `max` rows, presented, and whether there were more (the query read max + 1). */
function bounded<R, T>(rows: R[], max: number, present: (row: R) => T) {
  return { items: rows.slice(0, max).map(present), truncated: rows.length > max }
}

/**
 * The valid shares of all the account's own groups (made in one team, when `teamId` is given), in
 * one read for a page that lists them all, at most MAX_ACCOUNT_SHARES.
 */
export async function listAccountGroupShares(
  deps: Deps,
  access: AccountAccess,
  teamId: string | undefined,
): Promise<Static<typeof AccountGroupShares>> {
  if (teamId !== undefined && !isUuid(teamId))
    throw invalidField('teamId', 'teamId must be a team id')
  const rows = await sharing.listOwnShares(deps.db, 'group', access.accountId, {
    teamId,
    limit: MAX_ACCOUNT_SHARES + 1,
  })
  return bounded(rows, MAX_ACCOUNT_SHARES, (share) => presentShare(share, access))
}

/**
 * The accounts an owned group may be shared with now (SPEC §4): team mates' accounts of a common
 * team and descendant sub-accounts, by the same rules as sharing it, at most MAX_SHARE_TARGETS.
 */
export async function listShareTargets(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
): Promise<Static<typeof ShareTargets>> {
  await ownedGroup(deps, access.accountId, groupId)
  const rows = await sharing.listShareTargets(
    deps.db,
    'group',
    access.accountId,
    MAX_SHARE_TARGETS + 1,
  )
  return bounded(rows, MAX_SHARE_TARGETS, (row) => ({
    accountId: row.id,
    accountName: row.name,
    basis: sharing.basisOf(row.team_id),
    teamId: row.team_id,
    teamName: row.team_name,
  }))
}

/** The receiving account removes a shared-in group from its own list (the share ends). */
export async function removeSharedGroup(
  deps: Deps,
  access: AccountAccess,
  group: shares.SharedGroupRow,
) {
  await sharing.removeShare(
    deps,
    access,
    { kind: 'group', id: group.id, name: group.name },
    { ownerAccountId: group.account_id, targetAccountId: access.accountId, by: 'target' },
    'group',
  )
}

/** A page of a shared-in group's contacts: basic fields only, read only while the share holds. */
export async function listSharedContacts(
  deps: Deps,
  access: AccountAccess,
  group: shares.SharedGroupRow,
  query: { cursor?: string | undefined; limit?: number | undefined },
) {
  const limit = Math.min(query.limit ?? 50, MAX_PAGE)
  if (query.cursor !== undefined && !isUuid(query.cursor))
    throw invalidField('cursor', 'not a cursor this API gave out')
  const rows = await shares.listSharedGroupContacts(deps.db, access.accountId, group.id, {
    ...(query.cursor ? { after: query.cursor } : {}),
    limit: limit + 1,
  })
  return keysetPage(rows, limit, presentSharedContact, byId)
}

// Contacts shared down to sub-accounts (seed 003)

/** A contact shared in by an ancestor, as the receiving account sees it: the basic fields only. */
export function presentSharedInContact(
  row: shares.SharedInContactRow,
): Static<typeof SharedInContact> {
  return { ...presentSharedContact(row), shared: true, ownerAccountId: row.account_id }
}

/** A page of the contacts validly shared into the account, after `after` in id order. */
export function listSharedInContacts(
  deps: Deps,
  accountId: string,
  window: { after?: string; where?: unknown; limit: number },
) {
  return shares.listSharedInContacts(deps.db, accountId, window)
}

/** A contact validly shared into the account, or undefined. */
export async function findSharedInContact(deps: Deps, accountId: string, contactId: string) {
  if (!isUuid(contactId)) return undefined
  const [row] = await shares.listSharedInContacts(deps.db, accountId, { contactId, limit: 1 })
  return row
}

/** A contact the account owns; a shared-in one is refused as read-only, anything else is 404. */
export async function ownedContact(deps: Deps, accountId: string, contactId: string) {
  existingId(contactId, 'contact')
  const own = await contacts.findContact(deps.db, accountId, contactId)
  return sharing.ownedOrReadOnly(deps, 'contact', accountId, contactId, own)
}

function presentContactShare(
  share: sharing.ShareRow,
  access: AccountAccess,
): Static<typeof ContactShare> {
  return {
    contactId: share.resource_id,
    ...sharing.presentShareCore('contact', share, access),
  }
}

/** The audit names a shared contact by id only: its address is personal data, not a label. */
function sharedContact(contactId: string): sharing.Shared {
  return { kind: 'contact', id: contactId, name: null }
}

/** Sharing an owned contact, read-only and basic fields only, with a live descendant sub-account. */
export const {
  share: shareContact,
  unshare: unshareContact,
  list: listContactShares,
} = sharing.shareOperations({
  owned: ownedContact,
  shared: (contact) => sharedContact(contact.id),
  present: presentContactShare,
})

/** At most this many unsubscribes are listed at once (the receiving account's own records). */
const MAX_SHARED_IN_UNSUBSCRIBES = 1_000

type SharedInUnsubscribeRow = Awaited<ReturnType<typeof shares.listSharedInUnsubscribes>>[number]

function presentSharedInUnsubscribe(
  row: SharedInUnsubscribeRow,
): Static<typeof SharedInUnsubscribe> {
  return {
    contactId: row.contact_id,
    ownerAccountId: row.owner_account_id,
    channel: row.channel,
    address: row.address,
    source: row.source,
    unsubscribedAt: new Date(row.at).toISOString(),
  }
}

/** The unsubscribes this account holds for contacts shared in, by group or one by one (SPEC §4). */
export async function listSharedInUnsubscribes(deps: Deps, access: AccountAccess) {
  const rows = await shares.listSharedInUnsubscribes(deps.db, access.accountId, {
    limit: MAX_SHARED_IN_UNSUBSCRIBES,
  })
  return { items: rows.map(presentSharedInUnsubscribe) }
}

/**
 * Lifts this account's unsubscribe of a contact it reaches through a share (contacts.resubscribe,
 * audited). The owner's own record of the contact is not touched. 404 when the contact is not
 * reachable here or this account holds no unsubscribe of it on that channel.
 */
export async function resubscribeSharedIn(
  deps: Deps,
  access: AccountAccess,
  contactId: string,
  channel: 'email' | 'sms',
): Promise<Static<typeof SharedInResubscription>> {
  const rows = await shares.listSharedInUnsubscribes(deps.db, access.accountId, {
    contactId: existingId(contactId, 'contact'),
    limit: 2,
  })
  const held = rows.find((row) => row.channel === channel)
  if (!held) throw notFound('contact')
  await deps.db.transaction().execute(async (tx) => {
    await liftUnsubscribe(tx, access.accountId, channel, held.address)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'contact.resubscribed',
      target: { type: 'contact', id: held.contact_id },
      details: { channel, ownerAccountId: held.owner_account_id },
    })
  })
  return {
    contactId: held.contact_id,
    ownerAccountId: held.owner_account_id,
    channel,
    lifted: true,
  }
}
