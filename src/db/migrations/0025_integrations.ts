import { type Kysely, sql } from 'kysely'

/**
 * Inbound integrations (issue 18): a secret URL per endpoint that another system (a shop, a CRM)
 * posts contacts or events to, mapped to contact fields, with a bounded log of what arrived. The
 * URL's token is kept as a hash only, like API keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inbound_endpoints (
      account_id uuid not null references accounts(id) on delete cascade,
      id uuid not null,
      name text not null,
      kind text not null check (kind in ('contacts', 'events')),
      mapping jsonb not null,
      group_id uuid,
      tags text[] not null default '{}',
      token_hash bytea not null unique,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      disabled_at timestamptz,
      last_post_at timestamptz,
      primary key (account_id, id),
      foreign key (account_id, group_id) references groups (account_id, id) on delete set null (group_id)
    )`.execute(db)
  await sql`
    create table inbound_log (
      id bigint generated always as identity primary key,
      account_id uuid not null,
      endpoint_id uuid not null,
      at timestamptz not null default now(),
      outcome text not null check (outcome in ('accepted', 'duplicate', 'refused')),
      reason text,
      excerpt text not null default '',
      contact_id uuid,
      event_id uuid,
      foreign key (account_id, endpoint_id) references inbound_endpoints (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index inbound_log_by_endpoint on inbound_log (endpoint_id, id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table inbound_log`.execute(db)
  await sql`drop table inbound_endpoints`.execute(db)
}
