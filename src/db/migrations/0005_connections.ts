import { type Kysely, sql } from 'kysely'

/**
 * User connections (SPEC §1): a user reaching an account outside their organisation, with a
 * connection role or a custom set outside the admin areas. `access_others` starts pending until
 * the account accepts; `grant_access` is active at once. Optional expiry ends access by itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table connections (
      account_id uuid not null references accounts(id),
      id uuid not null,
      user_id uuid not null references users(id) on delete cascade,
      type text not null check (type in ('access_others', 'grant_access')),
      status text not null check (status in ('pending', 'active', 'declined', 'ended')),
      role text,
      permissions text[],
      requested_by uuid not null,
      decided_by uuid,
      expires_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      ended_at timestamptz,
      primary key (account_id, id),
      check ((role is null) <> (permissions is null))
    )`.execute(db)
  await sql`create unique index connections_id on connections (id)`.execute(db)
  await sql`create unique index connections_one_open on connections (account_id, user_id) where status in ('pending', 'active')`.execute(
    db,
  )
  await sql`create index connections_user on connections (user_id) where status in ('pending', 'active')`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table connections`.execute(db)
}
