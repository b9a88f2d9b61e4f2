import { type Kysely, sql } from 'kysely'

/**
 * Placeholders (seed 004): an account's named snippets with a default value, printed in templates
 * and campaigns as `{{ placeholder.name }}`. One name per account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table placeholders (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      default_value text not null default '',
      description text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (account_id, id),
      unique (account_id, name)
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table placeholders`.execute(db)
}
