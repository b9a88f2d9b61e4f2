import type { PolicyDecision } from './decision.js'
import { allow, refuse } from './decision.js'

/**
 * Cross-account analytics (SPEC: reports.cross_account, "only with access to 2+ accounts"): one
 * report across the accounts where the user holds reports.cross_account, which means something
 * only when there are two or more of them.
 */
export function mayViewCrossAccount(accountsHoldingIt: number): PolicyDecision {
  if (accountsHoldingIt >= 2) return allow('cross_account_reach')
  return refuse(
    'cross_account_reach',
    'cross-account analytics needs reports.cross_account in two or more accounts',
    'forbidden',
    { permission: 'reports.cross_account' },
  )
}
