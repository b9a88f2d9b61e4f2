import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely'
import type { DB, SubscriptionStatus } from '../../db/schema.js'
import { invalidField } from '../../errors.js'
import type { FieldType } from '../contact-input.js'

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

/** The id of the account's contact with this address (the oldest, should two share a phone). */
export async function contactIdByAddress(
  db: Db,
  accountId: string,
  channel: 'email' | 'sms',
  address: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('contacts')
    .select('id')
    .where('account_id', '=', accountId)
    .where(channel === 'email' ? 'email' : 'phone', '=', address)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst()
  return row?.id ?? null
}

export function findContact(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('contacts as c')
    .select(contactColumns)
    .where('c.account_id', '=', accountId)
    .where('c.id', '=', id)
    .executeTakeFirst()
}

export type ContactRow = NonNullable<Awaited<ReturnType<typeof findContact>>>

/** The contact's row, locked until the transaction ends: for a change computed from what it holds. */
export function lockContact(tx: Db, accountId: string, id: string) {
  return tx
    .selectFrom('contacts as c')
    .select(contactColumns)
    .where('c.account_id', '=', accountId)
    .where('c.id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

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

/** Pairs grouped by their first value: a contact id → its group ids or tag names. */
export function collect(pairs: Array<[string, string]>): Map<string, string[]> {
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

/** Inserts into `table` a row per contact `where` matches; answers how many were new. */
async function insertForContacts(
  db: Db,
  accountId: string,
  where: ContactPredicate,
  target:
    | { table: 'group_members'; column: 'group_id' }
    | { table: 'contact_tags'; column: 'tag_id' },
  targetId: string,
): Promise<number> {
  const result = await db
    .insertInto(target.table)
    .columns(['account_id', target.column, 'contact_id'] as never)
    .expression(
      db
        .selectFrom('contacts as c')
        .select([
          sql<string>`${accountId}::uuid`.as('account_id'),
          sql<string>`${targetId}::uuid`.as(target.column),
          'c.id',
        ])
        .where('c.account_id', '=', accountId)
        .where(where),
    )
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0)
}

export function addToGroup(db: Db, accountId: string, groupId: string, where: ContactPredicate) {
  return insertForContacts(
    db,
    accountId,
    where,
    { table: 'group_members', column: 'group_id' },
    groupId,
  )
}

export function tagContacts(db: Db, accountId: string, tagId: string, where: ContactPredicate) {
  return insertForContacts(db, accountId, where, { table: 'contact_tags', column: 'tag_id' }, tagId)
}

/** Removes the contacts `where` matches from the group; answers how many were members. */
export async function removeFromGroup(
  db: Db,
  accountId: string,
  groupId: string,
  where: ContactPredicate,
): Promise<number> {
  const result = await db
    .deleteFrom('group_members')
    .where('account_id', '=', accountId)
    .where('group_id', '=', groupId)
    .where('contact_id', 'in', (eb) =>
      eb
        .selectFrom('contacts as c')
        .select('c.id')
        .where('c.account_id', '=', accountId)
        .where(where as never),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
