import type { ReachableAccount } from '../app/session'

/** The account and every account below it that the user reaches, the account first. */
export function withDescendants(
  accounts: readonly ReachableAccount[],
  rootId: string,
): ReachableAccount[] {
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const isBelow = (account: ReachableAccount): boolean => {
    const parent = account.parentId ? byId.get(account.parentId) : undefined
    return account.parentId === rootId || (parent !== undefined && isBelow(parent))
  }
  return accounts.filter((a) => a.id === rootId || isBelow(a))
}
