import { timingSafeEqual } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Static } from 'typebox'
import { normalisePhone, phoneProblem } from '../audience/contact-input.js'
import { recordUnsubscribe, suppressPlatformWide } from '../audience/suppression/repository.js'
import type { CampaignEventKind, Channel, DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { emailProblem, normaliseEmail } from '../email-address.js'
import { AppError } from '../errors.js'
import { sha256 } from '../identity/tokens.js'
import { parseMessageId } from './messages.js'
import { findLedgerRecipient, type LedgerRecipient } from './recipients.js'
import type { InboundResult as InboundResultSchema } from './schemas.js'
import { parseRecipientToken } from './tokens.js'

/**
 * Inbound provider events (bounces, complaints, unsubscribes, deliveries) posted by a mail or SMS
 * provider's webhook, or a relay in front of it. Each event is applied at most once: its id goes
 * into `inbound_events` in the transaction that applies it, and a replay finds it there.
 */

type Db = Kysely<DB> | Transaction<DB>

export const INBOUND_EVENT_TYPES = ['bounce', 'complaint', 'unsubscribe', 'delivered'] as const
export type InboundEventType = (typeof INBOUND_EVENT_TYPES)[number]
export const MAX_INBOUND_EVENTS = 1000

export interface InboundEvent {
  id: string
  type: InboundEventType
  /** Bounces only: a permanent failure. A bounce without it is soft. */
  hard?: boolean | undefined
  messageId?: string | undefined
  recipientToken?: string | undefined
  address?: string | undefined
  channel?: Channel | undefined
  at?: string | undefined
}

export type InboundResult = Static<typeof InboundResultSchema>

/**
 * A bounce of one send-ledger row as an event, for bounces Chorus learns of itself (a DSN at the
 * return path, a refusal at send time): named by the Message-ID its message carried (any domain).
 */
export function ledgerBounce(
  id: string,
  ref: { campaignId: string; contactId: string },
  hard: boolean,
): InboundEvent {
  return { id, type: 'bounce', hard, messageId: `<${ref.campaignId}.${ref.contactId}@chorus>` }
}

interface Resolved {
  recipient: LedgerRecipient | undefined
  channel: Channel
  address: string
}

/**
 * `Authorization: Bearer <secret>` against `config.inboundSecret`, in constant time (both sides are
 * hashed first, so neither the content nor the length of the secret leaks through timing).
 * The endpoint does not exist without a secret (404); a missing or wrong one is 401.
 */
export function assertInboundAuthorized(
  secret: string | undefined,
  header: unknown,
  route = 'POST /api/v1/delivery/events',
): void {
  if (!secret) throw new AppError('not_found', `no route ${route}`)
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null
  const given = match?.[1] ?? ''
  const ok = timingSafeEqual(sha256(given), sha256(secret))
  if (!match || !ok) {
    throw new AppError('unauthenticated', 'send Authorization: Bearer <the inbound secret>')
  }
}

function invalidEvent(index: number, field: string, message: string): AppError {
  return new AppError('validation_failed', `event ${index}: ${message}`, {
    field: `events.${index}${field ? `.${field}` : ''}`,
    index,
  })
}

/** A bare address, normalised for its channel (given, or email when it has an @). */
function bareAddress(event: InboundEvent, index: number): { channel: Channel; address: string } {
  const raw = event.address ?? ''
  const channel = event.channel ?? (raw.includes('@') ? 'email' : 'sms')
  const address = channel === 'email' ? normaliseEmail(raw) : normalisePhone(raw)
  const problem = channel === 'email' ? emailProblem(address) : phoneProblem(address)
  if (problem) throw invalidEvent(index, 'address', problem)
  return { channel, address }
}

/** Checks every event before anything is applied: one bad event refuses the whole call. */
export function validateEvents(events: readonly InboundEvent[]): void {
  if (events.length > MAX_INBOUND_EVENTS) {
    throw new AppError('validation_failed', `at most ${MAX_INBOUND_EVENTS} events per call`, {
      field: 'events',
    })
  }
  events.forEach((event, index) => {
    if (typeof event.id !== 'string' || event.id.trim() === '') {
      throw invalidEvent(index, 'id', 'every event needs its provider id')
    }
    if (!INBOUND_EVENT_TYPES.includes(event.type)) {
      throw invalidEvent(index, 'type', `type is one of ${INBOUND_EVENT_TYPES.join(', ')}`)
    }
    if (event.at !== undefined) {
      const year = new Date(event.at).getUTCFullYear()
      if (!(year >= 1970 && year <= 9999)) throw invalidEvent(index, 'at', 'at is an ISO 8601 time')
    }
    if (event.hard !== undefined && event.type !== 'bounce') {
      throw invalidEvent(index, 'hard', 'hard is for bounces only')
    }
    if (!event.recipientToken && !event.messageId && !event.address) {
      throw invalidEvent(index, '', 'an event names a recipientToken, a messageId or an address')
    }
    if (event.address !== undefined) bareAddress(event, index)
  })
}

async function findRecipient(deps: Deps, event: InboundEvent) {
  const ref = event.recipientToken
    ? await parseRecipientToken(deps.db, event.recipientToken)
    : undefined
  const byToken = ref ? await findLedgerRecipient(deps.db, ref) : undefined
  if (byToken || !event.messageId) return byToken
  const ids = parseMessageId(event.messageId)
  return ids ? findLedgerRecipient(deps.db, ids) : undefined
}

/**
 * What the event is about, or undefined when it names nothing Chorus knows: a recipient by token
 * or Message-ID, else (bounces and complaints only, which act on the address itself) the bare
 * address. A soft bounce of a bare address changes nothing, so it counts as unknown.
 */
async function resolve(
  deps: Deps,
  event: InboundEvent,
  index: number,
): Promise<Resolved | undefined> {
  const recipient = await findRecipient(deps, event)
  if (recipient) return { recipient, channel: recipient.channel, address: recipient.address }
  const actsOnAddress =
    event.type === 'complaint' || (event.type === 'bounce' && event.hard === true)
  if (!actsOnAddress || event.address === undefined) return undefined
  return { recipient: undefined, ...bareAddress(event, index) }
}

async function recordCampaignEvent(
  db: Db,
  recipient: LedgerRecipient,
  kind: CampaignEventKind,
  detail: string | null,
  at: Date,
) {
  await db
    .insertInto('campaign_events')
    .values({
      account_id: recipient.accountId,
      campaign_id: recipient.campaignId,
      contact_id: recipient.contactId,
      kind,
      detail,
      at,
    })
    .execute()
}

async function applyEvent(db: Db, event: InboundEvent, target: Resolved, at: Date) {
  const { recipient, channel, address } = target
  switch (event.type) {
    case 'bounce':
      if (event.hard === true) await suppressPlatformWide(db, channel, address, 'hard_bounce')
      if (recipient) {
        await recordCampaignEvent(db, recipient, 'bounced', event.hard ? 'hard' : 'soft', at)
      }
      return
    case 'complaint':
      await suppressPlatformWide(db, channel, address, 'complaint')
      if (recipient) await recordCampaignEvent(db, recipient, 'complained', null, at)
      return
    case 'unsubscribe':
      if (!recipient) return
      // SPEC §4: stored in the sending account (the campaign's), not the contact's owner.
      await recordUnsubscribe(db, recipient.accountId, channel, address, 'provider')
      await recordCampaignEvent(db, recipient, 'unsubscribed', null, at)
      return
    case 'delivered':
      if (recipient) await recordCampaignEvent(db, recipient, 'delivered', null, at)
      return
  }
}

/**
 * Applies a batch: all events are checked first (one malformed event refuses the call, nothing
 * applied); then each is resolved and, when it names something known, applied in a transaction
 * of its own that first claims its id in `inbound_events` — a claimed id is a duplicate and
 * changes nothing. Per-event transactions keep concurrent deliveries of overlapping batches from
 * deadlocking each other, and a batch cut short by a failure is simply sent again by the provider.
 */
export async function applyInboundEvents(
  deps: Deps,
  events: readonly InboundEvent[],
): Promise<InboundResult> {
  validateEvents(events)
  const result: InboundResult = { applied: 0, duplicates: 0, unknown: 0 }
  for (const [index, event] of events.entries()) {
    const target = await resolve(deps, event, index)
    if (!target) {
      result.unknown += 1
      continue
    }
    const at = event.at !== undefined ? new Date(event.at) : deps.clock.now()
    const applied = await deps.db.transaction().execute(async (tx) => {
      const claimed = await tx
        .insertInto('inbound_events')
        .values({ event_id: event.id, kind: event.type })
        .onConflict((oc) => oc.column('event_id').doNothing())
        .returning('event_id')
        .executeTakeFirst()
      if (!claimed) return false
      await applyEvent(tx, event, target, at)
      return true
    })
    if (applied) result.applied += 1
    else result.duplicates += 1
  }
  return result
}
