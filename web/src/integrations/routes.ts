import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const integrationsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/integrations',
  component: lazyRouteComponent(() => import('./IntegrationsPage'), 'IntegrationsPage'),
})

const inboundEndpointRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/integrations/inbound/$inboundId',
  component: lazyRouteComponent(() => import('./InboundEndpointPage'), 'InboundEndpointPage'),
})

/** The integration hub (seed 002 "Integrations"): inbound endpoints, API keys, webhooks. */
export const integrationRoutes = [integrationsRoute, inboundEndpointRoute] as const
