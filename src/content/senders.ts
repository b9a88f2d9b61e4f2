import { v7 as uuidv7 } from 'uuid'
import { existingId, isUuid } from '../access/repository.js'
import type { AccountAccess } from '../access/service.js'
import { actorOf } from '../accounts/service.js'
import { isUniqueViolation } from '../db/errors.js'
import type { Deps } from '../deps.js'
import { recordAudit } from '../developer/audit.js'
import { assertEmail, normaliseEmail } from '../email-address.js'
import { AppError, notFound } from '../errors.js'
import * as repo from './repository.js'

/**
 * Sender addresses (the From addresses campaigns may use) and, through the same address book,
 * test recipients (`testers.ts`). An address is stored trimmed and lower-cased, once per account.
 */

export { findSenderByEmail } from './repository.js'

export interface AddressInput {
  email?: string
  name?: string
}

function presentAddress(row: repo.AddressRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
  }
}

/** CRUD over one of the account's address tables; `label` names it in errors and the audit log. */
export function addressBook(table: repo.AddressTable, label: 'sender' | 'tester') {
  const taken = (error: unknown): never => {
    if (isUniqueViolation(error))
      throw new AppError('conflict', `the account has a ${label} with this email address`, {
        field: 'email',
      })
    throw error
  }
  const clean = (input: AddressInput) => {
    const changes: { email?: string; name?: string } = {}
    if (input.email !== undefined) {
      changes.email = normaliseEmail(input.email)
      assertEmail(changes.email)
    }
    if (input.name !== undefined) changes.name = input.name.trim()
    return changes
  }
  return {
    async list(deps: Deps, access: AccountAccess) {
      return (await repo.listAddresses(deps.db, table, access.accountId)).map(presentAddress)
    },
    async get(deps: Deps, access: AccountAccess, id: string) {
      const row = isUuid(id)
        ? await repo.findAddress(deps.db, table, access.accountId, id)
        : undefined
      if (!row) throw notFound(label)
      return presentAddress(row)
    },
    async create(deps: Deps, access: AccountAccess, input: AddressInput & { email: string }) {
      const values = clean(input)
      try {
        const row = await repo.insertAddress(deps.db, table, {
          accountId: access.accountId,
          id: uuidv7(),
          email: values.email ?? '',
          name: values.name ?? '',
        })
        return presentAddress(row)
      } catch (error) {
        return taken(error)
      }
    },
    async update(deps: Deps, access: AccountAccess, id: string, input: AddressInput) {
      existingId(id, label)
      const changes = clean(input)
      let row: repo.AddressRow | undefined
      try {
        row =
          Object.keys(changes).length === 0
            ? await repo.findAddress(deps.db, table, access.accountId, id)
            : await repo.updateAddress(deps.db, table, access.accountId, id, changes)
      } catch (error) {
        return taken(error)
      }
      if (!row) throw notFound(label)
      return presentAddress(row)
    },
    async remove(deps: Deps, access: AccountAccess, id: string, ip: string | null) {
      existingId(id, label)
      await deps.db.transaction().execute(async (tx) => {
        const row = await repo.deleteAddress(tx, table, access.accountId, id)
        if (!row) throw notFound(label)
        await recordAudit(tx, actorOf(access, ip), {
          accountId: access.accountId,
          action: `${label}.deleted`,
          target: { type: label, id: row.id },
          details: { email: row.email },
        })
      })
    },
  }
}

export const senders = addressBook('senders', 'sender')
