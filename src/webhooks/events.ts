import { type Kysely, sql, type Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { DB } from '../db/schema.js'
import { enqueueJobs } from '../jobs/queue.js'

type Db = Kysely<DB> | Transaction<DB>

/** The events an endpoint may subscribe to (issue 18). */
export const WEBHOOK_EVENTS = [
  'contact.created',
  'contact.updated',
  'contact.unsubscribed',
  'campaign.status_changed',
  'campaign.sent',
  'program.completed',
  'membership.changed',
  'connection.changed',
  'import.finished',
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

/** The ping `POST …/webhooks/{id}/test` sends; not subscribable. */
export const TEST_EVENT = 'webhook.test'

export const DELIVERY_JOB = 'webhook.delivery'

/** A message id in the `msg_` form Standard Webhooks' examples use; time-ordered. */
export function newMessageId(): string {
  return `msg_${uuidv7().replaceAll('-', '')}`
}

/** The body of a message, exactly as it is signed and sent. */
export function messageBody(type: string, at: Date, data: unknown): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data })
}

/** What an event carries, or a function that reads it only when someone listens (undefined: skip). */
export type EventData = unknown | (() => Promise<unknown>)

/** A message to write: its endpoint, its type and what it carries. */
interface NewMessage {
  webhookId: string
  type: string
  data: unknown
}

/** Rows per insert: a message is 5 parameters, well under PostgreSQL's 65,535 per statement. */
const MESSAGES_PER_INSERT = 2_000

/**
 * The one path of every message: its body built and kept as it will be signed and sent, its row
 * and its delivery job, written with `db` (the caller's transaction).
 */
async function enqueueMessages(db: Db, accountId: string, messages: NewMessage[]) {
  const at = new Date()
  const rows = messages.map((message) => ({
    account_id: accountId,
    id: newMessageId(),
    webhook_id: message.webhookId,
    event_type: message.type,
    body: messageBody(message.type, at, message.data),
  }))
  for (let i = 0; i < rows.length; i += MESSAGES_PER_INSERT) {
    const chunk = rows.slice(i, i + MESSAGES_PER_INSERT)
    await db.insertInto('webhook_messages').values(chunk).execute()
    await enqueueJobs(
      db,
      chunk.map((row) => ({ kind: DELIVERY_JOB, accountId, payload: { messageId: row.id } })),
    )
  }
}

/** The account's enabled endpoints subscribed to `type`: one indexed read. */
async function subscribers(db: Db, accountId: string, type: WebhookEvent): Promise<string[]> {
  const rows = await db
    .selectFrom('webhooks')
    .select('id')
    .where('account_id', '=', accountId)
    .where('enabled', '=', true)
    .where(sql<boolean>`${type} = any(events)`)
    .execute()
  return rows.map((row) => row.id)
}

/**
 * Tells the account's enabled endpoints subscribed to `type`: one message and one delivery job
 * per endpoint, written with `db` (pass the transaction of the change, so the event exists
 * exactly when the change does). One indexed read when the account has no webhook; the data is
 * read only after it. `data` is what the API answers for the resource (its presenter), never more.
 */
export async function emitWebhookEvent(
  db: Db,
  accountId: string,
  type: WebhookEvent,
  data: EventData,
): Promise<void> {
  await emitWebhookEvents(db, accountId, type, async () => [
    typeof data === 'function' ? await data() : data,
  ])
}

/**
 * One event of `type` per item that `read` answers (each contact of a set, say), with one read of
 * the subscribers for all: `read` runs only if someone listens, so a set costs one query when
 * nobody does. Undefined items are skipped.
 */
export async function emitWebhookEvents(
  db: Db,
  accountId: string,
  type: WebhookEvent,
  read: () => Promise<unknown[]>,
): Promise<void> {
  const endpoints = await subscribers(db, accountId, type)
  if (endpoints.length === 0) return
  const items = (await read()).filter((item) => item !== undefined)
  await enqueueMessages(
    db,
    accountId,
    endpoints.flatMap((webhookId) => items.map((data) => ({ webhookId, type, data }))),
  )
}

/**
 * Messages of `type` to one endpoint, whatever events it subscribes to (a program's webhook step
 * names it): one per item `read` answers, on the same path as events. Answers false, reading and
 * writing nothing more, when the endpoint is not the account's or is turned off.
 */
export async function sendToWebhook(
  db: Db,
  accountId: string,
  webhookId: string,
  type: string,
  read: () => Promise<unknown[]>,
): Promise<boolean> {
  const endpoint = await db
    .selectFrom('webhooks')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', '=', webhookId)
    .where('enabled', '=', true)
    .executeTakeFirst()
  if (!endpoint) return false
  await enqueueMessages(
    db,
    accountId,
    (await read()).map((data) => ({ webhookId, type, data })),
  )
  return true
}
