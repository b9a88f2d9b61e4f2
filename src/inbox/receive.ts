import type { Kysely, Transaction } from 'kysely'
import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { normalisePhone } from '../audience/contact-input.js'
import { contactIdByAddress } from '../audience/contacts/repository.js'
import type { DB, InboxChannel } from '../db/schema.js'
import { normaliseEmail } from '../email-address.js'

/**
 * How inbound mail and SMS reach an account's inbox: one function for every source (the SMTP
 * listener, the SMS gateway's replies), so threading, de-duplication and unread counts have one
 * definition.
 */

type Db = Kysely<DB> | Transaction<DB>

/** A message body is text, cut here: the inbox is for reading replies, not archiving mail. */
export const MAX_BODY_CHARS = 100_000
const MAX_SUBJECT_CHARS = 998

export interface InboundMessage {
  accountId: string
  channel: InboxChannel
  /** The contact's address: an email address or an E.164 number. */
  from: string
  /** The account's address it was sent to (the Reply-To or VERP address, the SMS sender). */
  to: string
  subject?: string | null
  /** Plain text; HTML is reduced to text by the caller before this. */
  body: string
  /** The campaign replied to, when the address says so (VERP). */
  campaignId?: string | null
  /** The source's id of the message (Message-ID, the gateway's id): a second delivery is kept once. */
  externalId?: string | null
  /** SPF/DKIM/DMARC verdicts of inbound mail, as shown in the inbox. */
  auth?: Record<string, unknown> | null
}

export interface Received {
  threadId: string
  messageId: string
  contactId: string | null
  /** False when the message had arrived already (same external id): nothing was written. */
  created: boolean
}

/** Postgres text holds neither NUL nor lone surrogates; inbound text may carry both. */
export function storableText(text: string, max: number): string {
  return text
    .replace(/\0/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .slice(0, max)
}

function canonicalAddress(channel: InboxChannel, address: string): string {
  return channel === 'email' ? normaliseEmail(address) : normalisePhone(address)
}

/** The open thread of this contact (or address), made if there is none; reopened if done. */
export async function threadFor(
  tx: Transaction<DB>,
  message: InboundMessage,
  contactId: string | null,
  address: string,
  subject: string | null,
): Promise<string> {
  const existing = await tx
    .selectFrom('inbox_threads')
    .select('id')
    .where('account_id', '=', message.accountId)
    .$if(contactId !== null, (q) => q.where('contact_id', '=', contactId))
    .$if(contactId === null, (q) =>
      q
        .where('contact_id', 'is', null)
        .where('channel', '=', message.channel)
        .where('address', '=', address),
    )
    .forUpdate()
    .executeTakeFirst()
  if (existing) return existing.id
  const id = uuidv7()
  // Two messages of one new sender arriving at once: the unique index keeps one thread.
  const inserted = await tx
    .insertInto('inbox_threads')
    .values({
      account_id: message.accountId,
      id,
      contact_id: contactId,
      channel: message.channel,
      address,
      subject,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  if (inserted) return inserted.id
  return threadFor(tx, message, contactId, address, subject)
}

function inTransaction<T>(db: Db, work: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<DB>) : db.transaction().execute(work)
}

/**
 * Files an inbound message in its account's inbox, in one transaction — the caller's when `db` is
 * one (so what the message does, e.g. a STOP, commits with it or not at all).
 */
export async function receiveInboundMessage(db: Db, message: InboundMessage): Promise<Received> {
  const address = canonicalAddress(message.channel, message.from)
  const subject = message.subject ? storableText(message.subject, MAX_SUBJECT_CHARS) : null
  const externalId = message.externalId ? storableText(message.externalId, 998) : null
  return inTransaction(db, async (tx) => {
    if (externalId !== null) {
      const seen = await tx
        .selectFrom('inbox_messages as m')
        .innerJoin('inbox_threads as t', (j) =>
          j.onRef('t.account_id', '=', 'm.account_id').onRef('t.id', '=', 'm.thread_id'),
        )
        .select(['m.id', 'm.thread_id', 't.contact_id'])
        .where('m.account_id', '=', message.accountId)
        .where('m.channel', '=', message.channel)
        .where('m.external_id', '=', externalId)
        .executeTakeFirst()
      if (seen)
        return {
          threadId: seen.thread_id,
          messageId: seen.id,
          contactId: seen.contact_id,
          created: false,
        }
    }
    const contactId = await contactIdByAddress(tx, message.accountId, message.channel, address)
    const threadId = await threadFor(tx, message, contactId, address, subject)
    const messageId = uuidv7()
    await tx
      .insertInto('inbox_messages')
      .values({
        account_id: message.accountId,
        id: messageId,
        thread_id: threadId,
        direction: 'in',
        channel: message.channel,
        from_address: address,
        to_address: storableText(message.to, 320),
        subject,
        body: storableText(message.body, MAX_BODY_CHARS),
        campaign_id: message.campaignId ?? null,
        external_id: externalId,
        auth: message.auth ? JSON.stringify(message.auth) : null,
      })
      .execute()
    await tx
      .updateTable('inbox_threads')
      .set({
        unread: sql`unread + 1`,
        status: 'open',
        last_message_at: sql`now()`,
        ...(subject !== null ? { subject } : {}),
      })
      .where('account_id', '=', message.accountId)
      .where('id', '=', threadId)
      .execute()
    return { threadId, messageId, contactId, created: true }
  })
}

/**
 * The thread an outbound single message to `address` goes in — the contact's, else the address's
 * — made when there is none, so an answer to a new number starts its conversation. In `tx`.
 */
export async function threadForAddress(
  tx: Transaction<DB>,
  accountId: string,
  channel: InboxChannel,
  address: string,
): Promise<{ threadId: string; contactId: string | null }> {
  const canonical = canonicalAddress(channel, address)
  const contactId = await contactIdByAddress(tx, accountId, channel, canonical)
  const opening = { accountId, channel, from: canonical, to: '', body: '' }
  return { threadId: await threadFor(tx, opening, contactId, canonical, null), contactId }
}
