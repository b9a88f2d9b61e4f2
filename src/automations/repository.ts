import { type Kysely, type RawBuilder, type Selectable, sql, type Transaction } from 'kysely'
import type { DB, ProgramsTable } from '../db/schema.js'
import { isUuid } from '../ids.js'
import { syncDateJob } from './date-jobs.js'

type Db = Kysely<DB> | Transaction<DB>

export type ProgramRow = Selectable<ProgramsTable>

export function findProgram(db: Db, accountId: string, programId: string) {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', programId)
    .executeTakeFirst()
}

export function lockProgram(tx: Transaction<DB>, accountId: string, programId: string) {
  return tx
    .selectFrom('programs')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', programId)
    .forUpdate()
    .executeTakeFirst()
}

/** The account's programs, newest first; `status`: only those in it. */
export function listPrograms(db: Db, accountId: string, status?: ProgramRow['status']) {
  let query = db.selectFrom('programs').selectAll().where('account_id', '=', accountId)
  if (status) query = query.where('status', '=', status)
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(500).execute()
}

/** Every change of a program goes through here, and its date job (if any) follows the change. */
export async function updateProgram(
  db: Db,
  accountId: string,
  programId: string,
  values: Partial<Omit<ProgramRow, 'trigger' | 'steps' | 'goal' | 'submitted_at'>> & {
    trigger?: string
    steps?: string
    goal?: string | null
    submitted_at?: Date | null | RawBuilder<Date>
  },
) {
  const row = await db
    .updateTable('programs')
    .set({ ...values, updated_at: sql`now()` } as never)
    .where('account_id', '=', accountId)
    .where('id', '=', programId)
    .returningAll()
    .executeTakeFirstOrThrow()
  await syncDateJob(db, row)
  return row
}

export interface EnrolmentCounts {
  entered: number
  active: number
  completed: number
  exited: number
}

/** Enrolments by how they stand, per program of the account (or of one program). */
export async function enrolmentCounts(
  db: Db,
  accountId: string,
  programId?: string,
): Promise<Map<string, EnrolmentCounts>> {
  let query = db
    .selectFrom('program_enrolments')
    .select([
      'program_id',
      sql<number>`count(*)::int`.as('entered'),
      sql<number>`(count(*) filter (where ended_at is null))::int`.as('active'),
      sql<number>`(count(*) filter (where status = 'completed'))::int`.as('completed'),
      sql<number>`(count(*) filter (where status = 'exited'))::int`.as('exited'),
    ])
    .where('account_id', '=', accountId)
    .groupBy('program_id')
  if (programId) query = query.where('program_id', '=', programId)
  const rows = await query.execute()
  return new Map(rows.map(({ program_id, ...counts }) => [program_id, counts]))
}

/** Live enrolments per step of a program. */
export async function waitingByStep(db: Db, accountId: string, programId: string) {
  const rows = await db
    .selectFrom('program_enrolments')
    .select(['step_id', sql<number>`count(*)::int`.as('waiting')])
    .where('account_id', '=', accountId)
    .where('program_id', '=', programId)
    .where('ended_at', 'is', null)
    .groupBy('step_id')
    .execute()
  return new Map(rows.map((r) => [r.step_id ?? '', Number(r.waiting)]))
}

export function stepCounts(db: Db, accountId: string, programId: string) {
  return db
    .selectFrom('program_step_counts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('program_id', '=', programId)
    .execute()
}

/** Per send step: messages sent, and contacts who opened or clicked, from the hidden campaigns. */
export async function sendFigures(db: Db, accountId: string, programId: string) {
  const result = await sql<{ step_id: string; sent: number; opened: number; clicked: number }>`
    select c.program_step_id as step_id,
      (select count(*) from campaign_recipients r
        where r.account_id = c.account_id and r.campaign_id = c.id and r.status = 'sent')::int as sent,
      (select count(distinct e.contact_id) from campaign_events e
        where e.account_id = c.account_id and e.campaign_id = c.id and e.kind = 'opened')::int as opened,
      (select count(distinct e.contact_id) from campaign_events e
        where e.account_id = c.account_id and e.campaign_id = c.id and e.kind = 'clicked')::int as clicked
    from campaigns c
    where c.account_id = ${accountId} and c.program_id = ${programId}`.execute(db)
  return new Map(result.rows.map((r) => [r.step_id, r]))
}

/** The hidden campaigns of a program's send steps. */
export function stepCampaigns(db: Db, accountId: string, programId: string) {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('program_id', '=', programId)
    .execute()
}

/** The programs whose submission matters: the approver decides, the submitter reads the reason. */
const WAITS_OR_DECLINED = new Set<ProgramRow['status']>(['awaiting_approval', 'declined'])

/**
 * When and by whom each program waiting or declined was last sent for approval (the row keeps
 * both since 0034) and the submitter's name (null once deleted).
 */
export async function submissions(db: Db, programs: readonly ProgramRow[]) {
  const submitted = programs.filter(
    (p) => p.submitted_by !== null && WAITS_OR_DECLINED.has(p.status),
  )
  if (submitted.length === 0) return new Map<string, Submission>()
  const userIds = submitted.map((p) => p.submitted_by as string)
  const names = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', userIds)
    .execute()
  const name = new Map(names.map((u) => [u.id, u.name]))
  return new Map(
    submitted.map((p): [string, Submission] => [
      p.id,
      {
        by: { id: p.submitted_by as string, name: name.get(p.submitted_by as string) ?? null },
        at: p.submitted_at,
      },
    ]),
  )
}

export interface Submission {
  by: { id: string; name: string | null }
  at: Date | string | null
}

/** The account's sender addresses among `ids`, as "Name <address>". */
export async function senderLabels(db: Db, accountId: string, ids: readonly string[]) {
  const valid = ids.filter(isUuid)
  if (valid.length === 0) return new Map<string, string>()
  const rows = await db
    .selectFrom('senders')
    .select(['id', 'name', 'email'])
    .where('account_id', '=', accountId)

    .where('id', 'in', valid)
    .execute()
  return new Map(rows.map((r) => [r.id, r.name ? `${r.name} <${r.email}>` : r.email]))
}
