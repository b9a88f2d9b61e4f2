import {
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const settingsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./SettingsLayout'), 'SettingsLayout'),
})

const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/a/$accountId/settings/account', params })
  },
})

function settingsPage<const TPath extends string>(path: TPath, component: RouteComponent) {
  return createRoute({ getParentRoute: () => settingsRoute, path, component })
}

/** The account's settings: one page per section, each loaded on demand. */
export const settingsRoutes = [
  settingsRoute.addChildren([
    settingsIndexRoute,
    settingsPage(
      '/account',
      lazyRouteComponent(() => import('./AccountSettingsPage'), 'AccountSettingsPage'),
    ),
    settingsPage(
      '/domains',
      lazyRouteComponent(() => import('./DomainsPage'), 'DomainsPage'),
    ),
    settingsPage(
      '/senders',
      lazyRouteComponent(() => import('./SendersPage'), 'SendersPage'),
    ),
    settingsPage(
      '/testers',
      lazyRouteComponent(() => import('./TestersPage'), 'TestersPage'),
    ),
    settingsPage(
      '/api-keys',
      lazyRouteComponent(() => import('./ApiKeysPage'), 'ApiKeysPage'),
    ),
    settingsPage(
      '/webhooks',
      lazyRouteComponent(() => import('../webhooks/WebhooksPage'), 'WebhooksPage'),
    ),
    settingsPage(
      '/webhooks/$webhookId',
      lazyRouteComponent(() => import('../webhooks/WebhookPage'), 'WebhookPage'),
    ),
    settingsPage(
      '/email-to-sms',
      lazyRouteComponent(() => import('./EmailToSmsPage'), 'EmailToSmsPage'),
    ),
    settingsPage(
      '/credits',
      lazyRouteComponent(() => import('./CreditsPage'), 'CreditsPage'),
    ),
    settingsPage(
      '/audit',
      lazyRouteComponent(() => import('./AuditPage'), 'AuditPage'),
    ),
  ]),
] as const
