import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import { keyedJobDueNow, removeKeyedJob } from '../jobs/queue.js'
import type { ProgramRow } from './repository.js'

/** The job of a program with a dated trigger (one per program, keyed by its id). */
export const DATE_JOB = 'program.date'

type Db = Kysely<DB> | Transaction<DB>

export interface DatePayload {
  programId: string
  /** The last local day whose contacts were enrolled (`YYYY-MM-DD`); null: none yet. */
  lastDay: string | null
}

/**
 * Keeps a program's date job in step with the program, in the caller's transaction: present while
 * the program takes contacts by a dated trigger, due at once after any change (activation, a new
 * trigger, a resume), so its run enrols what is due and sets its own next time; gone otherwise.
 * The payload (the last day done) is kept, so a run after a change never enrols a day twice.
 */
export async function syncDateJob(db: Db, program: ProgramRow): Promise<void> {
  if (program.accepting && program.trigger_type === 'date_field') {
    const payload: DatePayload = { programId: program.id, lastDay: null }
    await keyedJobDueNow(db, {
      kind: DATE_JOB,
      key: program.id,
      accountId: program.account_id,
      payload: { ...payload },
    })
  } else await removeKeyedJob(db, DATE_JOB, program.id)
}

/** The account's time zone changed: its date jobs run at once, then at the new zone's times. */
export async function dateJobsFollowZone(db: Db, accountId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ run_at: null })
    .where('kind', '=', DATE_JOB)
    .where('account_id', '=', accountId)
    .execute()
}
