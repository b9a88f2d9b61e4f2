import { sql } from 'kysely'
import type { Deps } from '../deps.js'
import { JobQueue, removeKeyedJob } from '../jobs/queue.js'
import { Ticker } from '../jobs/ticker.js'
import { DATE_JOB } from './date-jobs.js'
import { runStep, runWaitsMet } from './engine.js'
import { PROGRAM_JOB_HANDLERS } from './program-jobs.js'
import type { ProgramRow } from './repository.js'
import type { Step } from './schemas.js'
import { locateSteps } from './steps.js'

const POLL_MS = 1_000
/** Moves per tick at most, so one busy program does not hold a tick for ever. */
const MOVES_PER_TICK = 200

/** Active programs (they run their steps); the others' contacts wait. */
function activePrograms(deps: Deps) {
  return deps.db.selectFrom('programs').selectAll().where('status', '=', 'active').execute()
}

/**
 * The steps of a program with enrolments due now (null: new ones before the first step). One
 * probe of the due index per step, so a million contacts waiting cost nothing to look past.
 */
async function dueSteps(deps: Deps, program: ProgramRow, now: Date): Promise<(string | null)[]> {
  const stepIds = [...locateSteps(program.steps as Step[]).keys()]
  const result = await sql<{ step_id: string | null }>`
    select s.step_id from unnest(${stepIds}::text[]) as s(step_id)
    where exists (select 1 from program_enrolments e
      where e.account_id = ${program.account_id} and e.program_id = ${program.id}
        and e.step_id = s.step_id and e.ended_at is null and e.due_at <= ${now})
    union all
    select null where exists (select 1 from program_enrolments e
      where e.account_id = ${program.account_id} and e.program_id = ${program.id}
        and e.step_id is null and e.ended_at is null)`.execute(deps.db)
  return result.rows.map((r) => r.step_id)
}

/** Failed passes in a row after which the engine pauses a program (a broken one must not spin). */
const FAILURES_TO_PAUSE = 3
const failuresInRow = new Map<string, number>()

/**
 * One program's share of a pass, in a try: a program whose step throws is logged and skipped for
 * the rest of the tick, so one broken program never stops every account's programs; after
 * FAILURES_TO_PAUSE failed passes in a row it is paused, with the reason shown to its owners.
 */
async function guarded(deps: Deps, program: ProgramRow, work: () => Promise<number>) {
  try {
    return await work()
  } catch (error) {
    const failures = (failuresInRow.get(program.id) ?? 0) + 1
    failuresInRow.set(program.id, failures)
    deps.log.warn({ err: error, programId: program.id, failures }, 'program step failed')
    if (failures >= FAILURES_TO_PAUSE) {
      failuresInRow.delete(program.id)
      await pauseBroken(deps, program, error)
    }
    return null
  }
}

async function pauseBroken(deps: Deps, program: ProgramRow, error: unknown) {
  const why = error instanceof Error ? error.message : String(error)
  await deps.db
    .updateTable('programs')
    .set({
      status: 'paused',
      accepting: false,
      paused_reason: `paused by Chorus: a step kept failing (${why.slice(0, 200)})`,
    })
    .where('account_id', '=', program.account_id)
    .where('id', '=', program.id)
    .where('status', '=', 'active')
    .execute()
  await removeKeyedJob(deps.db, DATE_JOB, program.id)
}

/**
 * One pass: waits whose event came, then every step with contacts due, a batch each, until none
 * is due or the tick has done its share. Answers the enrolments moved. (Dated triggers and
 * backfills are jobs of the durable queue: program-jobs.ts.)
 */
export async function runPrograms(deps: Deps): Promise<number> {
  let moved = 0
  const failed = new Set<string>()
  for (const program of await activePrograms(deps)) {
    const done = await guarded(deps, program, () => runWaitsMet(deps, program))
    if (done === null) failed.add(program.id)
    else moved += done
  }
  for (let moves = 0; moves < MOVES_PER_TICK; ) {
    let movedNow = 0
    for (const program of await activePrograms(deps)) {
      if (failed.has(program.id)) continue
      const done = await guarded(deps, program, async () => {
        let stepMoves = 0
        for (const stepId of await dueSteps(deps, program, deps.clock.now())) {
          stepMoves += await runStep(deps, program, stepId)
          moves += 1
        }
        return stepMoves
      })
      if (done === null) failed.add(program.id)
      else {
        failuresInRow.delete(program.id)
        movedNow += done
      }
    }
    if (movedNow === 0) break
    moved += movedNow
  }
  return moved
}

/**
 * The program worker: polls every second (enrolment itself happens in the database, as the
 * trigger's rows are written). Safe in several processes: every move claims with SKIP LOCKED.
 */
export class ProgramWorker {
  private ticker: Ticker | undefined
  private stopping = false

  constructor(private readonly deps: Deps) {}

  start() {
    this.ticker = new Ticker(this.deps.log, 'programs', POLL_MS, async () => {
      if (!this.stopping) await runPrograms(this.deps)
    }).start()
    return this
  }

  async stop() {
    this.stopping = true
    await this.ticker?.stop()
  }

  /** Runs the programs' due jobs (dated triggers, backfills) and moves until nothing is due (tests). */
  async drain() {
    do await new JobQueue(this.deps, PROGRAM_JOB_HANDLERS).drain()
    while ((await runPrograms(this.deps)) > 0)
  }
}

export function startPrograms(deps: Deps): ProgramWorker {
  return new ProgramWorker(deps).start()
}
