import { type Kysely, sql } from 'kysely'

/**
 * The recipients each inbound message was handled for (issue 19): one SMTP answer covers every
 * recipient of a message, so a sender that retries after a temporary refusal of one recipient
 * sends the message to all of them again; the recipients already handled (texted and charged,
 * filed) are skipped. Keyed by Message-ID, or a hash of the raw message when it has none; rows
 * older than a week are deleted (no sender retries that long).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inbound_mail_handled (
      message_key text not null,
      recipient text not null,
      handled_at timestamptz not null default now(),
      primary key (message_key, recipient)
    )`.execute(db)
  await sql`create index inbound_mail_handled_by_age on inbound_mail_handled (handled_at)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table inbound_mail_handled`.execute(db)
}
