import { apiKeyPath } from '../access/grants.js'
import { accountAccess, loadAccountAccess } from '../access/service.js'
import type { Deps } from '../deps.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { type Limit, takeAttempt } from '../identity/rate-limit.js'
import { sha256 } from '../identity/tokens.js'
import { keysetPage } from '../paging.js'
import { upsertContact } from './contacts.js'
import {
  checkEventKey,
  checkProperties,
  depthOf,
  MAX_PROPERTIES_DEPTH,
  recordEvent,
} from './events.js'
import { type EndpointRow, endpointColumns, findEndpoint } from './inbound.js'
import { mappedContact, mappedEvent, type StoredMapping } from './mapping.js'
import type { InboundLogEntry, InboundReceipt } from './schemas.js'

/** Posts per endpoint: a shop's burst of orders passes; a loop gone wrong is slowed down. */
export const INBOUND_LIMIT: Limit = { max: 120, windowSeconds: 60 }
export const INBOUND_BODY_LIMIT = 64 * 1024
/** The log keeps the newest entries of each endpoint, and of each entry the start of the post. */
export const LOG_KEPT = 1000
const EXCERPT_CHARS = 500

const TOKEN = /^[A-Za-z0-9_-]{43}$/

/** The live endpoint a secret URL names; any other token (or a disabled endpoint) is a 404. */
export async function endpointOfToken(deps: Deps, token: string): Promise<EndpointRow> {
  const row = TOKEN.test(token)
    ? await deps.db
        .selectFrom('inbound_endpoints')
        .select(endpointColumns)
        .where('token_hash', '=', sha256(token))
        .where('disabled_at', 'is', null)
        .executeTakeFirst()
    : undefined
  if (!row) throw notFound('inbound endpoint')
  return row
}

export function countPost(deps: Deps, endpoint: EndpointRow) {
  return takeAttempt(
    deps.db,
    [{ key: `inbound:${endpoint.id}`, limit: INBOUND_LIMIT }],
    deps.clock.now(),
  )
}

/**
 * What a post may do: add and complete contacts (tags included), capped by what the person who set
 * the endpoint up holds now (as an API key is), so removing them from the account disarms their
 * endpoints. An events endpoint of someone without contacts.create records events of known
 * contacts only, as `POST …/events` does for them.
 */
async function endpointAccess(deps: Deps, endpoint: EndpointRow) {
  const creator = await loadAccountAccess(deps, endpoint.created_by, endpoint.account_id)
  const path = apiKeyPath(
    endpoint.account_id,
    ['contacts.view', 'contacts.create', 'contacts.edit', 'tags.manage'],
    creator.paths,
  )
  if (creator.paths.length === 0 || !path.permissions.includes('contacts.edit')) {
    throw new AppError(
      'forbidden',
      'the person who set up this endpoint no longer may edit contacts in the account',
    )
  }
  return accountAccess(endpoint.account_id, endpoint.created_by, [path])
}

function asDocument(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidField('body', 'post a JSON object or a form')
  }
  if (depthOf(body) > MAX_PROPERTIES_DEPTH) {
    throw invalidField('body', `a post nests at most ${MAX_PROPERTIES_DEPTH} levels deep`)
  }
  return body as Record<string, unknown>
}

/** Applies one post to the account: a contact added or completed, and for events, the event. */
export async function acceptPost(
  deps: Deps,
  endpoint: EndpointRow,
  body: unknown,
): Promise<InboundReceipt> {
  const document = asDocument(body)
  const mapping = endpoint.mapping as StoredMapping
  const access = await endpointAccess(deps, endpoint)
  const details = {
    ...mappedContact(mapping, document),
    ...(endpoint.group_id ? { groupIds: [endpoint.group_id] } : {}),
    ...(endpoint.tags.length ? { tags: endpoint.tags } : {}),
  }
  const event =
    endpoint.kind === 'events'
      ? {
          ...mappedEvent(mapping, document),
          properties: checkProperties(document, 'body'),
        }
      : undefined
  const key = event ? checkEventKey(event.key, mapping.keyPath ?? 'key') : null
  const emailPath = mapping.fields.find((f) => f.to === 'email')?.from ?? 'email'
  const phonePath = mapping.fields.find((f) => f.to === 'phone')?.from ?? 'phone'
  const { contactId } = await upsertContact(deps, access, details, {
    email: emailPath,
    phone: phonePath,
  })
  if (!event) return { outcome: 'accepted', contactId, eventId: null }
  const recorded = await recordEvent(deps.db, {
    accountId: endpoint.account_id,
    contactId,
    name: event.name,
    properties: event.properties,
    key,
    source: `integration:${endpoint.id}`,
  })
  return {
    outcome: recorded.duplicate ? 'duplicate' : 'accepted',
    contactId,
    eventId: recorded.id,
  }
}

export function excerptOf(body: unknown): string {
  if (body === undefined || body === null) return ''
  // A post nested too deep to serialise is refused for it; its excerpt says so instead.
  if (typeof body === 'object' && depthOf(body) > MAX_PROPERTIES_DEPTH) return '(nested too deep)'
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text
}

export interface LogEntry {
  outcome: 'accepted' | 'duplicate' | 'refused'
  reason?: string | null
  excerpt: string
  contactId?: string | null
  eventId?: string | null
}

/** Appends to the endpoint's log and drops what falls beyond the newest LOG_KEPT entries. */
export async function logPost(deps: Deps, endpoint: EndpointRow, entry: LogEntry) {
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('inbound_log')
      .values({
        account_id: endpoint.account_id,
        endpoint_id: endpoint.id,
        at: now,
        outcome: entry.outcome,
        reason: entry.reason ?? null,
        excerpt: entry.excerpt,
        contact_id: entry.contactId ?? null,
        event_id: entry.eventId ?? null,
      })
      .execute()
    const oldestKept = tx
      .selectFrom('inbound_log')
      .select('id')
      .where('endpoint_id', '=', endpoint.id)
      .orderBy('id', 'desc')
      .offset(LOG_KEPT - 1)
      .limit(1)
    await tx
      .deleteFrom('inbound_log')
      .where('endpoint_id', '=', endpoint.id)
      .where('id', '<', oldestKept)
      .execute()
    await tx
      .updateTable('inbound_endpoints')
      .set({ last_post_at: now })
      .where('account_id', '=', endpoint.account_id)
      .where('id', '=', endpoint.id)
      .execute()
  })
}

function presentLogEntry(row: {
  id: string | number
  at: Date
  outcome: InboundLogEntry['outcome']
  reason: string | null
  excerpt: string
  contact_id: string | null
  event_id: string | null
}): InboundLogEntry {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    outcome: row.outcome,
    reason: row.reason,
    excerpt: row.excerpt,
    contactId: row.contact_id,
    eventId: row.event_id,
  }
}

/** An endpoint's log, newest first, by keyset on the entry's sequence number. */
export async function listLog(
  deps: Deps,
  accountId: string,
  endpointId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  const endpoint = await findEndpoint(deps, accountId, endpointId)
  let query = deps.db
    .selectFrom('inbound_log')
    .select(['id', 'at', 'outcome', 'reason', 'excerpt', 'contact_id', 'event_id'])
    .where('endpoint_id', '=', endpoint.id)
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
  if (page.cursor !== undefined) query = query.where('id', '<', page.cursor)
  const rows = await query.execute()
  return keysetPage(rows, page.limit, presentLogEntry, (row) => String(row.id))
}
