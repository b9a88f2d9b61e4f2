import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'
import { collect } from '../contacts/repository.js'

type Db = Kysely<DB> | Transaction<DB>

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
