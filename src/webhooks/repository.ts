import type { Kysely, Selectable, Transaction, Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { DB, WebhooksTable } from '../db/schema.js'

/** Reads and writes of webhooks, their messages and the delivery log. */

type Db = Kysely<DB> | Transaction<DB>

export type WebhookRow = Selectable<WebhooksTable>

export function findWebhook(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('webhooks')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function listWebhookRows(db: Db, accountId: string) {
  return db
    .selectFrom('webhooks')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export function updateWebhook(
  db: Db,
  accountId: string,
  id: string,
  changes: Updateable<WebhooksTable>,
) {
  return db
    .updateTable('webhooks')
    .set(changes)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

/**
 * A new secret; the one it replaces is read by the update itself, so of two rotations at once the
 * second keeps the first's new secret signing (the one its caller was shown).
 */
export function rotateWebhookSecret(
  db: Db,
  webhook: { account_id: string; id: string },
  secret: string,
  previousUntil: Date,
  now: Date,
) {
  return db
    .updateTable('webhooks')
    .set((eb) => ({
      secret,
      previous_secret: eb.ref('secret'),
      previous_secret_until: previousUntil,
      updated_at: now,
    }))
    .where('account_id', '=', webhook.account_id)
    .where('id', '=', webhook.id)
    .returningAll()
    .executeTakeFirst()
}

/** A message with what an attempt needs of its endpoint. */
export function findMessage(db: Db, accountId: string, messageId: string) {
  return db
    .selectFrom('webhook_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', messageId)
    .executeTakeFirst()
}

/** Takes the next attempt number of a message (concurrent attempts get distinct numbers). */
export async function takeAttemptNumber(db: Db, accountId: string, messageId: string) {
  const row = await db
    .updateTable('webhook_messages')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('account_id', '=', accountId)
    .where('id', '=', messageId)
    .returning('attempts')
    .executeTakeFirstOrThrow()
  return row.attempts
}

export function settleMessage(
  db: Db,
  accountId: string,
  messageId: string,
  status: 'pending' | 'succeeded' | 'failed',
  nextAttemptAt: Date | null,
) {
  return db
    .updateTable('webhook_messages')
    .set({ status, next_attempt_at: nextAttemptAt })
    .where('account_id', '=', accountId)
    .where('id', '=', messageId)
    .execute()
}

export interface AttemptRecord {
  accountId: string
  webhookId: string
  messageId: string
  attempt: number
  manual: boolean
  succeeded: boolean
  httpStatus: number | null
  responseExcerpt: string | null
  error: string | null
  attemptedAt: Date
  durationMs: number
}

export function insertAttempt(db: Db, record: AttemptRecord) {
  return db
    .insertInto('webhook_attempts')
    .values({
      account_id: record.accountId,
      id: uuidv7(),
      webhook_id: record.webhookId,
      message_id: record.messageId,
      attempt: record.attempt,
      manual: record.manual,
      succeeded: record.succeeded,
      http_status: record.httpStatus,
      // Text columns refuse NUL; an excerpt is shown, never parsed.
      response_excerpt: record.responseExcerpt?.replaceAll('\u0000', '\uFFFD') ?? null,
      error: record.error,
      attempted_at: record.attemptedAt,
      duration_ms: record.durationMs,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
}

/** The delivery log of a webhook, newest first, by keyset on the attempt id (time-ordered). */
export function listAttempts(
  db: Db,
  accountId: string,
  webhookId: string,
  page: { cursor?: string; limit: number; only?: string },
) {
  let query = db
    .selectFrom('webhook_attempts as a')
    .innerJoin('webhook_messages as m', (join) =>
      join.onRef('m.account_id', '=', 'a.account_id').onRef('m.id', '=', 'a.message_id'),
    )
    .select([
      'a.id',
      'a.webhook_id',
      'a.message_id',
      'a.attempt',
      'a.manual',
      'a.succeeded',
      'a.http_status',
      'a.response_excerpt',
      'a.error',
      'a.attempted_at',
      'a.duration_ms',
      'm.event_type',
      'm.status as message_status',
      'm.attempts as message_attempts',
      'm.next_attempt_at',
    ])
    .where('a.account_id', '=', accountId)
    .where('a.webhook_id', '=', webhookId)
  if (page.cursor) query = query.where('a.id', '<', page.cursor)
  if (page.only) query = query.where('a.id', '=', page.only)
  return query
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

export type AttemptRow = Awaited<ReturnType<typeof listAttempts>>[number]

export function findAttempt(db: Db, accountId: string, webhookId: string, id: string) {
  return db
    .selectFrom('webhook_attempts')
    .select(['id', 'message_id'])
    .where('account_id', '=', accountId)
    .where('webhook_id', '=', webhookId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Turns an enabled webhook off; false when it was off already (another delivery did it). */
export async function turnOffWebhook(
  db: Db,
  webhook: { account_id: string; id: string },
  why: { reason: string; detail: string | null },
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('webhooks')
    .set({
      enabled: false,
      disabled_reason: why.reason,
      disabled_detail: why.detail,
      updated_at: now,
    })
    .where('account_id', '=', webhook.account_id)
    .where('id', '=', webhook.id)
    .where('enabled', '=', true)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** How long a settled message and its attempts stay in the log. */
export const LOG_RETENTION_MS = 30 * 24 * 3600 * 1000

/**
 * Forgets messages (and their attempts) older than the retention, and failed jobs. The retry
 * schedule ends days before: a message still pending then lost its job (one that kept failing).
 */
export async function pruneWebhookLog(db: Db, now: Date) {
  const before = new Date(now.getTime() - LOG_RETENTION_MS)
  await db.deleteFrom('webhook_messages').where('created_at', '<', before).execute()
  await db
    .deleteFrom('jobs')
    .where('status', '=', 'failed')
    .where('created_at', '<', before)
    .execute()
}
