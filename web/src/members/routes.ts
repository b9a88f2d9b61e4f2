import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const membersRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/members',
  component: lazyRouteComponent(() => import('./MembersPage'), 'MembersPage'),
})

/** People and access in an account. */
export const memberRoutes = [membersRoute] as const
