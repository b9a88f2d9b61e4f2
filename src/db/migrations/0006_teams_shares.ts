import { type Kysely, sql } from 'kysely'

/**
 * Teams of accounts (SPEC §1 Team) and group shares (SPEC §4). A share records the basis it was
 * made on: `team_id` for a team mate, null for a descendant sub-account of the owner. Reads check
 * that basis again every time, so a share whose basis lapsed is ignored even before it is deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table teams (
      id uuid primary key,
      name text not null,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table team_members (
      account_id uuid not null references accounts(id),
      team_id uuid not null references teams(id) on delete cascade,
      status text not null check (status in ('pending', 'active')),
      invited_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (account_id, team_id)
    )`.execute(db)
  await sql`create index team_members_team on team_members (team_id, account_id)`.execute(db)

  await sql`
    create table group_shares (
      account_id uuid not null,
      group_id uuid not null,
      target_account_id uuid not null references accounts(id),
      team_id uuid references teams(id) on delete cascade,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (account_id, group_id, target_account_id),
      foreign key (account_id, group_id) references groups(account_id, id) on delete cascade,
      check (account_id <> target_account_id)
    )`.execute(db)
  await sql`create index group_shares_target on group_shares (target_account_id)`.execute(db)
  await sql`create index group_shares_team on group_shares (team_id) where team_id is not null`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table group_shares`.execute(db)
  await sql`drop table team_members`.execute(db)
  await sql`drop table teams`.execute(db)
}
