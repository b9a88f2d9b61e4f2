import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const subaccountsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/subaccounts',
  component: lazyRouteComponent(() => import('./SubaccountsPage'), 'SubaccountsPage'),
})

/** The account's tree of sub-accounts (seed 003). */
export const subaccountRoutes = [subaccountsRoute] as const
