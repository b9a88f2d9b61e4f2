import { type CampaignFacts, mayDecideSubmission, mayUseChannel } from './campaigns.js'
import { allow, type Caller, type PolicyDecision, refuse } from './decision.js'

/** What the program rules need to know of a program. */
export interface ProgramFacts extends CampaignFacts {
  status: 'draft' | 'awaiting_approval' | 'active' | 'paused' | 'declined'
}

/**
 * Programs are automations.manage's. An approver (campaigns.approve) who does not hold it sees the
 * programs waiting for approval — what they decide on, as campaigns waiting in the outbox — and
 * nothing else: any other program is 404 to them, as if absent.
 */
export function maySeeProgram(caller: Pick<Caller, 'held'>, program: ProgramFacts): PolicyDecision {
  if (caller.held.has('automations.manage')) return allow('approvers_see_waiting')
  if (caller.held.has('campaigns.approve') && program.status === 'awaiting_approval') {
    return allow('approvers_see_waiting')
  }
  return refuse('approvers_see_waiting', 'program not found', 'not_found', { resource: 'program' })
}

/** Whether a caller holding none but campaigns.approve sees only the programs waiting. */
export function seesOnlyWaitingPrograms(caller: Pick<Caller, 'held'>): boolean {
  return !caller.held.has('automations.manage')
}

/**
 * What the caller may do with a program now: editing and running it is automations.manage's;
 * deciding is campaigns.approve's, on a waiting program someone else submitted, and approving an
 * SMS program needs sms.use too (the same rules the service enforces).
 */
export function abilitiesOfProgram(caller: Caller, program: ProgramFacts) {
  const manage = caller.held.has('automations.manage') && maySeeProgram(caller, program).allowed
  const decides =
    program.status === 'awaiting_approval' &&
    caller.held.has('campaigns.approve') &&
    mayDecideSubmission(caller, program).allowed
  return {
    edit: manage,
    activate: manage && (program.status === 'draft' || program.status === 'declined'),
    pause: manage && program.status === 'active',
    resume: manage && program.status === 'paused',
    approve: decides && mayUseChannel(caller, program.channel).allowed,
    decline: decides,
    delete: manage,
  }
}
