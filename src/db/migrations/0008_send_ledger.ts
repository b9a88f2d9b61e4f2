import { type Kysely, sql } from 'kysely'

/**
 * The send ledger drops its foreign key to campaigns: PostgreSQL checks it with one query per
 * inserted row, 4–6 s of a million-recipient launch. The ledger has one writer — the launch, inside
 * the transaction that holds the campaign's row lock — and campaigns delete their ledger rows
 * themselves (src/campaigns/repository.ts deleteCampaign).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table campaign_recipients drop constraint campaign_recipients_account_id_campaign_id_fkey`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table campaign_recipients add foreign key (account_id, campaign_id)
    references campaigns(account_id, id) on delete cascade`.execute(db)
}
