import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB, FormSubmissionStatus } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export const formColumns = [
  'f.account_id',
  'f.id',
  'f.kind',
  'f.name',
  'f.status',
  'f.fields',
  'f.questions',
  'f.group_ids',
  'f.tags',
  'f.consent_text',
  'f.thank_you',
  'f.redirect_url',
  'f.redirect_origins',
  'f.views',
  'f.created_by',
  'f.created_at',
  'f.updated_at',
] as const

/**
 * The forms with their counts: submissions processed, held, and of those that asked for a double
 * opt-in, the ones whose confirmation came after the submission.
 */
function formsWithCounts(db: Db) {
  return db
    .selectFrom('forms as f')
    .select(formColumns)
    .select((eb) => [
      eb
        .selectFrom('form_submissions as s')
        .select(sql<string>`count(*) filter (where s.status = 'processed')`.as('n'))
        .whereRef('s.form_id', '=', 'f.id')
        .as('submissions'),
      eb
        .selectFrom('form_submissions as s')
        .select(sql<string>`count(*) filter (where s.status = 'held')`.as('n'))
        .whereRef('s.form_id', '=', 'f.id')
        .as('held'),
      eb
        .selectFrom('form_submissions as s')
        .innerJoin('consent_requests as c', (join) =>
          join
            .onRef('c.account_id', '=', 's.account_id')
            .onRef('c.contact_id', '=', 's.contact_id'),
        )
        .select(sql<string>`count(*)`.as('n'))
        .whereRef('s.form_id', '=', 'f.id')
        .where('s.awaiting_confirmation', '=', true)
        .where('c.confirmed_at', 'is not', null)
        .whereRef('c.confirmed_at', '>=', 's.created_at')
        .as('confirmations'),
    ])
}

export type FormRow = NonNullable<Awaited<ReturnType<typeof findForm>>>

export function findForm(db: Db, accountId: string, formId: string) {
  return formsWithCounts(db)
    .where('f.account_id', '=', accountId)
    .where('f.id', '=', formId)
    .executeTakeFirst()
}

export function listForms(db: Db, accountId: string) {
  return formsWithCounts(db).where('f.account_id', '=', accountId).orderBy('f.created_at').execute()
}

/** A published form by its id alone (the public pages). */
export function findPublishedForm(db: Db, formId: string) {
  return formsWithCounts(db)
    .where('f.id', '=', formId)
    .where('f.status', '=', 'published')
    .executeTakeFirst()
}

export async function countView(db: Db, formId: string) {
  await db
    .updateTable('forms')
    .set({ views: sql`views + 1` } as never)
    .where('id', '=', formId)
    .execute()
}

export interface SubmissionValues {
  id: string
  accountId: string
  formId: string
  status: FormSubmissionStatus
  reason: string | null
  data: Record<string, string>
  /** A survey's answers by question id; null for a sign-up. */
  answers: Record<string, unknown> | null
  ip: string | null
  createdAt: Date
}

export async function insertSubmission(db: Db, values: SubmissionValues) {
  await db
    .insertInto('form_submissions')
    .values({
      id: values.id,
      account_id: values.accountId,
      form_id: values.formId,
      status: values.status,
      reason: values.reason,
      data: JSON.stringify(values.data),
      answers: values.answers === null ? null : JSON.stringify(values.answers),
      ip: values.ip,
      created_at: values.createdAt,
    })
    .execute()
}

export async function deleteSubmission(db: Db, submissionId: string) {
  await db.deleteFrom('form_submissions').where('id', '=', submissionId).execute()
}

export async function markProcessed(
  db: Db,
  submissionId: string,
  outcome: { contactId: string; awaitingConfirmation: boolean; decidedAt: Date | null },
) {
  await db
    .updateTable('form_submissions')
    .set({
      status: 'processed',
      contact_id: outcome.contactId,
      awaiting_confirmation: outcome.awaitingConfirmation,
      decided_at: outcome.decidedAt,
    })
    .where('id', '=', submissionId)
    .execute()
}

export function listHeld(db: Db, accountId: string, formId: string) {
  return db
    .selectFrom('form_submissions')
    .select(['id', 'reason', 'data', 'ip', 'created_at'])
    .where('account_id', '=', accountId)
    .where('form_id', '=', formId)
    .where('status', '=', 'held')
    .orderBy('id')
    .limit(200)
    .execute()
}

/** Takes a held submission out of the review list (one decision wins), answering its data. */
export function claimHeld(
  db: Db,
  accountId: string,
  formId: string,
  submissionId: string,
  status: 'processed' | 'discarded',
  now: Date,
) {
  return db
    .updateTable('form_submissions')
    .set({ status, decided_at: now })
    .where('account_id', '=', accountId)
    .where('form_id', '=', formId)
    .where('id', '=', submissionId)
    .where('status', '=', 'held')
    .returning(['id', 'data', 'ip', 'created_at'])
    .executeTakeFirst()
}

/** Puts back a held submission whose approval could not be applied. */
export async function returnToHeld(db: Db, submissionId: string) {
  await db
    .updateTable('form_submissions')
    .set({ status: 'held', decided_at: null })
    .where('id', '=', submissionId)
    .execute()
}

/**
 * Records a solved challenge's signature; false when it was used before. Expired ones are
 * dropped on the way: a challenge past its expiry is refused anyway.
 */
export async function useChallenge(db: Db, signature: string, expiresAt: Date, now: Date) {
  await db.deleteFrom('form_challenges_used').where('expires_at', '<', now).execute()
  const row = await db
    .insertInto('form_challenges_used')
    .values({ signature, expires_at: expiresAt })
    .onConflict((oc) => oc.column('signature').doNothing())
    .returning('signature')
    .executeTakeFirst()
  return row !== undefined
}

/** Responses counted in a survey's results: processed ones (held ones count once approved). */
function responses(db: Db, formId: string) {
  return db
    .selectFrom('form_submissions as s')
    .where('s.form_id', '=', formId)
    .where('s.status', '=', 'processed')
}

export async function countResponses(db: Db, formId: string) {
  const row = await responses(db, formId)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * How often each question was answered and, for the questions in `counted` (choices and scales),
 * each answer given: a multiple choice counts each option chosen; text answers are not counted.
 */
export async function answerCounts(db: Db, formId: string, counted: string[]) {
  const answered = await responses(db, formId)
    .innerJoin(sql<{ key: string }>`jsonb_each(s.answers)`.as('a'), (join) => join.onTrue())
    .select([sql<string>`a.key`.as('question'), sql<string>`count(*)`.as('n')])
    .groupBy(sql`a.key`)
    .execute()
  const values =
    counted.length === 0
      ? []
      : await responses(db, formId)
          .innerJoin(sql<{ key: string }>`jsonb_each(s.answers)`.as('a'), (join) => join.onTrue())
          .innerJoin(
            sql<{
              value: unknown
            }>`jsonb_array_elements(case jsonb_typeof(a.value) when 'array' then a.value else jsonb_build_array(a.value) end)`.as(
              'e',
            ),
            (join) => join.onTrue(),
          )
          .where(sql<boolean>`a.key = any(${counted}::text[])`)
          .select([
            sql<string>`a.key`.as('question'),
            sql<string>`e.value #>> '{}'`.as('answer'),
            sql<string>`count(*)`.as('n'),
          ])
          .groupBy([sql`a.key`, sql`e.value #>> '{}'`])
          .execute()
  return { answered, values }
}

/** The latest text answers to one question. */
export function latestTexts(db: Db, formId: string, questionId: string, limit: number) {
  return responses(db, formId)
    .where(sql<boolean>`jsonb_typeof(s.answers -> ${questionId}) = 'string'`)
    .select([sql<string>`s.answers ->> ${questionId}`.as('text'), 's.created_at'])
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute()
}

/** A page of responses for the export, oldest first, after the cursor (a submission id). */
export function responsePage(db: Db, formId: string, after: string | undefined, limit: number) {
  let query = responses(db, formId)
    .select(['s.id', 's.created_at', 's.contact_id', 's.data', 's.answers'])
    .orderBy('s.id')
    .limit(limit)
  if (after) query = query.where('s.id', '>', after)
  return query.execute()
}
