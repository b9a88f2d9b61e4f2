import { useMe } from '../app/session'
import { useRoleLabel } from './catalog'

/** A path as the explain and who answers carry it (src/access/schemas.ts). */
export interface PathLike {
  kind: string
  accountId: string
  role?: string | null
  ownerAccountId?: string
  basis?: string
}

/** Names of the accounts the signed-in user reaches; others are "another account". */
export function useAccountName(): (accountId: string) => string {
  const accounts = useMe().data?.accounts ?? []
  return (accountId) => accounts.find((a) => a.id === accountId)?.name ?? 'another account'
}

/** A path in words: "Member of Acme as Author", "From the parent account Acme, as Admin", … */
export function usePathWords(): (path: PathLike) => string {
  const accountName = useAccountName()
  const roleLabel = useRoleLabel()
  return (path) => {
    const role = path.role ? roleLabel(path.role) : 'custom permissions'
    const account = accountName(path.accountId)
    switch (path.kind) {
      case 'membership':
        return `Member of ${account} with ${path.role ? `the role ${role}` : role}`
      case 'cascade':
        return `From the parent account ${account}, where they are ${role}`
      case 'connection':
        return `A connection to ${account} with ${path.role ? `the role ${role}` : role}`
      case 'api_key':
        return `An API key of ${account}`
      case 'share':
        return `A share from ${accountName(path.ownerAccountId ?? '')} (${path.basis === 'team' ? 'team mate' : 'parent account'}) into ${account}`
      default:
        return path.kind
    }
  }
}
