import { type FlowChoices, labelOf } from './choices'
import { durationInWords, type Step, WEEKDAYS } from './flow'

function weekdaysInWords(weekdays: readonly number[] | undefined): string {
  if (!weekdays || weekdays.length === 0 || weekdays.length === 7) return 'any day'
  return weekdays.map((day) => WEEKDAYS[day - 1]).join(', ')
}

/** One line saying what a step does with its settings, as its card shows it. */
export function stepSummary(step: Step, choices: FlowChoices): string {
  switch (step.type) {
    case 'wait':
      return 'duration' in step
        ? `for ${durationInWords(step.duration)}`
        : `until ${step.until.time || '…'}, ${weekdaysInWords(step.until.weekdays)}`
    case 'send_email':
      return `template: ${labelOf(choices.templates, step.templateId)}`
    case 'send_sms':
      return step.text ? `“${step.text.slice(0, 60)}”` : 'no text yet'
    case 'add_tag':
    case 'remove_tag':
      return `tag: ${labelOf(choices.tags, step.tagId)}`
    case 'add_to_group':
    case 'remove_from_group':
      return `group: ${labelOf(choices.groups, step.groupId)}`
    case 'set_field':
      return step.field
        ? `${labelOf(choices.fields, step.field)} = “${step.value}”`
        : 'no field yet'
    case 'branch':
      if (!step.condition) return 'no condition yet'
      return step.condition.kind === 'engaged'
        ? `the contact ${step.condition.action} an earlier email`
        : 'the contact matches conditions'
    case 'wait_for':
      return `${step.event ? `the event “${step.event}”` : 'a condition'}, at most ${durationInWords(step.timeout)}`
    case 'webhook':
      return `webhook: ${labelOf(choices.webhooks, step.webhookId)}`
    case 'end':
      return 'the contact leaves the program'
  }
}
