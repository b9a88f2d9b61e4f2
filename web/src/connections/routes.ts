import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router'
import { accountRoute, signedInRoute } from '../app/routes-base'

const connectionsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/connections',
  validateSearch: (search: Record<string, unknown>): { tab?: 'access' | 'grant' } =>
    search.tab === 'grant' || search.tab === 'access' ? { tab: search.tab } : {},
  component: lazyRouteComponent(() => import('./ConnectionsPage'), 'ConnectionsPage'),
})

/** Notification emails link to `/connections`: the page of the user's first account. */
const connectionsLinkRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/connections',
  beforeLoad: ({ context }) => {
    const first = context.me.accounts[0]
    throw first
      ? redirect({ to: '/a/$accountId/connections', params: { accountId: first.id } })
      : redirect({ to: '/' })
  },
})

/** User connections (seed 000): under an account, and the address notification emails link to. */
export const connectionRoutes = [connectionsRoute] as const
export const connectionLinkRoutes = [connectionsLinkRoute] as const
