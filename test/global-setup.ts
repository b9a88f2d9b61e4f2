import path from 'node:path'
import { openPostgres } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { writeMigratedDump } from './helpers/pglite-dump.js'
import { adminUrl, databaseUrl, TEMPLATE_DATABASE } from './helpers/postgres.js'

/**
 * Migrate one database once per run; every test file then starts from a copy of it, which is much
 * faster than migrating each time: on PostgreSQL a template database (CREATE DATABASE … TEMPLATE),
 * on PGlite a dump of a migrated cluster.
 */
export default async function setup() {
  const admin = adminUrl()
  if (!admin) return writeMigratedDump(path.resolve(import.meta.dirname, '../.test-results'))
  const server = openPostgres(admin, 1)
  const { sql } = await import('kysely')
  await sql.raw(`drop database if exists ${TEMPLATE_DATABASE}`).execute(server.db)
  await sql.raw(`create database ${TEMPLATE_DATABASE}`).execute(server.db)
  await server.close()
  const template = openPostgres(databaseUrl(admin, TEMPLATE_DATABASE), 1)
  await migrateToLatest(template.db)
  await template.close()
}
