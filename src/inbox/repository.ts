import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB, InboxChannel, SubscriptionStatus } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

/** Where a page of threads starts: after this (last activity in microseconds, id). */
export interface ThreadKey {
  micros: string
  id: string
}

export interface ThreadFilter {
  status: 'open' | 'done'
  assigned: 'me' | 'anyone' | 'unassigned'
  userId: string
  channel?: InboxChannel
  after?: ThreadKey
  limit: number
}

const micros = sql<string>`((extract(epoch from t.last_message_at) * 1000000)::bigint)::text`

function threadsQuery(db: Db, accountId: string) {
  return db
    .selectFrom('inbox_threads as t')
    .leftJoin('users as u', 'u.id', 't.assigned_to')
    .select([
      't.id',
      't.contact_id',
      't.channel',
      't.address',
      't.subject',
      't.status',
      't.assigned_to',
      't.unread',
      't.last_message_at',
      't.created_at',
      'u.name as assignee_name',
      'u.email as assignee_email',
      micros.as('micros'),
    ])
    .select((eb) => [
      eb
        .selectFrom('inbox_messages as m')
        .select(sql<string>`left(m.body, 200)`.as('excerpt'))
        .whereRef('m.account_id', '=', 't.account_id')
        .whereRef('m.thread_id', '=', 't.id')
        .orderBy('m.id', 'desc')
        .limit(1)
        .as('excerpt'),
      eb
        .selectFrom('inbox_messages as m')
        .select('m.direction')
        .whereRef('m.account_id', '=', 't.account_id')
        .whereRef('m.thread_id', '=', 't.id')
        .orderBy('m.id', 'desc')
        .limit(1)
        .as('last_direction'),
    ])
    .where('t.account_id', '=', accountId)
}

export type ThreadRow = Awaited<ReturnType<typeof findThread>> & {}

/** A page of the account's threads, newest activity first (keyset on last activity and id). */
export function listThreads(db: Db, accountId: string, filter: ThreadFilter) {
  const { after } = filter
  return threadsQuery(db, accountId)
    .where('t.status', '=', filter.status)
    .$if(filter.assigned === 'me', (q) => q.where('t.assigned_to', '=', filter.userId))
    .$if(filter.assigned === 'unassigned', (q) => q.where('t.assigned_to', 'is', null))
    .$if(filter.channel !== undefined, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('inbox_messages as m')
            .select(sql`1`.as('one'))
            .whereRef('m.account_id', '=', 't.account_id')
            .whereRef('m.thread_id', '=', 't.id')
            .where('m.channel', '=', filter.channel as InboxChannel),
        ),
      ),
    )
    .$if(after !== undefined, (q) =>
      q.where(
        sql<boolean>`(t.last_message_at, t.id) < (timestamptz 'epoch' + ${after?.micros}::bigint * interval '1 microsecond', ${after?.id}::uuid)`,
      ),
    )
    .orderBy('t.last_message_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(filter.limit + 1)
    .execute()
}

export function findThread(db: Db, accountId: string, threadId: string) {
  return threadsQuery(db, accountId).where('t.id', '=', threadId).executeTakeFirst()
}

/** The thread row itself, locked for a change in `tx`. */
export function lockThread(tx: Transaction<DB>, accountId: string, threadId: string) {
  return tx
    .selectFrom('inbox_threads')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', threadId)
    .forUpdate()
    .executeTakeFirst()
}

export async function unreadCounts(db: Db, accountId: string) {
  const row = await db
    .selectFrom('inbox_threads')
    .select([
      sql<string>`count(*) filter (where unread > 0)`.as('threads'),
      sql<string>`coalesce(sum(unread), 0)`.as('messages'),
    ])
    .where('account_id', '=', accountId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow()
  return { threads: Number(row.threads), messages: Number(row.messages) }
}

export function updateThread(
  db: Db,
  accountId: string,
  threadId: string,
  changes: { status?: 'open' | 'done'; assigned_to?: string | null; unread?: number },
) {
  return db
    .updateTable('inbox_threads')
    .set(changes)
    .where('account_id', '=', accountId)
    .where('id', '=', threadId)
    .executeTakeFirst()
}

/** A page of a thread's messages, oldest first (their ids are time-ordered UUIDv7). */
export function listMessages(
  db: Db,
  accountId: string,
  threadId: string,
  page: { after?: string; limit: number },
) {
  return db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('thread_id', '=', threadId)
    .$if(page.after !== undefined, (q) => q.where('id', '>', page.after as string))
    .orderBy('id')
    .limit(page.limit + 1)
    .execute()
}

export type MessageRow = Awaited<ReturnType<typeof listMessages>>[number]

export function findMessage(db: Db, accountId: string, messageId: string) {
  return db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', messageId)
    .executeTakeFirstOrThrow()
}

/** The latest message of the thread on a channel and direction, for answering it. */
export function latestMessage(
  db: Db,
  accountId: string,
  threadId: string,
  channel: InboxChannel,
  direction?: 'in' | 'out',
) {
  return db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('thread_id', '=', threadId)
    .where('channel', '=', channel)
    .$if(direction !== undefined, (q) => q.where('direction', '=', direction as 'in' | 'out'))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export interface OutboundMessage {
  accountId: string
  id: string
  threadId: string
  channel: InboxChannel
  from: string
  to: string
  subject: string | null
  body: string
  sentBy: string | null
  /** Our Message-ID of an email answer, so a reply to it can name it. */
  externalId?: string
}

/** An answer as it is about to go: `queued`, and the thread's latest activity. */
export async function insertOutbound(tx: Transaction<DB>, message: OutboundMessage) {
  await tx
    .insertInto('inbox_messages')
    .values({
      account_id: message.accountId,
      id: message.id,
      thread_id: message.threadId,
      direction: 'out',
      channel: message.channel,
      from_address: message.from,
      to_address: message.to,
      subject: message.subject,
      body: message.body,
      sent_by: message.sentBy,
      external_id: message.externalId ?? null,
      status: 'queued',
    })
    .execute()
  await tx
    .updateTable('inbox_threads')
    .set({ last_message_at: sql`now()` })
    .where('account_id', '=', message.accountId)
    .where('id', '=', message.threadId)
    .execute()
}

export function markOutcome(
  db: Db,
  accountId: string,
  messageId: string,
  outcome: { status: 'sent' } | { status: 'failed'; error: string },
) {
  return db
    .updateTable('inbox_messages')
    .set({ status: outcome.status, error: outcome.status === 'failed' ? outcome.error : null })
    .where('account_id', '=', accountId)
    .where('id', '=', messageId)
    .execute()
}

/** The thread of the contact, else of the number (SMS), without making one. */
export function threadOfAddress(
  db: Db,
  accountId: string,
  contactId: string | null,
  phone: string,
) {
  return db
    .selectFrom('inbox_threads')
    .select('id')
    .where('account_id', '=', accountId)
    .$if(contactId !== null, (q) => q.where('contact_id', '=', contactId))
    .$if(contactId === null, (q) =>
      q.where('contact_id', 'is', null).where('channel', '=', 'sms').where('address', '=', phone),
    )
    .executeTakeFirst()
}

/** A new contact takes over the thread its number had before it was one. */
export function adoptAddressThread(db: Db, accountId: string, contactId: string, phone: string) {
  return db
    .updateTable('inbox_threads')
    .set({ contact_id: contactId })
    .where('account_id', '=', accountId)
    .where('contact_id', 'is', null)
    .where('channel', '=', 'sms')
    .where('address', '=', phone)
    .execute()
}

export interface ContactRow {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  sms_status: SubscriptionStatus
  email_status: SubscriptionStatus
}

export async function contactsOf(db: Db, accountId: string, contactIds: string[]) {
  if (contactIds.length === 0) return new Map<string, ContactRow>()
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'first_name', 'last_name', 'email', 'phone', 'sms_status', 'email_status'])
    .where('account_id', '=', accountId)
    .where('id', 'in', contactIds)
    .execute()
  return new Map(rows.map((row) => [row.id, row]))
}
