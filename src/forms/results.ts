import { enforce, mayExportResponses } from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import { pagedCsv } from '../csv-export.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { notFound } from '../errors.js'
import * as repo from './repository.js'
import type { FormField, SurveyQuestion, SurveyResults } from './schemas.js'
import { getForm } from './service.js'

const LATEST_TEXTS = 20
const EXPORT_PAGE = 2_000

async function surveyOf(deps: Deps, access: AccountAccess, formId: string) {
  const form = await getForm(deps, access, formId)
  if (form.kind !== 'survey') throw notFound('survey')
  return form
}

const countOf = (rows: Array<{ n: string }>) => Number(rows[0]?.n ?? 0)

function scaleResult(question: SurveyQuestion, counts: Map<string, number>) {
  const { min, max } = question.scale ?? { min: 1, max: 5 }
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i)
  const rows = values.map((value) => ({ value, count: counts.get(String(value)) ?? 0 }))
  const total = rows.reduce((sum, row) => sum + row.count, 0)
  const average =
    total === 0 ? null : rows.reduce((sum, row) => sum + row.value * row.count, 0) / total
  return { counts: rows, average: average === null ? null : Math.round(average * 100) / 100 }
}

/**
 * A survey's results: responses counted, and for each question how often it was answered, each
 * option's or value's count (in the form's order, options nobody chose included), the latest text
 * answers. Counts come from the database; only the latest texts are read row by row.
 */
export async function surveyResults(
  deps: Deps,
  access: AccountAccess,
  formId: string,
): Promise<SurveyResults> {
  const form = await surveyOf(deps, access, formId)
  const questions = form.questions as SurveyQuestion[]
  const counted = questions.filter((q) => q.type !== 'text').map((q) => q.id)
  const [responses, { answered, values }] = await Promise.all([
    repo.countResponses(deps.db, form.id),
    repo.answerCounts(deps.db, form.id, counted),
  ])
  const results = await Promise.all(
    questions.map(async (question) => {
      const counts = new Map(
        values.filter((v) => v.question === question.id).map((v) => [v.answer, Number(v.n)]),
      )
      const base = {
        id: question.id,
        type: question.type,
        label: question.label,
        answered: countOf(answered.filter((a) => a.question === question.id)),
      }
      if (question.type === 'single' || question.type === 'multiple') {
        const options = (question.options ?? []).map((option) => ({
          option,
          count: counts.get(option) ?? 0,
        }))
        return { ...base, options }
      }
      if (question.type === 'scale') return { ...base, scale: scaleResult(question, counts) }
      const texts = await repo.latestTexts(deps.db, form.id, question.id, LATEST_TEXTS)
      return {
        ...base,
        texts: texts.map((row) => ({ text: row.text, at: new Date(row.created_at).toISOString() })),
      }
    }),
  )
  return {
    responses,
    questions: results,
    abilities: { exportResponses: mayExportResponses(access).allowed },
  }
}

/** A response's value under `key`, its own only (a key such as `constructor` names nothing). */
function own(values: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(values, key) ? values[key] : undefined
}

function cellOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.join('; ')
  return String(value)
}

/**
 * A survey's responses as CSV, one row per response with the contact, the fields typed and every
 * answer (choices joined by "; "), streamed and audited like every export. Needs contacts.export
 * and reports.export both (the policy `responses_export`).
 */
export async function exportResponses(deps: Deps, access: AccountAccess, formId: string) {
  const form = await surveyOf(deps, access, formId)
  enforce(mayExportResponses(access))
  const fields = form.fields as FormField[]
  const questions = form.questions as SurveyQuestion[]
  return pagedCsv({
    filename: `survey-${form.id}-responses.csv`,
    header: [
      'submittedAt',
      'contactId',
      ...fields.map((f) => f.field),
      ...questions.map((q) => q.label),
    ],
    pageSize: EXPORT_PAGE,
    page: (cursor, limit) => repo.responsePage(deps.db, form.id, cursor, limit),
    cursorOf: (row) => row.id,
    cells: (row) => {
      const data = row.data as Record<string, unknown>
      const answers = (row.answers ?? {}) as Record<string, unknown>
      return [
        new Date(row.created_at).toISOString(),
        row.contact_id,
        ...fields.map((f) => cellOf(own(data, f.field))),
        ...questions.map((q) => cellOf(own(answers, q.id))),
      ]
    },
    done: (rows) =>
      recordAudit(deps.db, actorOf(access), {
        accountId: access.accountId,
        action: 'form.responses_exported',
        target: { type: 'form', id: form.id },
        details: { rows },
      }),
  })
}
