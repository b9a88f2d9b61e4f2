import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'

/**
 * Content (templates, senders, testers, sender domains), credits and campaigns with their send
 * ledger (SPEC §1 Campaign, §4, §5). Every tenant table leads with `account_id`.
 *
 * Credits: `accounts.email_credits` / `sms_credits` are the spendable balances, never negative
 * (a check constraint, so concurrent launches cannot overdraw). Launching moves the whole need
 * from the balance to `campaigns.credits_reserved`; each sent message adds to `credits_used` in
 * the same transaction that marks its ledger row sent; the end of the campaign returns
 * `reserved - used` to the balance. Every movement of a balance is a `credit_ledger` row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts
    add column email_credits bigint not null default 0 check (email_credits >= 0),
    add column sms_credits bigint not null default 0 check (sms_credits >= 0)`.execute(db)

  await sql`
    create table credit_ledger (
      account_id uuid not null references accounts(id),
      id uuid not null,
      channel text not null check (channel in ('email', 'sms')),
      amount bigint not null,
      balance_after bigint not null,
      reason text not null check (reason in ('signup', 'top_up', 'allocation', 'reserve', 'release')),
      campaign_id uuid,
      counterpart_account_id uuid,
      actor_user_id uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)

  await sql`
    create table templates (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      category text,
      channel text not null default 'email' check (channel in ('email', 'sms')),
      subject text not null default '',
      html text not null default '',
      text text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)

  await sql`
    create table template_shares (
      account_id uuid not null,
      template_id uuid not null,
      target_account_id uuid not null references accounts(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (account_id, template_id, target_account_id),
      foreign key (account_id, template_id) references templates(account_id, id) on delete cascade,
      check (account_id <> target_account_id)
    )`.execute(db)
  await sql`create index template_shares_target on template_shares (target_account_id)`.execute(db)

  await sql`
    create table senders (
      account_id uuid not null references accounts(id),
      id uuid not null,
      email text not null,
      name text not null default '',
      created_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)
  await sql`create unique index senders_email on senders (account_id, email)`.execute(db)

  await sql`
    create table testers (
      account_id uuid not null references accounts(id),
      id uuid not null,
      email text not null,
      name text not null default '',
      created_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)
  await sql`create unique index testers_email on testers (account_id, email)`.execute(db)

  await sql`
    create table domains (
      account_id uuid not null references accounts(id),
      id uuid not null,
      domain text not null,
      dkim_selector text not null,
      dkim_private_key text not null,
      dkim_public_key text not null,
      verified_at timestamptz,
      last_checked_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)
  await sql`create unique index domains_name on domains (account_id, domain)`.execute(db)
  // Signing looks a domain up by name alone (the From address decides which key signs).
  await sql`create index domains_by_name on domains (domain)`.execute(db)

  await sql`
    create table campaigns (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      channel text not null check (channel in ('email', 'sms')),
      status text not null default 'draft' check (status in
        ('draft', 'pending_approval', 'scheduled', 'sending', 'paused', 'sent', 'terminated')),
      subject text not null default '',
      from_email text not null default '',
      from_name text not null default '',
      html text not null default '',
      text text not null default '',
      template_id uuid,
      group_ids uuid[] not null default '{}',
      segment_ids uuid[] not null default '{}',
      scheduled_at timestamptz,
      created_by uuid references users(id),
      submitted_by uuid references users(id),
      approved_by uuid references users(id),
      decline_reason text,
      credits_reserved bigint not null default 0 check (credits_reserved >= 0),
      credits_used bigint not null default 0 check (credits_used >= 0),
      recipient_count integer not null default 0,
      lease_owner text,
      lease_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      launched_at timestamptz,
      finished_at timestamptz,
      primary key (account_id, id),
      check (credits_used <= credits_reserved)
    )`.execute(db)
  await sql`create index campaigns_active on campaigns (status) where status in ('scheduled', 'sending')`.execute(
    db,
  )
  // Inbound events name a campaign by the id in a Message-ID, without its account.
  await sql`create index campaigns_by_id on campaigns (id)`.execute(db)
  await sql`create index campaigns_list on campaigns (account_id, created_at desc, id)`.execute(db)

  // The send ledger: one row per (campaign, recipient). `status` moves queued → claimed → sent
  // (or skipped/failed); claimed rows left by a process that died are in flight and go back to
  // queued when the next leader takes the campaign. Links in messages name a recipient by a
  // signed token made from this key, so no token column (and index) is written per recipient.
  await sql`
    create table campaign_recipients (
      account_id uuid not null,
      campaign_id uuid not null,
      contact_id uuid not null,
      contact_account_id uuid not null,
      address text not null,
      status text not null default 'queued' check (status in
        ('queued', 'claimed', 'sent', 'skipped', 'failed')),
      credits integer not null default 1,
      attempts integer not null default 0,
      claimed_at timestamptz,
      sent_at timestamptz,
      error text,
      primary key (account_id, campaign_id, contact_id),
      foreign key (account_id, campaign_id) references campaigns(account_id, id) on delete cascade
    )`.execute(db)

  // Opens, clicks, deliveries, bounces, complaints, unsubscribes per recipient.
  await sql`
    create table campaign_events (
      account_id uuid not null,
      campaign_id uuid not null,
      contact_id uuid not null,
      kind text not null check (kind in
        ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')),
      detail text,
      at timestamptz not null default now(),
      foreign key (account_id, campaign_id) references campaigns(account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index campaign_events_campaign on campaign_events (account_id, campaign_id, kind, contact_id)`.execute(
    db,
  )

  await sql`
    create table campaign_links (
      account_id uuid not null,
      campaign_id uuid not null,
      position integer not null,
      url text not null,
      primary key (account_id, campaign_id, position),
      foreign key (account_id, campaign_id) references campaigns(account_id, id) on delete cascade
    )`.execute(db)

  // Per-installation secrets (the key that signs recipient links), made once here.
  await sql`create table instance_secrets (name text primary key, value text not null)`.execute(db)
  await sql`insert into instance_secrets (name, value) values ('recipient_links', ${randomBytes(32).toString('base64url')})`.execute(
    db,
  )

  // Inbound provider events (bounce, complaint, unsubscribe) already applied: a replay is a no-op.
  await sql`
    create table inbound_events (
      event_id text primary key,
      kind text not null,
      received_at timestamptz not null default now()
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'inbound_events',
    'instance_secrets',
    'campaign_links',
    'campaign_events',
    'campaign_recipients',
    'campaigns',
    'domains',
    'testers',
    'senders',
    'template_shares',
    'templates',
    'credit_ledger',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db)
  }
  await sql`alter table accounts drop column email_credits, drop column sms_credits`.execute(db)
}
