import { type Kysely, sql } from 'kysely'

/**
 * Contacts shared down to sub-accounts (seed 003), one row per contact and target, as group and
 * template shares are: the row goes with its contact, and validity is checked on every read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contact_shares (
      account_id uuid not null,
      contact_id uuid not null,
      target_account_id uuid not null references accounts(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (account_id, contact_id, target_account_id),
      foreign key (account_id, contact_id) references contacts(account_id, id) on delete cascade,
      check (account_id <> target_account_id)
    )`.execute(db)
  // The receiving account's list walks its shared-in contacts by id (keyset, like its own).
  await sql`create index contact_shares_target on contact_shares (target_account_id, contact_id)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table contact_shares`.execute(db)
}
