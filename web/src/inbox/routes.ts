import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const inboxRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/inbox',
  component: lazyRouteComponent(() => import('./InboxPage'), 'InboxPage'),
})

const threadRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/inbox/$threadId',
  component: lazyRouteComponent(() => import('./InboxPage'), 'InboxPage'),
})

/** The account's inbox (seed 003): the threads, and one thread beside them. */
export const inboxRoutes = [inboxRoute, threadRoute] as const
