import { type Kysely, sql } from 'kysely'

/**
 * Custom events (issue 18): something that happened to a contact outside Chorus — an order in a
 * shop, a lead in a CRM — posted through the API or an inbound integration. Programs start on
 * them; a key (an order id) makes a posted event count once per account and name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table custom_events (
      account_id uuid not null references accounts(id),
      id uuid not null,
      contact_id uuid not null,
      name text not null,
      properties jsonb not null default '{}',
      dedupe_key text,
      source text not null,
      created_at timestamptz not null default now(),
      primary key (account_id, id),
      foreign key (account_id, contact_id) references contacts (account_id, id) on delete cascade
    )`.execute(db)
  await sql`
    create unique index custom_events_once on custom_events (account_id, name, dedupe_key)
    where dedupe_key is not null`.execute(db)
  await sql`create index custom_events_by_contact on custom_events (account_id, contact_id, created_at)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table custom_events`.execute(db)
}
