import { isIP } from 'node:net'
import { v7 as uuidv7 } from 'uuid'
import { enforce, maySubscribe } from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { invalidField, notFound } from '../errors.js'
import { type Limit, takeAttempt } from '../identity/rate-limit.js'
import { existingId, isUuid } from '../ids.js'
import { keysetPage } from '../paging.js'
import { hostOf, isPrivateAddress } from './address-guard.js'
import { attemptDelivery, DISABLED_BECAUSE } from './delivery.js'
import { messageBody, newMessageId, TEST_EVENT, type WebhookEvent } from './events.js'
import { ownedBy } from './owner.js'
import {
  type AttemptRow,
  findAttempt,
  findMessage,
  findWebhook,
  listAttempts,
  listWebhookRows,
  rotateWebhookSecret,
  updateWebhook,
  type WebhookRow,
} from './repository.js'
import type { Webhook, WebhookDelivery, WebhookDeliveryPage, WebhookWithSecret } from './schemas.js'
import { newSecret } from './signing.js'

/** How long the secret a rotation replaces keeps signing beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

function disabledBecause(row: WebhookRow): string | null {
  if (row.enabled || row.disabled_reason === null) return null
  const reason = row.disabled_reason as keyof typeof DISABLED_BECAUSE
  const because = row.disabled_detail ?? DISABLED_BECAUSE[reason]
  return `Chorus turned it off because ${because}.`
}

function presentWebhook(row: WebhookRow, now: Date): Webhook {
  const overlapEnds =
    row.previous_secret_until !== null && new Date(row.previous_secret_until) > now
      ? iso(row.previous_secret_until)
      : null
  return {
    id: row.id,
    accountId: row.account_id,
    url: row.url,
    events: row.events as WebhookEvent[],
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabled_reason as Webhook['disabledReason'],
    disabledBecause: disabledBecause(row),
    ownerId: row.created_by,
    ownerApiKeyId: row.api_key_id,
    previousSecretExpiresAt: overlapEnds,
    failingSince: iso(row.failing_since),
    createdAt: iso(row.created_at) as string,
    updatedAt: iso(row.updated_at) as string,
  }
}

function presentDelivery(row: AttemptRow): WebhookDelivery {
  const latestScheduled =
    row.message_status === 'pending' && !row.manual && row.attempt === row.message_attempts
  return {
    id: row.id,
    webhookId: row.webhook_id,
    messageId: row.message_id,
    event: row.event_type,
    attempt: row.attempt,
    manual: row.manual,
    status: row.succeeded ? 'succeeded' : 'failed',
    httpStatus: row.http_status,
    responseExcerpt: row.response_excerpt,
    error: row.error,
    attemptedAt: iso(row.attempted_at) as string,
    durationMs: row.duration_ms,
    nextAttemptAt: latestScheduled ? iso(row.next_attempt_at) : null,
  }
}

/**
 * An endpoint URL: https, or http too with CHORUS_ALLOW_PRIVATE_WEBHOOKS=1; no credentials in
 * it; a literal private address is refused now (a name is checked at each connection).
 */
function checkedUrl(deps: Deps, raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw invalidField('url', 'url must be an absolute URL')
  }
  const allowPrivate = deps.config.allowPrivateWebhooks
  const protocols = allowPrivate ? ['https:', 'http:'] : ['https:']
  if (!protocols.includes(url.protocol)) {
    throw invalidField('url', allowPrivate ? 'url must be http or https' : 'url must be https')
  }
  if (url.username || url.password) throw invalidField('url', 'url must not carry credentials')
  const host = hostOf(url)
  if (!allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
    throw invalidField('url', `url must not point to a private or reserved address (${host})`)
  }
  return url.toString()
}

function checkedEvents(access: AccountAccess, events: readonly WebhookEvent[]): WebhookEvent[] {
  const unique = [...new Set(events)]
  if (unique.length === 0) throw invalidField('events', 'choose at least one event')
  enforce(maySubscribe(access, unique))
  return unique
}

async function loadWebhook(deps: Deps, access: AccountAccess, id: string) {
  const row = await findWebhook(deps.db, access.accountId, existingId(id, 'webhook'))
  if (!row) throw notFound('webhook')
  return row
}

export interface WebhookInput {
  url: string
  events: WebhookEvent[]
  description?: string
  enabled?: boolean
}

export async function createWebhook(
  deps: Deps,
  access: AccountAccess,
  input: WebhookInput,
): Promise<WebhookWithSecret> {
  const url = checkedUrl(deps, input.url)
  const events = checkedEvents(access, input.events)
  const secret = newSecret()
  const now = deps.clock.now()
  const row = await deps.db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('webhooks')
      .values({
        account_id: access.accountId,
        id: uuidv7(),
        url,
        events,
        description: input.description?.trim() ?? '',
        enabled: input.enabled ?? true,
        secret,
        ...ownedBy(access),
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'webhook.created',
      target: { type: 'webhook', id: inserted.id },
      details: { url, events },
    })
    return inserted
  })
  return { ...presentWebhook(row, now), secret }
}

export async function listWebhooks(deps: Deps, access: AccountAccess): Promise<Webhook[]> {
  const now = deps.clock.now()
  return (await listWebhookRows(deps.db, access.accountId)).map((row) => presentWebhook(row, now))
}

export async function getWebhook(deps: Deps, access: AccountAccess, id: string) {
  return presentWebhook(await loadWebhook(deps, access, id), deps.clock.now())
}

/**
 * Turning an endpoint back on forgets why it was off and its failures. Whoever turns it on or
 * points it elsewhere (new URL or events) becomes its owner: it sends what they may see.
 */
export async function changeWebhook(
  deps: Deps,
  access: AccountAccess,
  id: string,
  input: Partial<WebhookInput>,
): Promise<Webhook> {
  const current = await loadWebhook(deps, access, id)
  // Pointing a webhook somewhere, or turning it on, decides who receives its events' data: the
  // caller must be allowed to subscribe to them, as when creating it.
  enforce(maySubscribe(access, input.events ?? current.events))
  const now = deps.clock.now()
  const reenabled = input.enabled === true && !current.enabled
  const takesOver = reenabled || input.url !== undefined || input.events !== undefined
  const row = await deps.db.transaction().execute(async (tx) => {
    const changed = await updateWebhook(tx, access.accountId, current.id, {
      ...(input.url === undefined ? {} : { url: checkedUrl(deps, input.url) }),
      ...(input.events === undefined ? {} : { events: checkedEvents(access, input.events) }),
      ...(input.description === undefined ? {} : { description: input.description.trim() }),
      ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
      ...(reenabled ? { disabled_reason: null, disabled_detail: null, failing_since: null } : {}),
      ...(takesOver ? ownedBy(access) : {}),
      updated_at: now,
    })
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'webhook.updated',
      target: { type: 'webhook', id: current.id },
      details: { ...input },
    })
    return changed
  })
  if (!row) throw notFound('webhook')
  return presentWebhook(row, now)
}

export async function deleteWebhook(deps: Deps, access: AccountAccess, id: string) {
  const current = await loadWebhook(deps, access, id)
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('webhooks')
      .where('account_id', '=', access.accountId)
      .where('id', '=', current.id)
      .execute()
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'webhook.deleted',
      target: { type: 'webhook', id: current.id },
      details: { url: current.url },
    })
  })
}

/**
 * A new secret, shown once. The one it replaces keeps signing beside it for ROTATION_OVERLAP_MS
 * (both `v1,` values in the header), so receivers can switch without losing a message.
 */
export async function rotateSecret(
  deps: Deps,
  access: AccountAccess,
  id: string,
): Promise<WebhookWithSecret> {
  const current = await loadWebhook(deps, access, id)
  const now = deps.clock.now()
  const secret = newSecret()
  const row = await deps.db.transaction().execute(async (tx) => {
    const overlapEnds = new Date(now.getTime() + ROTATION_OVERLAP_MS)
    const changed = await rotateWebhookSecret(tx, current, secret, overlapEnds, now)
    if (!changed) throw notFound('webhook') // deleted meanwhile: no rotation to record
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'webhook.secret_rotated',
      target: { type: 'webhook', id: current.id },
    })
    return changed
  })
  return { ...presentWebhook(row, now), secret }
}

export async function listDeliveries(
  deps: Deps,
  access: AccountAccess,
  id: string,
  page: { cursor?: string; limit: number },
): Promise<WebhookDeliveryPage> {
  const webhook = await loadWebhook(deps, access, id)
  if (page.cursor !== undefined && !isUuid(page.cursor)) {
    throw invalidField('cursor', 'cursor must be a delivery id from the previous page')
  }
  const rows = await listAttempts(deps.db, access.accountId, webhook.id, page)
  return keysetPage(rows, page.limit, presentDelivery, (row) => row.id)
}

async function deliveryAnswer(deps: Deps, access: AccountAccess, webhook: WebhookRow, id: string) {
  const [row] = await listAttempts(deps.db, access.accountId, webhook.id, { limit: 1, only: id })
  if (!row) throw notFound('delivery')
  return presentDelivery(row)
}

/** Manual attempts (redelivery, test) per webhook: a person's clicks pass, a loop is slowed. */
export const MANUAL_ATTEMPTS_LIMIT: Limit = { max: 30, windowSeconds: 60 }

/** Counts a manual attempt against the webhook; 429 past MANUAL_ATTEMPTS_LIMIT. */
function countManualAttempt(deps: Deps, webhook: WebhookRow) {
  return takeAttempt(
    deps.db,
    [{ key: `webhook-manual:${webhook.id}`, limit: MANUAL_ATTEMPTS_LIMIT }],
    deps.clock.now(),
  )
}

/** A new attempt of a logged message, now: the same body and `webhook-id`, signed afresh. */
export async function redeliver(
  deps: Deps,
  access: AccountAccess,
  webhookId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  const webhook = await loadWebhook(deps, access, webhookId)
  await countManualAttempt(deps, webhook)
  const logged = await findAttempt(
    deps.db,
    access.accountId,
    webhook.id,
    existingId(deliveryId, 'delivery'),
  )
  if (!logged) throw notFound('delivery')
  const message = await findMessage(deps.db, access.accountId, logged.message_id)
  if (!message) throw notFound('delivery')
  // A replay sends the logged data again: only to a caller who may receive that event.
  enforce(maySubscribe(access, [message.event_type]))
  const outcome = await attemptDelivery(deps, webhook, message, true)
  return deliveryAnswer(deps, access, webhook, outcome.attemptId)
}

/**
 * A ping (`webhook.test`) sent now, once, whether or not the endpoint is enabled. Its message is
 * stored settled (failed until the attempt succeeds): it has no job and is never retried, so it is
 * never left pending, whatever becomes of the request.
 */
export async function sendTest(
  deps: Deps,
  access: AccountAccess,
  webhookId: string,
): Promise<WebhookDelivery> {
  const webhook = await loadWebhook(deps, access, webhookId)
  await countManualAttempt(deps, webhook)
  const now = deps.clock.now()
  const message = {
    account_id: access.accountId,
    id: newMessageId(),
    webhook_id: webhook.id,
    event_type: TEST_EVENT,
    body: messageBody(TEST_EVENT, now, { webhookId: webhook.id }),
    status: 'failed' as const,
  }
  await deps.db.insertInto('webhook_messages').values(message).execute()
  const outcome = await attemptDelivery(deps, webhook, message, true)
  return deliveryAnswer(deps, access, webhook, outcome.attemptId)
}
