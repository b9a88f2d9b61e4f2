import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely'
import type { ConnectionsTable, DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export type ConnectionRow = Selectable<ConnectionsTable>

/** Ends the pair's active connection whose expiry has passed; a live one is left alone. */
export async function endExpiredConnection(
  db: Db,
  pair: { accountId: string; userId: string },
  now: Date,
) {
  await db
    .updateTable('connections')
    .set({ status: 'ended', ended_at: now })
    .where('account_id', '=', pair.accountId)
    .where('user_id', '=', pair.userId)
    .where('status', '=', 'active')
    .where('expires_at', '<=', now)
    .execute()
}

/** Inserts the connection; an open one for the pair fails on the unique index. */
export function insertConnection(
  db: Db,
  row: Insertable<ConnectionsTable>,
): Promise<ConnectionRow> {
  return db.insertInto('connections').values(row).returningAll().executeTakeFirstOrThrow()
}

export function findConnection(db: Db, id: string): Promise<ConnectionRow | undefined> {
  return db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst()
}

export function updateConnection(
  db: Db,
  row: Pick<ConnectionRow, 'account_id' | 'id'>,
  changes: Updateable<ConnectionsTable>,
): Promise<ConnectionRow> {
  return db
    .updateTable('connections')
    .set(changes)
    .where('account_id', '=', row.account_id)
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** The user's active connections to other accounts, newest first. */
export function activeConnectionsOf(db: Db, userId: string): Promise<ConnectionRow[]> {
  return db
    .selectFrom('connections')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .orderBy('created_at', 'desc')
    .execute()
}

/** The pending and active connections into these accounts, newest first. */
export function openConnectionsInto(
  db: Db,
  accountIds: readonly string[],
): Promise<ConnectionRow[]> {
  return db
    .selectFrom('connections')
    .selectAll()
    .where('account_id', 'in', accountIds)
    .where('status', 'in', ['pending', 'active'])
    .orderBy('created_at', 'desc')
    .execute()
}
