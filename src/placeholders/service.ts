import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../access/service.js'
import { isUniqueViolation } from '../db/errors.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import * as repo from './repository.js'
import { PLACEHOLDER_NAME, type Placeholder } from './schemas.js'

/**
 * Placeholders (seed 004; SPEC §2: templates.view reads them, templates.manage changes them): an
 * account's named snippets with a default value. Templates and campaigns print one as
 * `{{ placeholder.<name> }}`; each message is rendered with the placeholders of the account that
 * renders it (see ./render.ts).
 */

/** A library, not a database: each message carries the ones it prints, this bounds the choice. */
export const MAX_PLACEHOLDERS = 500

export interface PlaceholderInput {
  name?: string
  defaultValue?: string
  description?: string
}

const NAME = new RegExp(PLACEHOLDER_NAME)

function present(row: repo.PlaceholderRow, access: AccountAccess): Static<typeof Placeholder> {
  const change = access.held.has('templates.manage')
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    defaultValue: row.default_value,
    description: row.description,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    abilities: { edit: change, delete: change },
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim()
  if (!NAME.test(trimmed)) {
    throw invalidField(
      'name',
      'name must start with a letter and hold only letters, digits and _ (at most 64)',
    )
  }
  return trimmed
}

function changesOf(input: PlaceholderInput) {
  const changes: { name?: string; default_value?: string; description?: string } = {}
  if (input.name !== undefined) changes.name = cleanName(input.name)
  // NUL bytes and lone surrogates never get here: the HTTP layer refuses them in any field.
  if (input.defaultValue !== undefined) changes.default_value = input.defaultValue
  if (input.description !== undefined) changes.description = input.description.trim()
  return changes
}

function nameTaken(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new AppError('conflict', 'the account has a placeholder with this name', {
      field: 'name',
    })
  }
  throw error
}

async function ownPlaceholder(deps: Deps, accountId: string, id: string) {
  const row = isUuid(id) ? await repo.findPlaceholder(deps.db, accountId, id) : undefined
  if (!row) throw notFound('placeholder')
  return row
}

export async function listPlaceholders(deps: Deps, access: AccountAccess, search?: string) {
  const rows = await repo.listPlaceholders(deps.db, access.accountId, search?.trim())
  return rows.map((row) => present(row, access))
}

export async function getPlaceholder(deps: Deps, access: AccountAccess, id: string) {
  return present(await ownPlaceholder(deps, access.accountId, id), access)
}

export async function createPlaceholder(
  deps: Deps,
  access: AccountAccess,
  input: PlaceholderInput & { name: string },
) {
  const changes = changesOf(input)
  const { count } = await repo.countPlaceholders(deps.db, access.accountId)
  if (Number(count) >= MAX_PLACEHOLDERS) {
    throw new AppError('conflict', `an account has at most ${MAX_PLACEHOLDERS} placeholders`, {
      field: 'name',
      limit: MAX_PLACEHOLDERS,
    })
  }
  const row = await repo
    .insertPlaceholder(deps.db, {
      account_id: access.accountId,
      id: uuidv7(),
      name: changes.name ?? '',
      default_value: changes.default_value ?? '',
      description: changes.description ?? '',
      created_by: access.userId,
    })
    .catch(nameTaken)
  return present(row, access)
}

export async function updatePlaceholder(
  deps: Deps,
  access: AccountAccess,
  id: string,
  input: PlaceholderInput,
) {
  const current = await ownPlaceholder(deps, access.accountId, id)
  const changes = changesOf(input)
  if (Object.keys(changes).length === 0) return present(current, access)
  const row = await repo
    .updatePlaceholder(deps.db, access.accountId, current.id, changes)
    .catch(nameTaken)
  if (!row) throw notFound('placeholder')
  return present(row, access)
}

export async function deletePlaceholder(deps: Deps, access: AccountAccess, id: string) {
  const current = await ownPlaceholder(deps, access.accountId, id)
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.deletePlaceholder(tx, access.accountId, current.id)))
      throw notFound('placeholder')
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'placeholder.deleted',
      target: { type: 'placeholder', id: current.id },
      details: { name: current.name },
    })
  })
}
