import { type Kysely, sql } from 'kysely'

/**
 * People are found by a confirmed email only (SPEC §3): `email_confirmed_at` is set by the link
 * mailed at sign-up or after an email change, by accepting an invitation (the token came by mail)
 * or by the CLI. Users who existed before this migration keep being found, as they were.
 * `notifications` is the user's switch for the non-security emails (security mail always goes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column email_confirmed_at timestamptz`.execute(db)
  await sql`update users set email_confirmed_at = created_at`.execute(db)
  await sql`alter table users add column notifications boolean not null default true`.execute(db)
  await sql`create table email_confirmations (
    token_hash text primary key,
    user_id uuid not null references users (id) on delete cascade,
    email text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
  )`.execute(db)
  await sql`create index email_confirmations_user on email_confirmations (user_id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table email_confirmations`.execute(db)
  await sql`alter table users drop column notifications`.execute(db)
  await sql`alter table users drop column email_confirmed_at`.execute(db)
}
