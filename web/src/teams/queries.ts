import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

export type Team =
  paths['/api/v1/teams/{teamId}']['get']['responses']['200']['content']['application/json']
export type Group =
  paths['/api/v1/accounts/{accountId}/groups/{groupId}']['get']['responses']['200']['content']['application/json']
export type Share =
  paths['/api/v1/accounts/{accountId}/groups/{groupId}/shares']['get']['responses']['200']['content']['application/json']['items'][number]

export const teamsQuery = {
  queryKey: ['teams'],
  queryFn: () => unwrap(api.GET('/api/v1/teams')).then((list) => list.items),
}

/** The teams the account belongs to (or is invited to), as those who manage it see them. */
export function useTeamsOf(accountId: string) {
  const teams = useQuery(teamsQuery)
  const of = teams.data?.filter((team) => team.members.some((m) => m.accountId === accountId))
  return { ...teams, data: of }
}

export function memberOf(team: Team, accountId: string) {
  return team.members.find((m) => m.accountId === accountId)
}

export const groupsQuery = (accountId: string) => ({
  queryKey: ['groups', accountId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } } }),
    ).then((list) => list.items),
})

export const sharesQuery = (accountId: string, groupId: string) => ({
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
  queryKey: ['shares', accountId, 'team', teamId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/group-shares', {
        params: { path: { accountId }, query: { teamId } },
      }),
    ).then((list) => list.items),
})
