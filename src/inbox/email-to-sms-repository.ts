import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export interface EmailToSmsSettingsRow {
  enabled: boolean
  sender: string | null
  maxParts: number
  allowedAddresses: string[]
}

/** An account's settings; an account that never saved any has Email-to-SMS off. */
export async function readSettings(db: Db, accountId: string): Promise<EmailToSmsSettingsRow> {
  const row = await db
    .selectFrom('email_to_sms_settings')
    .select(['enabled', 'sender', 'max_parts'])
    .where('account_id', '=', accountId)
    .executeTakeFirst()
  const addresses = await db
    .selectFrom('email_to_sms_addresses')
    .select('email')
    .where('account_id', '=', accountId)
    .orderBy('email')
    .execute()
  return {
    enabled: row?.enabled ?? false,
    sender: row?.sender ?? null,
    maxParts: row?.max_parts ?? 1,
    allowedAddresses: addresses.map((a) => a.email),
  }
}

/** Replaces the settings and the allow-list, in the caller's transaction. */
export async function writeSettings(
  tx: Transaction<DB>,
  accountId: string,
  settings: EmailToSmsSettingsRow,
) {
  const values = {
    enabled: settings.enabled,
    sender: settings.sender,
    max_parts: settings.maxParts,
    updated_at: sql<Date>`now()`,
  }
  await tx
    .insertInto('email_to_sms_settings')
    .values({ account_id: accountId, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute()
  await tx.deleteFrom('email_to_sms_addresses').where('account_id', '=', accountId).execute()
  if (settings.allowedAddresses.length > 0) {
    await tx
      .insertInto('email_to_sms_addresses')
      .values(settings.allowedAddresses.map((email) => ({ account_id: accountId, email })))
      .execute()
  }
}

export interface AllowingAccount {
  accountId: string
  accountName: string
  sender: string | null
  maxParts: number
}

/** The live accounts with Email-to-SMS on whose allow-list holds the address. */
export async function accountsAllowing(db: Db, email: string): Promise<AllowingAccount[]> {
  const rows = await db
    .selectFrom('email_to_sms_addresses as e')
    .innerJoin('email_to_sms_settings as s', 's.account_id', 'e.account_id')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .select(['e.account_id', 'a.name', 's.sender', 's.max_parts'])
    .where('e.email', '=', email)
    .where('s.enabled', '=', true)
    .where('a.deleted_at', 'is', null)
    .limit(2)
    .execute()
  return rows.map((r) => ({
    accountId: r.account_id,
    accountName: r.name,
    sender: r.sender,
    maxParts: r.max_parts,
  }))
}

/**
 * The user with this email address, and whether they confirmed it: only a confirmed address
 * makes its mail a member's (signing up with someone else's address must not win an address
 * several accounts list), but any holder of the address is held to their permissions.
 */
export async function userWithEmail(db: Db, email: string) {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email_confirmed_at'])
    .where('email', '=', email)
    .executeTakeFirst()
  return row ? { id: row.id, confirmed: row.email_confirmed_at !== null } : null
}

/** The members' addresses, which the settings screen offers to allow. */
export async function memberAddresses(db: Db, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.email')
    .where('m.account_id', '=', accountId)
    .orderBy('u.email')
    .execute()
  return rows.map((r) => r.email)
}

/** Marks an `out` SMS as sent by Email-to-SMS from this member, so an SMS answer is emailed back. */
export async function recordMemberEmail(
  tx: Transaction<DB>,
  accountId: string,
  messageId: string,
  memberEmail: string,
) {
  await tx
    .insertInto('email_to_sms_messages')
    .values({ account_id: accountId, message_id: messageId, member_email: memberEmail })
    .execute()
}
