import { invalidField } from '../errors.js'
import type { SurveyQuestion } from './schemas.js'
import { fieldProblem } from './words.js'

/**
 * A survey's questions (issue 19): what a form may ask besides contact fields, and reading what a
 * respondent answered. Answers are kept per response under the question's id, as typed for a
 * text question, the option's text for a choice, a number for a scale.
 */

export type Answer = string | string[] | number
export type Answers = Record<string, Answer>

export const MAX_TEXT_ANSWER = 2000
const DEFAULT_SCALE = { min: 1, max: 5, minLabel: '', maxLabel: '' }
/** NUL and the other control characters but tab and line breaks: never text a person typed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it refuses
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/

export function isTypedText(value: string) {
  return !CONTROL.test(value) && !/\p{Cs}/u.test(value)
}

/** The name a question's answer is posted under (no contact field key has a dot). */
export function answerKey(questionId: string) {
  return `q.${questionId}`
}

export const DEFAULT_QUESTIONS: SurveyQuestion[] = [
  {
    id: 'q1',
    type: 'single',
    label: 'Did you find what you were looking for?',
    help: '',
    required: true,
    options: ['Yes', 'No'],
  },
]

function checkQuestion(question: SurveyQuestion, i: number): SurveyQuestion {
  const at = `questions.${i}`
  const base = {
    id: question.id,
    type: question.type,
    label: question.label,
    help: question.help ?? '',
    required: !!question.required,
  }
  if (question.type === 'single' || question.type === 'multiple') {
    // Trimmed as answers are: an option with spaces around it could never be chosen.
    const options = (question.options ?? []).map((option) => option.trim())
    options.forEach((option, j) => {
      if (option === '' || /[\r\n]/.test(option) || !isTypedText(option)) {
        throw invalidField(`${at}.options.${j}`, 'an option is one line of text')
      }
    })
    if (options.length < 2)
      throw invalidField(`${at}.options`, 'a choice needs two options or more')
    if (new Set(options).size !== options.length) {
      throw invalidField(`${at}.options`, 'each option once')
    }
    return { ...base, options }
  }
  if (question.options) throw invalidField(`${at}.options`, 'only choice questions have options')
  if (question.type === 'scale') {
    return { ...base, scale: { ...DEFAULT_SCALE, ...question.scale } }
  }
  if (question.scale) throw invalidField(`${at}.scale`, 'only scale questions have a scale')
  return base
}

/** A survey asks one question or more, each id once; a sign-up form asks none. */
export function checkQuestions(kind: 'signup' | 'survey', questions: SurveyQuestion[]) {
  if (kind === 'signup') {
    if (questions.length > 0) throw invalidField('questions', 'only a survey asks questions')
    return []
  }
  if (questions.length === 0) throw invalidField('questions', 'a survey asks one question or more')
  const seen = new Set<string>()
  return questions.map((question, i) => {
    if (seen.has(question.id))
      throw invalidField(`questions.${i}.id`, `${question.id} is there twice`)
    seen.add(question.id)
    return checkQuestion(question, i)
  })
}

function answerOf(question: SurveyQuestion, raw: string | string[] | undefined): Answer | null {
  const field = answerKey(question.id)
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .map((v) => v.trim())
    .filter((v) => v !== '')
  if (values.length === 0) return null
  if (question.type === 'multiple') {
    const chosen = [...new Set(values)]
    const unknown = chosen.find((v) => !question.options?.includes(v))
    if (unknown !== undefined) throw fieldProblem(field, 'choice', 'choose among the options')
    // In the form's order, whatever order they came in.
    return (question.options ?? []).filter((option) => chosen.includes(option))
  }
  if (values.length > 1) throw fieldProblem(field, 'choice', 'one answer')
  const value = values[0] as string
  if (question.type === 'single') {
    if (!question.options?.includes(value))
      throw fieldProblem(field, 'choice', 'choose one of the options')
    return value
  }
  if (question.type === 'scale') {
    const { min, max } = question.scale ?? DEFAULT_SCALE
    const n = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN
    if (!(n >= min && n <= max))
      throw fieldProblem(field, 'choice', `a whole number from ${min} to ${max}`)
    return n
  }
  if (value.length > MAX_TEXT_ANSWER)
    throw fieldProblem(field, 'too_long', `at most ${MAX_TEXT_ANSWER} characters`)
  if (!isTypedText(value))
    throw fieldProblem(field, 'not_text', 'contains characters that are not text')
  return value
}

/** The answers of one response, checked against the questions (required ones answered). */
export function readAnswers(
  questions: SurveyQuestion[],
  body: Readonly<Record<string, string | string[]>>,
): Answers {
  const answers: Answers = {}
  for (const question of questions) {
    const key = answerKey(question.id)
    const answer = answerOf(question, Object.hasOwn(body, key) ? body[key] : undefined)
    if (answer === null) {
      if (question.required) throw fieldProblem(key, 'required', `${question.label} is required`)
    } else answers[question.id] = answer
  }
  return answers
}
