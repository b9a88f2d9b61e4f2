import { type Kysely, sql, type Transaction } from 'kysely'
import type { Channel, DB } from '../db/schema.js'
import { isUuid } from '../ids.js'
import { validShare } from '../sharing/rules.js'

type Db = Kysely<DB> | Transaction<DB>

// Templates

const templateFields = [
  'account_id',
  'id',
  'name',
  'category',
  'channel',
  'subject',
  'html',
  'text',
  'created_by',
  'created_at',
  'updated_at',
] as const

const templateColumns = [
  't.account_id',
  't.id',
  't.name',
  't.category',
  't.channel',
  't.subject',
  't.html',
  't.text',
  't.created_by',
  't.created_at',
  't.updated_at',
] as const

/** A valid template share, as SQL over a `template_shares` row aliased `s` (the one predicate). */
function validTemplateShare(alias = 's') {
  return validShare('template', alias)
}

export function findOwnTemplate(db: Db, accountId: string, templateId: string) {
  return db
    .selectFrom('templates as t')
    .select(templateColumns)
    .where('t.account_id', '=', accountId)
    .where('t.id', '=', templateId)
    .executeTakeFirst()
}

export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findOwnTemplate>>>

/** A template validly shared into `targetAccountId` (its `account_id` is the owner), or undefined. */
export function findSharedTemplate(db: Db, targetAccountId: string, templateId: string) {
  return db
    .selectFrom('template_shares as s')
    .innerJoin('templates as t', (join) =>
      join.onRef('t.account_id', '=', 's.account_id').onRef('t.id', '=', 's.template_id'),
    )
    .select(templateColumns)
    .where('s.target_account_id', '=', targetAccountId)
    .where('s.template_id', '=', templateId)
    .where(validTemplateShare())
    .executeTakeFirst()
}

/**
 * The template `templateId` as `accountId` may use it: its own, or one validly shared into it by
 * an ancestor account (then `account_id` is the owner's). Campaigns call this at every use.
 */
export async function findUsableTemplate(
  db: Db,
  accountId: string,
  templateId: string,
): Promise<TemplateRow | undefined> {
  if (!isUuid(accountId) || !isUuid(templateId)) return undefined
  return (
    (await findOwnTemplate(db, accountId, templateId)) ??
    (await findSharedTemplate(db, accountId, templateId))
  )
}

/** The account's own templates and those validly shared with it, by name. */
export function listVisibleTemplates(db: Db, accountId: string, category?: string) {
  let own = db
    .selectFrom('templates as t')
    .select(templateColumns)
    .select(sql<boolean>`false`.as('shared'))
    .where('t.account_id', '=', accountId)
  let sharedIn = db
    .selectFrom('template_shares as s')
    .innerJoin('templates as t', (join) =>
      join.onRef('t.account_id', '=', 's.account_id').onRef('t.id', '=', 's.template_id'),
    )
    .select(templateColumns)
    .select(sql<boolean>`true`.as('shared'))
    .where('s.target_account_id', '=', accountId)
    .where(validTemplateShare())
  if (category !== undefined) {
    own = own.where('t.category', '=', category)
    sharedIn = sharedIn.where('t.category', '=', category)
  }
  return own.unionAll(sharedIn).orderBy('name').orderBy('shared').orderBy('id').execute()
}

/** The distinct categories of the templates the account sees (own and shared in). */
export async function listCategories(db: Db, accountId: string): Promise<string[]> {
  const result = await sql<{ category: string }>`
    select distinct category from (
      select t.category from templates t where t.account_id = ${accountId}
      union all
      select t.category from template_shares s
      join templates t on t.account_id = s.account_id and t.id = s.template_id
      where s.target_account_id = ${accountId} and ${validTemplateShare()}
    ) c where category is not null
    order by category`.execute(db)
  return result.rows.map((row) => row.category)
}

export function insertTemplate(
  db: Db,
  values: {
    accountId: string
    id: string
    name: string
    category: string | null
    channel: Channel
    subject: string
    html: string
    text: string
    createdBy: string | null
  },
) {
  return db
    .insertInto('templates')
    .values({
      account_id: values.accountId,
      id: values.id,
      name: values.name,
      category: values.category,
      channel: values.channel,
      subject: values.subject,
      html: values.html,
      text: values.text,
      created_by: values.createdBy,
    })
    .returning(templateFields)
    .executeTakeFirstOrThrow()
}

export function updateTemplate(
  db: Db,
  accountId: string,
  templateId: string,
  changes: Partial<{
    name: string
    category: string | null
    channel: Channel
    subject: string
    html: string
    text: string
  }>,
) {
  return db
    .updateTable('templates')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('account_id', '=', accountId)
    .where('id', '=', templateId)
    .returning(templateFields)
    .executeTakeFirst()
}

export function deleteTemplate(db: Db, accountId: string, templateId: string) {
  return db
    .deleteFrom('templates')
    .where('account_id', '=', accountId)
    .where('id', '=', templateId)
    .returning(['id', 'name'])
    .executeTakeFirst()
}

// Senders and testers: the same shape, one table each.

export type AddressTable = 'senders' | 'testers'

export function listAddresses(db: Db, table: AddressTable, accountId: string) {
  return db
    .selectFrom(table)
    .select(['id', 'email', 'name', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('email')
    .execute()
}

export type AddressRow = Awaited<ReturnType<typeof listAddresses>>[number]

export function findAddress(db: Db, table: AddressTable, accountId: string, id: string) {
  return db
    .selectFrom(table)
    .select(['id', 'email', 'name', 'created_at'])
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertAddress(
  db: Db,
  table: AddressTable,
  values: { accountId: string; id: string; email: string; name: string },
) {
  return db
    .insertInto(table)
    .values({ account_id: values.accountId, id: values.id, email: values.email, name: values.name })
    .returning(['id', 'email', 'name', 'created_at'])
    .executeTakeFirstOrThrow()
}

/**
 * Changes an address. A sender whose address changes loses its confirmation (and any link still
 * out) in the same statement, so no launch can see the new address still confirmed.
 */
export function updateAddress(
  db: Db,
  table: AddressTable,
  accountId: string,
  id: string,
  changes: { email?: string; name?: string },
) {
  const email = changes.email
  if (table === 'senders' && email !== undefined) {
    const moved = sql<boolean>`email is distinct from ${email}`
    return db
      .updateTable('senders')
      .set({
        ...changes,
        confirmed_at: sql`case when ${moved} then null else confirmed_at end`,
        confirm_token_hash: sql`case when ${moved} then null else confirm_token_hash end`,
        confirm_sent_at: sql`case when ${moved} then null else confirm_sent_at end`,
      })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .returning(['id', 'email', 'name', 'created_at'])
      .executeTakeFirst()
  }
  return db
    .updateTable(table)
    .set(changes)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning(['id', 'email', 'name', 'created_at'])
    .executeTakeFirst()
}

export function deleteAddress(db: Db, table: AddressTable, accountId: string, id: string) {
  return db
    .deleteFrom(table)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning(['id', 'email', 'name'])
    .executeTakeFirst()
}

/** The sender of the account with this address (stored lower-cased), or undefined. */
export function findSenderByEmail(db: Db, accountId: string, email: string) {
  if (!isUuid(accountId)) return Promise.resolve(undefined)
  return db
    .selectFrom('senders')
    .select(['id', 'email', 'name', 'created_at', 'confirmed_at'])
    .where('account_id', '=', accountId)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst()
}

// Sender confirmation (the owner of the address clicked the link mailed to it)

/** When each sender of the account was confirmed and last asked to be. */
export function senderConfirmations(db: Db, accountId: string) {
  return db
    .selectFrom('senders')
    .select(['id', 'confirmed_at', 'confirm_sent_at'])
    .where('account_id', '=', accountId)
    .execute()
}

/**
 * Starts over: a new link (`tokenHash`) replaces any earlier one, and the sender is unconfirmed
 * until it is clicked. Also run after an address changes, so a click meanwhile on the old
 * address's link confirms nothing.
 */
export function resetSenderConfirmation(
  db: Db,
  accountId: string,
  id: string,
  link: { tokenHash: string; sentAt: Date } | null,
) {
  return db
    .updateTable('senders')
    .set({
      confirmed_at: null,
      confirm_token_hash: link?.tokenHash ?? null,
      confirm_sent_at: link?.sentAt ?? null,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute()
}

/** Uses up the link (once, while it is younger than `issuedAfter`): the sender is confirmed. */
export function confirmSenderByToken(db: Db, tokenHash: string, now: Date, issuedAfter: Date) {
  return db
    .updateTable('senders')
    .set({ confirmed_at: now, confirm_token_hash: null })
    .where('confirm_token_hash', '=', tokenHash)
    .where('confirm_sent_at', '>', issuedAfter)
    .returning(['account_id', 'id', 'email'])
    .executeTakeFirst()
}
