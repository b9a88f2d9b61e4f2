/**
 * A program's flow as the API holds it (/work/notes/s12/programs-api.md): a vertical list of
 * steps whose branches nest two lists of their own. Pure: what the editor does to the flow.
 */

export type Filter = Record<string, unknown>
export type Duration = { amount: number; unit: 'minutes' | 'hours' | 'days' }
export type Condition =
  | { kind: 'segment'; filter: Filter }
  | { kind: 'engaged'; action: 'opened' | 'clicked'; stepId: string }

export type Step =
  | { id: string; type: 'wait'; duration: Duration }
  | { id: string; type: 'wait'; until: { time: string; weekdays?: number[] } }
  | {
      id: string
      type: 'send_email'
      templateId: string | null
      fromAddressId: string | null
      subject: string | null
    }
  | { id: string; type: 'send_sms'; text: string; senderId: string | null }
  | { id: string; type: 'add_tag' | 'remove_tag'; tagId: string | null }
  | { id: string; type: 'add_to_group' | 'remove_from_group'; groupId: string | null }
  | { id: string; type: 'set_field'; field: string; value: string }
  | { id: string; type: 'branch'; condition: Condition | null; yes: Step[]; no: Step[] }
  | {
      id: string
      type: 'wait_for'
      event: string | null
      filter: Filter | null
      timeout: Duration
      met: Step[]
      timedOut: Step[]
    }
  | { id: string; type: 'webhook'; webhookId: string | null }
  | { id: string; type: 'end' }

export type StepType = Step['type']
export type StepOf<T extends StepType> = Extract<Step, { type: T }>

/** The step types in the order the "Add a step" menu offers them, with their labels. */
export const STEP_TYPES: ReadonlyArray<{ type: StepType; label: string; group: string }> = [
  { type: 'send_email', label: 'Send an email', group: 'Messages' },
  { type: 'send_sms', label: 'Send an SMS', group: 'Messages' },
  { type: 'wait', label: 'Wait', group: 'Timing' },
  { type: 'wait_for', label: 'Wait for an event or a condition', group: 'Timing' },
  { type: 'branch', label: 'Branch on a condition', group: 'Logic' },
  { type: 'end', label: 'End the program', group: 'Logic' },
  { type: 'add_tag', label: 'Add a tag', group: 'Contact' },
  { type: 'remove_tag', label: 'Remove a tag', group: 'Contact' },
  { type: 'add_to_group', label: 'Add to a group', group: 'Contact' },
  { type: 'remove_from_group', label: 'Remove from a group', group: 'Contact' },
  { type: 'set_field', label: 'Set a field', group: 'Contact' },
  { type: 'webhook', label: 'Call a webhook', group: 'Other' },
]

export const stepLabel = (type: StepType) => STEP_TYPES.find((t) => t.type === type)?.label ?? type

/** A new step of a type, with a fresh id and its settings empty (the server's `problems` name them). */
export function newStep(type: StepType, id: string = crypto.randomUUID()): Step {
  switch (type) {
    case 'wait':
      return { id, type, duration: { amount: 1, unit: 'days' } }
    case 'send_email':
      return { id, type, templateId: null, fromAddressId: null, subject: null }
    case 'send_sms':
      return { id, type, text: '', senderId: null }
    case 'add_tag':
    case 'remove_tag':
      return { id, type, tagId: null }
    case 'add_to_group':
    case 'remove_from_group':
      return { id, type, groupId: null }
    case 'set_field':
      return { id, type, field: '', value: '' }
    case 'branch':
      return { id, type, condition: null, yes: [], no: [] }
    case 'wait_for':
      return {
        id,
        type,
        event: '',
        filter: null,
        timeout: { amount: 1, unit: 'days' },
        met: [],
        timedOut: [],
      }
    case 'webhook':
      return { id, type, webhookId: null }
    case 'end':
      return { id, type }
  }
}

/** The two arms of a step that has them, with what each is called on screen. */
export function armsOf(
  step: Step,
): [{ key: 'yes' | 'met'; label: string }, { key: 'no' | 'timedOut'; label: string }] | null {
  if (step.type === 'branch')
    return [
      { key: 'yes', label: 'Yes: the condition holds' },
      { key: 'no', label: 'No' },
    ]
  if (step.type === 'wait_for')
    return [
      { key: 'met', label: 'It happened' },
      { key: 'timedOut', label: 'Timed out' },
    ]
  return null
}

type ArmKey = 'yes' | 'no' | 'met' | 'timedOut'

export function armSteps(step: Step, arm: ArmKey): Step[] {
  return ((step as Record<string, unknown>)[arm] as Step[] | undefined) ?? []
}

export function withArm(step: Step, arm: ArmKey, steps: Step[]): Step {
  return { ...step, [arm]: steps } as Step
}

export function insertAt(steps: Step[], index: number, step: Step): Step[] {
  return [...steps.slice(0, index), step, ...steps.slice(index)]
}

/** The list with the step at `index` swapped with its neighbour above (-1) or below (+1). */
export function move(steps: Step[], index: number, delta: -1 | 1): Step[] {
  const other = index + delta
  if (other < 0 || other >= steps.length) return steps
  const next = [...steps]
  ;[next[index], next[other]] = [next[other] as Step, next[index] as Step]
  return next
}

/** Every step, depth first in the order the flow shows them. */
export function allSteps(steps: readonly Step[]): Step[] {
  return steps.flatMap((step) => {
    const arms = armsOf(step)
    return arms
      ? [step, ...allSteps(armSteps(step, arms[0].key)), ...allSteps(armSteps(step, arms[1].key))]
      : [step]
  })
}

export function findStep(steps: readonly Step[], id: string): Step | undefined {
  return allSteps(steps).find((step) => step.id === id)
}

/** The flow with the step of that id replaced, wherever it is. */
export function replaceStep(steps: readonly Step[], id: string, next: Step): Step[] {
  return steps.map((step) => {
    if (step.id === id) return next
    const arms = armsOf(step)
    if (!arms) return step
    return arms.reduce(
      (acc, arm) => withArm(acc, arm.key, replaceStep(armSteps(acc, arm.key), id, next)),
      step,
    )
  })
}

/** Steps in `before` that `after` no longer has (a deleted branch takes its arms with it). */
export function removedSteps(before: readonly Step[], after: readonly Step[]): Step[] {
  const kept = new Set(allSteps(after).map((step) => step.id))
  return allSteps(before).filter((step) => !kept.has(step.id))
}

/** The email steps above a step in the flow: what an "opened/clicked" branch can look back at. */
export function emailStepsBefore(steps: readonly Step[], id: string): StepOf<'send_email'>[] {
  const ordered = allSteps(steps)
  const at = ordered.findIndex((step) => step.id === id)
  return ordered
    .slice(0, at < 0 ? ordered.length : at)
    .filter((step): step is StepOf<'send_email'> => step.type === 'send_email')
}

const UNIT_WORDS = { minutes: 'minute', hours: 'hour', days: 'day' } as const

export function durationInWords({ amount, unit }: Duration): string {
  return `${amount} ${UNIT_WORDS[unit]}${amount === 1 ? '' : 's'}`
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
