/** Accounts as the user reaches them, ordered as a tree: each parent before its children. */
export interface TreeAccount {
  id: string
  name: string
  parentId: string | null
}

export interface Placed<T> {
  account: T
  depth: number
}

/**
 * Depth-first, siblings by name. An account whose parent the user does not reach starts a tree
 * of its own (a connection to a sub-account, say).
 */
export function asTree<T extends TreeAccount>(accounts: readonly T[]): Placed<T>[] {
  const ids = new Set(accounts.map((a) => a.id))
  const children = new Map<string | null, T[]>()
  for (const account of accounts) {
    const parent = account.parentId && ids.has(account.parentId) ? account.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), account])
  }
  const placed: Placed<T>[] = []
  const visit = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))
    for (const account of siblings) {
      placed.push({ account, depth })
      visit(account.id, depth + 1)
    }
  }
  visit(null, 0)
  return placed
}
