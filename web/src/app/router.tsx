import { createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router'
import { accessRoutes } from '../access/routes'
import { analyticsRoutes } from '../analytics/routes'
import { authRoutes } from '../auth/routes'
import { programRoutes } from '../automations/routes'
import { campaignRoutes } from '../campaigns/routes'
import { connectionLinkRoutes, connectionRoutes } from '../connections/routes'
import { contactRoutes } from '../contacts/routes'
import { formRoutes } from '../forms/routes'
import { audienceRoutes } from '../groups/routes'
import { inboxRoutes } from '../inbox/routes'
import { integrationRoutes } from '../integrations/routes'
import { mailboxRoutes } from '../mailbox/routes'
import { meRoutes } from '../me/routes'
import { memberRoutes } from '../members/routes'
import { settingsRoutes } from '../settings/routes'
import { subaccountRoutes } from '../subaccounts/routes'
import { teamRoutes } from '../teams/routes'
import { templateRoutes } from '../templates/routes'
import { queryClient } from './query'
import { accountRoute, rootRoute, signedInRoute } from './routes-base'

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const first = context.me.accounts[0]
    if (first) throw redirect({ to: '/a/$accountId', params: { accountId: first.id } })
  },
  component: lazyRouteComponent(() => import('./NoAccountPage'), 'NoAccountPage'),
})

const accountHomeRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../accounts/AccountHomePage'), 'AccountHomePage'),
})

// Each area's routes come from its own `routes.ts`; only the tree is assembled here.
const routeTree = rootRoute.addChildren([
  ...authRoutes,
  signedInRoute.addChildren([
    homeRoute,
    ...connectionLinkRoutes,
    ...meRoutes,
    accountRoute.addChildren([
      accountHomeRoute,
      ...memberRoutes,
      ...contactRoutes,
      ...accessRoutes,
      ...analyticsRoutes,
      ...connectionRoutes,
      ...teamRoutes,
      ...audienceRoutes,
      ...subaccountRoutes,
      ...settingsRoutes,
      ...templateRoutes,
      ...campaignRoutes,
      ...mailboxRoutes,
      ...integrationRoutes,
      ...programRoutes,
      ...inboxRoutes,
      ...formRoutes,
    ]),
  ]),
])

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
