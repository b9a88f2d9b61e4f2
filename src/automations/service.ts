import { type Kysely, sql, type Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import {
  abilitiesOfProgram,
  enforce,
  mayDecideSubmission,
  maySeeProgram,
  mayUseChannel,
  type ProgramFacts,
  seesOnlyWaitingPrograms,
} from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import { coerceFieldValue } from '../audience/contact-input.js'
import { fieldTypes } from '../audience/contacts/repository.js'
import { validateFilter } from '../audience/segments/filter.js'
import { SMS_SENDER } from '../campaigns/service.js'
import { findUsableTemplate } from '../content/templates.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { existingId, isUuid } from '../ids.js'
import { findWebhook } from '../webhooks/repository.js'
import { endEnrolments, moveWaiting } from './engine.js'
import { enqueueBackfill } from './program-jobs.js'
import * as repo from './repository.js'
import type { Program, ProgramSummary, Step } from './schemas.js'
import { prepareStepCampaigns, stopStepCampaigns } from './sending.js'
import { checkFlow, isSending, locateSteps, sendingFingerprint } from './steps.js'

type Trigger = Program['trigger']
type Problem = Program['problems'][number]

export interface ProgramInput {
  name?: string
  trigger?: Trigger
  entry?: Program['entry']
  exit?: Program['exit']
  goal?: Program['goal']
  steps?: unknown[]
  moveWaiting?: Record<string, string>
}

const iso = (value: Date | string) => new Date(value).toISOString()
const programId = (value: string) => existingId(value, 'program')

/** What the trigger's columns hold, for the enrolment triggers to join on. */
function triggerColumns(trigger: Trigger) {
  const ref =
    trigger.type === 'group_joined'
      ? trigger.groupId
      : trigger.type === 'tag_added'
        ? trigger.tagId
        : trigger.type === 'event'
          ? trigger.name
          : trigger.type === 'campaign_engaged'
            ? `${trigger.campaignId}:${trigger.action}`
            : trigger.type === 'date_field'
              ? trigger.field
              : null
  return { trigger: JSON.stringify(trigger), trigger_type: trigger.type, trigger_ref: ref }
}

/** What the access rules know of a program. */
function factsOf(row: repo.ProgramRow): ProgramFacts {
  return {
    status: row.status,
    createdBy: row.created_by,
    submittedBy: row.submitted_by,
    channel: channelOf(row.steps as Step[]),
  }
}

/** What a presentation needs beyond the rows: submissions, templates and senders, read once. */
interface Lookups {
  submissions: Map<string, repo.Submission>
  templates: Map<string, { id: string; name: string; subject: string }>
  senders: Map<string, string>
}

type SendingStep = Extract<Step, { type: 'send_email' | 'send_sms' }>

function sendingStepsOf(row: repo.ProgramRow): SendingStep[] {
  return [...locateSteps(row.steps as Step[]).values()]
    .map((l) => l.step)
    .filter((step): step is SendingStep => isSending(step))
}

async function lookupsFor(
  deps: Deps,
  accountId: string,
  rows: repo.ProgramRow[],
): Promise<Lookups> {
  const templateIds = new Set<string>()
  const senderIds = new Set<string>()
  for (const step of rows.flatMap(sendingStepsOf)) {
    if (step.type !== 'send_email') continue
    if (step.templateId) templateIds.add(step.templateId)
    if (step.fromAddressId) senderIds.add(step.fromAddressId)
  }
  const templates: Lookups['templates'] = new Map()
  for (const id of templateIds) {
    const found = await findUsableTemplate(deps.db, accountId, id)
    if (found) templates.set(id, { id, name: found.name, subject: found.subject })
  }
  const [submissions, senders] = await Promise.all([
    repo.submissions(deps.db, rows),
    repo.senderLabels(deps.db, accountId, [...senderIds]),
  ])
  return { submissions, templates, senders }
}

/** The steps that send, as an approver reads them: channel, template and subject, sender. */
function sendingOf(row: repo.ProgramRow, lookups: Lookups): Program['sending'] {
  return sendingStepsOf(row).map((step) => {
    if (step.type === 'send_sms') {
      return {
        stepId: step.id,
        channel: 'sms',
        template: null,
        subject: step.text,
        sender: step.senderId,
      }
    }
    const template = step.templateId ? lookups.templates.get(step.templateId) : undefined
    return {
      stepId: step.id,
      channel: 'email',
      template: template ? { id: template.id, name: template.name } : null,
      subject: step.subject ?? template?.subject ?? null,
      sender: step.fromAddressId ? (lookups.senders.get(step.fromAddressId) ?? null) : null,
    }
  })
}

function submissionOf(row: repo.ProgramRow, lookups: Lookups): Program['submission'] {
  const found = lookups.submissions.get(row.id)
  return found ? { by: found.by, at: found.at === null ? null : iso(found.at) } : null
}

function summaryOf(
  row: repo.ProgramRow,
  access: AccountAccess,
  counts: repo.EnrolmentCounts | undefined,
  problems: Problem[],
  lookups: Lookups,
): ProgramSummary {
  const steps = row.steps as Step[]
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    declineReason: row.decline_reason,
    pausedReason: row.paused_reason,
    trigger: row.trigger as Trigger,
    entry: { mode: row.entry_mode, minGapHours: row.min_gap_hours },
    exit: { onUnsubscribe: row.exit_on_unsubscribe, onLeaveGroup: row.exit_on_leave_group },
    goal: (row.goal as Program['goal']) ?? null,
    sends: [...locateSteps(steps).values()].some((l) => isSending(l.step)),
    sending: sendingOf(row, lookups),
    submission: submissionOf(row, lookups),
    problems,
    counts: counts ?? { entered: 0, active: 0, completed: 0, exited: 0 },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    activatedAt: row.activated_at ? iso(row.activated_at) : null,
    abilities: abilitiesOfProgram(access, factsOf(row)),
  }
}

async function presentProgram(deps: Deps, row: repo.ProgramRow, access: AccountAccess) {
  const [counts, waiting, stepCounts, sends, problems, lookups] = await Promise.all([
    repo.enrolmentCounts(deps.db, row.account_id, row.id),
    repo.waitingByStep(deps.db, row.account_id, row.id),
    repo.stepCounts(deps.db, row.account_id, row.id),
    repo.sendFigures(deps.db, row.account_id, row.id),
    problemsOf(deps, row),
    lookupsFor(deps, row.account_id, [row]),
  ])
  const counted = new Map(stepCounts.map((c) => [c.step_id, c]))
  const stats: Program['stats'] = {}
  for (const stepId of locateSteps(row.steps as Step[]).keys()) {
    const c = counted.get(stepId)
    const s = sends.get(stepId)
    stats[stepId] = {
      entered: Number(c?.entered ?? 0),
      waiting: waiting.get(stepId) ?? 0,
      completed: Number(c?.completed ?? 0),
      exited: Number(c?.exited ?? 0),
      sent: s?.sent ?? 0,
      opened: s?.opened ?? 0,
      clicked: s?.clicked ?? 0,
    }
  }
  return {
    ...summaryOf(row, access, counts.get(row.id), problems, lookups),
    steps: row.steps as Step[],
    stats,
  } satisfies Program
}

/**
 * What blocks activation: missing or unusable references in the trigger, the goal and the
 * steps, each naming its place. A draft may hold them; activating one is a 422 listing them.
 */
export async function problemsOf(
  deps: Deps,
  row: repo.ProgramRow,
  db: Kysely<DB> | Transaction<DB> = deps.db,
): Promise<Problem[]> {
  const problems: Problem[] = []
  const add = (stepId: string | null, field: string, message: string) =>
    problems.push({ stepId, field, message })
  const accountId = row.account_id
  const types = await fieldTypes(db, accountId)
  const filterProblem = (filter: unknown) => {
    try {
      validateFilter(filter, { accountId, fieldTypes: types })
      return undefined
    } catch (error) {
      if (error instanceof AppError) return error.message
      throw error
    }
  }
  const owned = async (table: 'groups' | 'tags' | 'campaigns' | 'senders', id: string | null) =>
    id !== null &&
    isUuid(id) &&
    (await db
      .selectFrom(table)
      .select('id')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()) !== undefined
  const enabledWebhook = async (id: string | null) =>
    id !== null && isUuid(id) && (await findWebhook(db, accountId, id))?.enabled === true
  const trigger = row.trigger as Trigger
  if (trigger.type === 'group_joined' && !(await owned('groups', trigger.groupId))) {
    add(null, 'trigger.groupId', 'choose one of the account’s groups')
  }
  if (trigger.type === 'tag_added' && !(await owned('tags', trigger.tagId))) {
    add(null, 'trigger.tagId', 'choose one of the account’s tags')
  }
  if (trigger.type === 'campaign_engaged' && !(await owned('campaigns', trigger.campaignId))) {
    add(null, 'trigger.campaignId', 'choose one of the account’s campaigns')
  }
  if (
    trigger.type === 'date_field' &&
    trigger.field !== 'createdAt' &&
    types.get(trigger.field) !== 'date'
  ) {
    add(null, 'trigger.field', 'choose a date field (or createdAt)')
  }
  // Two programs re-enrolling each other through their tag or group steps would loop for ever.
  if (row.entry_mode === 'again' && trigger.type !== 'event' && row.min_gap_hours < 1) {
    add(null, 'entry.minGapHours', 'a program entered again waits at least an hour between entries')
  }
  const goal = row.goal as Program['goal']
  const goalProblem = goal ? filterProblem(goal.filter) : undefined
  if (goalProblem) add(null, 'goal.filter', goalProblem)
  const located = locateSteps(row.steps as Step[])
  if (located.size === 0) add(null, 'steps', 'add at least one step')
  for (const { step, path, earlierEmails } of located.values()) {
    const at = (field: string) => `${path}.${field}`
    switch (step.type) {
      case 'send_email':
        if (!step.templateId) add(step.id, at('templateId'), 'an email step needs a template')
        else if (!(await findUsableTemplate(db, accountId, step.templateId))) {
          add(step.id, at('templateId'), 'the template is not one this account can use')
        }
        if (step.fromAddressId !== null && !(await owned('senders', step.fromAddressId))) {
          add(step.id, at('fromAddressId'), 'choose one of the account’s sender addresses')
        }
        break
      case 'send_sms':
        if (!step.text.trim()) add(step.id, at('text'), 'an SMS step needs a text')
        if (step.senderId !== null && !SMS_SENDER.test(step.senderId)) {
          add(step.id, at('senderId'), 'an E.164 number or up to 11 letters and digits')
        }
        break
      case 'add_tag':
      case 'remove_tag':
        if (!(await owned('tags', step.tagId))) add(step.id, at('tagId'), 'choose a tag')
        break
      case 'add_to_group':
      case 'remove_from_group':
        if (!(await owned('groups', step.groupId))) add(step.id, at('groupId'), 'choose a group')
        break
      case 'set_field':
        if (!['firstName', 'lastName'].includes(step.field) && !types.has(step.field)) {
          add(step.id, at('field'), 'choose one of the contact fields')
        } else if (types.has(step.field)) {
          const checked = coerceFieldValue(types.get(step.field) ?? 'text', step.value, true)
          if ('problem' in checked) add(step.id, at('value'), checked.problem)
        }
        break
      case 'branch': {
        const condition = step.condition
        if (!condition) add(step.id, at('condition'), 'a branch needs a condition')
        else if (condition.kind === 'engaged' && !earlierEmails.has(condition.stepId)) {
          add(step.id, at('condition.stepId'), 'name an email step that comes before the branch')
        } else if (condition.kind === 'segment') {
          const problem = filterProblem(condition.filter)
          if (problem) add(step.id, at('condition.filter'), problem)
        }
        break
      }
      case 'wait_for': {
        if (!step.event && !step.filter) {
          add(step.id, at('event'), 'wait for an event or a condition')
        }
        const problem = step.filter ? filterProblem(step.filter) : undefined
        if (problem) add(step.id, at('filter'), problem)
        break
      }
      case 'webhook':
        if (!(await enabledWebhook(step.webhookId))) {
          add(step.id, at('webhookId'), 'choose one of the account’s webhooks that is on')
        }
        break
    }
  }
  return problems
}

/** 422 listing the problems: a program that runs (or is about to) must be runnable. */
async function refuseProblems(
  deps: Deps,
  row: repo.ProgramRow,
  db: Kysely<DB> | Transaction<DB>,
  message: string,
) {
  const problems = await problemsOf(deps, row, db)
  if (problems.length > 0) {
    throw new AppError('validation_failed', message, { field: problems[0]?.field, problems })
  }
}

/** The programs the caller sees: all of them, or, to an approver alone, those waiting. */
export async function listPrograms(deps: Deps, access: AccountAccess) {
  const only = seesOnlyWaitingPrograms(access) ? 'awaiting_approval' : undefined
  const rows = await repo.listPrograms(deps.db, access.accountId, only)
  const counts = await repo.enrolmentCounts(deps.db, access.accountId)
  const lookups = await lookupsFor(deps, access.accountId, rows)
  const items = []
  for (const row of rows) {
    items.push(summaryOf(row, access, counts.get(row.id), await problemsOf(deps, row), lookups))
  }
  return { items }
}

/** A program the caller may see; any other is 404, as if absent (maySeeProgram). */
async function loadProgram(deps: Deps, access: AccountAccess, id: string) {
  const row = await repo.findProgram(deps.db, access.accountId, programId(id))
  if (!row) throw notFound('program')
  enforce(maySeeProgram(access, factsOf(row)))
  return row
}

async function lockedProgram(tx: Transaction<DB>, access: AccountAccess, id: string) {
  const row = await repo.lockProgram(tx, access.accountId, id)
  if (!row) throw notFound('program')
  return row
}

export async function getProgram(deps: Deps, access: AccountAccess, id: string) {
  return presentProgram(deps, await loadProgram(deps, access, id), access)
}

/** The checked columns of an input (each field it carries). */
function columnsOf(access: AccountAccess, input: ProgramInput) {
  const values: Parameters<typeof repo.updateProgram>[3] = {}
  if (input.name !== undefined) {
    const name = input.name.trim()
    if (!name) throw invalidField('name', 'name must not be empty')
    values.name = name
  }
  if (input.trigger) Object.assign(values, triggerColumns(input.trigger))
  if (input.entry) {
    values.entry_mode = input.entry.mode
    values.min_gap_hours = input.entry.minGapHours
  }
  if (input.exit) {
    values.exit_on_unsubscribe = input.exit.onUnsubscribe
    values.exit_on_leave_group = input.exit.onLeaveGroup
  }
  if (input.goal !== undefined) values.goal = input.goal ? JSON.stringify(input.goal) : null
  let steps: Step[] | undefined
  if (input.steps !== undefined) {
    steps = checkFlow(input.steps)
    enforceChannels(access, steps)
    values.steps = JSON.stringify(steps)
  }
  return { values, steps }
}

/** A program with an SMS step is, like an SMS campaign, for those who hold sms.use. */
function channelOf(steps: Step[]): 'sms' | 'email' {
  return [...locateSteps(steps).values()].some((l) => l.step.type === 'send_sms') ? 'sms' : 'email'
}

function enforceChannels(access: AccountAccess, steps: Step[]) {
  enforce(mayUseChannel(access, channelOf(steps)))
}

export async function createProgram(
  deps: Deps,
  access: AccountAccess,
  input: ProgramInput & { name: string; trigger: Trigger },
) {
  const { values } = columnsOf(access, input)
  const row = await deps.db.transaction().execute(async (tx) => {
    const id = uuidv7()
    await tx
      .insertInto('programs')
      .values({
        account_id: access.accountId,
        id,
        name: input.name.trim(),
        created_by: access.userId,
        ...triggerColumns(input.trigger),
        ...values,
      } as never)
      .execute()
    const created = await repo.updateProgram(tx, access.accountId, id, {})
    await audit(tx, access, created, 'program.created')
    return created
  })
  return presentProgram(deps, row, access)
}

/**
 * Edits a program. Contacts waiting at a step the edit deletes go where `moveWaiting` says (else
 * 409 `step_holds_contacts`); a change to the sending steps of a live program goes back through
 * approval for a caller without campaigns.send_direct (waiting contacts keep waiting, nothing is
 * sent until it is approved), and is sent as changed at once for one with it.
 */
export async function updateProgram(
  deps: Deps,
  access: AccountAccess,
  id: string,
  input: ProgramInput,
) {
  const existing = await loadProgram(deps, access, id)
  const { values, steps } = columnsOf(access, input)
  const row = await deps.db.transaction().execute(async (tx) => {
    const program = await lockedProgram(tx, access, existing.id)
    if (steps) await moveWaitingContacts(deps, tx, program, steps, input.moveWaiting ?? {})
    let row = await repo.updateProgram(tx, access.accountId, program.id, values)
    if (program.status !== 'draft' && program.status !== 'declined') {
      await refuseProblems(deps, row, tx, 'a live program must stay runnable')
    }
    const live = ['active', 'awaiting_approval', 'paused'].includes(program.status)
    if (live && program.approved_sending !== sendingFingerprint(row.steps as Step[])) {
      if (!access.held.has('campaigns.send_direct')) row = await submit(tx, access, row)
      else if (program.status !== 'paused') row = await goLive(deps, tx, access, row, 'active')
      else {
        // Approved by one who sends directly; its campaigns take the content when it resumes.
        row = await repo.updateProgram(tx, access.accountId, program.id, {
          approved_sending: sendingFingerprint(row.steps as Step[]),
        })
      }
    }
    await audit(tx, access, row, 'program.updated')
    return row
  })
  await backfillOnFirstLive(deps, existing, row)
  return presentProgram(deps, row, access)
}

/** Back through approval: the program waits (sending nothing new) for an approver. */
async function submit(tx: Transaction<DB>, access: AccountAccess, program: repo.ProgramRow) {
  const row = await repo.updateProgram(tx, access.accountId, program.id, {
    status: 'awaiting_approval',
    submitted_by: access.userId,
    // The transaction's time, as the audit entry's: the submission is its last change.
    submitted_at: sql<Date>`now()`,
    decline_reason: null,
  })
  await audit(tx, access, row, 'program.submitted_for_approval')
  return row
}

/** Contacts at deleted steps go where the caller says; 409 when it does not say for some. */
async function moveWaitingContacts(
  deps: Deps,
  tx: Transaction<DB>,
  program: repo.ProgramRow,
  steps: Step[],
  moves: Record<string, string>,
) {
  const located = locateSteps(steps)
  const waiting = await repo.waitingByStep(tx, program.account_id, program.id)
  const stranded = [...waiting]
    .filter(([stepId]) => stepId !== '' && !located.has(stepId))
    .map(([stepId, count]) => ({ stepId, waiting: count }))
  const unsaid = stranded.filter((s) => !moves[s.stepId])
  if (unsaid.length > 0) {
    throw new AppError(
      'conflict',
      'contacts are waiting at steps this edit deletes: say where they go',
      {
        reason: 'step_holds_contacts',
        steps: unsaid,
      },
    )
  }
  for (const { stepId } of stranded) {
    const target = moves[stepId] as string
    if (!located.has(target)) {
      throw invalidField(`moveWaiting.${stepId}`, 'must name a step of the edited program')
    }
    await moveWaiting(deps, tx, { ...program, steps }, stepId, target)
  }
}

export async function activateProgram(
  deps: Deps,
  access: AccountAccess,
  id: string,
  input: { backfill: boolean },
) {
  const existing = await loadProgram(deps, access, id)
  await refuseProblems(deps, existing, deps.db, 'the program cannot be activated yet')
  const row = await deps.db.transaction().execute(async (tx) => {
    const program = await lockedProgram(tx, access, existing.id)
    if (program.status !== 'draft' && program.status !== 'declined') {
      throw invalidState(program, 'activated')
    }
    enforceChannels(access, program.steps as Step[])
    const withChoice = await repo.updateProgram(tx, access.accountId, program.id, {
      backfill: input.backfill,
      submitted_by: access.userId,
      decline_reason: null,
    })
    const steps = withChoice.steps as Step[]
    const sends = [...locateSteps(steps).values()].some((l) => isSending(l.step))
    if (sends && !access.held.has('campaigns.send_direct')) return submit(tx, access, withChoice)
    return goLive(deps, tx, access, withChoice, 'active')
  })
  await backfillOnFirstLive(deps, existing, row)
  return presentProgram(deps, row, access)
}

/**
 * The program runs: its send steps' campaigns take the content as it is now (what was approved)
 * and it takes new contacts. Backfill comes after the commit (backfillOnFirstLive).
 */
async function goLive(
  deps: Deps,
  tx: Transaction<DB>,
  access: AccountAccess,
  program: repo.ProgramRow,
  status: 'active',
) {
  try {
    await prepareStepCampaigns(deps, tx, program)
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      throw new AppError('validation_failed', error.message, { field: 'steps' })
    }
    throw error
  }
  const row = await repo.updateProgram(tx, access.accountId, program.id, {
    status,
    accepting: true,
    approved_sending: sendingFingerprint(program.steps as Step[]),
    activated_at: program.activated_at ?? deps.clock.now(),
  })
  await audit(tx, access, row, 'program.activated')
  return row
}

/**
 * On first going live, when asked, those who already match enter, in a transaction of its own
 * after `accepting` is committed: a contact who joins meanwhile is enrolled by the trigger or by
 * this scan, and the unique index keeps it to one (in one transaction, one who joined between the
 * scan and the commit entered by neither).
 */
async function backfillOnFirstLive(deps: Deps, before: repo.ProgramRow, after: repo.ProgramRow) {
  if (before.activated_at !== null || after.activated_at === null || !after.backfill) return
  // A job: a million matching contacts are enrolled in the background, not in the request.
  await enqueueBackfill(deps.db, after)
}

function invalidState(program: repo.ProgramRow, action: string) {
  return new AppError('invalid_state', `a ${program.status} program cannot be ${action}`, {
    status: program.status,
  })
}

export async function controlProgram(
  deps: Deps,
  access: AccountAccess,
  id: string,
  action: 'pause' | 'resume',
) {
  const existing = await loadProgram(deps, access, id)
  const [from, to] = action === 'pause' ? ['active', 'paused'] : ['paused', 'active']
  const row = await deps.db.transaction().execute(async (tx) => {
    const program = await lockedProgram(tx, access, existing.id)
    if (program.status === to) return program
    if (program.status !== from) throw invalidState(program, `${action}d`)
    if (action === 'resume') return resume(deps, tx, access, program)
    const row = await repo.updateProgram(tx, access.accountId, program.id, {
      status: 'paused',
      accepting: false,
    })
    await audit(tx, access, row, 'program.paused')
    return row
  })
  return presentProgram(deps, row, access)
}

/**
 * Resuming is going live again: refused while the program has problems; sending steps changed
 * since they were approved go back through approval for a caller without campaigns.send_direct.
 */
async function resume(
  deps: Deps,
  tx: Transaction<DB>,
  access: AccountAccess,
  program: repo.ProgramRow,
) {
  await refuseProblems(deps, program, tx, 'the program cannot resume yet')
  enforceChannels(access, program.steps as Step[])
  const cleared = await repo.updateProgram(tx, access.accountId, program.id, {
    paused_reason: null,
  })
  await audit(tx, access, cleared, 'program.resumed')
  const changed = program.approved_sending !== sendingFingerprint(program.steps as Step[])
  if (changed && !access.held.has('campaigns.send_direct')) return submit(tx, access, cleared)
  return goLive(deps, tx, access, cleared, 'active')
}

/** Approving needs campaigns.approve (the route's) and is never one's own submission. */
export async function approveProgram(deps: Deps, access: AccountAccess, id: string) {
  const existing = await loadProgram(deps, access, id)
  const row = await deps.db.transaction().execute(async (tx) => {
    const program = await decidable(tx, access, existing.id, 'approved')
    await refuseProblems(deps, program, tx, 'the program cannot be approved yet')
    const approved = await repo.updateProgram(tx, access.accountId, program.id, {
      approved_by: access.userId,
    })
    await audit(tx, access, approved, 'program.approved')
    return goLive(deps, tx, access, approved, 'active')
  })
  await backfillOnFirstLive(deps, existing, row)
  return presentProgram(deps, row, access)
}

export async function declineProgram(
  deps: Deps,
  access: AccountAccess,
  id: string,
  reason: string,
) {
  const trimmed = reason.trim()
  if (!trimmed) throw invalidField('reason', 'say why the program is declined')
  const existing = await loadProgram(deps, access, id)
  const row = await deps.db.transaction().execute(async (tx) => {
    const program = await decidable(tx, access, existing.id, 'declined')
    // A live program whose edit is declined stops taking contacts; those in it wait, unsent.
    const row = await repo.updateProgram(tx, access.accountId, program.id, {
      status: 'declined',
      accepting: false,
      decline_reason: trimmed,
    })
    await audit(tx, access, row, 'program.declined', { reason: trimmed })
    return row
  })
  return presentProgram(deps, row, access)
}

async function decidable(
  tx: Transaction<DB>,
  access: AccountAccess,
  id: string,
  action: 'approved' | 'declined',
) {
  const program = await lockedProgram(tx, access, id)
  if (program.status !== 'awaiting_approval') throw invalidState(program, action)
  enforce(mayDecideSubmission(access, factsOf(program), action))
  if (action === 'approved') enforceChannels(access, program.steps as Step[])
  return program
}

/** Deleting drains: every contact leaves, queued messages are not sent, the program is gone. */
export async function deleteProgram(deps: Deps, access: AccountAccess, id: string) {
  const existing = await loadProgram(deps, access, id)
  await deps.db.transaction().execute(async (tx) => {
    const program = await lockedProgram(tx, access, existing.id)
    await repo.updateProgram(tx, access.accountId, program.id, { accepting: false })
    await endEnrolments(tx, program, { reason: 'program deleted' })
    await stopStepCampaigns(deps, tx, program)
    await audit(tx, access, program, 'program.deleted')
    await tx
      .deleteFrom('programs')
      .where('account_id', '=', access.accountId)
      .where('id', '=', program.id)
      .execute()
  })
}

/** The enrolments of a program, by step (newest first), a page at a time. */
export async function listEnrolments(
  deps: Deps,
  access: AccountAccess,
  id: string,
  query: { stepId?: string; cursor?: string },
) {
  const program = await loadProgram(deps, access, id)
  let q = deps.db
    .selectFrom('program_enrolments as e')
    .innerJoin('contacts as c', (j) =>
      j.onRef('c.account_id', '=', 'e.account_id').onRef('c.id', '=', 'e.contact_id'),
    )
    .select([
      'e.id',
      'e.contact_id',
      'c.email',
      'e.step_id',
      'e.status',
      'e.entered_at',
      'e.due_at',
      'e.ended_at',
    ])
    .where('e.account_id', '=', access.accountId)
    .where('e.program_id', '=', program.id)
    .orderBy('e.id', 'desc')
    .limit(51)
  if (query.stepId) q = q.where('e.step_id', '=', query.stepId).where('e.ended_at', 'is', null)
  if (query.cursor) {
    if (!/^\d{1,18}$/.test(query.cursor)) throw invalidField('cursor', 'not a cursor')
    q = q.where('e.id', '<', query.cursor)
  }
  const rows = await q.execute()
  const page = rows.slice(0, 50)
  return {
    items: page.map((r) => ({
      contactId: r.contact_id,
      email: r.email,
      stepId: r.step_id,
      status: r.status,
      enteredAt: iso(r.entered_at),
      nextAt: r.ended_at ? null : iso(r.due_at),
    })),
    nextCursor: rows.length > 50 ? String(page.at(-1)?.id) : null,
  }
}

async function audit(
  tx: Transaction<DB>,
  access: AccountAccess,
  program: repo.ProgramRow,
  action: string,
  details: Record<string, unknown> = {},
) {
  await recordAudit(tx, actorOf(access), {
    accountId: access.accountId,
    action,
    target: { type: 'program', id: program.id },
    details: { name: program.name, status: program.status, ...details },
  })
}
