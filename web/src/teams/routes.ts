import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { accountRoute, signedInRoute } from '../app/routes-base'

const teamsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/teams',
  component: lazyRouteComponent(() => import('./TeamsPage'), 'TeamsPage'),
})

const teamRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/teams/$teamId',
  component: lazyRouteComponent(() => import('./TeamPage'), 'TeamPage'),
})

/**
 * Notification emails link to `/teams/{id}`: the team's page in the first of the user's accounts
 * that belongs to it (the team says which), else the teams of their first account.
 */
const teamLinkRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/teams/$teamId',
  beforeLoad: async ({ context, params }) => {
    const team = await unwrap(
      api.GET('/api/v1/teams/{teamId}', { params: { path: { teamId: params.teamId } } }),
    ).catch(() => undefined)
    const mine = new Set(context.me.accounts.map((a) => a.id))
    const member = team?.members.find((m) => mine.has(m.accountId))
    if (member) {
      throw redirect({
        to: '/a/$accountId/teams/$teamId',
        params: { accountId: member.accountId, teamId: params.teamId },
      })
    }
    const first = context.me.accounts[0]
    throw first
      ? redirect({ to: '/a/$accountId/teams', params: { accountId: first.id } })
      : redirect({ to: '/' })
  },
})

/** Teams and group sharing (seed 001). */
export const teamRoutes = [teamsRoute, teamRoute] as const
export const teamLinkRoutes = [teamLinkRoute] as const
