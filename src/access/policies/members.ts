import { isStrictSubset, isSubset, missingFrom, type PermissionSet } from '../permission-sets.js'
import { CASCADING_ROLES, type RoleKey } from '../roles.js'
import type { Caller, PolicyDecision } from './decision.js'
import { allow, refuse } from './decision.js'

/** A role or permission set about to be granted (invitation, role change, connection, tree access). */
export interface GrantFacts {
  role: RoleKey | null
  set: PermissionSet
}

/** A member (or connection) about to be changed or removed, as the rule sees them. */
export interface MemberFacts {
  /** Their membership's role here; the Owner's membership is never changed by anyone. */
  role: string | null
  /** What they hold here, by every path. */
  held: PermissionSet
  /** The caller's access from higher in the tree outranks every path of theirs here. */
  outrankedByCaller: boolean
}

/** Access that reaches the account's descendants: an Owner or Admin membership here or above. */
function cascadesHere(caller: Pick<Caller, 'paths'>): boolean {
  return caller.paths.some(
    (p) =>
      (p.kind === 'membership' || p.kind === 'cascade') &&
      p.role !== null &&
      CASCADING_ROLES.includes(p.role),
  )
}

/** Access that comes from an ancestor account (an Owner or Admin there), above anything given here. */
function comesFromAbove(caller: Pick<Caller, 'paths'>): boolean {
  return caller.paths.some((p) => p.kind === 'cascade')
}

/**
 * SPEC §2 rule 2: grant only a strict subset of your own permissions (the Owner grants anything).
 * Access from an ancestor outranks what is given here, so it may grant up to all it holds here.
 * Reach is granted like permissions: a role that cascades (Admin) only by someone whose own
 * access here cascades — a custom set or an API key reaches this account alone.
 */
export function mayGrant(caller: Caller, grant: GrantFacts): PolicyDecision {
  if (grant.role !== null && CASCADING_ROLES.includes(grant.role) && !cascadesHere(caller)) {
    return refuse(
      'no_escalation',
      `you cannot grant ${grant.role}, which reaches sub-accounts: your own access here does not`,
      'escalation_refused',
      { role: grant.role },
    )
  }
  if (caller.isOwner || isStrictSubset(grant.set, caller.held)) return allow('no_escalation')
  if (comesFromAbove(caller) && isSubset(grant.set, caller.held)) return allow('no_escalation')
  const [lacking] = missingFrom(grant.set, caller.held)
  return lacking
    ? refuse(
        'no_escalation',
        `you cannot grant ${lacking}, which you do not hold`,
        'escalation_refused',
        { permission: lacking },
      )
    : refuse(
        'no_escalation',
        'you can grant only a strict subset of your own permissions',
        'escalation_refused',
      )
}

/**
 * Change or remove only members whose permissions here are a strict subset of yours, or whom your
 * access from higher in the tree outranks. Nobody touches the Owner's membership.
 */
export function mayManageMember(caller: Caller, member: MemberFacts): PolicyDecision {
  if (member.role === 'owner') {
    return refuse(
      'no_escalation',
      'nobody can change the Owner; the Owner can transfer ownership',
      'escalation_refused',
    )
  }
  if (caller.isOwner || isStrictSubset(member.held, caller.held) || member.outrankedByCaller) {
    return allow('no_escalation')
  }
  return refuse(
    'no_escalation',
    'you can change only members whose permissions are a strict subset of yours',
    'escalation_refused',
  )
}

/** The account side changes a connection only when its permissions are a strict subset of its own. */
export function mayChangeConnection(caller: Caller, connection: PermissionSet): PolicyDecision {
  if (caller.isOwner || isStrictSubset(connection, caller.held)) return allow('no_escalation')
  return refuse(
    'no_escalation',
    'you can change only connections whose permissions are a strict subset of yours',
    'escalation_refused',
  )
}

/** An API key carries a subset of its creator's permissions here (SPEC §2 rule 2). */
export function mayKeyCarry(caller: Pick<Caller, 'held'>, set: PermissionSet): PolicyDecision {
  const [lacking] = missingFrom(set, caller.held)
  if (lacking === undefined) return allow('no_escalation')
  return refuse(
    'no_escalation',
    `a key cannot carry ${lacking}, which you do not hold`,
    'escalation_refused',
    { permission: lacking },
  )
}
