import { type Kysely, sql } from 'kysely'

/**
 * Inbound SMS and Email-to-SMS (issue 19):
 * - `email_to_sms_settings`: an account's Email-to-SMS switch, the SMS sender its texts go out
 *   from and the most parts one email may become; `email_to_sms_addresses`: the addresses whose
 *   email the account turns into SMS (looked up by address, so indexed by it too);
 * - `email_to_sms_messages`: which inbox `out` message an email became and the address that sent
 *   it, so an SMS answer to it is emailed back to that address;
 * - the send ledger and the inbox's texts are searched by phone number to find which account an
 *   inbound SMS answers: partial indexes on phone addresses (which never change, so the send
 *   path's status updates stay HOT);
 * - the credit ledger learns the reason `email_to_sms`.
 */
const REASON = 'email_to_sms'

/** The ledger's reasons as its check constraint lists them now (other migrations add theirs). */
async function ledgerReasons(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ def: string }>`
    select pg_get_constraintdef(oid) as def from pg_constraint
    where conname = 'credit_ledger_reason_check'`.execute(db)
  return [...(rows[0]?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string)
}

async function setLedgerReasons(db: Kysely<unknown>, reasons: string[]) {
  await sql`alter table credit_ledger drop constraint credit_ledger_reason_check,
    add constraint credit_ledger_reason_check check (reason in (${sql.join(reasons.map((r) => sql.lit(r)))}))`.execute(
    db,
  )
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table email_to_sms_settings (
      account_id uuid primary key references accounts(id) on delete cascade,
      enabled boolean not null default false,
      sender text,
      max_parts integer not null default 1 check (max_parts between 1 and 10),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`
    create table email_to_sms_addresses (
      account_id uuid not null references accounts(id) on delete cascade,
      email text not null,
      primary key (account_id, email)
    )`.execute(db)
  await sql`create index email_to_sms_addresses_by_email on email_to_sms_addresses (email)`.execute(
    db,
  )
  await sql`
    create table email_to_sms_messages (
      account_id uuid not null,
      message_id uuid not null,
      member_email text not null,
      primary key (account_id, message_id),
      foreign key (account_id, message_id) references inbox_messages (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index campaign_recipients_by_phone on campaign_recipients (address)
    where address like '+%'`.execute(db)
  // The inbox's texts sent one by one (answers, Email-to-SMS) are searched by number the same way.
  await sql`create index inbox_messages_sms_out on inbox_messages (to_address)
    where direction = 'out' and channel = 'sms'`.execute(db)
  await setLedgerReasons(db, [...new Set([...(await ledgerReasons(db)), REASON])])
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Ledger rows stay: their debits are re-labelled as test sends (one message, charged at once).
  await sql`update credit_ledger set reason = 'test_send' where reason = ${REASON}`.execute(db)
  await setLedgerReasons(
    db,
    (await ledgerReasons(db)).filter((reason) => reason !== REASON),
  )
  await sql`drop index inbox_messages_sms_out`.execute(db)
  await sql`drop index campaign_recipients_by_phone`.execute(db)
  await sql`drop table email_to_sms_messages`.execute(db)
  await sql`drop table email_to_sms_addresses`.execute(db)
  await sql`drop table email_to_sms_settings`.execute(db)
}
