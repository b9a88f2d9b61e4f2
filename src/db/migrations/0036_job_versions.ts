import { type Kysely, sql } from 'kysely'

/**
 * `jobs.version`: bumped when a keyed job is made due again (a program's trigger changed) while
 * it may be running, so the run's end — written from what it read before the change — leaves the
 * job due at once instead of rescheduling it by the old trigger or deleting it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table jobs add column version integer not null default 0`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table jobs drop column version`.execute(db)
}
