import path from 'node:path'
import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { CompiledQuery, Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import { lockDataFolder } from './lock.js'
import type { DB } from './schema.js'

export type DatabaseKind = 'pglite' | 'postgres'

/**
 * Runs one fixed SQL text as a named prepared statement (PostgreSQL plans it once per connection).
 * Kept for the few statements on every request's path; everything else goes through Kysely.
 */
export type PreparedQuery = <R>(name: string, text: string, values: unknown[]) => Promise<R[]>

export interface Database {
  db: Kysely<DB>
  kind: DatabaseKind
  prepared: PreparedQuery
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… to use a server; otherwise the embedded database. */
  databaseUrl?: string | undefined
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string | undefined
  poolSize?: number
}

/** The pool behind each Kysely instance of openPostgres, for what Kysely cannot speak (COPY). */
const pools = new WeakMap<Kysely<DB>, pg.Pool>()

/**
 * The node-postgres pool behind `db` when it is a PostgreSQL database opened by openPostgres;
 * undefined on PGlite. Callers check out a client, use it (COPY FROM STDIN) and release it.
 */
export function pgPoolOf(db: Kysely<DB>): pg.Pool | undefined {
  return pools.get(db)
}

/**
 * pg's Client, with the promise form of `query` (what Kysely calls) run through its callback form.
 * The two differ in when the query gets its callback: the promise form sets it after constructing
 * the query. Measured (session 6, pg 8.23, Node 24, a 7,000-row read run back to back): in the
 * promise form every young-generation collection took ~20 ms and moved ~15 MB to the old
 * generation, and the read's p95 was 30–35 ms; in the callback form collections took under 1 ms
 * and the p95 was 15–22 ms, at the same median. Streams (COPY, cursors) pass through unchanged.
 */
class CallbackQueryClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads, all passed through
  override query(...args: any[]): any {
    const [config, values] = args
    const promiseForm = typeof args.at(-1) !== 'function' && typeof config?.submit !== 'function'
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const query = super.query.bind(this) as (...args: any[]) => any
    if (!promiseForm) return query(...args)
    return new Promise((resolve, reject) => {
      query(config, values, (error: Error | null, result: unknown) =>
        error ? reject(error) : resolve(result),
      )
    })
  }
}

export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, Client: CallbackQueryClient })
  // A lost server connection must not crash the process: requests answer 503 until it is back.
  pool.on('error', () => {})
  // A client in use when the server goes away emits its error on itself, not on the pool; the
  // query it was running fails, and that failure is what the request or the worker handles.
  pool.on('connect', (client) => client.on('error', () => {}))
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  pools.set(db, pool)
  const prepared: PreparedQuery = async <R>(name: string, text: string, values: unknown[]) =>
    (await pool.query({ name, text, values })).rows as R[]
  return { db, kind: 'postgres', prepared, close: () => db.destroy() }
}

/** The extensions the migrations create (contacts search: pg_trgm), loaded at every start. */
export const PGLITE_OPTIONS: PGliteOptions = { extensions: { pg_trgm } }

/**
 * The embedded database in a data folder, or in memory when there is none; an in-memory one may
 * start from a dump (`PGlite.dumpDataDir`) instead of an empty cluster.
 */
export async function openPglite(dataDir: string | undefined, dump?: Blob): Promise<Database> {
  const release = dataDir ? lockDataFolder(dataDir) : () => {}
  try {
    const pglite = dataDir
      ? new PGlite(path.join(dataDir, 'pglite'), PGLITE_OPTIONS)
      : new PGlite({ ...PGLITE_OPTIONS, ...(dump ? { loadDataDir: dump } : {}) })
    await pglite.waitReady
    const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) })
    // PGlite has one connection and Kysely serialises access to it; a plain query joins that queue.
    const prepared: PreparedQuery = async <R>(_name: string, text: string, values: unknown[]) =>
      (await db.executeQuery<R>(CompiledQuery.raw(text, values))).rows as R[]
    return {
      db,
      kind: 'pglite',
      prepared,
      close: async () => {
        await db.destroy()
        release()
      },
    }
  } catch (error) {
    release()
    throw error
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize)
  return openPglite(options.dataDir)
}
