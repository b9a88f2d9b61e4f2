import { type Kysely, sql } from 'kysely'

/**
 * Programs (issue 18): automated flows a contact enters on a trigger and walks step by step.
 *
 * - `programs` keeps the flow as JSON (steps with stable ids; src/automations/steps.ts reads it).
 *   `trigger_type`/`trigger_ref` repeat the trigger in columns the enrolment triggers join on;
 *   `accepting` is true while the program takes new contacts (active, or active and waiting for
 *   the approval of an edit).
 * - `program_enrolments`: one row per contact and entry; the live one (`ended_at is null`) is
 *   unique per program and contact, so a contact is never in a program twice at once.
 * - `program_step_counts`: entered / completed / exited per step, kept by the worker in the
 *   transaction that moves the contacts.
 * - `campaigns.program_id`/`program_step_id`: the hidden campaign a send step owns; its send
 *   ledger is how program messages are sent, charged and tracked.
 * - Statement-level triggers on the tables a trigger watches call `program_enrol`, the one place
 *   that applies the entry rules, set-based — so the API, imports and bulk actions all enrol.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column time_zone text not null default 'UTC'`.execute(db)
  await sql`alter table campaigns add column program_id uuid, add column program_step_id uuid`.execute(
    db,
  )
  await sql`create unique index campaigns_program_step on campaigns (account_id, program_id, program_step_id)
    where program_id is not null`.execute(db)
  await sql`
    create table programs (
      account_id uuid not null references accounts(id),
      id uuid not null,
      name text not null,
      status text not null default 'draft'
        check (status in ('draft', 'awaiting_approval', 'active', 'paused', 'declined')),
      accepting boolean not null default false,
      trigger jsonb not null,
      trigger_type text not null,
      trigger_ref text,
      entry_mode text not null default 'once' check (entry_mode in ('once', 'again')),
      min_gap_hours integer not null default 0,
      exit_on_unsubscribe boolean not null default true,
      exit_on_leave_group boolean not null default false,
      goal jsonb,
      steps jsonb not null default '[]',
      created_by uuid,
      submitted_by uuid,
      approved_by uuid,
      decline_reason text,
      paused_reason text,
      backfill boolean not null default false,
      approved_sending text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      activated_at timestamptz,
      primary key (account_id, id)
    )`.execute(db)
  await sql`create index programs_accepting on programs (trigger_type, trigger_ref, account_id)
    where accepting`.execute(db)
  await sql`
    create table program_enrolments (
      account_id uuid not null,
      program_id uuid not null,
      id bigint generated always as identity,
      contact_id uuid not null,
      step_id text,
      status text not null default 'active'
        check (status in ('active', 'waiting', 'completed', 'exited')),
      due_at timestamptz not null default now(),
      step_at timestamptz not null default now(),
      entered_at timestamptz not null default now(),
      ended_at timestamptz,
      end_reason text,
      dedupe_key text,
      primary key (account_id, program_id, id),
      foreign key (account_id, program_id) references programs (account_id, id) on delete cascade,
      -- A deleted contact leaves every program (its steps would have nothing to act on).
      foreign key (account_id, contact_id) references contacts (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create unique index program_enrolments_live on program_enrolments
    (account_id, program_id, contact_id) where ended_at is null`.execute(db)
  await sql`create unique index program_enrolments_key on program_enrolments
    (account_id, program_id, contact_id, dedupe_key) where dedupe_key is not null`.execute(db)
  await sql`create index program_enrolments_due on program_enrolments
    (account_id, program_id, step_id, due_at) where ended_at is null`.execute(db)
  await sql`create index program_enrolments_contact on program_enrolments
    (account_id, contact_id)`.execute(db)
  await sql`
    create table program_step_counts (
      account_id uuid not null,
      program_id uuid not null,
      step_id text not null,
      entered bigint not null default 0,
      completed bigint not null default 0,
      exited bigint not null default 0,
      primary key (account_id, program_id, step_id),
      foreign key (account_id, program_id) references programs (account_id, id) on delete cascade
    )`.execute(db)
  await createEnrolFunction(db)
  await createTriggers(db)
}

/**
 * Enrols candidates (parallel arrays) in accepting programs by the entry rules: the contact is
 * the program account's own; "once" means never again (a dated trigger's yearly key excepted),
 * "again" after the last enrolment ended at least `min_gap_hours` ago; never twice live; a
 * repeated key (an event's) never again. The first step and its counts are set by the worker.
 */
async function createEnrolFunction(db: Kysely<unknown>) {
  await sql`
    create function program_enrol(p_accounts uuid[], p_programs uuid[], p_contacts uuid[],
      p_keys text[]) returns integer language plpgsql as $$
    declare
      added integer;
    begin
      insert into program_enrolments (account_id, program_id, contact_id, dedupe_key, status)
      select distinct on (c.account_id, c.program_id, c.contact_id)
        c.account_id, c.program_id, c.contact_id, c.dedupe_key, 'active'
      from unnest(p_accounts, p_programs, p_contacts, p_keys)
        as c(account_id, program_id, contact_id, dedupe_key)
      join programs p on p.account_id = c.account_id and p.id = c.program_id and p.accepting
      join contacts k on k.account_id = c.account_id and k.id = c.contact_id
      where not exists (
        select 1 from program_enrolments e
        where e.account_id = c.account_id and e.program_id = c.program_id
          and e.contact_id = c.contact_id
          and (e.ended_at is null
            or (c.dedupe_key is not null and e.dedupe_key = c.dedupe_key)
            or (p.entry_mode = 'once' and p.trigger_type <> 'date_field')
            or e.ended_at > now() - make_interval(hours => p.min_gap_hours))
      )
      order by c.account_id, c.program_id, c.contact_id
      on conflict do nothing;
      get diagnostics added = row_count;
      return added;
    end $$`.execute(db)
}

/** One statement-level trigger per watched table; each hands its new rows to program_enrol. */
async function createTriggers(db: Kysely<unknown>) {
  const watched: { table: string; name: string; candidates: string }[] = [
    {
      table: 'group_members',
      name: 'group_joined',
      candidates: `select p.account_id, p.id, n.contact_id, null::text from new_rows n
        join programs p on p.account_id = n.account_id and p.accepting
          and p.trigger_type = 'group_joined' and p.trigger_ref = n.group_id::text`,
    },
    {
      table: 'contact_tags',
      name: 'tag_added',
      candidates: `select p.account_id, p.id, n.contact_id, null::text from new_rows n
        join programs p on p.account_id = n.account_id and p.accepting
          and p.trigger_type = 'tag_added' and p.trigger_ref = n.tag_id::text`,
    },
    {
      table: 'custom_events',
      name: 'event',
      candidates: `select p.account_id, p.id, n.contact_id, 'event:' || n.id::text from new_rows n
        join programs p on p.account_id = n.account_id and p.accepting
          and p.trigger_type = 'event' and p.trigger_ref = n.name`,
    },
    {
      // A sign-up is what the contact did, recorded in its history: a double opt-in confirmed
      // (and, with sign-up forms, a single opt-in sign-up: `signed_up`). A contact added by the
      // account itself — the API, an import of a million rows — signed up for nothing.
      table: 'contact_events',
      name: 'signed_up',
      candidates: `select p.account_id, p.id, n.contact_id, null::text from new_rows n
        join programs p on p.account_id = n.account_id and p.accepting
          and p.trigger_type = 'signed_up'
        where n.type in ('consent.confirmed', 'signed_up')`,
    },
    {
      table: 'campaign_events',
      name: 'campaign_engaged',
      candidates: `select p.account_id, p.id, n.contact_id, null::text from new_rows n
        join programs p on p.account_id = n.account_id and p.accepting
          and p.trigger_type = 'campaign_engaged'
          and p.trigger_ref = n.campaign_id::text || ':' || n.kind`,
    },
  ]
  for (const { table, name, candidates } of watched) {
    // Without a program of the kind anywhere (the usual case) an insert pays one index probe.
    await sql
      .raw(`
      create function program_enrol_from_${table}() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from programs where accepting and trigger_type = '${name}') then
          return null;
        end if;
        perform program_enrol(array_agg(a), array_agg(p), array_agg(c), array_agg(k))
        from (${candidates}) as candidates(a, p, c, k)
        having count(*) > 0;
        return null;
      end $$`)
      .execute(db)
    await sql
      .raw(`
      create trigger program_enrol after insert on ${table}
      referencing new table as new_rows for each statement
      execute function program_enrol_from_${table}()`)
      .execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'group_members',
    'contact_tags',
    'custom_events',
    'contact_events',
    'campaign_events',
  ]) {
    await sql.raw(`drop trigger program_enrol on ${table}`).execute(db)
    await sql.raw(`drop function program_enrol_from_${table}()`).execute(db)
  }
  await sql`drop function program_enrol(uuid[], uuid[], uuid[], text[])`.execute(db)
  await sql`drop table program_step_counts`.execute(db)
  await sql`drop table program_enrolments`.execute(db)
  await sql`drop table programs`.execute(db)
  await sql`drop index campaigns_program_step`.execute(db)
  await sql`alter table campaigns drop column program_id, drop column program_step_id`.execute(db)
  await sql`alter table accounts drop column time_zone`.execute(db)
}
