import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const formsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/forms',
  component: lazyRouteComponent(() => import('./FormsPage'), 'FormsPage'),
})

const formRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/forms/$formId',
  component: lazyRouteComponent(() => import('./FormPage'), 'FormPage'),
})

/** Sign-up forms (seed 002 "Surveys, pages, and forms"). */
export const formRoutes = [formsRoute, formRoute] as const
