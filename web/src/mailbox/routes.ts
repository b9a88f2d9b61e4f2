import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const mailboxRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/mailbox',
  component: lazyRouteComponent(() => import('./MailboxPage'), 'MailboxPage'),
})

const capturedMessageRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/mailbox/$messageId',
  component: lazyRouteComponent(() => import('./CapturedMessagePage'), 'CapturedMessagePage'),
})

/** The captured mailbox (no SMTP server configured): the list and one message. */
export const mailboxRoutes = [mailboxRoute, capturedMessageRoute] as const
