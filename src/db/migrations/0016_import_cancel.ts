import { type Kysely, sql } from 'kysely'

/** An import can be cancelled (`POST …/imports/{id}/cancel`): the batches it committed stay. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports drop constraint imports_status_check`.execute(db)
  await sql`alter table imports add constraint imports_status_check
    check (status in ('queued', 'running', 'done', 'failed', 'cancelled'))`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update imports set status = 'failed' where status = 'cancelled'`.execute(db)
  await sql`alter table imports drop constraint imports_status_check`.execute(db)
  await sql`alter table imports add constraint imports_status_check
    check (status in ('queued', 'running', 'done', 'failed'))`.execute(db)
}
