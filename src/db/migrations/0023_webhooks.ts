import { type Kysely, sql } from 'kysely'

/**
 * Webhooks (issue 18) and the job queue they run on.
 *
 * `jobs` is the generic durable queue (src/jobs/queue.ts): a row per piece of background work,
 * claimed under SKIP LOCKED with a lease like the delivery worker's campaign leases. A job that
 * ends is deleted; one that ran out of tries stays `failed` with its last error.
 *
 * `webhooks` are the endpoints, `webhook_messages` one event for one endpoint (its id is the
 * `webhook-id` header, stable across retries and redeliveries; its body is kept as sent so every
 * attempt signs the same bytes), `webhook_attempts` the delivery log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table jobs (
      id uuid primary key,
      kind text not null,
      account_id uuid references accounts(id),
      payload jsonb not null default '{}',
      run_at timestamptz,
      attempts integer not null default 0,
      failures integer not null default 0,
      status text not null default 'queued' check (status in ('queued', 'failed')),
      lease_owner text,
      lease_until timestamptz,
      last_error text,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index jobs_due on jobs (run_at nulls first) where status = 'queued'`.execute(db)

  await sql`
    create table webhooks (
      account_id uuid not null references accounts(id),
      id uuid not null,
      url text not null,
      events text[] not null,
      description text not null default '',
      enabled boolean not null default true,
      disabled_reason text,
      secret text not null,
      previous_secret text,
      previous_secret_until timestamptz,
      failing_since timestamptz,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (account_id, id)
    )`.execute(db)

  await sql`
    create table webhook_messages (
      account_id uuid not null,
      id text not null,
      webhook_id uuid not null,
      event_type text not null,
      body text not null,
      status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (account_id, id),
      foreign key (account_id, webhook_id) references webhooks (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index webhook_messages_by_webhook on webhook_messages (account_id, webhook_id, created_at)`.execute(
    db,
  )

  await sql`
    create table webhook_attempts (
      account_id uuid not null,
      id uuid not null,
      webhook_id uuid not null,
      message_id text not null,
      attempt integer not null,
      manual boolean not null default false,
      succeeded boolean not null,
      http_status integer,
      response_excerpt text,
      error text,
      attempted_at timestamptz not null,
      duration_ms integer not null,
      primary key (account_id, id),
      foreign key (account_id, message_id) references webhook_messages (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index webhook_attempts_log on webhook_attempts (account_id, webhook_id, id desc)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table webhook_attempts`.execute(db)
  await sql`drop table webhook_messages`.execute(db)
  await sql`drop table webhooks`.execute(db)
  await sql`drop table jobs`.execute(db)
}
