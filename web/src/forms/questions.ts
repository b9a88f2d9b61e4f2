/**
 * A survey's questions as the editor holds them: every part any type may need (a question keeps
 * its options while its type is switched back and forth), sent as the API takes it.
 */

export type QuestionType = 'single' | 'multiple' | 'scale' | 'text'

/** A question as the API has it (the form's `questions`). */
export type SurveyQuestion = {
  id: string
  type: QuestionType
  label: string
  help: string
  required: boolean
  options?: string[]
  scale?: { min: number; max: number; minLabel: string; maxLabel: string }
}

export type QuestionRow = {
  /** Stable across moves, for React; never sent. */
  key: string
  /** Empty until the question is first saved: the id is then made from its label. */
  id: string
  type: QuestionType
  label: string
  help: string
  required: boolean
  options: string[]
  scale: { min: number; max: number; minLabel: string; maxLabel: string }
}

export const QUESTION_TYPES: Array<{ value: QuestionType; label: string }> = [
  { value: 'single', label: 'Single choice' },
  { value: 'multiple', label: 'Multiple choice' },
  { value: 'scale', label: 'Scale' },
  { value: 'text', label: 'Text' },
]

export const isChoice = (type: QuestionType) => type === 'single' || type === 'multiple'

const DEFAULT_SCALE = { min: 1, max: 5, minLabel: '', maxLabel: '' }
let lastKey = 0
const nextKey = () => `question-${++lastKey}`

export function questionRow(question?: SurveyQuestion): QuestionRow {
  return {
    key: nextKey(),
    id: question?.id ?? '',
    type: question?.type ?? 'single',
    label: question?.label ?? '',
    help: question?.help ?? '',
    required: question?.required ?? false,
    options: question?.options ?? ['', ''],
    scale: { ...DEFAULT_SCALE, ...question?.scale },
  }
}

const ID_LENGTH = 40

/**
 * The id a new question's answers are kept under: its label in lower case, [a-z0-9_] (no hyphen, as the server asks), starting
 * with a letter or digit, and not one of `taken` (a number is added when it is).
 */
export function questionId(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, ID_LENGTH - 4)
      .replace(/_+$/, '') || 'question'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const id = `${base}_${n}`
    if (!taken.has(id)) return id
  }
}

/**
 * The questions as the API takes them. A new question gets its id here, never one another
 * question has or had while the page was open (answers are kept under it: reusing the id of a
 * removed question would count its old answers for the new one).
 */
export function questionsBody(rows: QuestionRow[], before: SurveyQuestion[]): SurveyQuestion[] {
  const taken = new Set([...before.map((q) => q.id), ...rows.map((row) => row.id)])
  return rows.map(({ key: _key, id, type, options, scale, ...rest }) => {
    const kept = id || questionId(rest.label, taken)
    taken.add(kept)
    return {
      id: kept,
      type,
      ...rest,
      label: rest.label.trim(),
      // A respondent's answer is trimmed before it is matched against the options.
      ...(isChoice(type) ? { options: options.map((option) => option.trim()) } : {}),
      ...(type === 'scale' ? { scale } : {}),
    }
  })
}

/** What the editor checks before sending: a question to ask, options written out. */
export function questionProblems(rows: QuestionRow[]): Record<string, string> {
  const problems: Record<string, string> = {}
  rows.forEach((row, i) => {
    if (!row.label.trim()) problems[`questions.${i}.label`] = 'Write the question'
    if (!isChoice(row.type)) return
    row.options.forEach((option, j) => {
      if (!option.trim()) problems[`questions.${i}.options.${j}`] = 'Write the option or remove it'
    })
  })
  return problems
}

const SHOWN =
  /^(questions|questions\.\d+\.(type|label|help|required|options(\.\d+)?|scale(\.(min|max|minLabel|maxLabel))?)|fields\.\d+\.(field|label|help|required))$/

/**
 * The control a refusal of the server belongs on (`questions.2.options`), or null for one the
 * editor has no control for (shown above the form). An id is never typed: it belongs to the label.
 */
export function controlOf(field: string): string | null {
  const id = /^questions\.(\d+)\.id$/.exec(field)
  if (id) return `questions.${id[1]}.label`
  return SHOWN.test(field) ? field : null
}
