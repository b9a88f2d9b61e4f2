import { type Kysely, sql } from 'kysely'

/**
 * The recipients a launch fixes, a thousand to a row, before they become send-ledger rows. Writing
 * a million ledger rows took most of a million-recipient launch (2.5–4 s of heap and index
 * inserts); a thousand array rows take a fraction of it, and the worker turns one into ledger rows
 * (one statement: delete the batch, insert its rows) just before it sends them. The arrays are
 * stored out of line uncompressed: they are written once, read once, and compressing them cost
 * more than it saved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table campaign_audience (
      account_id uuid not null,
      campaign_id uuid not null,
      batch integer not null,
      contact_ids uuid[] not null,
      contact_account_ids uuid[] not null,
      addresses text[] not null,
      primary key (account_id, campaign_id, batch)
    )`.execute(db)
  await sql`alter table campaign_audience
    alter contact_ids set storage external,
    alter contact_account_ids set storage external,
    alter addresses set storage external`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table campaign_audience`.execute(db)
}
