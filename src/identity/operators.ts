import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import { normaliseEmail } from '../email-address.js'
import { AppError, notFound } from '../errors.js'
import { findUserByEmail } from './repository.js'

/**
 * Operators of the installation (SPEC §3): the people who run Chorus, not a role in any account.
 * They add credits to top-level accounts and are told when an account asks for a top-up. The flag
 * lives on the user and is set only from the command line (`chorus operator grant <email>`).
 */

type Db = Kysely<DB> | Transaction<DB>

/** The gate of routes that declare `access: 'operator'`; read on every request, never cached. */
export async function requireOperator(db: Db, userId: string): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select('operator')
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!user?.operator) {
    throw new AppError('operator_required', 'this needs an operator of the installation')
  }
}

/** Grants (or revokes) the operator role; the user is named by email. Returns the user's id. */
export async function setOperator(db: Db, email: string, operator: boolean): Promise<string> {
  const user = await findUserByEmail(db, normaliseEmail(email))
  if (!user) throw notFound('user')
  await db.updateTable('users').set({ operator }).where('id', '=', user.id).execute()
  return user.id
}

export async function operatorEmails(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('operator', '=', true)
    .orderBy('email')
    .execute()
  return rows.map((row) => row.email)
}
