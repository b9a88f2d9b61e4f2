import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const teamsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/teams',
  component: lazyRouteComponent(() => import('./TeamsPage'), 'TeamsPage'),
})

/** Notification emails link here, in the invited account (src/notifications/notify.ts appPaths). */
const teamRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/teams/$teamId',
  component: lazyRouteComponent(() => import('./TeamPage'), 'TeamPage'),
})

/** Teams and group sharing (seed 001). */
export const teamRoutes = [teamsRoute, teamRoute] as const
