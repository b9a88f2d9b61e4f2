import type { Kysely, Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../access/service.js'
import * as contactsRepo from '../audience/contacts/repository.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { invalidField, notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { keysetPage } from '../paging.js'
import { type ContactDetails, upsertContact } from './contacts.js'
import type { CustomEvent, PostEventBody } from './schemas.js'

type Db = Kysely<DB> | Transaction<DB>

const EVENT_NAME = /^[A-Za-z0-9_.:-]{1,100}$/
const MAX_PROPERTIES_BYTES = 16 * 1024
/** Deep enough for an order with items and their options; deeper is no event a program reads. */
export const MAX_PROPERTIES_DEPTH = 8
const MAX_KEY_LENGTH = 200

export function checkEventName(name: unknown, field: string): string {
  if (typeof name !== 'string' || !EVENT_NAME.test(name)) {
    throw invalidField(field, 'an event name has 1 to 100 letters, digits and _ . : -')
  }
  return name
}

export function checkEventKey(key: unknown, field: string): string | null {
  if (key === undefined || key === null || key === '') return null
  const text = typeof key === 'number' && Number.isFinite(key) ? String(key) : key
  if (typeof text !== 'string' || text.length > MAX_KEY_LENGTH) {
    throw invalidField(
      field,
      `an event key is text or a number of at most ${MAX_KEY_LENGTH} characters`,
    )
  }
  return text
}

export function depthOf(value: unknown): number {
  let deepest = 0
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue
    deepest = Math.max(deepest, next.depth + 1)
    if (deepest > MAX_PROPERTIES_DEPTH) return deepest
    for (const item of Object.values(next.value))
      pending.push({ value: item, depth: next.depth + 1 })
  }
  return deepest
}

/** An event's properties: a JSON object, bounded in size and depth (programs read them). */
export function checkProperties(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidField(field, 'properties are a JSON object')
  }
  // Depth first: serialising a deeply nested value overflows the stack.
  if (depthOf(value) > MAX_PROPERTIES_DEPTH) {
    throw invalidField(field, `properties nest at most ${MAX_PROPERTIES_DEPTH} levels deep`)
  }
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_PROPERTIES_BYTES) {
    throw invalidField(field, 'properties are at most 16 KB as JSON')
  }
  return value as Record<string, unknown>
}

export interface NewEvent {
  accountId: string
  contactId: string
  name: string
  properties: Record<string, unknown>
  key: string | null
  source: string
}

/**
 * Records an event once per name and key: the unique index decides, so two posts of one key at
 * the same moment make one row and both answer its id.
 */
export async function recordEvent(
  db: Db,
  event: NewEvent,
): Promise<{ id: string; duplicate: boolean }> {
  const inserted = await db
    .insertInto('custom_events')
    .values({
      account_id: event.accountId,
      id: uuidv7(),
      contact_id: event.contactId,
      name: event.name,
      properties: JSON.stringify(event.properties),
      dedupe_key: event.key,
      source: event.source,
    })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'name', 'dedupe_key'])
        .where('dedupe_key', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst()
  if (inserted) return { id: inserted.id, duplicate: false }
  const first = await db
    .selectFrom('custom_events')
    .select('id')
    .where('account_id', '=', event.accountId)
    .where('name', '=', event.name)
    .where('dedupe_key', '=', event.key)
    .executeTakeFirstOrThrow()
  return { id: first.id, duplicate: true }
}

/** The contact an API post names: by id (one of the account's own), or by address. */
async function postedContact(deps: Deps, access: AccountAccess, body: PostEventBody) {
  if ((body.contactId === undefined) === (body.contactEmail === undefined)) {
    throw invalidField(
      'contactEmail',
      'give the contact’s email address (contactEmail) or its id (contactId)',
    )
  }
  if (body.contactId !== undefined) {
    const found = isUuid(body.contactId)
      ? await contactsRepo.findContact(deps.db, access.accountId, body.contactId)
      : undefined
    if (!found) throw invalidField('contactId', 'not a contact of this account')
    return found.id
  }
  const details: ContactDetails = { email: body.contactEmail as string }
  return (await upsertContact(deps, access, details, { email: 'contactEmail' })).contactId
}

/** `POST …/events`: an event about a contact, created when new and the caller may add contacts. */
export async function postEvent(deps: Deps, access: AccountAccess, body: PostEventBody) {
  const name = checkEventName(body.name, 'name')
  const properties = checkProperties(body.properties, 'properties')
  const key = checkEventKey(body.key, 'key')
  const contactId = await postedContact(deps, access, body)
  return recordEvent(deps.db, {
    accountId: access.accountId,
    contactId,
    name,
    properties,
    key,
    source: 'api',
  })
}

function presentEvent(row: {
  id: string
  contact_id: string
  name: string
  properties: Record<string, unknown>
  dedupe_key: string | null
  source: string
  created_at: Date
}): CustomEvent {
  return {
    id: row.id,
    contactId: row.contact_id,
    name: row.name,
    properties: row.properties,
    key: row.dedupe_key,
    source: row.source,
    createdAt: new Date(row.created_at).toISOString(),
  }
}

/** A contact's custom events, newest first (ids are UUIDv7: time order), by keyset. */
export async function listContactEvents(
  deps: Deps,
  access: AccountAccess,
  contactId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  const contact = isUuid(contactId)
    ? await contactsRepo.findContact(deps.db, access.accountId, contactId)
    : undefined
  if (!contact) throw notFound('contact')
  if (page.cursor !== undefined && !isUuid(page.cursor)) {
    throw invalidField('cursor', 'not a cursor this API gave out')
  }
  let query = deps.db
    .selectFrom('custom_events')
    .select(['id', 'contact_id', 'name', 'properties', 'dedupe_key', 'source', 'created_at'])
    .where('account_id', '=', access.accountId)
    .where('contact_id', '=', contact.id)
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return keysetPage(await query.execute(), page.limit, presentEvent, (row) => row.id)
}
