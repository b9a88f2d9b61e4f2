import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

const groupColumns = [
  'id',
  'account_id',
  'name',
  'description',
  'member_count',
  'created_at',
] as const

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
