import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const whoCanRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/access',
  component: lazyRouteComponent(() => import('./WhoCanPage'), 'WhoCanPage'),
})

/** Access questions about an account: who can…? */
export const accessRoutes = [whoCanRoute] as const
