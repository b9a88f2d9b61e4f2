import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

type AnalyticsTab = 'overview' | 'subaccounts' | 'accounts'
const TABS: readonly AnalyticsTab[] = ['overview', 'subaccounts', 'accounts']

const analyticsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/analytics',
  validateSearch: (search: Record<string, unknown>): { tab?: AnalyticsTab } =>
    TABS.includes(search.tab as AnalyticsTab) ? { tab: search.tab as AnalyticsTab } : {},
  component: lazyRouteComponent(() => import('./AnalyticsPage'), 'AnalyticsPage'),
})

/** The account overview, its sub-accounts rolled up, and cross-account analytics. */
export const analyticsRoutes = [analyticsRoute] as const
