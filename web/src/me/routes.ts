import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { signedInRoute } from '../app/routes-base'

const securityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/me/security',
  component: lazyRouteComponent(() => import('./SecurityPage'), 'SecurityPage'),
})

/** The signed-in user's own pages, outside any account. */
export const meRoutes = [securityRoute] as const
