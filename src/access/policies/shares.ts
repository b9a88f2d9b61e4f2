import type { Caller, PolicyDecision } from './decision.js'
import { allow, type Refused, refuse } from './decision.js'

/** A group, template or contact as the share rule sees it: which account owns it. */
export interface SharedFacts {
  kind: 'group' | 'template' | 'contact'
  ownerAccountId: string
}

/**
 * SPEC §4, seed 003: a group, template or contact shared in is read-only in the receiving account; only its owner
 * account changes, fills, deletes or shares it (409, so the client knows it exists).
 */
export function mayChangeShared(
  caller: Pick<Caller, 'accountId'>,
  resource: SharedFacts,
): PolicyDecision {
  return resource.ownerAccountId === caller.accountId
    ? allow('shared_read_only')
    : sharedReadOnly(resource)
}

/** The refusal itself, for services that have just found the resource shared in from elsewhere. */
export function sharedReadOnly(resource: SharedFacts): Refused {
  return refuse(
    'shared_read_only',
    `this ${resource.kind} is shared with this account by its owner account and is read-only here`,
    'conflict',
    { reason: `shared_${resource.kind}`, ownerAccountId: resource.ownerAccountId },
  )
}
