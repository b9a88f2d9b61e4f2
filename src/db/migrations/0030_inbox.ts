import { type Kysely, sql } from 'kysely'

/**
 * The inbox (issue 19): what contacts send back — replies by email, SMS answers — threaded per
 * contact (or per address when no contact of the account has it), and the account's answers.
 * Only text is kept: nothing inbound is ever rendered as markup.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inbox_threads (
      account_id uuid not null references accounts(id) on delete cascade,
      id uuid not null,
      contact_id uuid,
      channel text not null check (channel in ('email', 'sms')),
      address text not null,
      subject text,
      status text not null default 'open' check (status in ('open', 'done')),
      assigned_to uuid references users(id) on delete set null,
      unread integer not null default 0,
      last_message_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      primary key (account_id, id),
      foreign key (account_id, contact_id) references contacts (account_id, id) on delete set null (contact_id)
    )`.execute(db)
  // One thread per contact; one per address and channel for senders no contact has.
  await sql`create unique index inbox_threads_by_contact on inbox_threads (account_id, contact_id)
    where contact_id is not null`.execute(db)
  await sql`create unique index inbox_threads_by_address on inbox_threads (account_id, channel, address)
    where contact_id is null`.execute(db)
  await sql`create index inbox_threads_latest on inbox_threads (account_id, status, last_message_at desc)`.execute(
    db,
  )
  await sql`
    create table inbox_messages (
      account_id uuid not null,
      id uuid not null,
      thread_id uuid not null,
      direction text not null check (direction in ('in', 'out')),
      channel text not null check (channel in ('email', 'sms')),
      from_address text not null,
      to_address text not null,
      subject text,
      body text not null,
      campaign_id uuid,
      sent_by uuid references users(id) on delete set null,
      external_id text,
      auth jsonb,
      status text not null default 'received'
        check (status in ('received', 'queued', 'sent', 'failed')),
      error text,
      created_at timestamptz not null default now(),
      primary key (account_id, id),
      foreign key (account_id, thread_id) references inbox_threads (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index inbox_messages_by_thread on inbox_messages (thread_id, id)`.execute(db)
  // A message the gateway or a mail server delivers twice is kept once.
  await sql`create unique index inbox_messages_external on inbox_messages (account_id, channel, external_id)
    where external_id is not null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table inbox_messages`.execute(db)
  await sql`drop table inbox_threads`.execute(db)
}
