import { type Kysely, sql } from 'kysely'

/**
 * The audience. Every table leads with account_id, so the schema can be distributed by account.
 * Contact ids are UUIDv7 (time-ordered), so keyset pagination by id walks contacts in the order
 * they were created.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contact_fields (
      account_id uuid not null references accounts(id),
      key text not null,
      label text not null,
      type text not null check (type in ('text', 'number', 'date', 'boolean')),
      created_at timestamptz not null default now(),
      primary key (account_id, key)
    )`.execute(db)

  await sql`
    create table contacts (
      account_id uuid not null references accounts(id),
      id uuid not null,
      email text,
      phone text,
      first_name text,
      last_name text,
      fields jsonb not null default '{}',
      email_status text not null default 'subscribed' check (email_status in ('subscribed', 'unsubscribed', 'pending')),
      sms_status text not null default 'subscribed' check (sms_status in ('subscribed', 'unsubscribed')),
      notes text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (account_id, id),
      check (email is not null or phone is not null)
    )`.execute(db)
  await sql`create unique index contacts_email on contacts (account_id, email) where email is not null`.execute(
    db,
  )
  await sql`create unique index contacts_sms_only_phone on contacts (account_id, phone) where email is null`.execute(
    db,
  )
  await sql`create index contacts_phone on contacts (account_id, phone) where phone is not null`.execute(
    db,
  )

  await sql`
    create table groups (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      description text not null default '',
      member_count integer not null default 0,
      created_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)
  await sql`create unique index groups_name on groups (account_id, lower(name))`.execute(db)

  await sql`
    create table group_members (
      account_id uuid not null,
      group_id uuid not null,
      contact_id uuid not null,
      added_at timestamptz not null default now(),
      primary key (account_id, group_id, contact_id),
      foreign key (account_id, group_id) references groups(account_id, id) on delete cascade,
      foreign key (account_id, contact_id) references contacts(account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index group_members_contact on group_members (account_id, contact_id)`.execute(
    db,
  )

  // Group sizes are kept as they change, by statement-level triggers over the transition tables:
  // one update per statement whatever its row count, so listing groups never counts members.
  await sql`
    create function group_members_count() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update groups g set member_count = g.member_count + d.n
        from (select account_id, group_id, count(*) as n from new_rows group by 1, 2) d
        where g.account_id = d.account_id and g.id = d.group_id;
      else
        update groups g set member_count = g.member_count - d.n
        from (select account_id, group_id, count(*) as n from old_rows group by 1, 2) d
        where g.account_id = d.account_id and g.id = d.group_id;
      end if;
      return null;
    end $$`.execute(db)
  await sql`
    create trigger group_members_counted_insert after insert on group_members
    referencing new table as new_rows for each statement execute function group_members_count()`.execute(
    db,
  )
  await sql`
    create trigger group_members_counted_delete after delete on group_members
    referencing old table as old_rows for each statement execute function group_members_count()`.execute(
    db,
  )

  await sql`
    create table tags (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      created_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)
  await sql`create unique index tags_name on tags (account_id, lower(name))`.execute(db)
  await sql`
    create table contact_tags (
      account_id uuid not null,
      contact_id uuid not null,
      tag_id uuid not null,
      primary key (account_id, contact_id, tag_id),
      foreign key (account_id, contact_id) references contacts(account_id, id) on delete cascade,
      foreign key (account_id, tag_id) references tags(account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index contact_tags_tag on contact_tags (account_id, tag_id, contact_id)`.execute(
    db,
  )

  await sql`
    create table segments (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      filter jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)

  await sql`
    create table contact_events (
      account_id uuid not null,
      contact_id uuid not null,
      id bigint generated always as identity,
      type text not null,
      channel text,
      at timestamptz not null default now(),
      details jsonb,
      primary key (account_id, contact_id, id),
      foreign key (account_id, contact_id) references contacts(account_id, id) on delete cascade
    )`.execute(db)

  await sql`
    create table imports (
      account_id uuid not null references accounts(id),
      id uuid not null,
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      group_id uuid,
      file_path text,
      created_by uuid,
      processed integer not null default 0,
      imported integer not null default 0,
      updated integer not null default 0,
      failed integer not null default 0,
      errors jsonb not null default '[]',
      message text,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      primary key (account_id, id)
    )`.execute(db)

  // Suppression: unsubscribes belong to the sending account (SPEC §4); the blocklist to an
  // account; hard bounces and complaints to the platform, since they are about deliverability.
  await sql`
    create table unsubscribes (
      account_id uuid not null references accounts(id),
      channel text not null check (channel in ('email', 'sms')),
      address text not null,
      source text not null,
      at timestamptz not null default now(),
      primary key (account_id, channel, address)
    )`.execute(db)
  await sql`
    create table blocklist (
      account_id uuid not null references accounts(id),
      channel text not null check (channel in ('email', 'sms')),
      address text not null,
      reason text not null default '',
      created_by uuid,
      created_at timestamptz not null default now(),
      primary key (account_id, channel, address)
    )`.execute(db)
  await sql`
    create table platform_suppressions (
      channel text not null check (channel in ('email', 'sms')),
      address text not null,
      reason text not null check (reason in ('hard_bounce', 'complaint')),
      at timestamptz not null default now(),
      primary key (channel, address)
    )`.execute(db)

  // Double opt-in: a contact added by a form or the API waits in `pending` until it confirms.
  await sql`
    create table consent_requests (
      account_id uuid not null,
      contact_id uuid not null,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      confirmed_at timestamptz,
      primary key (account_id, contact_id),
      foreign key (account_id, contact_id) references contacts(account_id, id) on delete cascade
    )`.execute(db)

  await sql`alter table accounts add column opt_in text not null default 'single' check (opt_in in ('single', 'double'))`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'consent_requests',
    'platform_suppressions',
    'blocklist',
    'unsubscribes',
    'imports',
    'contact_events',
    'segments',
    'contact_tags',
    'tags',
    'group_members',
    'groups',
    'contacts',
    'contact_fields',
  ]) {
    await sql.raw(`drop table ${table}`).execute(db)
  }
  await sql`drop function group_members_count`.execute(db)
  await sql`alter table accounts drop column opt_in`.execute(db)
}
