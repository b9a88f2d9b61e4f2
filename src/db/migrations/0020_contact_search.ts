import { type Kysely, sql } from 'kysely'

/**
 * The contacts table's search (`q`: part of an email, a name or a phone) on a million-contact
 * account: without an index, a search that matches few contacts reads every contact of the account
 * (10.6 s measured at 1,000,000). Trigram indexes answer `ilike '%…%'` from the index. pg_trgm is a
 * trusted extension (PostgreSQL 13+: a database owner creates it) and PGlite loads it at start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create index contacts_search on contacts using gin (
    email gin_trgm_ops, first_name gin_trgm_ops, last_name gin_trgm_ops, phone gin_trgm_ops)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index contacts_search`.execute(db)
}
