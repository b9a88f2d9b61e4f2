import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { type Database, openPglite, openPostgres } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { migratedDump } from './pglite-dump.js'
import { adminUrl, databaseUrl, TEMPLATE_DATABASE } from './postgres.js'

export const testDatabaseKind = adminUrl() ? 'postgres' : 'pglite'

/**
 * A database of its own for one test file: an in-memory PGlite (from the migrated dump), or on the PostgreSQL run a fresh
 * copy of the migrated template, dropped again on close.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const admin = adminUrl()
  if (!admin) {
    const dump = migratedDump()
    const database = await openPglite(undefined, dump)
    if (!dump) await migrateToLatest(database.db)
    return database
  }
  const name = `test_${randomUUID().replaceAll('-', '')}`
  const server = openPostgres(admin, 1)
  await sql.raw(`create database ${name} template ${TEMPLATE_DATABASE}`).execute(server.db)
  const url = databaseUrl(admin, name)
  const database = openPostgres(url, 5)
  return {
    ...database,
    url,
    async close() {
      await database.close()
      await sql.raw(`drop database if exists ${name} with (force)`).execute(server.db)
      await server.close()
    },
  }
}

/** Where a `chorus` process of a test keeps its data: its environment and how to clean up. */
export interface ProcessDatabase {
  env: Record<string, string>
  close(): Promise<void>
}

/**
 * On the PostgreSQL run a database of its own (`DATABASE_URL`); on the PGlite run nothing, so the
 * process uses the embedded database in its data folder.
 */
export async function databaseForProcess(): Promise<ProcessDatabase> {
  const database = await createTestDatabase()
  if (database.url) return { env: { DATABASE_URL: database.url }, close: () => database.close() }
  await database.close()
  return { env: {}, close: async () => {} }
}
