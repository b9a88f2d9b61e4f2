import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

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
