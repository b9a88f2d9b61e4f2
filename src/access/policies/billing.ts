import type { Caller, PolicyDecision } from './decision.js'
import { allow, refuse } from './decision.js'

/**
 * SPEC §3: a sub-account's credits come from its parent, so allocating them needs billing.manage
 * in the parent too, and a key (which works in its own account only) never draws on a parent.
 * `inParent` is what the caller holds in the parent (undefined for a key: not even looked up).
 */
export function mayDrawOnParent(
  caller: Pick<Caller, 'paths'>,
  parentAccountId: string,
  inParent: Pick<Caller, 'held'> | undefined,
): PolicyDecision {
  const isKey = caller.paths.some((path) => path.kind === 'api_key')
  if (!isKey && inParent?.held.has('billing.manage')) return allow('parent_billing')
  return refuse(
    'parent_billing',
    "a sub-account's credits come from its parent account: this needs billing.manage there",
    'parent_permission_required',
    { permission: 'billing.manage', accountId: parentAccountId },
  )
}
