import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

export type Catalog =
  paths['/api/v1/permissions']['get']['responses']['200']['content']['application/json']
export type Abilities =
  paths['/api/v1/accounts/{accountId}/abilities']['get']['responses']['200']['content']['application/json']

/** The permission catalog and preset roles as the server serves them: no label is written twice. */
export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: () => unwrap(api.GET('/api/v1/permissions')),
  staleTime: Number.POSITIVE_INFINITY,
})

export function useCatalog() {
  return useQuery(catalogQuery)
}

/** The label of a preset role, or "Custom" for a set of its own. */
export function useRoleLabel(): (role: string | null | undefined) => string {
  const catalog = useCatalog().data
  return (role) => {
    if (!role) return 'Custom'
    return catalog?.roles.find((r) => r.key === role)?.label ?? role
  }
}

export const abilitiesQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['abilities', accountId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/abilities', { params: { path: { accountId } } }),
      ),
  })

/** What the caller may do in the account, as the server says; false while it is not known yet. */
export function useAbilities(accountId: string) {
  // Pages outside an account (My security) ask nothing.
  const abilities = useQuery({ ...abilitiesQuery(accountId), enabled: accountId !== '' }).data
  const held = new Set(abilities?.permissions ?? [])
  return { abilities, may: (permission: string) => held.has(permission) }
}
