import { type Kysely, sql } from 'kysely'

/**
 * The job queue serves imports and programs too (issue 18):
 * - `key`: a job that exists at most once per kind and key (a program's date trigger, an import),
 *   so scheduling is an upsert and cancelling a delete by key;
 * - `place`: a job that only a process holding that data directory may run (an import reads its
 *   uploaded file from disk); null runs anywhere;
 * - `imports.started_at`: when an import last started, so the claim serves the account that has
 *   waited longest first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table jobs add column key text`.execute(db)
  await sql`alter table jobs add column place text`.execute(db)
  await sql`create unique index jobs_kind_key on jobs (kind, key) where key is not null`.execute(db)
  await sql`create index jobs_kind_account on jobs (kind, account_id)`.execute(db)
  await sql`alter table imports add column started_at timestamptz`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports drop column started_at`.execute(db)
  await sql`drop index jobs_kind_account`.execute(db)
  await sql`drop index jobs_kind_key`.execute(db)
  await sql`alter table jobs drop column place`.execute(db)
  await sql`alter table jobs drop column key`.execute(db)
}
