import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely'
import { fieldTypes } from '../audience/contacts/repository.js'
import { presentedContacts } from '../audience/contacts/service.js'
import { compileFilter, type Filter, validateFilter } from '../audience/segments/filter.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { isUuid } from '../ids.js'
import { emitWebhookEvents, sendToWebhook } from '../webhooks/events.js'
import type { ProgramRow } from './repository.js'
import type { Step } from './schemas.js'
import { enqueueStep } from './sending.js'
import { armsOf, entryOf, type Located, locateSteps } from './steps.js'
import { nextLocalTime, validZone } from './time.js'

/**
 * The program engine: contacts move through a program's steps in sets. Every move is one
 * transaction that claims the enrolments due at one step (FOR UPDATE SKIP LOCKED), does the step's
 * effect for all of them (a ledger insert, a tag, a group…), moves them to the next step and counts
 * it — so a step runs at most once per enrolment, and a crash leaves them at the step to run again.
 */

type Db = Kysely<DB> | Transaction<DB>
type Program = Pick<
  ProgramRow,
  | 'account_id'
  | 'id'
  | 'name'
  | 'steps'
  | 'trigger'
  | 'trigger_type'
  | 'trigger_ref'
  | 'exit_on_unsubscribe'
  | 'exit_on_leave_group'
  | 'goal'
>

/** Enrolments claimed at most per move. */
export const MOVE_BATCH = 5_000
const SHORT_BALANCE_RETRY_MS = 15 * 60 * 1000
const GOAL_REACHED = 'goal reached'

const DURATION_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const

/** The place in the program's flow of each of its steps. */
function flowOf(program: Pick<Program, 'steps'>) {
  return locateSteps(program.steps as Step[])
}

/** Records a history item on each enrolment's contact (its path through the program). */
async function recordHistory(
  tx: Transaction<DB>,
  program: Program,
  enrolments: string[],
  type: string,
  details: Record<string, unknown> = {},
) {
  if (enrolments.length === 0) return
  const json = JSON.stringify({ programId: program.id, programName: program.name, ...details })
  await sql`
    insert into contact_events (account_id, contact_id, type, details)
    select account_id, contact_id, ${type}, ${json}::jsonb from program_enrolments
    where account_id = ${program.account_id} and program_id = ${program.id}
      and id = any(${enrolments}::bigint[])`.execute(tx)
}

async function count(
  tx: Transaction<DB>,
  program: Program,
  stepId: string,
  column: 'entered' | 'completed' | 'exited',
  n: number,
) {
  if (n === 0) return
  await sql`
    insert into program_step_counts (account_id, program_id, step_id, ${sql.ref(column)})
    values (${program.account_id}, ${program.id}, ${stepId}, ${n})
    on conflict (account_id, program_id, step_id)
    do update set ${sql.ref(column)} = program_step_counts.${sql.ref(column)} + ${n}`.execute(tx)
}

/** What a program's webhook messages say of it, beside the contact. */
function aboutProgram(program: Pick<ProgramRow, 'id' | 'name'>) {
  return { programId: program.id, programName: program.name }
}

/**
 * The program.completed webhook event, one per contact, in the transaction that completes them:
 * one read when nobody listens, the contacts presented in bulk when someone does.
 */
export async function onProgramCompleted(
  tx: Transaction<DB>,
  program: Pick<ProgramRow, 'account_id' | 'id' | 'name'>,
  done: { contact_id: string; ended_at: Date | string }[],
  reason: string,
): Promise<void> {
  if (done.length === 0) return
  await emitWebhookEvents(tx, program.account_id, 'program.completed', async () => {
    const contacts = await presentedContacts(
      tx,
      program.account_id,
      done.map((row) => row.contact_id),
    )
    return done.map((row) => {
      const contact = contacts.get(row.contact_id)
      return (
        contact && {
          ...aboutProgram(program),
          contact,
          completedAt: new Date(row.ended_at).toISOString(),
          goalReached: reason === GOAL_REACHED,
        }
      )
    })
  })
}

/** Contacts that finished the program's last step (or an end step). */
async function complete(
  tx: Transaction<DB>,
  program: Program,
  enrolments: string[],
  reason = 'completed',
) {
  if (enrolments.length === 0) return
  const done = await sql<{ contact_id: string; ended_at: Date | string }>`
    update program_enrolments set status = 'completed', ended_at = now(),
      end_reason = ${reason}, step_id = null
    where account_id = ${program.account_id} and program_id = ${program.id}
      and id = any(${enrolments}::bigint[]) and ended_at is null
    returning contact_id, ended_at`.execute(tx)
  await recordHistory(tx, program, enrolments, 'program_completed', { reason })
  await onProgramCompleted(tx, program, done.rows, reason)
}

/**
 * Which enrolments a move concerns: those listed (claimed by the move), or every live one at a
 * step (an edit deleting the step moves them all, set-based, whatever their number).
 */
type Selection = { enrolments: string[] } | { atStep: string }

function selected(program: Program, which: Selection) {
  const rows = sql`e.account_id = ${program.account_id} and e.program_id = ${program.id}`
  return 'enrolments' in which
    ? sql`${rows} and e.id = any(${which.enrolments}::bigint[])`
    : sql`${rows} and e.step_id = ${which.atStep} and e.ended_at is null`
}

/** A contact's `timezone` field as the arrival reads it ('' when it holds none). */
const contactZone = sql`coalesce(c.fields->>'timezone', '')`

/**
 * When the wait until a time of day ends for the selected contacts, by the zone each holds: the
 * contact's if it is a real IANA zone, else the account's, else UTC. Computed once per distinct
 * zone, so the work in the process does not grow with the number of contacts.
 */
async function untilTimes(
  tx: Transaction<DB>,
  program: Program,
  which: Selection,
  until: { time: string; weekdays?: number[] },
  now: Date,
): Promise<Map<string, Date>> {
  const zones = await sql<{ zone: string }>`
    select distinct ${contactZone} as zone from program_enrolments e
    join contacts c on c.account_id = e.account_id and c.id = e.contact_id
    where ${selected(program, which)}`.execute(tx)
  const account = await tx
    .selectFrom('accounts')
    .select('time_zone')
    .where('id', '=', program.account_id)
    .executeTakeFirst()
  const fallback = validZone(account?.time_zone) ?? 'UTC'
  const at = new Map<string, Date>()
  for (const { zone } of zones.rows) {
    at.set(zone, nextLocalTime(now, validZone(zone) ?? fallback, until.time, until.weekdays))
  }
  return at
}

/** When the wait at `step` ends for every contact alike (null: by zone, or not a wait at all). */
function waitEnds(step: Step, now: Date): Date | null {
  if (step.type === 'wait' && 'duration' in step) {
    return new Date(now.getTime() + step.duration.amount * DURATION_MS[step.duration.unit])
  }
  if (step.type === 'wait_for') {
    return new Date(now.getTime() + step.timeout.amount * DURATION_MS[step.timeout.unit])
  }
  return null
}

/**
 * Moves enrolments to the step `target` (null: the program is done): set when they reach it,
 * due when its wait ends (now for any other step), counted as entered there.
 */
export async function arriveAt(
  deps: Deps,
  tx: Transaction<DB>,
  program: Program,
  enrolments: string[],
  target: string | null,
) {
  if (enrolments.length === 0) return
  const located = target === null ? undefined : flowOf(program).get(target)
  if (!located) return complete(tx, program, enrolments)
  await arrive(deps, tx, program, { enrolments }, located.step)
}

/** Sets the selected enrolments at `step`, one statement; answers how many arrived. */
async function arrive(
  deps: Deps,
  tx: Transaction<DB>,
  program: Program,
  which: Selection,
  step: Step,
): Promise<number> {
  const now = deps.clock.now()
  const waits = step.type === 'wait' || step.type === 'wait_for'
  // A condition may hold already: the worker looks once. An event comes later, and wakes them.
  const woken = step.type === 'wait_for' && step.filter !== null
  const set = sql`step_id = ${step.id}, status = ${waits ? 'waiting' : 'active'},
    woken = ${woken}, step_at = now()`
  // step_at is the database's time, like the events it is compared with (custom_events).
  let result: { numAffectedRows?: bigint }
  if (step.type === 'wait' && 'until' in step) {
    const at = [...(await untilTimes(tx, program, which, step.until, now))]
    result = await sql`
      update program_enrolments e set ${set}, due_at = u.due_at
      from contacts c, unnest(${at.map(([zone]) => zone)}::text[],
        ${at.map(([, due]) => due.toISOString())}::timestamptz[]) as u(zone, due_at)
      where ${selected(program, which)}
        and c.account_id = e.account_id and c.id = e.contact_id and ${contactZone} = u.zone`.execute(
      tx,
    )
  } else {
    result =
      await sql`update program_enrolments e set ${set}, due_at = ${waitEnds(step, now) ?? now}
      where ${selected(program, which)}`.execute(tx)
  }
  const arrived = Number(result.numAffectedRows ?? 0)
  await count(tx, program, step.id, 'entered', arrived)
  return arrived
}

/**
 * Moves every contact waiting at `from` (a step an edit deletes) to the step `target` of the
 * edited program, in one statement whatever their number; answers how many moved.
 */
export async function moveWaiting(
  deps: Deps,
  tx: Transaction<DB>,
  program: Program,
  from: string,
  target: string,
): Promise<number> {
  const located = flowOf(program).get(target)
  if (!located) return 0
  return arrive(deps, tx, program, { atStep: from }, located.step)
}

/** Ends live enrolments (all of the program's, or those listed) as exited, with the reason. */
export async function endEnrolments(
  tx: Transaction<DB>,
  program: Program,
  options: { reason: string; enrolments?: string[] },
) {
  const only = options.enrolments ? sql`and id = any(${options.enrolments}::bigint[])` : sql``
  const ended = await sql<{ id: string; step_id: string | null }>`
    update program_enrolments set status = 'exited', ended_at = now(),
      end_reason = ${options.reason}
    where account_id = ${program.account_id} and program_id = ${program.id}
      and ended_at is null ${only}
    returning id::text as id, step_id`.execute(tx)
  const byStep = new Map<string, number>()
  for (const row of ended.rows) {
    if (row.step_id) byStep.set(row.step_id, (byStep.get(row.step_id) ?? 0) + 1)
  }
  for (const [stepId, n] of byStep) await count(tx, program, stepId, 'exited', n)
  await recordHistory(
    tx,
    program,
    ended.rows.map((r) => r.id),
    'program_exited',
    { reason: options.reason },
  )
}

/** A contact filter compiled for the contacts of the program's account. */
async function contactPredicate(db: Db, accountId: string, filter: unknown) {
  const context = { accountId, fieldTypes: await fieldTypes(db, accountId) }
  return compileFilter(validateFilter(filter, context), context) as unknown as (
    eb: unknown,
  ) => Expression<SqlBool>
}

/** The program's enrolments among those listed, with their contacts (`c`), as ids. */
function listedEnrolments(tx: Transaction<DB>, program: Program, enrolments: string[]) {
  return tx
    .selectFrom('program_enrolments as e')
    .innerJoin('contacts as c', (j) =>
      j.onRef('c.account_id', '=', 'e.account_id').onRef('c.id', '=', 'e.contact_id'),
    )
    .select(sql<string>`e.id::text`.as('id'))
    .where('e.account_id', '=', program.account_id)
    .where('e.program_id', '=', program.id)
    .where(sql<SqlBool>`e.id = any(${enrolments}::bigint[])`)
}

/** The enrolments (of those listed) whose contact matches the filter. */
async function matching(
  tx: Transaction<DB>,
  program: Program,
  enrolments: string[],
  filter: Filter | Record<string, unknown>,
): Promise<Set<string>> {
  if (enrolments.length === 0) return new Set()
  const predicate = await contactPredicate(tx, program.account_id, filter)
  const rows = await listedEnrolments(tx, program, enrolments)
    .where((eb) => predicate(eb))
    .execute()
  return new Set(rows.map((r) => r.id))
}

/** Exit rules and the goal, checked before a step runs: who leaves is not moved on. */
async function leavers(
  tx: Transaction<DB>,
  program: Program,
  enrolments: string[],
): Promise<string[]> {
  let left = enrolments
  if (program.exit_on_unsubscribe) {
    // A program that texts lets go of those who stopped texts as well as those who stopped email.
    const texts = [...flowOf(program).values()].some((l) => l.step.type === 'send_sms')
    const gone = await sql<{ id: string }>`
      select e.id::text as id from program_enrolments e
      join contacts c on c.account_id = e.account_id and c.id = e.contact_id
      where e.account_id = ${program.account_id} and e.program_id = ${program.id}
        and e.id = any(${left}::bigint[]) and (c.email_status = 'unsubscribed'
          or (${texts} and c.sms_status = 'unsubscribed'))`.execute(tx)
    const out = gone.rows.map((r) => r.id)
    await endEnrolments(tx, program, { reason: 'unsubscribed', enrolments: out })
    left = left.filter((id) => !out.includes(id))
  }
  if (program.exit_on_leave_group && program.trigger_type === 'group_joined') {
    const gone = await sql<{ id: string }>`
      select e.id::text as id from program_enrolments e
      where e.account_id = ${program.account_id} and e.program_id = ${program.id}
        and e.id = any(${left}::bigint[])
        and not exists (select 1 from group_members m where m.account_id = e.account_id
          and m.group_id::text = ${program.trigger_ref} and m.contact_id = e.contact_id)`.execute(
      tx,
    )
    const out = gone.rows.map((r) => r.id)
    await endEnrolments(tx, program, { reason: 'left the group', enrolments: out })
    left = left.filter((id) => !out.includes(id))
  }
  const goal = program.goal as { filter: Filter } | null
  if (goal && left.length > 0) {
    const reached = await matching(tx, program, left, goal.filter)
    await complete(tx, program, [...reached], GOAL_REACHED)
    left = left.filter((id) => !reached.has(id))
  }
  return left
}

interface Claimed {
  id: string
  contact_id: string
}

/** Locks up to `limit` enrolments due at the step; others are left to other workers. */
async function claimDue(
  tx: Transaction<DB>,
  program: Program,
  stepId: string | null,
  now: Date,
  limit: number,
): Promise<Claimed[]> {
  const atStep = stepId === null ? sql`step_id is null` : sql`step_id = ${stepId}`
  const result = await sql<Claimed>`
    select id::text as id, contact_id from program_enrolments
    where account_id = ${program.account_id} and program_id = ${program.id} and ${atStep}
      and ended_at is null and (due_at <= ${now} or step_id is null)
    order by due_at
    limit ${limit}
    for update skip locked`.execute(tx)
  return result.rows
}

/** Splits enrolments by where a branch sends them. */
async function branchOutcome(
  tx: Transaction<DB>,
  program: Program,
  step: Extract<Step, { type: 'branch' }>,
  enrolments: string[],
): Promise<Set<string>> {
  const condition = step.condition
  if (!condition) return new Set()
  if (condition.kind === 'segment') {
    return matching(tx, program, enrolments, condition.filter)
  }
  // Opened (or clicked) the email of an earlier step during this enrolment.
  const rows = await sql<{ id: string }>`
    select e.id::text as id from program_enrolments e
    where e.account_id = ${program.account_id} and e.program_id = ${program.id}
      and e.id = any(${enrolments}::bigint[])
      and exists (
        select 1 from campaigns c join campaign_events ev
          on ev.account_id = c.account_id and ev.campaign_id = c.id
        where c.account_id = e.account_id and c.program_id = e.program_id
          and c.program_step_id = ${condition.stepId} and ev.contact_id = e.contact_id
          and ev.kind = ${condition.action} and ev.at >= e.entered_at)`.execute(tx)
  return new Set(rows.rows.map((r) => r.id))
}

/**
 * The enrolments (of those listed) whose wait_for event arrived since they reached the step, or
 * whose condition holds.
 */
async function waitMet(
  tx: Transaction<DB>,
  program: Program,
  step: Extract<Step, { type: 'wait_for' }>,
  enrolments: string[],
): Promise<string[]> {
  if (enrolments.length === 0) return []
  const predicate = step.filter
    ? await contactPredicate(tx, program.account_id, step.filter)
    : undefined
  const rows = await listedEnrolments(tx, program, enrolments)
    .where((eb) =>
      eb.or([
        ...(step.event
          ? [
              sql<SqlBool>`exists (select 1 from custom_events ce
                where ce.account_id = e.account_id and ce.contact_id = e.contact_id
                  and ce.name = ${step.event} and ce.created_at >= e.step_at)`,
            ]
          : []),
        ...(predicate ? [predicate(eb)] : []),
      ]),
    )
    .execute()
  return rows.map((r) => r.id)
}

/** Where the set goes after `located`'s step, split when the step decides per contact. */
async function routes(
  tx: Transaction<DB>,
  program: Program,
  located: Located,
  enrolments: string[],
): Promise<[string[], string | null][]> {
  const step = located.step
  const split = (yes: Set<string>, armYes: Step[], armNo: Step[]): [string[], string | null][] => [
    [enrolments.filter((id) => yes.has(id)), entryOf(armYes, located.after)],
    [enrolments.filter((id) => !yes.has(id)), entryOf(armNo, located.after)],
  ]
  const arms = armsOf(step)
  if (step.type === 'branch') {
    return split(await branchOutcome(tx, program, step, enrolments), arms.yes ?? [], arms.no ?? [])
  }
  if (step.type === 'wait_for') {
    // Due means timed out; one whose event came meanwhile still takes the met arm.
    const met = new Set(await waitMet(tx, program, step, enrolments))
    return split(met, arms.met ?? [], arms.timedOut ?? [])
  }
  if (step.type === 'end') return [[enrolments, null]]
  return [[enrolments, located.after]]
}

/**
 * The step's effect for the set: what the history adds about it, or null when it must wait (a
 * short balance): the set is held at the step and tried again later.
 */
async function runEffect(
  deps: Deps,
  tx: Transaction<DB>,
  program: Program,
  step: Step,
  claimed: Claimed[],
): Promise<Record<string, unknown> | null> {
  const contacts = claimed.map((c) => c.contact_id)
  const account = program.account_id
  switch (step.type) {
    case 'send_email':
    case 'send_sms': {
      const queued = await enqueueStep(deps, tx, program as ProgramRow, step, contacts)
      return queued.kind === 'queued' ? {} : null
    }
    case 'webhook':
      return (await callWebhook(tx, program, step, contacts))
        ? {}
        : { note: 'webhook turned off or deleted: nothing sent' }
    case 'add_tag':
    case 'remove_tag': {
      const done = await changeMembership(tx, account, contacts, step.type === 'add_tag', {
        table: 'contact_tags',
        column: 'tag_id',
        owner: 'tags',
        id: step.tagId,
      })
      return done ? {} : { note: 'tag deleted: nothing done' }
    }
    case 'add_to_group':
    case 'remove_from_group': {
      const done = await changeMembership(tx, account, contacts, step.type === 'add_to_group', {
        table: 'group_members',
        column: 'group_id',
        owner: 'groups',
        id: step.groupId,
      })
      return done ? {} : { note: 'group deleted: nothing done' }
    }
    case 'set_field':
      await setField(tx, account, contacts, step.field, step.value)
      return {}
    default:
      return {}
  }
}

/**
 * A program.step message per contact to the step's endpoint (whatever it subscribes to), in the
 * move's transaction: so once per enrolment, delivered at least once like every webhook message.
 */
function callWebhook(
  tx: Transaction<DB>,
  program: Program,
  step: Extract<Step, { type: 'webhook' }>,
  contacts: string[],
): Promise<boolean> {
  if (!step.webhookId) return Promise.resolve(false)
  return sendToWebhook(tx, program.account_id, step.webhookId, 'program.step', async () => {
    const presented = await presentedContacts(tx, program.account_id, contacts)
    return contacts.map((id) => {
      const contact = presented.get(id)
      return contact && { ...aboutProgram(program), stepId: step.id, contact }
    })
  })
}

/**
 * Adds the contacts to a tag or group, or takes them out (tags and groups are both memberships).
 * Answers false, doing nothing, when the tag or group is no longer the account's (deleted since).
 */
async function changeMembership(
  tx: Transaction<DB>,
  accountId: string,
  contacts: string[],
  add: boolean,
  target: {
    table: 'contact_tags' | 'group_members'
    column: 'tag_id' | 'group_id'
    owner: 'tags' | 'groups'
    id: string | null
  },
): Promise<boolean> {
  if (!target.id || !isUuid(target.id)) return false
  const exists = await tx
    .selectFrom(target.owner)
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', '=', target.id)
    .executeTakeFirst()
  if (!exists) return false
  const [table, column] = [sql.table(target.table), sql.ref(target.column)]
  if (add) {
    await sql`insert into ${table} (account_id, contact_id, ${column})
      select ${accountId}, c, ${target.id} from unnest(${contacts}::uuid[]) as c
      on conflict do nothing`.execute(tx)
  } else {
    await sql`delete from ${table} where account_id = ${accountId}
      and ${column} = ${target.id} and contact_id = any(${contacts}::uuid[])`.execute(tx)
  }
  return true
}

const BUILT_IN_FIELDS: Record<string, string> = { firstName: 'first_name', lastName: 'last_name' }

async function setField(
  tx: Transaction<DB>,
  accountId: string,
  contacts: string[],
  field: string,
  value: string,
) {
  const column = BUILT_IN_FIELDS[field]
  const set = column
    ? sql`${sql.ref(column)} = ${value}`
    : sql`fields = fields || jsonb_build_object(${field}::text, ${value}::text)`
  await sql`update contacts set ${set}, updated_at = now()
    where account_id = ${accountId} and id = any(${contacts}::uuid[])`.execute(tx)
}

/** What the history says a step did. */
function stepDetails(step: Step): Record<string, unknown> {
  return { stepId: step.id, stepType: step.type }
}

/**
 * Runs one step for up to `limit` enrolments due at it (or, for step null, puts new ones at the
 * first step): one transaction. Answers how many enrolments moved.
 */
export async function runStep(
  deps: Deps,
  stale: Program,
  stepId: string | null,
  limit = MOVE_BATCH,
): Promise<number> {
  return deps.db.transaction().execute(async (tx) => {
    const program = await runningProgram(tx, stale)
    if (!program) return 0
    const now = deps.clock.now()
    const claimed = await claimDue(tx, program, stepId, now, limit)
    if (claimed.length === 0) return 0
    const all = claimed.map((c) => c.id)
    const flow = flowOf(program)
    if (stepId === null) {
      await recordHistory(tx, program, all, 'program_entered')
      const first = (program.steps as Step[])[0]?.id ?? null
      await arriveAt(deps, tx, program, all, first)
      return all.length
    }
    const located = flow.get(stepId)
    if (!located) {
      await endEnrolments(tx, program, { reason: 'step removed', enrolments: all })
      return all.length
    }
    const staying = new Set(await leavers(tx, program, all))
    const set = claimed.filter((c) => staying.has(c.id))
    if (set.length === 0) return all.length
    const moving = set.map((c) => c.id)
    const effect = await runEffect(deps, tx, program, located.step, set)
    if (effect === null) {
      await sql`update program_enrolments set due_at = ${new Date(now.getTime() + SHORT_BALANCE_RETRY_MS)}
        where account_id = ${program.account_id} and program_id = ${program.id}
          and id = any(${moving}::bigint[])`.execute(tx)
      return all.length
    }
    if (located.step.type !== 'wait') {
      await recordHistory(tx, program, moving, 'program_step', {
        ...stepDetails(located.step),
        ...effect,
      })
    }
    await count(tx, program, stepId, 'completed', moving.length)
    for (const [group, target] of await routes(tx, program, located, moving)) {
      await arriveAt(deps, tx, program, group, target)
    }
    return all.length
  })
}

/**
 * The program as it is now, read FOR SHARE (an edit, which locks it FOR UPDATE, waits for the
 * move and the move for the edit): null unless it is active. A move never runs stale steps.
 */
async function runningProgram(tx: Transaction<DB>, program: Program) {
  const row = await tx
    .selectFrom('programs')
    .selectAll()
    .where('account_id', '=', program.account_id)
    .where('id', '=', program.id)
    .where('status', '=', 'active')
    .forShare()
    .executeTakeFirst()
  return row ?? null
}

/**
 * The wait_for steps of the program with woken enrolments: one probe of the woken index per
 * step, so a crowd waiting costs nothing until something it waits for happens.
 */
async function wokenSteps(deps: Deps, program: Program): Promise<string[]> {
  const waits = [...flowOf(program).values()]
    .filter((l) => l.step.type === 'wait_for')
    .map((l) => l.step.id)
  if (waits.length === 0) return []
  const result = await sql<{ step_id: string }>`
    select s.step_id from unnest(${waits}::text[]) as s(step_id)
    where exists (select 1 from program_enrolments e
      where e.account_id = ${program.account_id} and e.program_id = ${program.id}
        and e.step_id = s.step_id and e.woken and e.ended_at is null)`.execute(deps.db)
  return result.rows.map((r) => r.step_id)
}

/** Locks up to `limit` woken enrolments at the step; others are left to other workers. */
async function claimWoken(tx: Transaction<DB>, program: Program, stepId: string, limit: number) {
  const result = await sql<{ id: string }>`
    select id::text as id from program_enrolments
    where account_id = ${program.account_id} and program_id = ${program.id}
      and step_id = ${stepId} and woken and ended_at is null
    limit ${limit}
    for update skip locked`.execute(tx)
  return result.rows.map((r) => r.id)
}

/**
 * wait_for steps whose enrolments were woken (migration 0026: the event they wait for was
 * recorded, the contact changed, they arrived at a condition): those met go on to the met arm,
 * the others wait on (until the next wake or the timeout, `due_at`). A batch per step, each in a
 * transaction that re-reads the program FOR SHARE as a move does. Answers the enrolments looked at.
 */
export async function runWaitsMet(deps: Deps, stale: Program): Promise<number> {
  let looked = 0
  for (const stepId of await wokenSteps(deps, stale)) {
    looked += await deps.db.transaction().execute(async (tx) => {
      const program = await runningProgram(tx, stale)
      const located = program ? flowOf(program).get(stepId) : undefined
      if (!program || located?.step.type !== 'wait_for') return 0
      const step = located.step
      const woken = await claimWoken(tx, program, stepId, MOVE_BATCH)
      const met = await waitMet(tx, program, step, woken)
      const metSet = new Set(met)
      const still = woken.filter((id) => !metSet.has(id))
      await sql`update program_enrolments set woken = false
        where account_id = ${program.account_id} and program_id = ${program.id}
          and id = any(${still}::bigint[])`.execute(tx)
      await recordHistory(tx, program, met, 'program_step', { ...stepDetails(step), met: true })
      await count(tx, program, step.id, 'completed', met.length)
      await arriveAt(deps, tx, program, met, entryOf(armsOf(step).met ?? [], located.after))
      return woken.length
    })
  }
  return looked
}

/** The contacts who already match the trigger, enrolled when the program first goes live. */
export async function backfill(tx: Transaction<DB>, program: ProgramRow) {
  const a = program.account_id
  const candidates: Record<string, ReturnType<typeof sql> | undefined> = {
    group_joined: sql`select contact_id, null::text as k from group_members
      where account_id = ${a} and group_id::text = ${program.trigger_ref}`,
    tag_added: sql`select contact_id, null::text from contact_tags
      where account_id = ${a} and tag_id::text = ${program.trigger_ref}`,
    signed_up: sql`select distinct contact_id, null::text from contact_events
      where account_id = ${a} and type in ('consent.confirmed', 'signed_up')`,
    event: sql`select contact_id, 'event:' || id::text from custom_events
      where account_id = ${a} and name = ${program.trigger_ref}`,
    campaign_engaged: sql`select distinct contact_id, null::text from campaign_events
      where account_id = ${a}
        and campaign_id::text || ':' || kind = ${program.trigger_ref}`,
  }
  const source = candidates[program.trigger_type]
  if (!source) return
  await sql`
    select program_enrol(array_agg(${a}::uuid), array_agg(${program.id}::uuid),
      array_agg(m.contact_id), array_agg(m.k))
    from (${source}) as m(contact_id, k)
    having count(*) > 0`.execute(tx)
}
