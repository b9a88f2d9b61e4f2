import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../../access/service.js'
import { isUniqueViolation } from '../../db/errors.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { AppError, invalidField, notFound } from '../../errors.js'
import { existingId, isUuid } from '../../ids.js'
import * as contacts from '../contacts/service.js'
import * as shares from '../sharing/service.js'
import * as repo from './repository.js'

const id = existingId

/** The account's own groups and the groups validly shared with it (`shared: true`), by name. */
export async function listGroups(deps: Deps, access: AccountAccess) {
  return shares.listVisibleGroups(deps, access)
}

/** An own group; a group shared in is read-only here (409), anything else 404. */
function liveGroup(deps: Deps, accountId: string, groupId: string) {
  return shares.ownedGroup(deps, accountId, groupId)
}

export async function getGroup(deps: Deps, access: AccountAccess, groupId: string) {
  const group = await repo.findGroup(deps.db, access.accountId, id(groupId, 'group'))
  if (group) return shares.presentGroup(access, group, false)
  const sharedIn = await shares.findSharedGroup(deps, access.accountId, groupId)
  if (sharedIn) return shares.presentGroup(access, sharedIn, true)
  throw notFound('group')
}

/** A group validly shared into the account, when it is not one of the account's own. */
async function sharedInGroup(deps: Deps, accountId: string, groupId: string) {
  if (await repo.findGroup(deps.db, accountId, id(groupId, 'group'))) return undefined
  return shares.findSharedGroup(deps, accountId, groupId)
}

/** A group's contacts: all fields for an own group; through a share, the basic fields only. */
export async function listGroupContacts(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
  query: { cursor?: string; limit?: number },
) {
  const sharedIn = await sharedInGroup(deps, access.accountId, groupId)
  if (sharedIn) return shares.listSharedContacts(deps, access, sharedIn, query)
  return contacts.listContacts(deps, access, { ...query, groupId })
}

function groupNameTaken(error: unknown): never {
  if (isUniqueViolation(error))
    throw new AppError('conflict', 'the account has a group with this name', { field: 'name' })
  throw error
}

export async function createGroup(
  deps: Deps,
  access: AccountAccess,
  input: { name: string; description?: string },
) {
  const name = input.name.trim()
  if (!name) throw invalidField('name', 'name must not be empty')
  try {
    const group = await repo.insertGroup(deps.db, access.accountId, uuidv7(), {
      name,
      description: input.description ?? '',
    })
    return shares.presentGroup(access, group, false)
  } catch (error) {
    groupNameTaken(error)
  }
}

export async function updateGroup(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
  input: { name?: string; description?: string },
) {
  const group = await liveGroup(deps, access.accountId, groupId)
  const name = input.name?.trim()
  if (name === '') throw invalidField('name', 'name must not be empty')
  try {
    await repo.updateGroup(deps.db, access.accountId, group.id, {
      ...(name ? { name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
    })
  } catch (error) {
    groupNameTaken(error)
  }
  return getGroup(deps, access, group.id)
}

export async function deleteGroup(deps: Deps, access: AccountAccess, groupId: string) {
  // Deleting a shared-in group removes it from this account's list: the share ends, the group stays.
  const sharedIn = await sharedInGroup(deps, access.accountId, groupId)
  if (sharedIn) return shares.removeSharedGroup(deps, access, sharedIn)
  const group = await liveGroup(deps, access.accountId, groupId)
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteGroup(tx, access.accountId, group.id)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'group.deleted',
      target: { type: 'group', id: group.id },
      details: { name: group.name },
    })
  })
}

export async function changeGroupMembers(
  deps: Deps,
  access: AccountAccess,
  groupId: string,
  change: { add?: string[]; remove?: string[] },
) {
  const group = await liveGroup(deps, access.accountId, groupId)
  const add = change.add ?? []
  if (!add.every(isUuid)) throw invalidField('add', 'every id must be a contact of this account')
  if (add.length > 0) {
    const known = await deps.db
      .selectFrom('contacts')
      .select('id')
      .where('account_id', '=', access.accountId)
      .where('id', 'in', add)
      .execute()
    if (known.length !== new Set(add).size)
      throw invalidField('add', 'every id must be a contact of this account')
  }
  await deps.db.transaction().execute(async (tx) => {
    await repo.addGroupMembers(tx, access.accountId, [group.id], add)
    await repo.removeGroupMembers(
      tx,
      access.accountId,
      group.id,
      (change.remove ?? []).filter(isUuid),
    )
  })
  return getGroup(deps, access, group.id)
}
