import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const membersRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/members',
  component: lazyRouteComponent(() => import('./MembersPage'), 'MembersPage'),
})

const memberRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/members/$userId',
  component: lazyRouteComponent(() => import('./MemberPage'), 'MemberPage'),
})

/** People and access in an account. */
export const memberRoutes = [membersRoute, memberRoute] as const
