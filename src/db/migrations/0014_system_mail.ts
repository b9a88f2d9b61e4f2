import { type Kysely, sql } from 'kysely'

/**
 * Mail from the system sender, metered and verified:
 * - a sender address is usable once its owner confirmed it (`confirmed_at`, by the single-use link
 *   whose hash is `confirm_token_hash`) or it lies at a verified domain of the account (computed);
 * - `confirmation_mails` remembers when an account last asked an address for double opt-in
 *   consent, so deleting and re-adding a contact cannot mail it again the same day;
 * - test sends cost credits, recorded in the ledger as `test_send` (re-labelled `reserve` /
 *   `release` on the way down, never deleted).
 */
const REASONS = ['signup', 'top_up', 'allocation', 'reserve', 'release']

function reasonCheck(reasons: string[]) {
  return sql`alter table credit_ledger drop constraint credit_ledger_reason_check,
    add constraint credit_ledger_reason_check check (reason in (${sql.join(reasons.map((r) => sql.lit(r)))}))`
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table senders
    add column confirmed_at timestamptz,
    add column confirm_token_hash text,
    add column confirm_sent_at timestamptz`.execute(db)
  await sql`create unique index senders_confirm_token on senders (confirm_token_hash)
    where confirm_token_hash is not null`.execute(db)
  await sql`
    create table confirmation_mails (
      account_id uuid not null references accounts(id),
      email text not null,
      sent_at timestamptz not null,
      primary key (account_id, email)
    )`.execute(db)
  await reasonCheck([...REASONS, 'test_send']).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The ledger is the history of every balance: its rows are re-labelled, never deleted, so the
  // balances stay explained. A test-send debit reads as a reservation, its refund as a release.
  await sql`update credit_ledger
    set reason = case when amount < 0 then 'reserve' else 'release' end
    where reason = 'test_send'`.execute(db)
  await reasonCheck(REASONS).execute(db)
  await sql`drop table confirmation_mails`.execute(db)
  await sql`drop index senders_confirm_token`.execute(db)
  await sql`alter table senders
    drop column confirmed_at, drop column confirm_token_hash, drop column confirm_sent_at`.execute(
    db,
  )
}
