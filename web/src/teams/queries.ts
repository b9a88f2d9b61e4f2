import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

export type Team =
  paths['/api/v1/accounts/{accountId}/teams/{teamId}']['get']['responses']['200']['content']['application/json']
export type TeamMember = Team['members'][number]
export type Group =
  paths['/api/v1/accounts/{accountId}/groups/{groupId}']['get']['responses']['200']['content']['application/json']
/**
 * Teams, groups and shares change by what other people do (an account accepts or leaves, a team
 * mate shares a group): a page showing them reads them afresh each time it opens, instead of a
 * list cached before the other person acted.
 */
const BY_OTHERS = { staleTime: 0 } as const

export type Share =
  paths['/api/v1/accounts/{accountId}/groups/{groupId}/shares']['get']['responses']['200']['content']['application/json']['items'][number]

/** The teams the account belongs to (or is invited to), as it sees them (users.manage there). */
export function useTeamsOf(accountId: string) {
  return useQuery({
    ...BY_OTHERS,
    queryKey: ['teams', accountId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/teams', { params: { path: { accountId } } }),
      ).then((list) => list.items),
  })
}

/** One team as the account sees it: its members, and what the account may do there. */
export function useTeam(accountId: string, teamId: string) {
  return useQuery({
    ...BY_OTHERS,
    queryKey: ['teams', accountId, teamId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/teams/{teamId}', {
          params: { path: { accountId, teamId } },
        }),
      ),
  })
}

export const groupsQuery = (accountId: string) => ({
  ...BY_OTHERS,
  queryKey: ['groups', accountId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } } }),
    ).then((list) => list.items),
})

export const sharesQuery = (accountId: string, groupId: string) => ({
  ...BY_OTHERS,
  queryKey: ['shares', accountId, groupId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/groups/{groupId}/shares', {
        params: { path: { accountId, groupId } },
      }),
    ).then((list) => list.items),
})

/** The accounts the server would accept a share of this own group with (groups.manage). */
export const shareTargetsQuery = (accountId: string, groupId: string) => ({
  queryKey: ['share-targets', accountId, groupId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/groups/{groupId}/share-targets', {
        params: { path: { accountId, groupId } },
      }),
    ),
})

/** The shares of the account's own groups made in one team, in one request (groups.view). */
export const teamSharesQuery = (accountId: string, teamId: string) => ({
  ...BY_OTHERS,
  queryKey: ['shares', accountId, 'team', teamId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/group-shares', {
        params: { path: { accountId }, query: { teamId } },
      }),
    ).then((list) => list.items),
})
