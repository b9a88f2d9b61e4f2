import { type Kysely, sql } from 'kysely'

/**
 * wait_for steps wake on what they wait for instead of being polled (issue 18, DESIGN.md
 * "Programs"): the worker used to re-check every enrolment waiting at a wait_for step every
 * second, a scan per second at a million waiting contacts.
 *
 * - `program_waits`: the wait_for steps of every program (the event each waits for, whether it
 *   waits for a condition), kept from `programs.steps` by a row trigger on programs, so the
 *   statement triggers below find the waits concerned by an index probe.
 * - `program_enrolments.woken`: the enrolment is to be looked at again. Set, in the statement
 *   that writes it, when the custom event a wait names is recorded for the contact, or when
 *   anything a wait's condition reads changes (the contact's row, its tags, its groups: a segment
 *   filter reads nothing else); set by the engine when contacts arrive at a wait with a condition
 *   (it may hold already) and here when an edit changes a wait's event or condition. The worker
 *   checks the woken ones and clears the flag of those still waiting; the timeout stays `due_at`.
 */
const WAIT_STEPS = `jsonb_path_query(%s, 'strict $.** ? (@.type == "wait_for")')`
const waitSteps = (steps: string) => WAIT_STEPS.replace('%s', steps)

/** The wake statement for a trigger: enrolments of those contacts waiting at the waits joined. */
function wakeStatement(contacts: string, waits: string) {
  return `
    update program_enrolments e set woken = true
    from (select distinct * from (${contacts}) x) c
    join program_waits w on w.account_id = c.account_id and ${waits}
    where e.account_id = c.account_id and e.program_id = w.program_id
      and e.contact_id = c.contact_id and e.step_id = w.step_id
      and e.ended_at is null and not e.woken`
}

/** Statement triggers that wake waits: a custom event recorded, a contact changed. */
const WAKERS: {
  table: string
  op: 'insert' | 'update' | 'delete'
  contacts: string
  waits: string
}[] = [
  {
    table: 'custom_events',
    op: 'insert',
    contacts: 'select account_id, contact_id, name from changed',
    waits: 'w.event = c.name',
  },
  ...(['insert', 'delete'] as const).flatMap((op) =>
    ['contact_tags', 'group_members'].map((table) => ({
      table,
      op,
      contacts: 'select account_id, contact_id from changed',
      waits: 'w.on_change',
    })),
  ),
  {
    table: 'contacts',
    op: 'update',
    contacts: 'select account_id, id as contact_id from changed',
    waits: 'w.on_change',
  },
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table program_enrolments add column woken boolean not null default false`.execute(
    db,
  )
  await sql`create index program_enrolments_woken on program_enrolments
    (account_id, program_id, step_id) where woken and ended_at is null`.execute(db)
  await sql`
    create table program_waits (
      account_id uuid not null,
      program_id uuid not null,
      step_id text not null,
      event text,
      on_change boolean not null,
      primary key (account_id, program_id, step_id),
      foreign key (account_id, program_id) references programs (account_id, id) on delete cascade
    )`.execute(db)
  await sql`create index program_waits_event on program_waits (account_id, event)
    where event is not null`.execute(db)
  await sql`create index program_waits_on_change on program_waits (account_id)
    where on_change`.execute(db)
  await createWaitsSync(db)
  for (const waker of WAKERS) await createWaker(db, waker)
  // The waits of the programs there are, and a first look at whoever waits at them now.
  await sql
    .raw(`
    insert into program_waits (account_id, program_id, step_id, event, on_change)
    select distinct on (p.account_id, p.id, s->>'id') p.account_id, p.id, s->>'id', s->>'event',
      jsonb_typeof(s->'filter') = 'object'
    from programs p, ${waitSteps('p.steps')} s
    where s->>'id' is not null`)
    .execute(db)
  await sql`
    update program_enrolments e set woken = true from program_waits w
    where e.account_id = w.account_id and e.program_id = w.program_id
      and e.step_id = w.step_id and e.ended_at is null`.execute(db)
}

/**
 * Keeps `program_waits` as the program's steps say; an edit that changes a wait's event or
 * condition wakes those waiting there (they may meet the new one already).
 */
async function createWaitsSync(db: Kysely<unknown>) {
  await sql
    .raw(`
    create function program_waits_sync() returns trigger language plpgsql as $$
    begin
      delete from program_waits where account_id = new.account_id and program_id = new.id;
      insert into program_waits (account_id, program_id, step_id, event, on_change)
      select new.account_id, new.id, s->>'id', s->>'event', jsonb_typeof(s->'filter') = 'object'
      from ${waitSteps('new.steps')} s
      where s->>'id' is not null
      on conflict do nothing;
      if tg_op = 'UPDATE' then
        update program_enrolments e set woken = true
        where e.account_id = new.account_id and e.program_id = new.id
          and e.ended_at is null and not e.woken
          and e.step_id in (
            select n->>'id' from ${waitSteps('new.steps')} n
            where not exists (select 1 from ${waitSteps('old.steps')} o
              where o->>'id' = n->>'id' and o->'event' = n->'event'
                and o->'filter' = n->'filter'));
      end if;
      return null;
    end $$`)
    .execute(db)
  await sql`
    create trigger program_waits_sync after insert or update of steps on programs
    for each row execute function program_waits_sync()`.execute(db)
}

function wakerName(waker: { table: string; op: string }) {
  return `program_wake_${waker.op}_${waker.table}`
}

async function createWaker(db: Kysely<unknown>, waker: (typeof WAKERS)[number]) {
  const name = wakerName(waker)
  const transition = waker.op === 'delete' ? 'old table as changed' : 'new table as changed'
  const guard = waker.waits === 'w.on_change' ? 'on_change' : 'event is not null'
  // Without a wait of the kind anywhere (the usual case) a write pays one index probe.
  await sql
    .raw(`
    create function ${name}() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from program_waits where ${guard}) then
        return null;
      end if;
      ${wakeStatement(waker.contacts, waker.waits)};
      return null;
    end $$`)
    .execute(db)
  await sql
    .raw(`
    create trigger program_wake_${waker.op} after ${waker.op} on ${waker.table}
    referencing ${transition} for each statement execute function ${name}()`)
    .execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const waker of WAKERS) {
    await sql.raw(`drop trigger program_wake_${waker.op} on ${waker.table}`).execute(db)
    await sql.raw(`drop function ${wakerName(waker)}()`).execute(db)
  }
  await sql`drop trigger program_waits_sync on programs`.execute(db)
  await sql`drop function program_waits_sync()`.execute(db)
  await sql`drop table program_waits`.execute(db)
  await sql`drop index program_enrolments_woken`.execute(db)
  await sql`alter table program_enrolments drop column woken`.execute(db)
}
