import type { Transaction } from 'kysely'
import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../access/service.js'
import { isUniqueViolation } from '../db/errors.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { assertEmail, normaliseEmail } from '../email-address.js'
import { AppError, notFound } from '../errors.js'
import { existingId, isUuid } from '../ids.js'
import * as repo from './repository.js'
import type { Sender, Tester } from './schemas.js'
import {
  coveredByVerifiedDomain,
  mailSenderConfirmation,
  throttleSenderConfirmation,
  verifiedBy,
} from './sender-verification.js'

/**
 * Sender addresses (the From addresses campaigns may use) and, through the same address book,
 * test recipients (`testers.ts`). An address is stored trimmed and lower-cased, once per account.
 * A sender is usable once verified (`sender-verification.ts`).
 */

export { findSenderByEmail } from './repository.js'

export interface AddressInput {
  email?: string
  name?: string
}

/** An address as the API shows it: a tester, or the part of a sender its book holds. */
function presentAddress(row: repo.AddressRow): Static<typeof Tester> {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
  }
}

/**
 * Refuses a new address when the account holds `max` already. The account row is locked first,
 * so parallel adds queue and cannot overshoot.
 */
async function assertRoom(
  tx: Transaction<DB>,
  table: repo.AddressTable,
  accountId: string,
  max: number,
  label: string,
) {
  await tx.selectFrom('accounts').select('id').where('id', '=', accountId).forUpdate().execute()
  const { count } = await tx
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow()
  if (Number(count) >= max) {
    throw new AppError('conflict', `an account has at most ${max} ${label}s`, {
      field: 'email',
      limit: max,
    })
  }
}

/**
 * CRUD over one of the account's address tables; `label` names it in errors and the audit log,
 * `max` caps how many one account may hold.
 */
export function addressBook(
  table: repo.AddressTable,
  label: 'sender' | 'tester',
  options: { max?: number } = {},
) {
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
        const row = await deps.db.transaction().execute(async (tx) => {
          if (options.max !== undefined) {
            await assertRoom(tx, table, access.accountId, options.max, label)
          }
          return repo.insertAddress(tx, table, {
            accountId: access.accountId,
            id: uuidv7(),
            email: values.email ?? '',
            name: values.name ?? '',
          })
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
    async remove(deps: Deps, access: AccountAccess, id: string) {
      existingId(id, label)
      await deps.db.transaction().execute(async (tx) => {
        const row = await repo.deleteAddress(tx, table, access.accountId, id)
        if (!row) throw notFound(label)
        await recordAudit(tx, actorOf(access), {
          accountId: access.accountId,
          action: `${label}.deleted`,
          target: { type: label, id: row.id },
          details: { email: row.email },
        })
      })
    },
  }
}

const senderBook = addressBook('senders', 'sender')

/** A sender as the API shows it: whether it is verified, and how. */
async function presentSenders(
  deps: Deps,
  accountId: string,
  addresses: Static<typeof Tester>[],
): Promise<Static<typeof Sender>[]> {
  const confirmations = new Map(
    (await repo.senderConfirmations(deps.db, accountId)).map((row) => [row.id, row]),
  )
  return Promise.all(
    addresses.map(async (address) => {
      const state = confirmations.get(address.id)
      const by = await verifiedBy(deps.db, accountId, {
        email: address.email,
        confirmed_at: state?.confirmed_at ?? null,
      })
      const sentAt = state?.confirm_sent_at
      return {
        ...address,
        verified: by !== null,
        verifiedBy: by,
        confirmationSentAt: sentAt ? new Date(sentAt).toISOString() : null,
      }
    }),
  )
}

async function presentSender(
  deps: Deps,
  access: AccountAccess,
  address: Static<typeof Tester>,
): Promise<Static<typeof Sender>> {
  const [sender] = await presentSenders(deps, access.accountId, [address])
  return sender as Static<typeof Sender>
}

/**
 * Senders: an address at a verified domain of the account is verified at once; any other is
 * mailed a confirmation link (limited per account and user), and campaigns may not use it until
 * it is clicked. Changing the address starts over.
 */
export const senders = {
  async list(deps: Deps, access: AccountAccess) {
    return presentSenders(deps, access.accountId, await senderBook.list(deps, access))
  },
  async get(deps: Deps, access: AccountAccess, id: string) {
    return presentSender(deps, access, await senderBook.get(deps, access, id))
  },
  async create(deps: Deps, access: AccountAccess, input: AddressInput & { email: string }) {
    const email = normaliseEmail(input.email)
    assertEmail(email)
    const byDomain = await coveredByVerifiedDomain(deps.db, access.accountId, email)
    if (!byDomain) await throttleSenderConfirmation(deps, access)
    const created = await senderBook.create(deps, access, input)
    if (!byDomain) await mailSenderConfirmation(deps, access.accountId, created)
    return presentSender(deps, access, created)
  },
  async update(deps: Deps, access: AccountAccess, id: string, input: AddressInput) {
    const before = await senderBook.get(deps, access, id)
    const email = input.email === undefined ? before.email : normaliseEmail(input.email)
    const moved = email !== before.email
    const byDomain = moved && (await coveredByVerifiedDomain(deps.db, access.accountId, email))
    if (moved && !byDomain) {
      assertEmail(email)
      await throttleSenderConfirmation(deps, access)
    }
    // The update itself clears the confirmation and any link of the old address, in the same
    // statement (repository `updateAddress`): no moment where the new address counts as confirmed.
    const updated = await senderBook.update(deps, access, id, input)
    if (moved && !byDomain) await mailSenderConfirmation(deps, access.accountId, updated)
    return presentSender(deps, access, updated)
  },
  remove: senderBook.remove,
  /** Verified already (by domain or link), or a new confirmation link is mailed. */
  async verify(deps: Deps, access: AccountAccess, id: string) {
    const sender = await presentSender(deps, access, await senderBook.get(deps, access, id))
    if (sender.verified) return sender
    await throttleSenderConfirmation(deps, access)
    await mailSenderConfirmation(deps, access.accountId, sender)
    return senders.get(deps, access, id)
  },
}
