import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import { lockDataFolder } from './lock.js'
import type { DB } from './schema.js'

export type DatabaseKind = 'pglite' | 'postgres'

export interface Database {
  db: Kysely<DB>
  kind: DatabaseKind
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… to use a server; otherwise the embedded database. */
  databaseUrl?: string | undefined
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string | undefined
  poolSize?: number
}

export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize })
  // A lost server connection must not crash the process: requests answer 503 until it is back.
  pool.on('error', () => {})
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const release = dataDir ? lockDataFolder(dataDir) : () => {}
  try {
    const pglite = dataDir ? new PGlite(path.join(dataDir, 'pglite')) : new PGlite()
    await pglite.waitReady
    const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) })
    return {
      db,
      kind: 'pglite',
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
