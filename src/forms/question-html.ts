import { escapeHtml as e } from '../html.js'
import { answerKey, MAX_TEXT_ANSWER } from './questions.js'
import type { SurveyQuestion } from './schemas.js'

/**
 * A survey's questions on the hosted page and in the embed: plain HTML that works without
 * JavaScript. Choices and scales are fieldsets of radio buttons or checkboxes with a legend; a
 * text question is a text area. What was posted is kept when the page comes back with an error.
 */

function chosen(posted: string | string[] | undefined): string[] {
  return posted === undefined ? [] : Array.isArray(posted) ? posted : [posted]
}

function described(id: string, question: SurveyQuestion, error: string | undefined) {
  const ids = [question.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''
}

function extras(id: string, question: SurveyQuestion, error: string | undefined) {
  return [
    question.help ? `<small id="${id}-help">${e(question.help)}</small>` : '',
    error ? `<strong class="error" id="${id}-error">${e(error)}</strong>` : '',
  ].join('')
}

const star = (question: SurveyQuestion) =>
  question.required ? ' <span aria-hidden="true">*</span>' : ''

function choices(question: SurveyQuestion): Array<{ value: string; label: string }> {
  if (question.type === 'scale') {
    const { min, max, minLabel, maxLabel } = question.scale ?? {
      min: 1,
      max: 5,
      minLabel: '',
      maxLabel: '',
    }
    return Array.from({ length: max - min + 1 }, (_, i) => {
      const value = String(min + i)
      const end = i === 0 ? minLabel : min + i === max ? maxLabel : ''
      return { value, label: end ? `${value} (${end})` : value }
    })
  }
  return (question.options ?? []).map((option) => ({ value: option, label: option }))
}

function choiceHtml(question: SurveyQuestion, posted: string[], error: string | undefined) {
  const id = `q-${question.id}`
  const type = question.type === 'multiple' ? 'checkbox' : 'radio'
  const name = e(answerKey(question.id))
  const inputs = choices(question).map((choice, i) => {
    const checked = posted.includes(choice.value) ? ' checked' : ''
    // A required radio group is enforced by the browser; a required set of checkboxes cannot be.
    const required = question.required && type === 'radio' ? ' required' : ''
    return `<label class="choice"><input type="${type}" id="${id}-${i}" name="${name}" value="${e(choice.value)}"${checked}${required}> ${e(choice.label)}</label>`
  })
  return [
    `<fieldset class="question${question.type === 'scale' ? ' scale' : ''}" id="${id}"${described(id, question, error)}${error ? ' aria-invalid="true"' : ''}>`,
    `<legend>${e(question.label)}${star(question)}</legend>`,
    ...inputs,
    extras(id, question, error),
    '</fieldset>',
  ].join('')
}

function textHtml(question: SurveyQuestion, posted: string[], error: string | undefined) {
  const id = `q-${question.id}`
  return [
    '<p class="field">',
    `<label for="${id}">${e(question.label)}${star(question)}</label>`,
    `<textarea id="${id}" name="${e(answerKey(question.id))}" rows="4" maxlength="${MAX_TEXT_ANSWER}"`,
    question.required ? ' required aria-required="true"' : '',
    error ? ' aria-invalid="true"' : '',
    described(id, question, error),
    `>${e(posted[0] ?? '')}</textarea>`,
    extras(id, question, error),
    '</p>',
  ].join('')
}

export function questionsHtml(
  questions: SurveyQuestion[],
  values: Readonly<Record<string, string | string[]>> = {},
  errors: Readonly<Record<string, string>> = {},
) {
  return questions.map((question) => {
    const key = answerKey(question.id)
    const posted = chosen(Object.hasOwn(values, key) ? values[key] : undefined)
    const error = Object.hasOwn(errors, key) ? errors[key] : undefined
    return question.type === 'text'
      ? textHtml(question, posted, error)
      : choiceHtml(question, posted, error)
  })
}
