import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import { ApiError, api, csrfToken, unwrap } from '../api/client'
import type { components, paths } from '../api/schema'

export type Me = paths['/api/v1/me']['get']['responses']['200']['content']['application/json']
export type ReachableAccount = Me['accounts'][number]
export type User = Me['user']
export type { components }

/** The signed-in user and the accounts they reach; null when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    // The session cookie cannot be read here, but the CSRF cookie set beside it can: without it
    // nobody is signed in in this browser, and there is nothing to ask.
    if (!csrfToken()) return null
    try {
      return await unwrap(api.GET('/api/v1/me'))
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null
      throw error
    }
  },
})

export function useMe() {
  return useQuery(meQuery)
}

/** After signing in or up: the user and their accounts, fetched now (a cached "nobody" is stale). */
export function refreshMe(queryClient: QueryClient) {
  return queryClient.fetchQuery({ ...meQuery, staleTime: 0 })
}
