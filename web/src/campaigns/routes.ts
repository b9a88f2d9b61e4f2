import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const campaignsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/campaigns',
  component: lazyRouteComponent(() => import('./CampaignsPage'), 'CampaignsPage'),
})

// The page notification emails link to (src/notifications/notify.ts appPaths.campaign).
const campaignRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/campaigns/$campaignId',
  component: lazyRouteComponent(() => import('./CampaignPage'), 'CampaignPage'),
})

const reportRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/campaigns/$campaignId/report',
  component: lazyRouteComponent(() => import('./ReportPage'), 'ReportPage'),
})

const outboxRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/outbox',
  component: lazyRouteComponent(() => import('./OutboxPage'), 'OutboxPage'),
})

/** Campaigns, the approval outbox and the per-campaign report. */
export const campaignRoutes = [campaignsRoute, campaignRoute, reportRoute, outboxRoute] as const
