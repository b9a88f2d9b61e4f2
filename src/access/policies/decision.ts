import { AppError, type ErrorCode, type ErrorDetails } from '../../errors.js'
import type { Permission } from '../catalog.js'
import type { AccessPath } from '../grants.js'

/**
 * The resource rules that sit on top of permissions (SPEC §2, §4): holding the permission is not
 * enough when one of these refuses. `explain` names the rule that decided.
 */
export type RuleName =
  | 'own_campaigns_only'
  | 'self_approval'
  | 'sms_use'
  | 'own_reports_only'
  | 'shared_read_only'
  | 'no_escalation'
  | 'parent_billing'
  | 'tags_on_the_fly'
  | 'cross_account_reach'
  | 'team_membership'
  | 'approvers_see_waiting'
  | 'responses_export'

/** What a policy knows of the caller: a subset of `AccountAccess`, so tests build it by hand. */
export interface Caller {
  userId: string
  accountId: string
  held: ReadonlySet<Permission>
  isOwner: boolean
  paths: readonly AccessPath[]
}

/** The error a refusal becomes in the service, exactly as the service answered before policies. */
interface Refusal {
  code: ErrorCode
  details: ErrorDetails
}

export type Allowed = { allowed: true; rule: RuleName }
export type Refused = { allowed: false; rule: RuleName; reason: string; refusal: Refusal }
export type PolicyDecision = Allowed | Refused

export function allow(rule: RuleName): Allowed {
  return { allowed: true, rule }
}

/** A refusal; `reason` is also the message of the error the service throws. */
export function refuse(
  rule: RuleName,
  reason: string,
  code: ErrorCode,
  details: ErrorDetails = {},
): Refused {
  return { allowed: false, rule, reason, refusal: { code, details } }
}

/** The error a service throws for a refusal (same code, status, message and details as ever). */
export function refusalError(decision: Refused): AppError {
  return new AppError(decision.refusal.code, decision.reason, decision.refusal.details)
}

/** Throws the refusal's error; nothing when the rule allows. */
export function enforce(decision: PolicyDecision): void {
  if (!decision.allowed) throw refusalError(decision)
}

/** The first refusal among rules checked in order, else the last rule's allow. */
export function firstRefusal(first: PolicyDecision, ...rest: PolicyDecision[]): PolicyDecision {
  return [first, ...rest].find((decision) => !decision.allowed) ?? rest.at(-1) ?? first
}
