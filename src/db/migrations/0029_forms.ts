import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'

/**
 * Sign-up forms and surveys (issue 19): a form's fields, targets and outcome; each submission
 * (processed, held for review, discarded) with what was typed and the consent it records; the
 * proof-of-work challenges already used (single use, kept until they expire); and the key that
 * signs challenges and timestamps when CHORUS_FORMS_SECRET is not set.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table forms (
      account_id uuid not null references accounts(id) on delete cascade,
      id uuid not null,
      kind text not null default 'signup' check (kind in ('signup', 'survey')),
      name text not null,
      status text not null default 'draft' check (status in ('draft', 'published')),
      fields jsonb not null default '[]',
      questions jsonb not null default '[]',
      group_ids uuid[] not null default '{}',
      tags text[] not null default '{}',
      consent_text text not null default '',
      thank_you text not null default '',
      redirect_url text,
      redirect_origins text[] not null default '{}',
      views bigint not null default 0,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (account_id, id),
      unique (id)
    )`.execute(db)
  await sql`
    create table form_submissions (
      id uuid primary key,
      account_id uuid not null,
      form_id uuid not null,
      status text not null check (status in ('processed', 'held', 'discarded')),
      reason text,
      data jsonb not null,
      answers jsonb,
      ip text,
      contact_id uuid,
      awaiting_confirmation boolean not null default false,
      created_at timestamptz not null default now(),
      decided_at timestamptz,
      foreign key (account_id, form_id) references forms (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index form_submissions_by_form on form_submissions (form_id, status, id)`.execute(
    db,
  )
  await sql`
    create table form_challenges_used (
      signature text primary key,
      expires_at timestamptz not null
    )`.execute(db)
  await sql`insert into instance_secrets (name, value) values ('forms', ${randomBytes(32).toString('base64url')})`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from instance_secrets where name = 'forms'`.execute(db)
  await sql`drop table form_challenges_used`.execute(db)
  await sql`drop table form_submissions`.execute(db)
  await sql`drop table forms`.execute(db)
}
