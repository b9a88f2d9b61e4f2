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

/**
 * Inserts the connection; undefined when the pair has an open one already (the unique index). No
 * error is raised, so the caller's transaction goes on.
 */
export function insertConnection(
  db: Db,
  row: Insertable<ConnectionsTable>,
): Promise<ConnectionRow | undefined> {
  return db
    .insertInto('connections')
    .values(row)
    .onConflict((conflict) => conflict.doNothing())
    .returningAll()
    .executeTakeFirst()
}

export function findConnection(db: Db, id: string): Promise<ConnectionRow | undefined> {
  return db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Changes the connection if its status is still one of `from`; undefined when it moved on. */
export function updateConnection(
  db: Db,
  row: Pick<ConnectionRow, 'account_id' | 'id'>,
  from: readonly ConnectionRow['status'][],
  changes: Updateable<ConnectionsTable>,
): Promise<ConnectionRow | undefined> {
  return db
    .updateTable('connections')
    .set(changes)
    .where('account_id', '=', row.account_id)
    .where('id', '=', row.id)
    .where('status', 'in', from)
    .returningAll()
    .executeTakeFirst()
}

/** The user's active connections to other accounts, newest first. */
/** A keyset page, newest first: at most `limit` rows after the connection `after`. */
export interface ConnectionPage {
  after?: string
  limit: number
}

/**
 * Newest first, by (created_at, id); the cursor is the id of the last row shown, whose creation
 * time the query looks up, so a page starts right after it even among rows created together.
 */
function newestFirst(db: Db, page: ConnectionPage) {
  let query = db.selectFrom('connections as c').selectAll('c')
  if (page.after) {
    const after = page.after
    query = query.where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('c.created_at', 'c.id'),
        '<',
        selectFrom('connections as k')
          .select(['k.created_at', 'k.id'])
          .where('k.id', '=', after)
          .$asTuple('created_at', 'id'),
      ),
    )
  }
  return query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(page.limit)
}

export function activeConnectionsOf(
  db: Db,
  userId: string,
  page: ConnectionPage,
): Promise<ConnectionRow[]> {
  return newestFirst(db, page)
    .where('c.user_id', '=', userId)
    .where('c.status', '=', 'active')
    .execute()
}

/** The pending and active connections into these accounts, newest first. */
export function openConnectionsInto(
  db: Db,
  accountIds: readonly string[],
  page: ConnectionPage,
): Promise<ConnectionRow[]> {
  return newestFirst(db, page)
    .where('c.account_id', 'in', accountIds)
    .where('c.status', 'in', ['pending', 'active'])
    .execute()
}
