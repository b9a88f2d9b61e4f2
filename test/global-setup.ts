import { openPostgres } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { adminUrl, databaseUrl, TEMPLATE_DATABASE } from './helpers/postgres.js'

/**
 * On the PostgreSQL run, migrate one template database once; every test file then gets its own
 * copy of it (CREATE DATABASE … TEMPLATE), which is much faster than migrating each time.
 */
export default async function setup() {
  const admin = adminUrl()
  if (!admin) return
  const server = openPostgres(admin, 1)
  const { sql } = await import('kysely')
  await sql.raw(`drop database if exists ${TEMPLATE_DATABASE}`).execute(server.db)
  await sql.raw(`create database ${TEMPLATE_DATABASE}`).execute(server.db)
  await server.close()
  const template = openPostgres(databaseUrl(admin, TEMPLATE_DATABASE), 1)
  await migrateToLatest(template.db)
  await template.close()
}
