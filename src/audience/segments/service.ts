import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { invalidField, notFound } from '../../errors.js'
import { existingId } from '../../ids.js'
import * as contactsRepo from '../contacts/repository.js'
import { compileFilter, type Filter, validateFilter } from './filter.js'
import * as repo from './repository.js'
import type { Segment } from './schemas.js'

const id = existingId

async function segmentContext(deps: Deps, accountId: string) {
  return { accountId, fieldTypes: await contactsRepo.fieldTypes(deps.db, accountId) }
}

export async function segmentPredicate(
  deps: Deps,
  accountId: string,
  segmentId: string,
): Promise<contactsRepo.ContactPredicate> {
  const segment = await repo.findSegment(deps.db, accountId, id(segmentId, 'segment'))
  if (!segment) throw notFound('segment')
  const context = await segmentContext(deps, accountId)
  // Fields can be redefined after a segment was saved: validate again, so a stale filter is a 422.
  return compileFilter(validateFilter(segment.filter, context), context)
}

function presentSegment(segment: repo.SegmentRow): Static<typeof Segment> {
  return {
    id: segment.id,
    name: segment.name,
    filter: segment.filter as Filter,
    createdAt: new Date(segment.created_at).toISOString(),
    updatedAt: new Date(segment.updated_at).toISOString(),
  }
}

export async function listSegments(deps: Deps, access: AccountAccess) {
  return (await repo.listSegments(deps.db, access.accountId)).map(presentSegment)
}

export async function getSegment(deps: Deps, access: AccountAccess, segmentId: string) {
  const segment = await repo.findSegment(deps.db, access.accountId, id(segmentId, 'segment'))
  if (!segment) throw notFound('segment')
  return presentSegment(segment)
}

export async function createSegment(
  deps: Deps,
  access: AccountAccess,
  input: { name: string; filter: unknown },
) {
  const name = input.name.trim()
  if (!name) throw invalidField('name', 'name must not be empty')
  const filter = validateFilter(input.filter, await segmentContext(deps, access.accountId))
  return presentSegment(
    await repo.insertSegment(deps.db, access.accountId, uuidv7(), { name, filter }),
  )
}

export async function updateSegment(
  deps: Deps,
  access: AccountAccess,
  segmentId: string,
  input: { name?: string; filter?: unknown },
) {
  await getSegment(deps, access, segmentId)
  const filter =
    input.filter === undefined
      ? undefined
      : validateFilter(input.filter, await segmentContext(deps, access.accountId))
  await repo.updateSegment(deps.db, access.accountId, segmentId, {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(filter ? { filter } : {}),
  })
  return getSegment(deps, access, segmentId)
}

export async function deleteSegment(deps: Deps, access: AccountAccess, segmentId: string) {
  if (!(await repo.deleteSegment(deps.db, access.accountId, id(segmentId, 'segment'))))
    throw notFound('segment')
}

function countMatching(deps: Deps, accountId: string, where: contactsRepo.ContactPredicate) {
  return contactsRepo.countContacts(deps.db, accountId, where).then((count) => ({ count }))
}

export async function countSegment(deps: Deps, access: AccountAccess, segmentId: string) {
  return countMatching(
    deps,
    access.accountId,
    await segmentPredicate(deps, access.accountId, segmentId),
  )
}

/** The count of a filter not saved yet (the builder's live count): the saved count's code. */
export async function countFilter(deps: Deps, access: AccountAccess, filter: unknown) {
  const context = await segmentContext(deps, access.accountId)
  return countMatching(
    deps,
    access.accountId,
    compileFilter(validateFilter(filter, context), context),
  )
}

/** A copy of a segment under a new name, "<name> (copy)" unless one is given (seed 004). */
export async function duplicateSegment(
  deps: Deps,
  access: AccountAccess,
  segmentId: string,
  input: { name?: string },
) {
  const original = await getSegment(deps, access, segmentId)
  return createSegment(deps, access, {
    name: input.name ?? `${original.name} (copy)`.slice(0, 200),
    filter: original.filter,
  })
}
