import type { Kysely, Transaction } from 'kysely'
import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../../access/service.js'
import { isUniqueViolation } from '../../db/errors.js'
import type { Channel, DB } from '../../db/schema.js'
import { throttleSystemMail } from '../../delivery/system-mail-limits.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { AppError, invalidField, notFound } from '../../errors.js'
import { existingId, isUuid } from '../../ids.js'
import { byId, keysetPage } from '../../paging.js'
import { emitWebhookEvent } from '../../webhooks/events.js'
import {
  CONTACT_PROPERTIES,
  coerceFieldValue,
  emailProblem,
  type FieldType,
  inferFieldType,
  isFieldKey,
  normaliseEmail,
  normalisePhone,
  phoneProblem,
  storedFieldValues,
} from '../contact-input.js'
import * as groupsRepo from '../groups/repository.js'
import * as segments from '../segments/service.js'
import * as shares from '../sharing/service.js'
import * as suppression from '../suppression/repository.js'
import * as tagsRepo from '../tags/repository.js'
import { applyTags, planTags } from '../tags/service.js'
import { requestConfirmation } from './consent.js'
import { type ContactFilterInput, groupPredicate, resolveFilter } from './filter.js'
import * as history from './history-repository.js'
import * as repo from './repository.js'
import type { Contact, CustomField, HistoryEntry } from './schemas.js'

type Db = Kysely<DB> | Transaction<DB>

const MAX_PAGE = 500
/** Names of built-in contact properties, which a custom field may not take. */
const RESERVED_FIELDS = new Set<string>([...CONTACT_PROPERTIES, 'createdAt'])

export function presentContact(
  row: repo.ContactRow,
  groupIds: string[] = [],
  tags: string[] = [],
): Static<typeof Contact> {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    firstName: row.first_name,
    lastName: row.last_name,
    fields: storedFieldValues(row.fields),
    emailStatus: row.email_status,
    smsStatus: row.sms_status,
    groupIds,
    tags,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

export interface ContactInput {
  email?: string | null
  phone?: string | null
  firstName?: string | null
  lastName?: string | null
  fields?: Record<string, unknown>
  groupIds?: string[]
  tags?: string[]
  emailStatus?: 'subscribed' | 'unsubscribed'
  smsStatus?: 'subscribed' | 'unsubscribed'
}

const id = existingId

async function liveContact(deps: Deps, accountId: string, contactId: string) {
  const contact = await repo.findContact(deps.db, accountId, id(contactId, 'contact'))
  if (!contact) throw notFound('contact')
  return contact
}

/**
 * Validates custom field values against the account's field types; a key seen for the first time
 * becomes a field typed from its value. Returns the values to store and the fields to create.
 */
function checkFields(input: Record<string, unknown>, types: ReadonlyMap<string, FieldType>) {
  const values: Record<string, unknown> = {}
  const created: Array<{ key: string; type: FieldType }> = []
  for (const [key, raw] of Object.entries(input)) {
    if (!isFieldKey(key) || RESERVED_FIELDS.has(key)) {
      throw invalidField(
        `fields.${key}`,
        'a custom field name starts with a letter, has letters, digits and _, and is not a built-in field',
      )
    }
    const type = types.get(key) ?? inferFieldType(raw)
    if (!types.has(key)) created.push({ key, type })
    const result = coerceFieldValue(type, raw)
    if ('problem' in result) throw invalidField(`fields.${key}`, `${key} ${result.problem}`)
    values[key] = result.value
  }
  return { values, created }
}

function address(input: ContactInput, current?: repo.ContactRow) {
  const email =
    input.email === undefined
      ? (current?.email ?? null)
      : input.email === null
        ? null
        : normaliseEmail(input.email)
  const phone =
    input.phone === undefined
      ? (current?.phone ?? null)
      : input.phone === null
        ? null
        : normalisePhone(input.phone)
  if (email !== null) {
    const problem = emailProblem(email)
    if (problem) throw invalidField('email', problem)
  }
  if (phone !== null) {
    const problem = phoneProblem(phone)
    if (problem) throw invalidField('phone', problem)
  }
  if (email === null && phone === null)
    throw invalidField('email', 'a contact needs an email address or a phone number')
  return { email, phone }
}

function addressTaken(error: unknown, email: string | null): never {
  if (isUniqueViolation(error)) {
    throw new AppError('conflict', 'another contact of the account has this address', {
      field: email ? 'email' : 'phone',
    })
  }
  throw error
}

async function checkGroupIds(deps: Deps, accountId: string, groupIds: string[]) {
  const unique = [...new Set(groupIds)]
  const known = await groupsRepo.existingGroupIds(deps.db, accountId, unique.filter(isUuid))
  const unknown = unique.find((g) => !known.has(g))
  if (unknown) throw invalidField('groupIds', `${unknown} is not a group of this account`)
  return unique
}

export async function createContact(deps: Deps, access: AccountAccess, input: ContactInput) {
  const { email, phone } = address(input)
  const types = await repo.fieldTypes(deps.db, access.accountId)
  const { values: fields, created } = checkFields(input.fields ?? {}, types)
  const groupIds = await checkGroupIds(deps, access.accountId, input.groupIds ?? [])
  const tags = input.tags ? await planTags(deps, access, input.tags) : undefined
  const contactId = uuidv7()
  const { opt_in: optIn } = await deps.db
    .selectFrom('accounts')
    .select('opt_in')
    .where('id', '=', access.accountId)
    .executeTakeFirstOrThrow()
  if (optIn === 'double' && email && input.emailStatus !== 'unsubscribed') {
    await throttleSystemMail(deps, 'consent_confirmation', access)
  }
  let awaitingConsent = false
  try {
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertFields(tx, access.accountId, created)
      const inserted = await repo.insertContact(tx, access.accountId, contactId, {
        email,
        phone,
        first_name: input.firstName ?? null,
        last_name: input.lastName ?? null,
        fields,
      })
      await groupsRepo.addGroupMembers(tx, access.accountId, groupIds, [contactId])
      if (tags) await applyTags(tx, access.accountId, contactId, tags)
      if (
        optIn === 'double' &&
        email &&
        inserted.email_status === 'subscribed' &&
        input.emailStatus !== 'unsubscribed'
      ) {
        await repo.updateContact(tx, access.accountId, contactId, { email_status: 'pending' })
        awaitingConsent = true
      }
      for (const channel of ['email', 'sms'] as const) {
        const status = channel === 'email' ? input.emailStatus : input.smsStatus
        const addr = channel === 'email' ? email : phone
        if (status === 'unsubscribed' && addr) {
          await suppression.recordUnsubscribe(tx, access.accountId, channel, addr, 'api')
        }
      }
      await emitWebhookEvent(tx, access.accountId, 'contact.created', () =>
        presentedContact(tx, access.accountId, contactId),
      )
    })
  } catch (error) {
    addressTaken(error, email)
  }
  if (awaitingConsent && email) {
    await requestConfirmation(deps, access.accountId, { id: contactId, email })
  }
  return getOwnContact(deps, access, contactId)
}

/** An own contact with everything; one shared in by an ancestor with its basic fields only. */
export async function getContact(deps: Deps, access: AccountAccess, contactId: string) {
  const sharedIn = await sharedInContact(deps, access.accountId, contactId)
  if (sharedIn) return shares.presentSharedInContact(sharedIn)
  return getOwnContact(deps, access, contactId)
}

/** A contact validly shared into the account, when it is not one of the account's own. */
async function sharedInContact(deps: Deps, accountId: string, contactId: string) {
  if (await repo.findContact(deps.db, accountId, id(contactId, 'contact'))) return undefined
  return shares.findSharedInContact(deps, accountId, contactId)
}

async function getOwnContact(deps: Deps, access: AccountAccess, contactId: string) {
  const contact = await presentedContact(deps.db, access.accountId, id(contactId, 'contact'))
  if (!contact) throw notFound('contact')
  return contact
}

/**
 * An own contact as the API answers it, read with `db` (a transaction sees its own writes), or
 * undefined; webhook events carry it.
 */
export async function presentedContact(db: Db, accountId: string, contactId: string) {
  return (await presentedContacts(db, accountId, [contactId])).get(contactId)
}

/** Own contacts as the API answers them, by id, in three reads (a set's webhook events). */
export async function presentedContacts(db: Db, accountId: string, contactIds: string[]) {
  const presented = new Map<string, Static<typeof Contact>>()
  if (contactIds.length === 0) return presented
  const rows = await db
    .selectFrom('contacts as c')
    .select(repo.contactColumns)
    .where('c.account_id', '=', accountId)
    .where('c.id', 'in', contactIds)
    .execute()
  const ids = rows.map((row) => row.id)
  const groups = await repo.groupIdsOf(db, accountId, ids)
  const tags = await tagsRepo.tagNamesOf(db, accountId, ids)
  for (const row of rows)
    presented.set(row.id, presentContact(row, groups.get(row.id), tags.get(row.id)))
  return presented
}

/** The account's contact with this address on the channel, presented (a webhook's unsubscribe). */
export async function presentedContactByAddress(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
) {
  const id = await repo.contactIdByAddress(db, accountId, channel, address)
  return id === null ? undefined : presentedContact(db, accountId, id)
}

/**
 * Updates a contact. An API update never lifts an unsubscribe: setting a status back to
 * subscribed needs contacts.resubscribe and goes through its own audited route.
 */
export async function updateContact(
  deps: Deps,
  access: AccountAccess,
  contactId: string,
  input: ContactInput,
) {
  const current = await shares.ownedContact(deps, access.accountId, contactId)
  for (const [key, status, now] of [
    ['emailStatus', input.emailStatus, current.email_status],
    ['smsStatus', input.smsStatus, current.sms_status],
  ] as const) {
    if (status === 'subscribed' && now === 'unsubscribed') {
      throw new AppError(
        'forbidden',
        `an unsubscribe is lifted only by POST …/contacts/{id}/resubscribe`,
        {
          permission: 'contacts.resubscribe',
          field: key,
        },
      )
    }
  }
  const { email, phone } = address(input, current)
  const types = await repo.fieldTypes(deps.db, access.accountId)
  const { values: fields, created } = checkFields(input.fields ?? {}, types)
  const groupIds = input.groupIds
    ? await checkGroupIds(deps, access.accountId, input.groupIds)
    : undefined
  const tags = input.tags ? await planTags(deps, access, input.tags) : undefined
  try {
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertFields(tx, access.accountId, created)
      await repo.updateContact(tx, access.accountId, current.id, {
        email,
        phone,
        ...(input.firstName !== undefined ? { first_name: input.firstName } : {}),
        ...(input.lastName !== undefined ? { last_name: input.lastName } : {}),
        ...(input.fields ? { fields: { ...current.fields, ...fields } } : {}),
      })
      if (groupIds) await groupsRepo.setContactGroups(tx, access.accountId, current.id, groupIds)
      if (tags) await applyTags(tx, access.accountId, current.id, tags)
      // A new address the account unsubscribed earlier stays unsubscribed: the unsubscribe wins.
      await repo.applyUnsubscribes(tx, access.accountId, current.id)
      if (input.emailStatus === 'unsubscribed' && email) {
        await suppression.recordUnsubscribe(tx, access.accountId, 'email', email, 'api')
      }
      if (input.smsStatus === 'unsubscribed' && phone) {
        await suppression.recordUnsubscribe(tx, access.accountId, 'sms', phone, 'api')
      }
      const data = () => presentedContact(tx, access.accountId, current.id)
      await emitWebhookEvent(tx, access.accountId, 'contact.updated', data)
      if (newlyUnsubscribed(current, input)) {
        await emitWebhookEvent(tx, access.accountId, 'contact.unsubscribed', data)
      }
    })
  } catch (error) {
    addressTaken(error, email)
  }
  return getOwnContact(deps, access, current.id)
}

function newlyUnsubscribed(current: repo.ContactRow, input: ContactInput): boolean {
  return (
    (input.emailStatus === 'unsubscribed' && current.email_status !== 'unsubscribed') ||
    (input.smsStatus === 'unsubscribed' && current.sms_status !== 'unsubscribed')
  )
}

/**
 * Adds to an existing contact what it lacks — a name, a phone, custom field values it has none
 * of — plus groups and tags, and changes nothing it has: its data and subscription statuses stay
 * (what a sign-up or an inbound integration does with a contact that exists already).
 */
function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null))
}

export async function fillContactGaps(
  deps: Deps,
  access: AccountAccess,
  contactId: string,
  input: ContactInput,
) {
  const current = await liveContact(deps, access.accountId, contactId)
  const phone =
    current.phone ?? (input.phone ? address({ phone: input.phone }, current).phone : null)
  const missing = Object.entries(input.fields ?? {}).filter(([key]) => current.fields[key] == null)
  const types = await repo.fieldTypes(deps.db, access.accountId)
  const { values: fields, created } = checkFields(Object.fromEntries(missing), types)
  const groupIds = await checkGroupIds(deps, access.accountId, input.groupIds ?? [])
  const tags = input.tags?.length
    ? await planTags(deps, access, [
        ...((await tagsRepo.tagNamesOf(deps.db, access.accountId, [current.id])).get(current.id) ??
          []),
        ...input.tags,
      ])
    : undefined
  try {
    await deps.db.transaction().execute(async (tx) => {
      // What it holds is read again under a lock: a change made meanwhile is kept, not overwritten.
      const held = (await repo.lockContact(tx, access.accountId, current.id)) ?? current
      await repo.insertFields(tx, access.accountId, created)
      await repo.updateContact(tx, access.accountId, current.id, {
        phone: held.phone ?? phone,
        first_name: held.first_name || input.firstName || held.first_name,
        last_name: held.last_name || input.lastName || held.last_name,
        fields: { ...fields, ...withoutNulls(held.fields) },
      })
      await groupsRepo.addGroupMembers(tx, access.accountId, groupIds, [current.id])
      if (tags) await applyTags(tx, access.accountId, current.id, tags)
      // A phone the account unsubscribed earlier stays unsubscribed: the unsubscribe wins.
      await repo.applyUnsubscribes(tx, access.accountId, current.id)
      await emitWebhookEvent(tx, access.accountId, 'contact.updated', () =>
        presentedContact(tx, access.accountId, current.id),
      )
    })
  } catch (error) {
    addressTaken(error, null)
  }
  return getOwnContact(deps, access, current.id)
}

export async function deleteContact(deps: Deps, access: AccountAccess, contactId: string) {
  const contact = await shares.ownedContact(deps, access.accountId, contactId)
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteContacts(tx, access.accountId, (eb) => eb('c.id', '=', contact.id))
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'contact.deleted',
      target: { type: 'contact', id: contact.id },
    })
  })
}

export async function resubscribe(
  deps: Deps,
  access: AccountAccess,
  contactId: string,
  channel: Channel,
) {
  const contact = await repo.findContact(deps.db, access.accountId, id(contactId, 'contact'))
  // Not the account's own: it may be a shared-in contact whose unsubscribe this account holds.
  if (!contact) return shares.resubscribeSharedIn(deps, access, contactId, channel)
  const addr = channel === 'email' ? contact.email : contact.phone
  if (!addr)
    throw invalidField(
      'channel',
      `the contact has no ${channel === 'email' ? 'email address' : 'phone'}`,
    )
  await deps.db.transaction().execute(async (tx) => {
    await suppression.liftUnsubscribe(tx, access.accountId, channel, addr)
    await repo.updateContact(
      tx,
      access.accountId,
      contact.id,
      channel === 'email' ? { email_status: 'subscribed' } : { sms_status: 'subscribed' },
    )
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'contact.resubscribed',
      target: { type: 'contact', id: contact.id },
      details: { channel },
    })
  })
  return getOwnContact(deps, access, contact.id)
}

export interface Selection {
  groupId?: string
  segmentId?: string
  contactIds?: string[]
  filter?: ContactFilterInput
}

/**
 * The contacts a bulk action or an export names: a group, a segment, a list of ids, or everything
 * a filter of the contacts table matches.
 */
export async function selectionPredicate(
  deps: Deps,
  accountId: string,
  selection: Selection,
): Promise<repo.ContactPredicate> {
  const given = [
    selection.groupId,
    selection.segmentId,
    selection.contactIds,
    selection.filter,
  ].filter((v) => v !== undefined)
  if (given.length !== 1)
    throw invalidField('groupId', 'give exactly one of groupId, segmentId, contactIds, filter')
  if (selection.filter !== undefined)
    return (await resolveFilter(deps, accountId, selection.filter)).all
  if (selection.groupId !== undefined) {
    const group = await groupsRepo.findGroup(deps.db, accountId, id(selection.groupId, 'group'))
    if (!group) throw notFound('group')
    return groupPredicate(group.id)
  }
  if (selection.segmentId !== undefined)
    return segments.segmentPredicate(deps, accountId, selection.segmentId)
  const ids = (selection.contactIds ?? []).filter(isUuid)
  if (ids.length === 0) throw invalidField('contactIds', 'give at least one contact id')
  return (eb) => eb('c.id', 'in', ids)
}

export async function bulkDelete(deps: Deps, access: AccountAccess, selection: Selection) {
  const where = await selectionPredicate(deps, access.accountId, selection)
  return deps.db.transaction().execute(async (tx) => {
    const deleted = await repo.deleteContacts(tx, access.accountId, where)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'contacts.bulk_deleted',
      details: { ...selection, deleted },
    })
    return { deleted }
  })
}

export interface BulkUpdate {
  action: 'add_to_group' | 'remove_from_group' | 'add_tag'
  /** The group to add to or remove from. */
  groupId?: string | undefined
  /** The tag to add (created when new, with tags.manage). */
  tag?: string | undefined
  selection: Selection
}

/** The group or tag a bulk update names, checked before anything is written. */
async function bulkTarget(deps: Deps, access: AccountAccess, input: BulkUpdate) {
  if (input.action === 'add_tag') {
    if (!input.tag?.trim()) throw invalidField('tag', 'name the tag to add')
    return { tag: await planTags(deps, access, [input.tag]) }
  }
  const group =
    input.groupId && isUuid(input.groupId)
      ? await groupsRepo.findGroup(deps.db, access.accountId, input.groupId)
      : undefined
  if (!group) throw invalidField('groupId', 'name a group of this account')
  return { groupId: group.id }
}

/**
 * Adds the selected contacts to a group, removes them from it, or tags them: one statement
 * whatever the selection's size, so "everything the filter matches" never walks pages.
 */
export async function bulkUpdate(deps: Deps, access: AccountAccess, input: BulkUpdate) {
  const where = await selectionPredicate(deps, access.accountId, input.selection)
  const target = await bulkTarget(deps, access, input)
  return deps.db.transaction().execute(async (tx) => {
    let affected: number
    if (target.tag) {
      const tagId =
        target.tag.ids[0] ??
        (await tagsRepo.insertTag(tx, access.accountId, uuidv7(), target.tag.create[0] as string))
          .id
      affected = await repo.tagContacts(tx, access.accountId, tagId, where)
    } else if (input.action === 'add_to_group') {
      affected = await repo.addToGroup(tx, access.accountId, target.groupId, where)
    } else {
      affected = await repo.removeFromGroup(tx, access.accountId, target.groupId, where)
    }
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: `contacts.bulk_${input.action}`,
      details: {
        ...input.selection,
        groupId: input.groupId ?? null,
        tag: input.tag ?? null,
        affected,
      },
    })
    return { affected }
  })
}

export interface ListQuery extends ContactFilterInput {
  cursor?: string
  limit?: number
}

function cursorOf(cursor: string): string {
  // A cursor that is not one we gave out must not quietly restart from page 1: a client would loop.
  if (!isUuid(cursor)) throw invalidField('cursor', 'not a cursor this API gave out')
  return cursor
}

/** How many of the account's own contacts a filter of the contacts table matches. */
export async function countContacts(deps: Deps, access: AccountAccess, filter: ContactFilterInput) {
  const resolved = await resolveFilter(deps, access.accountId, filter)
  return { count: await repo.countContacts(deps.db, access.accountId, resolved.all) }
}

export async function listContacts(deps: Deps, access: AccountAccess, query: ListQuery) {
  const limit = Math.min(query.limit ?? 50, MAX_PAGE)
  const { cursor, limit: _limit, ...filter } = query
  const resolved = await resolveFilter(deps, access.accountId, filter)
  const window = {
    ...(resolved.where ? { where: resolved.where } : {}),
    ...(cursor ? { after: cursorOf(cursor) } : {}),
    limit: limit + 1,
  }
  const own = await repo.listContacts(deps.db, access.accountId, {
    ...(resolved.groupId ? { groupId: resolved.groupId } : {}),
    ...window,
  })
  // Contacts shared in by an ancestor (seed 003) join the plain list and its search; a group, a
  // segment, a tag, a status or a custom field is the account's own, so those never match them.
  const sharedIn = resolved.ownOnly
    ? []
    : await shares.listSharedInContacts(deps, access.accountId, window)
  const rows = mergeById(own, sharedIn)
  const ids = rows.slice(0, limit).flatMap((r) => ('email_status' in r ? [r.id] : []))
  const [groups, tags] = await Promise.all([
    repo.groupIdsOf(deps.db, access.accountId, ids),
    tagsRepo.tagNamesOf(deps.db, access.accountId, ids),
  ])
  const present = (r: (typeof rows)[number]) =>
    'email_status' in r
      ? presentContact(r, groups.get(r.id), tags.get(r.id))
      : shares.presentSharedInContact(r)
  return keysetPage(rows, limit, present, byId)
}

/** Two pages in id order as one (ids are unique across accounts: a contact has one owner). */
function mergeById<A extends { id: string }, B extends { id: string }>(a: A[], b: B[]) {
  return [...a, ...b].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
}

/**
 * The contact's history: its own events, and what the owner's campaigns sent it and heard back.
 * A shared-in contact is not the account's (404), so history never crosses a share (SPEC §4).
 */
export async function contactHistory(deps: Deps, access: AccountAccess, contactId: string) {
  const contact = await liveContact(deps, access.accountId, contactId)
  const rows = await history.listContactHistory(deps.db, access.accountId, contact.id, 200)
  return { items: rows.map(presentHistoryEntry) }
}

function presentHistoryEntry(row: history.HistoryRow): Static<typeof HistoryEntry> {
  return {
    id: row.id,
    type: row.type,
    channel: row.channel,
    at: new Date(row.at).toISOString(),
    // Contact events store an object or nothing; campaign rows build a jsonb object.
    details: row.details as Static<typeof HistoryEntry>['details'],
  }
}

export async function listFields(
  deps: Deps,
  access: AccountAccess,
): Promise<Array<Static<typeof CustomField>>> {
  return (await repo.listFields(deps.db, access.accountId)).map((f) => ({
    key: f.key,
    label: f.label,
    type: f.type,
  }))
}

export async function defineField(
  deps: Deps,
  access: AccountAccess,
  input: { key: string; label?: string; type: FieldType },
): Promise<Static<typeof CustomField>> {
  if (!isFieldKey(input.key) || RESERVED_FIELDS.has(input.key)) {
    throw invalidField(
      'key',
      'field names start with a letter; letters, digits, _; not a standard field',
    )
  }
  const existing = (await repo.fieldTypes(deps.db, access.accountId)).get(input.key)
  if (existing && existing !== input.type) {
    throw new AppError('conflict', `${input.key} is already a ${existing} field`, { field: 'type' })
  }
  await deps.db
    .transaction()
    .execute((tx) =>
      repo.insertFields(tx, access.accountId, [
        { key: input.key, type: input.type, label: input.label ?? input.key },
      ]),
    )
  return { key: input.key, label: input.label ?? input.key, type: input.type }
}
