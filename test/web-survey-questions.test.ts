import { describe, expect, it } from 'vitest'
import { SurveyQuestion } from '../src/forms/schemas.js'
import { controlOf, questionId, questionRow, questionsBody } from '../web/src/forms/questions.js'

// The survey editor makes a new question's id from its label; the server keeps answers under it
// and refuses an id outside its pattern, so whatever the label, the id must fit and be new.
const pattern = new RegExp((SurveyQuestion.properties.id as { pattern?: string }).pattern as string)

describe('the survey editor', () => {
  it('makes an id that fits the server’s pattern from any label, and a new one when it is taken', () => {
    const none = new Set<string>()
    expect(questionId('How likely are you to recommend us?', none)).toBe(
      'how_likely_are_you_to_recommend_us',
    )
    expect(questionId('Café à Zürich', none)).toBe('cafe_a_zurich')
    for (const label of ['', '???', '日本語', `${'x'.repeat(300)}!`, '_Why_', '  ', '\u0000']) {
      expect(questionId(label, none), label).toMatch(pattern)
    }
    const taken = new Set(['plan', 'plan_2'])
    expect(questionId('Plan', taken)).toBe('plan_3')
    expect(questionId('x'.repeat(300), new Set(['x'.repeat(36)]))).toMatch(pattern)
  })

  it('keeps a saved question’s id when its label changes and never reuses a removed one’s', () => {
    const before = [
      {
        id: 'plan',
        type: 'single' as const,
        label: 'Plan?',
        help: '',
        required: false,
        options: ['A', 'B'],
      },
      { id: 'why', type: 'text' as const, label: 'Why?', help: '', required: false },
    ]
    const kept = { ...questionRow(before[0]), label: 'Which plan are you on?' }
    // "Why?" was removed, and a new question asks it again: its old answers are not its.
    const added = { ...questionRow(), type: 'text' as const, label: ' Why? ' }
    const body = questionsBody([kept, added], before)
    expect(body).toEqual([
      {
        id: 'plan',
        type: 'single',
        label: 'Which plan are you on?',
        help: '',
        required: false,
        options: ['A', 'B'],
      },
      { id: 'why_2', type: 'text', label: 'Why?', help: '', required: false },
    ])
  })

  it('sends only what the type has, options trimmed (a respondent’s answer is trimmed)', () => {
    const row = { ...questionRow(), label: 'Rate us', options: [' Yes ', 'No'] }
    const [scale] = questionsBody([{ ...row, type: 'scale' }], [])
    expect(scale).toEqual({
      id: 'rate_us',
      type: 'scale',
      label: 'Rate us',
      help: '',
      required: false,
      scale: { min: 1, max: 5, minLabel: '', maxLabel: '' },
    })
    const [choice] = questionsBody([{ ...row, type: 'multiple' }], [])
    expect(choice?.options).toEqual(['Yes', 'No'])
    expect(choice?.scale).toBeUndefined()
  })

  it('puts a refusal on the control it names, an id on its question’s label', () => {
    expect(controlOf('questions.2.options')).toBe('questions.2.options')
    expect(controlOf('questions.0.options.1')).toBe('questions.0.options.1')
    expect(controlOf('questions.1.scale.max')).toBe('questions.1.scale.max')
    expect(controlOf('questions.1.id')).toBe('questions.1.label')
    expect(controlOf('questions')).toBe('questions')
    expect(controlOf('fields.3.label')).toBe('fields.3.label')
    // Left to the form's own mapping: a top-level field on its control, anything else above it.
    expect(controlOf('questions.1.colour')).toBeNull()
    expect(controlOf('groupIds.0')).toBeNull()
    expect(controlOf('name')).toBeNull()
  })
})
