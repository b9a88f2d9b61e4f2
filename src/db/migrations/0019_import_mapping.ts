import { type Kysely, sql } from 'kysely'

/**
 * The import screen: the column mapping the user chose (kept, so an import resumed after a restart
 * maps as it was asked to), the file's header and the rejected rows themselves (for the CSV of
 * rejected rows to fix and import again).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports
    add column mapping jsonb,
    add column header jsonb,
    add column rejected jsonb not null default '[]'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports
    drop column mapping,
    drop column header,
    drop column rejected`.execute(db)
}
