import { type AppError, invalidField } from '../errors.js'
import { isUuid } from '../ids.js'
import type { Step } from './schemas.js'

/**
 * The flow of a program: a vertical list of steps whose branch and wait_for steps hold arms of
 * steps. After an arm's last step the flow continues after the step that holds the arm; after
 * the last top-level step the contact has completed the program.
 */

export const MAX_STEPS = 200
export const MAX_DEPTH = 5

type StepOf<T extends Step['type']> = Extract<Step, { type: T }>
export type Branch = StepOf<'branch'>
export type WaitFor = StepOf<'wait_for'>

/** The arms of a step that holds some, by name. */
export function armsOf(step: Step): Record<string, Step[]> {
  if (step.type === 'branch') return { yes: step.yes as Step[], no: step.no as Step[] }
  if (step.type === 'wait_for')
    return { met: step.met as Step[], timedOut: step.timedOut as Step[] }
  return {}
}

export interface Located {
  step: Step
  /** Where it is in the request, as the HTTP layer names places: `steps.2.yes.0`. */
  path: string
  /** The step the flow goes to once this one is done (arms aside); null: the program ends. */
  after: string | null
  /** The send_email steps that come before it on its way from the top. */
  earlierEmails: ReadonlySet<string>
}

/** Every step by id, with its place and what follows it. */
export function locateSteps(steps: Step[]): Map<string, Located> {
  const located = new Map<string, Located>()
  const walk = (list: Step[], path: string, after: string | null, earlier: Set<string>) => {
    const seen = new Set(earlier)
    list.forEach((step, i) => {
      const next = list[i + 1]?.id ?? after
      located.set(step.id, {
        step,
        path: `${path}.${i}`,
        after: next,
        earlierEmails: new Set(seen),
      })
      for (const [name, arm] of Object.entries(armsOf(step))) {
        walk(arm, `${path}.${i}.${name}`, next, seen)
      }
      if (step.type === 'send_email') seen.add(step.id)
    })
  }
  walk(steps, 'steps', null, new Set())
  return located
}

/** The first step of an arm, or where the flow goes after its holder when the arm is empty. */
export function entryOf(arm: Step[], after: string | null): string | null {
  return arm[0]?.id ?? after
}

export function isSending(step: Step): boolean {
  return step.type === 'send_email' || step.type === 'send_sms'
}

/** What an approver approves: the sending steps as they are (order-independent). */
export function sendingFingerprint(steps: Step[]): string {
  const sending = [...locateSteps(steps).values()]
    .map((l) => l.step)
    .filter(isSending)
    .map((s) => JSON.stringify(s))
    .sort()
  return JSON.stringify(sending)
}

const TEXT_LIMITS: Record<string, number> = { subject: 1000, text: 2000, value: 2000, url: 2000 }
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is refused
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const FIELDS_OF: Record<Step['type'], string[]> = {
  wait: [],
  send_email: ['templateId', 'fromAddressId', 'subject'],
  send_sms: ['text', 'senderId'],
  add_tag: ['tagId'],
  remove_tag: ['tagId'],
  add_to_group: ['groupId'],
  remove_from_group: ['groupId'],
  set_field: ['field', 'value'],
  branch: ['condition', 'yes', 'no'],
  wait_for: ['event', 'filter', 'timeout', 'met', 'timedOut'],
  webhook: ['webhookId'],
  end: [],
}

function bad(field: string, message: string): AppError {
  return invalidField(field, `${field}: ${message}`)
}

/**
 * Checks the shape of a flow (the arms are not checked by the route's schema): known step types
 * with their fields only, ids that are uuids and unique, at most MAX_STEPS steps and MAX_DEPTH
 * levels, texts without NUL or lone surrogates. Throws a 422 naming the place; answers the flow
 * rebuilt from known fields only.
 */
export function checkFlow(steps: unknown[]): Step[] {
  const ids = new Set<string>()
  const visit = (list: unknown, path: string, depth: number): Step[] => {
    if (!Array.isArray(list)) throw bad(path, 'must be a list of steps')
    if (depth > MAX_DEPTH) throw bad(path, `steps nest at most ${MAX_DEPTH} levels`)
    return list.map((raw, i) => {
      const at = `${path}.${i}`
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw bad(at, 'must be a step')
      }
      const step = raw as Record<string, unknown>
      const type = step.type as Step['type']
      if (typeof type !== 'string' || !(type in FIELDS_OF)) throw bad(`${at}.type`, 'unknown step')
      if (typeof step.id !== 'string' || !isUuid(step.id)) throw bad(`${at}.id`, 'must be a uuid')
      if (ids.has(step.id)) throw bad(`${at}.id`, 'step ids must be unique')
      ids.add(step.id)
      if (ids.size > MAX_STEPS) throw bad(path, `a program has at most ${MAX_STEPS} steps`)
      const allowed = new Set(['id', 'type', ...FIELDS_OF[type], 'duration', 'until'])
      const unknown = Object.keys(step).find((key) => !allowed.has(key))
      if (unknown) throw bad(`${at}.${unknown}`, 'is not a field of this step')
      for (const [key, value] of Object.entries(step)) {
        if (typeof value !== 'string') continue
        if (value.length > (TEXT_LIMITS[key] ?? 64)) throw bad(`${at}.${key}`, 'is too long')
        if (UNSAFE_TEXT.test(value)) throw bad(`${at}.${key}`, 'holds characters text cannot')
      }
      const copy = { ...step } as Record<string, unknown>
      for (const name of ['yes', 'no', 'met', 'timedOut']) {
        if (FIELDS_OF[type].includes(name))
          copy[name] = visit(step[name], `${at}.${name}`, depth + 1)
      }
      checkStepFields(type, copy, at)
      return copy as Step
    })
  }
  return visit(steps, 'steps', 1)
}

const nullableString = (value: unknown) => value === null || typeof value === 'string'

/** The fields each step type must carry, with their kinds (arms were checked by checkFlow). */
function checkStepFields(type: Step['type'], step: Record<string, unknown>, at: string) {
  const need = (field: string, ok: (value: unknown) => boolean, what: string) => {
    if (!ok(step[field])) throw bad(`${at}.${field}`, what)
  }
  const duration = (value: unknown) => {
    const d = value as { amount?: unknown; unit?: unknown } | null
    return (
      typeof d === 'object' &&
      d !== null &&
      Number.isInteger(d.amount) &&
      (d.amount as number) >= 1 &&
      (d.amount as number) <= 100_000 &&
      ['minutes', 'hours', 'days'].includes(d.unit as string) &&
      Object.keys(d).every((k) => k === 'amount' || k === 'unit')
    )
  }
  switch (type) {
    case 'wait':
      if ('duration' in step) need('duration', duration, 'needs {amount, unit}')
      else need('until', isUntil, 'needs {time: "HH:MM", weekdays?}')
      if ('duration' in step && 'until' in step)
        throw bad(`${at}.until`, 'wait has one of duration or until')
      return
    case 'send_email':
      for (const f of ['templateId', 'fromAddressId', 'subject']) {
        step[f] ??= null
        need(f, nullableString, 'must be text or null')
      }
      return
    case 'send_sms':
      need('text', (v) => typeof v === 'string', 'must be text')
      step.senderId ??= null
      need('senderId', nullableString, 'must be text or null')
      return
    case 'add_tag':
    case 'remove_tag':
      step.tagId ??= null
      need('tagId', nullableString, 'must be a tag id or null')
      return
    case 'add_to_group':
    case 'remove_from_group':
      step.groupId ??= null
      need('groupId', nullableString, 'must be a group id or null')
      return
    case 'set_field':
      need('field', (v) => typeof v === 'string' && v.length > 0, 'names a field')
      need('value', (v) => typeof v === 'string', 'must be text')
      return
    case 'branch':
      step.condition ??= null
      need('condition', isCondition, 'must be {kind: segment, filter} or {kind: engaged, …}')
      return
    case 'wait_for':
      step.event ??= null
      step.filter ??= null
      need('event', nullableString, 'must be an event name or null')
      need('filter', (v) => v === null || isObject(v), 'must be a filter or null')
      need('timeout', duration, 'needs {amount, unit}')
      return
    case 'webhook':
      step.webhookId ??= null
      need('webhookId', nullableString, 'must be a webhook id or null')
      return
    case 'end':
      return
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function isUntil(value: unknown): boolean {
  if (!isObject(value)) return false
  if (typeof value.time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value.time)) return false
  const days = value.weekdays
  if (days === undefined) return Object.keys(value).every((k) => k === 'time')
  return (
    Array.isArray(days) &&
    days.length <= 7 &&
    days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    Object.keys(value).every((k) => k === 'time' || k === 'weekdays')
  )
}

function isCondition(value: unknown): boolean {
  if (value === null) return true
  if (!isObject(value)) return false
  if (value.kind === 'segment') return isObject(value.filter) && Object.keys(value).length === 2
  return (
    value.kind === 'engaged' &&
    (value.action === 'opened' || value.action === 'clicked') &&
    typeof value.stepId === 'string' &&
    Object.keys(value).length === 3
  )
}
