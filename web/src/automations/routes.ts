import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const programsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/programs',
  component: lazyRouteComponent(() => import('./ProgramsPage'), 'ProgramsPage'),
})

const programRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/programs/$programId',
  component: lazyRouteComponent(() => import('./ProgramPage'), 'ProgramPage'),
})

/** Automated programs: the list and the builder. */
export const programRoutes = [programsRoute, programRoute] as const
