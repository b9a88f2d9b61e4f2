import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely'
import type { Channel, DB, SubscriptionStatus } from '../db/schema.js'
import { invalidField } from '../errors.js'
import type { FieldType } from './contact-input.js'

/** Groups shared into an account (valid shares only), for campaigns to target. */
export { sharedGroupsOf } from './shares-repository.js'

type Db = Kysely<DB> | Transaction<DB>
type ContactEb = ExpressionBuilder<DB & { c: DB['contacts'] }, 'c'>
export type ContactPredicate = (eb: ContactEb) => Expression<SqlBool>

export const contactColumns = [
  'c.id',
  'c.account_id',
  'c.email',
  'c.phone',
  'c.first_name',
  'c.last_name',
  'c.fields',
  'c.email_status',
  'c.sms_status',
  'c.created_at',
  'c.updated_at',
] as const

export function findContact(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('contacts as c')
    .select(contactColumns)
    .where('c.account_id', '=', accountId)
    .where('c.id', '=', id)
    .executeTakeFirst()
}

export type ContactRow = NonNullable<Awaited<ReturnType<typeof findContact>>>

export interface ContactValues {
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
  fields: Record<string, unknown>
}

/**
 * Inserts a contact. An address the account has unsubscribed stays unsubscribed, even when the
 * contact was deleted and is created again: the unsubscribe always wins.
 */
export async function insertContact(db: Db, accountId: string, id: string, values: ContactValues) {
  await sql`
    insert into contacts (account_id, id, email, phone, first_name, last_name, fields, email_status, sms_status)
    values (${accountId}, ${id}, ${values.email}, ${values.phone}, ${values.first_name}, ${values.last_name},
      ${JSON.stringify(values.fields)}::jsonb,
      case when exists (select 1 from unsubscribes u where u.account_id = ${accountId} and u.channel = 'email'
        and u.address = ${values.email}) then 'unsubscribed' else 'subscribed' end,
      case when exists (select 1 from unsubscribes u where u.account_id = ${accountId} and u.channel = 'sms'
        and u.address = ${values.phone}) then 'unsubscribed' else 'subscribed' end)`.execute(db)
  return (await findContact(db, accountId, id)) as ContactRow
}

export async function updateContact(
  db: Db,
  accountId: string,
  id: string,
  values: Partial<ContactValues> & {
    email_status?: SubscriptionStatus
    sms_status?: SubscriptionStatus
  },
) {
  const { fields, ...rest } = values
  await db
    .updateTable('contacts')
    .set({
      ...rest,
      ...(fields ? { fields: JSON.stringify(fields) } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute()
}

/** Marks the contact unsubscribed on each channel whose current address the account unsubscribed. */
export async function applyUnsubscribes(db: Db, accountId: string, contactId: string) {
  await sql`
    update contacts c set
      email_status = case when exists (select 1 from unsubscribes u where u.account_id = c.account_id
        and u.channel = 'email' and u.address = c.email) then 'unsubscribed' else c.email_status end,
      sms_status = case when exists (select 1 from unsubscribes u where u.account_id = c.account_id
        and u.channel = 'sms' and u.address = c.phone) then 'unsubscribed' else c.sms_status end
    where c.account_id = ${accountId} and c.id = ${contactId}`.execute(db)
}

export async function deleteContacts(
  db: Db,
  accountId: string,
  where: ContactPredicate,
): Promise<number> {
  const result = await db
    .deleteFrom('contacts as c')
    .where('c.account_id', '=', accountId)
    .where(where)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

export interface ListOptions {
  groupId?: string
  where?: ContactPredicate
  after?: string
  limit: number
}

/**
 * One page of contacts by keyset on the contact id (UUIDv7, so creation order). Through a group,
 * the key predicate sits on the membership table that drives the join, so page 1,000 reads no
 * more than page 1.
 */
export function listContacts(db: Db, accountId: string, options: ListOptions) {
  if (options.groupId) {
    let query = db
      .selectFrom('group_members as gm')
      .innerJoin('contacts as c', (join) =>
        join.onRef('c.account_id', '=', 'gm.account_id').onRef('c.id', '=', 'gm.contact_id'),
      )
      .select(contactColumns)
      .where('gm.account_id', '=', accountId)
      .where('gm.group_id', '=', options.groupId)
      .orderBy('gm.contact_id')
      .limit(options.limit)
    // The key predicate on both sides of the join: with it on the members only, a merge join
    // could walk the contacts' index from its start to the cursor (page 1,000 took ~150 ms).
    if (options.after) {
      query = query.where('gm.contact_id', '>', options.after).where('c.id', '>', options.after)
    }
    if (options.where) query = query.where(options.where as never)
    return query.execute()
  }
  let query = db
    .selectFrom('contacts as c')
    .select(contactColumns)
    .where('c.account_id', '=', accountId)
    .orderBy('c.id')
    .limit(options.limit)
  if (options.after) query = query.where('c.id', '>', options.after)
  if (options.where) query = query.where(options.where)
  return query.execute()
}

export async function countContacts(
  db: Db,
  accountId: string,
  where: ContactPredicate,
): Promise<number> {
  const row = await db
    .selectFrom('contacts as c')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('c.account_id', '=', accountId)
    .where(where)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function groupIdsOf(db: Db, accountId: string, contactIds: string[]) {
  if (contactIds.length === 0) return new Map<string, string[]>()
  const rows = await db
    .selectFrom('group_members')
    .select(['contact_id', 'group_id'])
    .where('account_id', '=', accountId)
    .where('contact_id', 'in', contactIds)
    .execute()
  return collect(rows.map((r) => [r.contact_id, r.group_id]))
}

export async function tagNamesOf(db: Db, accountId: string, contactIds: string[]) {
  if (contactIds.length === 0) return new Map<string, string[]>()
  const rows = await db
    .selectFrom('contact_tags as ct')
    .innerJoin('tags as t', (join) =>
      join.onRef('t.account_id', '=', 'ct.account_id').onRef('t.id', '=', 'ct.tag_id'),
    )
    .select(['ct.contact_id', 't.name'])
    .where('ct.account_id', '=', accountId)
    .where('ct.contact_id', 'in', contactIds)
    .orderBy('t.name')
    .execute()
  return collect(rows.map((r) => [r.contact_id, r.name]))
}

function collect(pairs: Array<[string, string]>): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [key, value] of pairs) map.set(key, [...(map.get(key) ?? []), value])
  return map
}

export function listFields(db: Db, accountId: string) {
  return db
    .selectFrom('contact_fields')
    .select(['key', 'label', 'type', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('key')
    .execute()
}

export async function fieldTypes(db: Db, accountId: string): Promise<Map<string, FieldType>> {
  return new Map((await listFields(db, accountId)).map((f) => [f.key, f.type]))
}

/** Custom fields an account may have: each is a typed key kept on every contact write. */
export const MAX_CUSTOM_FIELDS = 200

/**
 * Creates custom fields, refused with 422 `fields` when the account would pass
 * MAX_CUSTOM_FIELDS. Run it in a transaction: the advisory lock makes concurrent writers that
 * create fields count one after another, so the cap holds under parallel requests.
 */
export async function insertFields(
  db: Db,
  accountId: string,
  fields: Array<{ key: string; type: FieldType; label?: string }>,
) {
  if (fields.length === 0) return
  await sql`select pg_advisory_xact_lock(hashtext(${`contact_fields:${accountId}`}))`.execute(db)
  const keys = [...new Set(fields.map((f) => f.key))]
  const { total, present } = await db
    .selectFrom('contact_fields')
    .select([
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) filter (where key = any(${keys}::text[]))`.as('present'),
    ])
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow()
  const adding = keys.length - Number(present)
  if (Number(total) + adding > MAX_CUSTOM_FIELDS) {
    throw invalidField(
      'fields',
      `an account has at most ${MAX_CUSTOM_FIELDS} custom fields; it has ${total} and this would add ${adding}`,
    )
  }
  await db
    .insertInto('contact_fields')
    .values(
      fields.map((f) => ({
        account_id: accountId,
        key: f.key,
        label: f.label ?? f.key,
        type: f.type,
      })),
    )
    .onConflict((oc) => oc.columns(['account_id', 'key']).doNothing())
    .execute()
}

const groupColumns = [
  'id',
  'account_id',
  'name',
  'description',
  'member_count',
  'created_at',
] as const

export function listGroups(db: Db, accountId: string) {
  return db
    .selectFrom('groups')
    .select(groupColumns)
    .where('account_id', '=', accountId)
    .orderBy('name')
    .execute()
}

export function findGroup(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('groups')
    .select(groupColumns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export type GroupRow = NonNullable<Awaited<ReturnType<typeof findGroup>>>

export async function existingGroupIds(
  db: Db,
  accountId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('groups')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', 'in', ids)
    .execute()
  return new Set(rows.map((r) => r.id))
}

export async function insertGroup(
  db: Db,
  accountId: string,
  id: string,
  values: { name: string; description: string },
) {
  await db
    .insertInto('groups')
    .values({ account_id: accountId, id, ...values })
    .execute()
  return (await findGroup(db, accountId, id)) as GroupRow
}

export async function updateGroup(
  db: Db,
  accountId: string,
  id: string,
  values: { name?: string; description?: string },
) {
  await db
    .updateTable('groups')
    .set(values)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute()
}

export async function deleteGroup(db: Db, accountId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('groups')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows === 1n
}

export async function addGroupMembers(
  db: Db,
  accountId: string,
  groupIds: string[],
  contactIds: string[],
) {
  if (groupIds.length === 0 || contactIds.length === 0) return
  await db
    .insertInto('group_members')
    .values(
      groupIds.flatMap((group_id) =>
        contactIds.map((contact_id) => ({ account_id: accountId, group_id, contact_id })),
      ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
}

export async function removeGroupMembers(
  db: Db,
  accountId: string,
  groupId: string,
  contactIds: string[],
) {
  if (contactIds.length === 0) return
  await db
    .deleteFrom('group_members')
    .where('account_id', '=', accountId)
    .where('group_id', '=', groupId)
    .where('contact_id', 'in', contactIds)
    .execute()
}

export async function setContactGroups(
  db: Db,
  accountId: string,
  contactId: string,
  groupIds: string[],
) {
  let remove = db
    .deleteFrom('group_members')
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
  if (groupIds.length > 0) remove = remove.where('group_id', 'not in', groupIds)
  await remove.execute()
  await addGroupMembers(db, accountId, groupIds, [contactId])
}

export function listTags(db: Db, accountId: string) {
  return db
    .selectFrom('tags')
    .select(['id', 'name', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('name')
    .execute()
}

export async function findTagsByName(db: Db, accountId: string, names: string[]) {
  if (names.length === 0) return []
  return db
    .selectFrom('tags')
    .select(['id', 'name'])
    .where('account_id', '=', accountId)
    .where(
      sql`lower(name)`,
      'in',
      names.map((n) => n.toLowerCase()),
    )
    .execute()
}

export async function insertTag(db: Db, accountId: string, id: string, name: string) {
  await db.insertInto('tags').values({ account_id: accountId, id, name }).execute()
  return { id, name }
}

export async function renameTag(
  db: Db,
  accountId: string,
  id: string,
  name: string,
): Promise<boolean> {
  const result = await db
    .updateTable('tags')
    .set({ name })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

export async function deleteTag(db: Db, accountId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('tags')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows === 1n
}

export async function setContactTags(
  db: Db,
  accountId: string,
  contactId: string,
  tagIds: string[],
) {
  let remove = db
    .deleteFrom('contact_tags')
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
  if (tagIds.length > 0) remove = remove.where('tag_id', 'not in', tagIds)
  await remove.execute()
  if (tagIds.length === 0) return
  await db
    .insertInto('contact_tags')
    .values(tagIds.map((tag_id) => ({ account_id: accountId, contact_id: contactId, tag_id })))
    .onConflict((oc) => oc.doNothing())
    .execute()
}

const segmentColumns = ['id', 'account_id', 'name', 'filter', 'created_at', 'updated_at'] as const

export function listSegments(db: Db, accountId: string) {
  return db
    .selectFrom('segments')
    .select(segmentColumns)
    .where('account_id', '=', accountId)
    .orderBy('name')
    .execute()
}

export function findSegment(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('segments')
    .select(segmentColumns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export type SegmentRow = NonNullable<Awaited<ReturnType<typeof findSegment>>>

export async function insertSegment(
  db: Db,
  accountId: string,
  id: string,
  values: { name: string; filter: unknown },
) {
  await db
    .insertInto('segments')
    .values({ account_id: accountId, id, name: values.name, filter: JSON.stringify(values.filter) })
    .execute()
  return (await findSegment(db, accountId, id)) as SegmentRow
}

export async function updateSegment(
  db: Db,
  accountId: string,
  id: string,
  values: { name?: string; filter?: unknown },
) {
  await db
    .updateTable('segments')
    .set({
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values.filter !== undefined ? { filter: JSON.stringify(values.filter) } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute()
}

export async function deleteSegment(db: Db, accountId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('segments')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows === 1n
}

export interface HistoryRow {
  id: string
  type: string
  channel: Channel | null
  at: Date
  details: unknown
  /** Orders rows of one source recorded at the same time (one transaction's events share `at`). */
  sequence: string | number
}

/** Events recorded on the contact itself by the audience module (consent and the like). */
function contactEventRows(db: Db, accountId: string, contactId: string, limit: number) {
  return db
    .selectFrom('contact_events')
    .select([
      sql<string>`'contact:' || id`.as('id'),
      'type',
      'channel',
      sql<Date>`at`.as('at'),
      sql<unknown>`details`.as('details'),
      sql<string>`id`.as('sequence'),
    ])
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .orderBy('contact_events.id', 'desc')
    .limit(limit)
}

/**
 * Messages the owner's own campaigns sent to the contact, or gave up on. Sends by other accounts
 * through a group share are left out: their campaigns (names included) are the sender's data.
 */
function ownSendRows(db: Db, accountId: string, contactId: string, limit: number) {
  const at = sql<Date>`case when r.status = 'sent' then r.sent_at else r.claimed_at end`
  return db
    .selectFrom('campaign_recipients as r')
    .innerJoin('campaigns as c', (join) =>
      join.onRef('c.account_id', '=', 'r.account_id').onRef('c.id', '=', 'r.campaign_id'),
    )
    .select([
      sql<string>`'send:' || r.campaign_id`.as('id'),
      sql<string>`case when r.status = 'sent' then 'sent' else 'send_failed' end`.as('type'),
      'c.channel',
      at.as('at'),
      // A sent row has no error (marking it sent clears any from earlier attempts).
      sql<unknown>`jsonb_strip_nulls(jsonb_build_object(
        'campaignId', r.campaign_id, 'campaignName', c.name, 'error', r.error))`.as('details'),
      sql<string>`0::bigint`.as('sequence'),
    ])
    .where('r.contact_account_id', '=', accountId)
    .where('r.contact_id', '=', contactId)
    .where('r.account_id', '=', accountId)
    .where('r.status', 'in', ['sent', 'failed'])
    .orderBy(at, 'desc')
    .limit(limit)
}

/**
 * Deliveries, opens, clicks, bounces, complaints and unsubscribes from the owner's own campaigns.
 * The ledger row proves the contact is the owner's (an event row names only the sending account).
 * Event rows have no key of their own, so an id numbers a campaign's events of one kind by time.
 */
function ownCampaignEventRows(db: Db, accountId: string, contactId: string, limit: number) {
  const eventNumber = sql<string>`row_number() over (
    partition by e.campaign_id, e.kind order by e.at, e.detail)`
  return db
    .selectFrom('campaign_events as e')
    .innerJoin('campaign_recipients as r', (join) =>
      join
        .onRef('r.account_id', '=', 'e.account_id')
        .onRef('r.campaign_id', '=', 'e.campaign_id')
        .onRef('r.contact_id', '=', 'e.contact_id'),
    )
    .innerJoin('campaigns as c', (join) =>
      join.onRef('c.account_id', '=', 'e.account_id').onRef('c.id', '=', 'e.campaign_id'),
    )
    .select([
      sql<string>`'campaign:' || e.campaign_id || ':' || e.kind || ':' || ${eventNumber}`.as('id'),
      sql<string>`e.kind`.as('type'),
      'c.channel',
      sql<Date>`e.at`.as('at'),
      sql<unknown>`jsonb_build_object(
        'campaignId', e.campaign_id, 'campaignName', c.name, 'detail', e.detail)`.as('details'),
      eventNumber.as('sequence'),
    ])
    .where('e.account_id', '=', accountId)
    .where('e.contact_id', '=', contactId)
    .where('r.contact_account_id', '=', accountId)
    .orderBy('e.at', 'desc')
    .limit(limit)
}

/** A contact's history from its events and the owner's campaigns, newest first. */
export function listContactHistory(
  db: Db,
  accountId: string,
  contactId: string,
  limit: number,
): Promise<HistoryRow[]> {
  // Each source is cut to `limit` first, so none is read further than the answer can reach.
  const contactEvents = contactEventRows(db, accountId, contactId, limit)
  const sends = ownSendRows(db, accountId, contactId, limit)
  const campaignEvents = ownCampaignEventRows(db, accountId, contactId, limit)
  return db
    .selectFrom(contactEvents.as('contact_event_rows'))
    .selectAll()
    .unionAll(db.selectFrom(sends.as('send_rows')).selectAll())
    .unionAll(db.selectFrom(campaignEvents.as('campaign_event_rows')).selectAll())
    .orderBy('at', 'desc')
    .orderBy('sequence', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

export async function recordContactEvent(
  db: Db,
  event: {
    accountId: string
    contactId: string
    type: string
    channel?: Channel | null
    details?: unknown
  },
) {
  await db
    .insertInto('contact_events')
    .values({
      account_id: event.accountId,
      contact_id: event.contactId,
      type: event.type,
      channel: event.channel ?? null,
      details: event.details === undefined ? null : JSON.stringify(event.details),
    })
    .execute()
}
