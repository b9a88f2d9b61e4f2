import { useQuery } from '@tanstack/react-query'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'

/**
 * The account's own groups as select options (shared-in groups are left out: what adds contacts
 * to a group — a form, an inbound endpoint — adds them to a group of the account's own).
 */
export function useOwnGroups(accountId: string) {
  const { may } = useAbilities(accountId)
  const groups = useQuery({
    queryKey: ['groups', accountId],
    enabled: may('groups.view'),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } } })),
  })
  return (groups.data?.items ?? [])
    .filter((g) => !g.shared)
    .map((g) => ({ value: g.id, label: g.name }))
}
