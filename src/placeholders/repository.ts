import { type Kysely, sql, type Transaction } from 'kysely'
import { escapeLike } from '../audience/segments/filter.js'
import type { DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

const columns = [
  'account_id',
  'id',
  'name',
  'default_value',
  'description',
  'created_at',
  'updated_at',
] as const

export function findPlaceholder(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('placeholders')
    .select(columns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export type PlaceholderRow = NonNullable<Awaited<ReturnType<typeof findPlaceholder>>>

/** The account's placeholders by name, those whose name or description holds `search` if given. */
export function listPlaceholders(db: Db, accountId: string, search?: string) {
  let query = db
    .selectFrom('placeholders')
    .select(columns)
    .where('account_id', '=', accountId)
    .orderBy('name')
  if (search) {
    const pattern = `%${escapeLike(search)}%`
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', sql<string>`${pattern}`),
        eb('description', 'ilike', sql<string>`${pattern}`),
      ]),
    )
  }
  return query.execute()
}

/** Only the named ones: a message carries the placeholders it prints, not the whole library. */
export function placeholdersNamed(db: Db, accountId: string, names: readonly string[]) {
  if (names.length === 0) return Promise.resolve([])
  return db
    .selectFrom('placeholders')
    .select(['name', 'default_value'])
    .where('account_id', '=', accountId)
    .where('name', 'in', names)
    .execute()
}

export function countPlaceholders(db: Db, accountId: string) {
  return db
    .selectFrom('placeholders')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow()
}

export function insertPlaceholder(
  db: Db,
  values: {
    account_id: string
    id: string
    name: string
    default_value: string
    description: string
    created_by: string | null
  },
) {
  return db.insertInto('placeholders').values(values).returning(columns).executeTakeFirstOrThrow()
}

export function updatePlaceholder(
  db: Db,
  accountId: string,
  id: string,
  changes: { name?: string; default_value?: string; description?: string },
) {
  return db
    .updateTable('placeholders')
    .set({ ...changes, updated_at: sql`now()` })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst()
}

export async function deletePlaceholder(db: Db, accountId: string, id: string) {
  const result = await db
    .deleteFrom('placeholders')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
