import { queryOptions } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import type { FlowProblem } from './FlowEditor'
import type { Step } from './flow'
import type { Rules } from './ProgramRules'
import type { Trigger } from './trigger'

type ProgramPath = paths['/api/v1/accounts/{accountId}/programs/{programId}']
export type Program = ProgramPath['get']['responses']['200']['content']['application/json']
export type ProgramStatus = Program['status']
export type ProgramSummary =
  paths['/api/v1/accounts/{accountId}/programs']['get']['responses']['200']['content']['application/json']['items'][number]
export type SendingStep = Program['sending'][number]
type ProgramBody = NonNullable<ProgramPath['patch']['requestBody']>['content']['application/json']

/** What each status is called on screen (the campaigns' wording for the waiting one). */
export const STATUS_LABELS: Record<ProgramStatus, string> = {
  draft: 'Draft',
  awaiting_approval: 'Waiting for approval',
  active: 'Active',
  paused: 'Paused',
  declined: 'Declined',
}

/** The colour of a status badge's dot. */
export const STATUS_COLORS: Record<ProgramStatus, string> = {
  draft: 'gray',
  awaiting_approval: 'yellow',
  active: 'green',
  paused: 'orange',
  declined: 'red',
}

export const programsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['programs', accountId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/programs', { params: { path: { accountId } } }),
      ).then((list) => list.items),
  })

export const programQuery = (accountId: string, programId: string) =>
  queryOptions({
    queryKey: ['programs', accountId, 'one', programId],
    staleTime: 0,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/programs/{programId}', {
          params: { path: { accountId, programId } },
        }),
      ),
  })

/** What the builder edits: everything of a program the PATCH takes. */
export interface Draft extends Rules {
  name: string
  trigger: Trigger
  steps: Step[]
}

/** The builder's model of a program (the API's nested arms are the same steps). */
export function draftOf(program: Program): Draft {
  return {
    name: program.name,
    trigger: program.trigger as Trigger,
    entry: program.entry,
    exit: program.exit,
    goal: program.goal,
    steps: program.steps as Step[],
  }
}

export function saveProgram(
  accountId: string,
  programId: string,
  draft: Draft,
  moveWaiting?: Record<string, string>,
) {
  const body = { ...draft, ...(moveWaiting ? { moveWaiting } : {}) } as ProgramBody
  return unwrap(
    api.PATCH('/api/v1/accounts/{accountId}/programs/{programId}', {
      params: { path: { accountId, programId } },
      body,
    }),
  )
}

type Action = 'pause' | 'resume' | 'approve'

/** One of the program's bodiless actions. */
export function programAction(accountId: string, programId: string, action: Action) {
  const params = { params: { path: { accountId, programId } } }
  switch (action) {
    case 'pause':
      return unwrap(api.POST('/api/v1/accounts/{accountId}/programs/{programId}/pause', params))
    case 'resume':
      return unwrap(api.POST('/api/v1/accounts/{accountId}/programs/{programId}/resume', params))
    case 'approve':
      return unwrap(api.POST('/api/v1/accounts/{accountId}/programs/{programId}/approve', params))
  }
}

export function activateProgram(accountId: string, programId: string, backfill: boolean) {
  return unwrap(
    api.POST('/api/v1/accounts/{accountId}/programs/{programId}/activate', {
      params: { path: { accountId, programId } },
      body: { backfill },
    }),
  )
}

export function declineProgram(accountId: string, programId: string, reason: string) {
  return unwrap(
    api.POST('/api/v1/accounts/{accountId}/programs/{programId}/decline', {
      params: { path: { accountId, programId } },
      body: { reason },
    }),
  )
}

export function deleteProgram(accountId: string, programId: string) {
  return unwrap(
    api.DELETE('/api/v1/accounts/{accountId}/programs/{programId}', {
      params: { path: { accountId, programId } },
    }),
  )
}

/** The problems a refusal of activation carries (422), wherever the envelope put them. */
export function problemsOf(details: Record<string, unknown>): FlowProblem[] | null {
  const nested = details.details as Record<string, unknown> | undefined
  const list = details.problems ?? nested?.problems
  return Array.isArray(list) ? (list as FlowProblem[]) : null
}

/** The steps a 409 `step_holds_contacts` names, with how many contacts wait at each. */
export function heldSteps(details: Record<string, unknown>): { stepId: string; waiting: number }[] {
  if (details.reason !== 'step_holds_contacts') return []
  const nested = details.details as { steps?: unknown } | undefined
  const steps = nested?.steps ?? details.steps
  return Array.isArray(steps) ? (steps as { stepId: string; waiting: number }[]) : []
}
