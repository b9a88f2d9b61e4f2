import type { Deps } from '../deps.js'
import type { Job, JobResult } from '../jobs/queue.js'
import { holdersOf, notifyLater } from '../notifications/notify.js'
import { ownerRefusal } from './owner.js'
import {
  findMessage,
  findWebhook,
  insertAttempt,
  settleMessage,
  takeAttemptNumber,
  turnOffWebhook,
  updateWebhook,
  type WebhookRow,
} from './repository.js'
import { nextRetryDelay } from './schedule.js'
import { signedHeaders } from './signing.js'
import { type PostOutcome, postWebhook } from './transport.js'

/**
 * Delivering a message: one attempt is one signed POST and one row of the delivery log. The
 * scheduled attempts (the job) follow the retry schedule; a 410 turns the endpoint off, and so
 * does failing without a single success for FAILING_FOR_MS (about a day and a half past the
 * whole schedule of the first message that failed), each with an email to the people who manage
 * the account's webhooks, and so does a message its owner may no longer see. A manual attempt (redelivery, test) changes neither the schedule nor
 * the failure count, but a success settles its message.
 */

export const FAILING_FOR_MS = 5 * 24 * 3600 * 1000
const GONE = 410

export interface AttemptOutcome extends PostOutcome {
  attemptId: string
  attempt: number
  succeeded: boolean
}

/** The secrets that sign now: the current one, and the one it replaced during the overlap. */
function signingSecrets(webhook: WebhookRow, now: Date): string[] {
  const overlap =
    webhook.previous_secret !== null &&
    webhook.previous_secret_until !== null &&
    new Date(webhook.previous_secret_until) > now
  return overlap ? [webhook.secret, webhook.previous_secret as string] : [webhook.secret]
}

/** One signed POST of a message to its endpoint, recorded in the log. */
export async function attemptDelivery(
  deps: Deps,
  webhook: WebhookRow,
  message: { id: string; body: string },
  manual: boolean,
): Promise<AttemptOutcome> {
  const attempt = await takeAttemptNumber(deps.db, webhook.account_id, message.id)
  const now = deps.clock.now()
  const timestamp = Math.floor(now.getTime() / 1000)
  const outcome = await postWebhook({
    url: webhook.url,
    headers: signedHeaders(signingSecrets(webhook, now), message.id, timestamp, message.body),
    body: message.body,
    allowPrivate: deps.config.allowPrivateWebhooks,
  })
  const succeeded =
    outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300
  const { id } = await insertAttempt(deps.db, {
    accountId: webhook.account_id,
    webhookId: webhook.id,
    messageId: message.id,
    attempt,
    manual,
    succeeded,
    httpStatus: outcome.httpStatus,
    responseExcerpt: outcome.responseExcerpt,
    error: outcome.error,
    attemptedAt: now,
    durationMs: outcome.durationMs,
  })
  if (succeeded) {
    await settleMessage(deps.db, webhook.account_id, message.id, 'succeeded', null)
    if (webhook.failing_since !== null) {
      await updateWebhook(deps.db, webhook.account_id, webhook.id, { failing_since: null })
    }
  }
  return { ...outcome, attemptId: id, attempt, succeeded }
}

/** The job of one message: an attempt now, and the next one on the schedule if it failed. */
export async function runDeliveryJob(deps: Deps, job: Job): Promise<JobResult> {
  const accountId = job.accountId as string
  const message = await findMessage(deps.db, accountId, String(job.payload.messageId))
  if (message?.status !== 'pending') return undefined
  const webhook = await findWebhook(deps.db, accountId, message.webhook_id)
  if (!webhook?.enabled) {
    await settleMessage(deps.db, accountId, message.id, 'failed', null)
    return undefined
  }
  // Checked here rather than where events are emitted: the emitting transactions (every contact
  // write) stay one indexed read, and messages queued or retried after the owner lost access are
  // held back too. The first message that finds it so turns the webhook off.
  const refusal = await ownerRefusal(deps, webhook, message.event_type)
  if (refusal !== null) {
    await disableWebhook(deps, webhook, 'owner_access', refusal)
    await settleMessage(deps.db, accountId, message.id, 'failed', null)
    return undefined
  }
  const outcome = await attemptDelivery(deps, webhook, message, false)
  if (outcome.succeeded) return undefined
  const now = deps.clock.now()
  if (outcome.httpStatus === GONE) {
    await disableWebhook(deps, webhook, 'gone')
  } else if (await failingTooLong(deps, webhook, now)) {
    await disableWebhook(deps, webhook, 'failing')
  } else {
    // The job's runs are the scheduled attempts: manual ones in between do not move the schedule.
    const delay = nextRetryDelay(job.attempts, outcome, now)
    if (delay !== null) {
      const retryAt = new Date(now.getTime() + delay)
      await settleMessage(deps.db, accountId, message.id, 'pending', retryAt)
      return { retryAt }
    }
  }
  await settleMessage(deps.db, accountId, message.id, 'failed', null)
  return undefined
}

/** Notes the first failure since the last success; true once failures have lasted too long. */
async function failingTooLong(deps: Deps, webhook: WebhookRow, now: Date): Promise<boolean> {
  if (webhook.failing_since === null) {
    await updateWebhook(deps.db, webhook.account_id, webhook.id, { failing_since: now })
    return false
  }
  return now.getTime() - new Date(webhook.failing_since).getTime() >= FAILING_FOR_MS
}

/** Why Chorus turned a webhook off, as "turned off because …" ends (owner_access: its detail). */
export const DISABLED_BECAUSE = {
  gone: 'its endpoint answered 410 Gone',
  failing: 'every delivery to it has failed for 5 days',
} as const

export type DisabledReason = keyof typeof DISABLED_BECAUSE | 'owner_access'

async function disableWebhook(
  deps: Deps,
  webhook: WebhookRow,
  reason: DisabledReason,
  detail: string | null = null,
) {
  const because = detail ?? DISABLED_BECAUSE[reason as keyof typeof DISABLED_BECAUSE]
  // Several deliveries may decide this at once: only the one that turns it off tells the admins.
  if (!(await turnOffWebhook(deps.db, webhook, { reason, detail }, deps.clock.now()))) return
  deps.log.info({ webhookId: webhook.id, reason, detail }, 'webhook disabled')
  const userIds = await holdersOf(deps, webhook.account_id, 'developer.webhooks')
  notifyLater(deps, {
    actorId: null,
    accountId: webhook.account_id,
    userIds,
    subject: 'A webhook was turned off',
    lines: [
      `The webhook to ${webhook.url} was turned off because ${because}.`,
      'Nothing more is sent to it until someone turns it back on.',
    ],
    path: `/a/${webhook.account_id}/webhooks`,
  })
}
