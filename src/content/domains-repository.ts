import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import { isUuid } from '../ids.js'

type Db = Kysely<DB> | Transaction<DB>

/** Everything of a domain but its private key, which only signing reads. */
const publicColumns = [
  'id',
  'account_id',
  'domain',
  'dkim_selector',
  'dkim_public_key',
  'verified_at',
  'last_checked_at',
  'created_at',
] as const

export interface DomainRow {
  id: string
  account_id: string
  domain: string
  dkim_selector: string
  dkim_public_key: string
  verified_at: Date | null
  last_checked_at: Date | null
  created_at: Date
}

export async function insertDomain(
  db: Db,
  row: {
    accountId: string
    id: string
    domain: string
    selector: string
    privateKey: string
    publicKey: string
  },
): Promise<DomainRow> {
  return db
    .insertInto('domains')
    .values({
      account_id: row.accountId,
      id: row.id,
      domain: row.domain,
      dkim_selector: row.selector,
      dkim_private_key: row.privateKey,
      dkim_public_key: row.publicKey,
    })
    .returning(publicColumns)
    .executeTakeFirstOrThrow()
}

export async function listDomains(db: Db, accountId: string): Promise<DomainRow[]> {
  return db
    .selectFrom('domains')
    .select(publicColumns)
    .where('account_id', '=', accountId)
    .orderBy('domain')
    .execute()
}

/** An id that is not a UUID names nothing (and never reaches a uuid cast). */
export async function findDomain(
  db: Db,
  accountId: string,
  id: string,
): Promise<DomainRow | undefined> {
  if (!isUuid(id)) return undefined
  return db
    .selectFrom('domains')
    .select(publicColumns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function deleteDomain(
  db: Db,
  accountId: string,
  id: string,
): Promise<DomainRow | undefined> {
  if (!isUuid(id)) return undefined
  return db
    .deleteFrom('domains')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning(publicColumns)
    .executeTakeFirst()
}

/**
 * Records a check: `verified_at` keeps the time of the first successful check while the key stays
 * published, and is cleared by a check that no longer finds it.
 */
export async function recordCheck(
  db: Db,
  accountId: string,
  id: string,
  verified: boolean,
  at: Date,
): Promise<DomainRow | undefined> {
  return db
    .updateTable('domains')
    .set((eb) => ({
      last_checked_at: at,
      verified_at: verified ? eb.fn.coalesce('verified_at', eb.val(at)) : null,
    }))
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning(publicColumns)
    .executeTakeFirst()
}

/** The signing keys of the account's verified domains among `names`. */
export async function verifiedSigningKeys(db: Db, accountId: string, names: readonly string[]) {
  if (!isUuid(accountId) || names.length === 0) return []
  return db
    .selectFrom('domains')
    .select(['domain', 'dkim_selector', 'dkim_private_key'])
    .where('account_id', '=', accountId)
    .where('domain', 'in', names)
    .where('verified_at', 'is not', null)
    .execute()
}
