import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export interface RowError {
  row: number
  field?: string
  message: string
}

/** At most this many row errors are kept per import; `failed` counts every failed row. */
export const MAX_KEPT_ERRORS = 1000

/** A refused row as the file had it, with why: a line of the rejected rows' CSV. */
export interface RejectedRow {
  row: number
  cells: string[]
  reason: string
}

/** At most this many refused rows are kept per import, for the CSV of rejected rows. */
export const MAX_KEPT_REJECTED = 10_000
/** …and at most this many characters of their cells in all. */
export const MAX_KEPT_REJECTED_CHARS = 10_000_000

const importColumns = [
  'account_id',
  'id',
  'status',
  'group_id',
  'file_path',
  'created_by',
  'processed',
  'imported',
  'updated',
  'failed',
  'errors',
  'message',
  'created_at',
  'finished_at',
  'mapping',
] as const

export function findImport(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('imports')
    .select(importColumns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export type ImportRecord = NonNullable<Awaited<ReturnType<typeof findImport>>>

/** The import's status alone (a primary-key read): asked by the runner before every batch. */
export async function importStatus(db: Db, accountId: string, id: string) {
  const row = await db
    .selectFrom('imports')
    .select('status')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.status
}

export async function insertImport(
  db: Db,
  values: {
    accountId: string
    id: string
    groupId: string | null
    filePath: string
    createdBy: string
    mapping?: unknown[] | null
  },
) {
  await db
    .insertInto('imports')
    .values({
      account_id: values.accountId,
      id: values.id,
      status: 'queued',
      group_id: values.groupId,
      file_path: values.filePath,
      created_by: values.createdBy,
      mapping: values.mapping ? JSON.stringify(values.mapping) : null,
    })
    .execute()
}

/**
 * Takes a queued (or interrupted) import to `running` with its counters reset: a run always
 * starts from the first row, which is safe because the upsert is idempotent. Undefined when the
 * import has finished meanwhile.
 */
export function claimImport(db: Db, accountId: string, id: string) {
  return db
    .updateTable('imports')
    .set({
      status: 'running',
      processed: 0,
      imported: 0,
      updated: 0,
      failed: 0,
      errors: '[]',
      rejected: '[]',
      message: null,
      started_at: sql<Date>`now()`,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .returning(importColumns)
    .executeTakeFirst()
}

/**
 * Ends a queued or running import; its file is no longer needed either way. Returns the final
 * counters, or undefined when the import had already ended.
 */
export function finishImport(
  db: Db,
  accountId: string,
  id: string,
  outcome: { status: 'done' | 'failed' | 'cancelled'; message: string | null },
) {
  return db
    .updateTable('imports')
    .set({
      status: outcome.status,
      message: outcome.message,
      file_path: null,
      finished_at: sql<Date>`now()`,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .returning(['processed', 'imported', 'updated', 'failed', 'group_id'])
    .executeTakeFirst()
}

/** Imports a stopped process left behind: to run again, or to fail when their file is gone. */
export function unfinishedImports(db: Db) {
  return db
    .selectFrom('imports')
    .select(['account_id', 'id', 'file_path'])
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .execute()
}

/** Finished imports whose file is still on disk (the process stopped before deleting it). */
export function finishedImportFiles(db: Db) {
  return db
    .selectFrom('imports')
    .select(['account_id', 'id', 'file_path'])
    .where('status', 'in', ['done', 'failed', 'cancelled'])
    .where('file_path', 'is not', null)
    .execute()
}

export async function forgetFile(db: Db, accountId: string, id: string) {
  await db
    .updateTable('imports')
    .set({ file_path: null })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute()
}

/**
 * The account's queued and running imports, read under a per-account advisory lock so that two
 * uploads racing for the last place are counted one after the other (call it in a transaction).
 */
export async function lockActiveImports(db: Db, accountId: string): Promise<string[]> {
  await sql`select pg_advisory_xact_lock(hashtext(${`imports:${accountId}`}))`.execute(db)
  const rows = await db
    .selectFrom('imports')
    .select('id')
    .where('account_id', '=', accountId)
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .execute()
  return rows.map((row) => row.id)
}

/** The header row of an import's file, kept with it for the CSV of rejected rows. */
export async function saveHeader(db: Db, accountId: string, id: string, header: string[]) {
  await db
    .updateTable('imports')
    .set({ header: JSON.stringify(header) })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute()
}

/** The header and the refused rows of an import, or undefined when it is not the account's. */
export function rejectedRows(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('imports')
    .select(['header', 'rejected', 'failed'])
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
}
