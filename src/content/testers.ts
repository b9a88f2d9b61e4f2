import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import { listAddresses } from './repository.js'
import { addressBook } from './senders.js'

/** How many test recipients one account may have (each test send goes to all of them). */
export const MAX_TESTERS = 25

/** The account's test recipients: template and campaign test sends go to every one of them. */
export const testers = addressBook('testers', 'tester', { max: MAX_TESTERS })

/** The addresses of the account's testers, in order (campaign test sends use them). */
export async function testerEmails(
  db: Kysely<DB> | Transaction<DB>,
  accountId: string,
): Promise<string[]> {
  return (await listAddresses(db, 'testers', accountId)).map((row) => row.email)
}
