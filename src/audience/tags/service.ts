import type { Kysely, Transaction } from 'kysely'
import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import { enforce, mayCreateTagsOnTheFly } from '../../access/policies/index.js'
import type { AccountAccess } from '../../access/service.js'
import { isUniqueViolation } from '../../db/errors.js'
import type { DB } from '../../db/schema.js'
import type { Deps } from '../../deps.js'
import { AppError, invalidField, notFound } from '../../errors.js'
import { existingId } from '../../ids.js'
import * as repo from './repository.js'
import type { Tag } from './schemas.js'

type Db = Kysely<DB> | Transaction<DB>
const id = existingId

export interface TagPlan {
  ids: string[]
  create: string[]
}

/**
 * Works out the tags to set before anything is written: a name that is not a tag yet needs
 * tags.manage (rule `tags_on_the_fly`), and a refusal must leave the contact untouched.
 */
export async function planTags(
  deps: Deps,
  access: AccountAccess,
  names: string[],
): Promise<TagPlan> {
  const wanted = [
    ...new Map(
      names
        .map((n) => n.trim())
        .filter(Boolean)
        .map((n) => [n.toLowerCase(), n]),
    ).values(),
  ]
  const found = await repo.findTagsByName(deps.db, access.accountId, wanted)
  const create = wanted.filter((n) => !found.some((t) => t.name.toLowerCase() === n.toLowerCase()))
  enforce(mayCreateTagsOnTheFly(access, create))
  return { ids: found.map((t) => t.id), create }
}

export async function applyTags(tx: Db, accountId: string, contactId: string, plan: TagPlan) {
  const created = []
  for (const name of plan.create)
    created.push((await repo.insertTag(tx, accountId, uuidv7(), name)).id)
  await repo.setContactTags(tx, accountId, contactId, [...plan.ids, ...created])
}

export async function listTags(
  deps: Deps,
  access: AccountAccess,
): Promise<Array<Static<typeof Tag>>> {
  return (await repo.listTags(deps.db, access.accountId)).map((t) => ({ id: t.id, name: t.name }))
}

function tagNameTaken(error: unknown): never {
  if (isUniqueViolation(error))
    throw new AppError('conflict', 'the account has a tag with this name', { field: 'name' })
  throw error
}

export async function createTag(
  deps: Deps,
  access: AccountAccess,
  name: string,
): Promise<Static<typeof Tag>> {
  const trimmed = name.trim()
  if (!trimmed) throw invalidField('name', 'name must not be empty')
  try {
    return await repo.insertTag(deps.db, access.accountId, uuidv7(), trimmed)
  } catch (error) {
    tagNameTaken(error)
  }
}

export async function renameTag(
  deps: Deps,
  access: AccountAccess,
  tagId: string,
  name: string,
): Promise<Static<typeof Tag>> {
  const trimmed = name.trim()
  if (!trimmed) throw invalidField('name', 'name must not be empty')
  try {
    if (!(await repo.renameTag(deps.db, access.accountId, id(tagId, 'tag'), trimmed)))
      throw notFound('tag')
  } catch (error) {
    tagNameTaken(error)
  }
  return { id: tagId, name: trimmed }
}

export async function deleteTag(deps: Deps, access: AccountAccess, tagId: string) {
  if (!(await repo.deleteTag(deps.db, access.accountId, id(tagId, 'tag')))) throw notFound('tag')
}
