import type { Static } from 'typebox'
import { abilitiesOfGroup } from '../../access/policies/abilities.js'
import { sharedReadOnly as readOnlyRule, refusalError } from '../../access/policies/index.js'
import { type AccountAccess, type WhoEntry, who } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { AppError, invalidField, notFound } from '../../errors.js'
import { existingId, isUuid } from '../../ids.js'
import { storedFieldValues } from '../contact-input.js'
import type { SharedContact, SharedInResubscription } from '../contacts/schemas.js'
import * as groups from '../groups/repository.js'
import type { Group } from '../groups/schemas.js'
import { liftUnsubscribe } from '../suppression/repository.js'
import * as shares from './repository.js'
import type { Share, SharedInUnsubscribe } from './schemas.js'

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

function presentShare(share: shares.ShareRow): Static<typeof Share> {
  return {
    groupId: share.group_id,
    ownerAccountId: share.account_id,
    accountId: share.target_account_id,
    accountName: share.target_name,
    basis: share.team_id ? 'team' : 'subaccount',
    teamId: share.team_id,
    createdBy: share.created_by,
    createdAt: new Date(share.created_at).toISOString(),
  }
}

/** A group shared in is read-only here: only its owner account changes, fills or shares it. */
export function sharedReadOnly(group: shares.SharedGroupRow): AppError {
  return refusalError(readOnlyRule({ kind: 'group', ownerAccountId: group.account_id }))
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
async function ownedGroup(deps: Deps, accountId: string, groupId: string) {
  existingId(groupId, 'group')
  const group = await groups.findGroup(deps.db, accountId, groupId)
  if (group) return group
  const shared = await shares.findSharedGroup(deps.db, accountId, groupId)
  if (shared) throw sharedReadOnly(shared)
  throw notFound('group')
}

function shareEvents(
  action: string,
  share: {
    account_id: string
    group_id: string
    target_account_id: string
    team_id: string | null
  },
  details: Record<string, unknown> = {},
) {
  const common = {
    groupId: share.group_id,
    ownerAccountId: share.account_id,
    targetAccountId: share.target_account_id,
    teamId: share.team_id,
    ...details,
  }
  return [share.account_id, share.target_account_id].map((accountId) => ({
    accountId,
    action,
    target: { type: 'group', id: share.group_id },
    details: common,
  }))
}

/**
 * Shares an owned group with `targetAccountId`: a descendant sub-account of the owner (no team
 * needed), else an account that is an active member of a team the owner is an active member of
 * (the oldest such team is recorded). Anything else is 422 naming accountId.
 */
export async function shareGroup(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
  targetAccountId: string,
) {
  const group = await ownedGroup(deps, access.accountId, groupId)
  if (!isUuid(targetAccountId))
    throw invalidField('accountId', 'accountId must be a team mate account or a sub-account')
  if (targetAccountId === access.accountId)
    throw invalidField('accountId', 'a group is not shared with the account that owns it')
  return deps.db.transaction().execute(async (tx) => {
    await shares.deleteLapsedShare(tx, access.accountId, group.id, targetAccountId)
    const descendant = await shares.isLiveDescendant(tx, access.accountId, targetAccountId)
    const teamId = descendant
      ? null
      : await shares.commonActiveTeam(tx, access.accountId, targetAccountId)
    if (!descendant && !teamId) {
      throw invalidField(
        'accountId',
        'a group is shared only with an active member of a common team or with a sub-account of this account',
      )
    }
    const inserted = await shares.insertGroupShare(tx, {
      ownerAccountId: access.accountId,
      groupId: group.id,
      targetAccountId,
      teamId: teamId ?? null,
      createdBy: access.userId,
    })
    if (!inserted)
      throw new AppError('conflict', 'the group is already shared with this account', {
        field: 'accountId',
      })
    const share = await shares.findGroupShare(tx, access.accountId, group.id, targetAccountId)
    if (!share) throw notFound('share')
    await recordAudit(
      tx,
      actorOf(access),
      shareEvents('share.created', share, { groupName: group.name }),
    )
    return presentShare(share)
  })
}

/** The owner ends a share; the target account loses the group on its next request. */
export async function unshareGroup(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
  targetAccountId: string,
) {
  const group = await ownedGroup(deps, access.accountId, groupId)
  existingId(targetAccountId, 'share')
  await deps.db.transaction().execute(async (tx) => {
    const share = await shares.deleteGroupShare(tx, access.accountId, group.id, targetAccountId)
    if (!share) throw notFound('share')
    await recordAudit(tx, actorOf(access), shareEvents('share.removed', share, { by: 'owner' }))
  })
}

/** The valid shares of an owned group. */
export async function listShares(deps: Deps, access: AccountAccess, groupId: string) {
  const group = await ownedGroup(deps, access.accountId, groupId)
  return (await shares.listGroupShares(deps.db, access.accountId, group.id)).map(presentShare)
}

/** The receiving account removes a shared-in group from its own list (the share ends). */
export async function removeSharedGroup(
  deps: Deps,
  access: AccountAccess,
  group: shares.SharedGroupRow,
) {
  await deps.db.transaction().execute(async (tx) => {
    const share = await shares.deleteGroupShare(tx, group.account_id, group.id, access.accountId)
    if (!share) throw notFound('group')
    await recordAudit(tx, actorOf(access), shareEvents('share.removed', share, { by: 'target' }))
  })
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
  const page = rows.slice(0, limit)
  return {
    items: page.map(presentSharedContact),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  }
}

/** How a user reaches a group through a share: added to the paths of their own account. */
export interface SharePath {
  kind: 'share'
  accountId: string
  ownerAccountId: string
  groupId: string
  basis: 'team' | 'subaccount'
  teamId: string | null
}

export interface GroupReach extends Omit<WhoEntry, 'paths'> {
  /** The account through which the user reaches the group. */
  accountId: string
  via: 'owner' | 'share'
  paths: Array<WhoEntry['paths'][number] | SharePath>
}

function throughShare(
  entries: WhoEntry[],
  share: {
    account_id: string
    group_id: string
    target_account_id: string
    team_id: string | null
  },
): GroupReach[] {
  const path: SharePath = {
    kind: 'share',
    accountId: share.target_account_id,
    ownerAccountId: share.account_id,
    groupId: share.group_id,
    basis: share.team_id ? 'team' : 'subaccount',
    teamId: share.team_id,
  }
  return entries.map((entry) => ({
    ...entry,
    accountId: share.target_account_id,
    via: 'share',
    paths: [...entry.paths, path],
  }))
}

/**
 * Everyone who can reach a group, one item per user and account they reach it through: users of
 * the owner account with groups.view, and users with groups.view in each account the group is
 * validly shared with (with the share added to their paths). Asked from an account the group is
 * shared into, the answer covers that account only: the owner's people are not its business.
 */
export async function whoCanReachGroup(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
): Promise<GroupReach[]> {
  existingId(groupId, 'group')
  const owned = await groups.findGroup(deps.db, access.accountId, groupId)
  if (!owned) {
    const shared = await shares.findSharedGroup(deps.db, access.accountId, groupId)
    if (!shared) throw notFound('group')
    const viewers = await who(deps, access.accountId, 'groups.view')
    return throughShare(viewers, {
      account_id: shared.account_id,
      group_id: shared.id,
      target_account_id: access.accountId,
      team_id: shared.team_id,
    })
  }
  const items: GroupReach[] = (await who(deps, access.accountId, 'groups.view')).map((entry) => ({
    ...entry,
    accountId: access.accountId,
    via: 'owner',
  }))
  for (const share of await shares.listGroupShares(deps.db, access.accountId, owned.id)) {
    items.push(...throughShare(await who(deps, share.target_account_id, 'groups.view'), share))
  }
  return items
}

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

/** The unsubscribes this account holds for contacts of its shared-in groups (SPEC §4). */
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
