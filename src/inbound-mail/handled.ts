import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * The recipients an inbound message was handled for (table inbound_mail_handled). One SMTP
 * answer covers every recipient of a message: when one is deferred (451) the sender retries the
 * whole transaction, and the recipients already handled — texted and charged, filed — are skipped.
 */

/** How long a sender may keep retrying a message (RFC 5321 suggests 4–5 days). */
const KEPT_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Claims `recipient` of the message for this delivery: false when an earlier (or concurrent)
 * delivery of the same message already has it. The claim comes first so two retries racing
 * each other cannot both send.
 */
export async function claimRecipient(
  db: Kysely<DB>,
  messageKey: string,
  recipient: string,
): Promise<boolean> {
  const row = await db
    .insertInto('inbound_mail_handled')
    .values({ message_key: messageKey, recipient })
    .onConflict((oc) => oc.doNothing())
    .returning('recipient')
    .executeTakeFirst()
  return row !== undefined
}

/** Gives a claim back when the recipient was not handled, so the sender's retry handles it. */
export async function releaseRecipient(db: Kysely<DB>, messageKey: string, recipient: string) {
  await db
    .deleteFrom('inbound_mail_handled')
    .where('message_key', '=', messageKey)
    .where('recipient', '=', recipient)
    .execute()
}

/** Keeps the table a week deep: no sender retries longer. */
export async function forgetOldMessages(db: Kysely<DB>, now = new Date()) {
  await db
    .deleteFrom('inbound_mail_handled')
    .where('handled_at', '<', new Date(now.getTime() - KEPT_MS))
    .execute()
}
