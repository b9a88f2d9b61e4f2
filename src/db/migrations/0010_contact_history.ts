import { type Kysely, sql } from 'kysely'

/**
 * A contact's history reads the send ledger and campaign events by contact
 * (src/audience/repository.ts listContactHistory); both tables are keyed by campaign, so without
 * these indexes every history page scanned them whole.
 *
 * The ledger index leaves `status` out and is not partial: the send path updates `status` of
 * every row (claimed, then sent), and an index that depends on it would make each of those updates
 * non-HOT, writing a new entry in every index of the ledger. Its columns never change after
 * insert, so those updates stay as cheap as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index campaign_recipients_contact
    on campaign_recipients (contact_account_id, contact_id)`.execute(db)
  await sql`create index campaign_events_contact on campaign_events (account_id, contact_id)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index campaign_events_contact`.execute(db)
  await sql`drop index campaign_recipients_contact`.execute(db)
}
