import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { enqueueJobs, type Job, type JobHandler, type JobResult } from '../jobs/queue.js'
import { DATE_JOB, type DatePayload } from './date-jobs.js'
import { backfill } from './engine.js'
import { findProgram, type ProgramRow } from './repository.js'
import {
  addDays,
  type CalendarDate,
  dayKey,
  localParts,
  nextLocalTime,
  parseDay,
  parseTime,
  validZone,
  zonedInstant,
} from './time.js'

/**
 * The programs' scheduled and long-running work, as jobs of the durable queue: a job per program
 * with a dated trigger (`program.date`, keyed by the program, due when the trigger's time of day
 * next comes round in the account's zone) and the backfill of a program going live for the first
 * time (`program.backfill`: a million matching contacts are not enrolled inside the request).
 */
export const BACKFILL_JOB = 'program.backfill'

/** A date job that runs late (the server was down) makes up at most this many days. */
export const CATCH_UP_DAYS = 7

type Db = Kysely<DB> | Transaction<DB>
type DateTrigger = { type: 'date_field'; field: string; time: string; daysBefore: number }

async function accountZone(db: Db, accountId: string): Promise<string> {
  const account = await db
    .selectFrom('accounts')
    .select('time_zone')
    .where('id', '=', accountId)
    .executeTakeFirst()
  return validZone(account?.time_zone) ?? 'UTC'
}

/** The last local day whose contacts are due at `now`: today once the trigger's time has passed. */
function lastDueDay(now: Date, zone: string, time: string): CalendarDate {
  const local = localParts(now, zone)
  const at = parseTime(time)
  const passed = local.hour * 60 + local.minute >= at.hour * 60 + at.minute
  return addDays(local, passed ? 0 : -1)
}

/**
 * The local days whose contacts are due now: every day after `lastDay` up to the last due one,
 * at most CATCH_UP_DAYS of them. A first run (no last day) has only today, once its time passed.
 */
export function daysDue(now: Date, zone: string, time: string, lastDay: string | null) {
  const lastDue = lastDueDay(now, zone, time)
  const today = localParts(now, zone)
  // A first run starts today (when the time has come), never with days before the program ran.
  const afterLast = lastDay === null ? today : addDays(parseDay(lastDay) ?? today, 1)
  const oldest = addDays(lastDue, 1 - CATCH_UP_DAYS)
  const first = dayKey(afterLast) < dayKey(oldest) ? oldest : afterLast
  const days: CalendarDate[] = []
  for (let day = first; dayKey(day) <= dayKey(lastDue); day = addDays(day, 1)) days.push(day)
  return days
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The month-days (`MM-DD`) that come round on `date`: 29 February's on 28 February of other years. */
export function monthDaysOn(date: CalendarDate): string[] {
  const monthDay = dayKey(date).slice(5)
  return monthDay === '02-28' && !isLeapYear(date.year) ? ['02-28', '02-29'] : [monthDay]
}

/**
 * The instants [start, end) of the local days whose month-day is one of `monthDays`, in every
 * year from `fromYear` to `toYear`: a contact's creation time compared with them in SQL needs no
 * time zone name in the database (PostgreSQL's names and Intl's differ).
 */
function localDayWindows(zone: string, monthDays: string[], fromYear: number, toYear: number) {
  const starts: string[] = []
  const ends: string[] = []
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const monthDay of monthDays) {
      const date = parseDay(`${String(year).padStart(4, '0')}-${monthDay}`)
      if (!date || dayKey(date).slice(5) !== monthDay) continue // 29 February of a common year
      starts.push(zonedInstant(zone, date, { hour: 0, minute: 0 }).toISOString())
      ends.push(zonedInstant(zone, addDays(date, 1), { hour: 0, minute: 0 }).toISOString())
    }
  }
  return { starts, ends }
}

/** The contacts whose date comes round on `target`, as SQL over `contacts c`. */
async function dateMatches(deps: Deps, program: ProgramRow, zone: string, target: CalendarDate) {
  const trigger = program.trigger as DateTrigger
  const monthDays = monthDaysOn(target)
  if (trigger.field !== 'createdAt') {
    // Any year, 0000 included (a birthday kept without its year); a malformed value never matches.
    return sql`c.fields->>${trigger.field} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
      and substring(c.fields->>${trigger.field} from 6 for 5) = any(${monthDays}::text[])`
  }
  const first = await deps.db
    .selectFrom('contacts')
    .select((eb) => eb.fn.min('created_at').as('first'))
    .where('account_id', '=', program.account_id)
    .executeTakeFirst()
  const firstYear = first?.first ? new Date(first.first).getUTCFullYear() - 1 : target.year
  const { starts, ends } = localDayWindows(zone, monthDays, firstYear, target.year)
  return sql`exists (select 1 from unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) as w(s, e)
    where c.created_at >= w.s and c.created_at < w.e)`
}

/** Enrols the contacts due on the local day `day` (their date `daysBefore` ahead), once a year. */
async function enrolOnDay(deps: Deps, program: ProgramRow, zone: string, day: CalendarDate) {
  const trigger = program.trigger as DateTrigger
  const target = addDays(day, trigger.daysBefore)
  const key = `date:${target.year}`
  const matches = await dateMatches(deps, program, zone, target)
  await sql`
    select program_enrol(array_agg(c.account_id), array_agg(${program.id}::uuid),
      array_agg(c.id), array_agg(${key}::text))
    from contacts c
    where c.account_id = ${program.account_id} and ${matches}
      and not exists (select 1 from program_enrolments e where e.account_id = c.account_id
        and e.program_id = ${program.id} and e.contact_id = c.id and e.dedupe_key = ${key})
    having count(*) > 0`.execute(deps.db)
}

/**
 * A program's date job: enrols the contacts of each local day due since its last run (a late run
 * makes up the days missed, at most CATCH_UP_DAYS), then asks to run when the trigger's time
 * next comes round. A program that no longer takes contacts by a date ends its job.
 */
export async function runDateJob(deps: Deps, job: Job): Promise<JobResult> {
  const payload = job.payload as unknown as DatePayload
  const program = await findProgram(deps.db, job.accountId as string, payload.programId)
  if (!program?.accepting || program.trigger_type !== 'date_field') return undefined
  const trigger = program.trigger as DateTrigger
  const zone = await accountZone(deps.db, program.account_id)
  const now = deps.clock.now()
  for (const day of daysDue(now, zone, trigger.time, payload.lastDay)) {
    await enrolOnDay(deps, program, zone, day)
  }
  // Every day up to the last due one is done, those before a first run included.
  const lastDay = dayKey(lastDueDay(now, zone, trigger.time))
  return {
    retryAt: nextLocalTime(now, zone, trigger.time),
    payload: { programId: program.id, lastDay },
  }
}

/** Queues the backfill of a program going live for the first time (in the caller's transaction). */
export function enqueueBackfill(db: Db, program: ProgramRow) {
  return enqueueJobs(db, [
    { kind: BACKFILL_JOB, accountId: program.account_id, payload: { programId: program.id } },
  ])
}

/**
 * Those who already match enter, set-based, in a transaction of its own after `accepting` was
 * committed: one who joins meanwhile is enrolled by the trigger or by this, and the unique index
 * keeps it to one. Run twice, it enrols no one twice.
 */
async function runBackfillJob(deps: Deps, job: Job): Promise<JobResult> {
  const programId = String(job.payload.programId)
  const program = await findProgram(deps.db, job.accountId as string, programId)
  if (!program?.accepting) return undefined
  await deps.db.transaction().execute((tx) => backfill(tx, program))
  return undefined
}

export const PROGRAM_JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [DATE_JOB]: runDateJob,
  [BACKFILL_JOB]: runBackfillJob,
}
