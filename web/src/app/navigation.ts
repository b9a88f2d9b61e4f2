import type { UseQueryOptions } from '@tanstack/react-query'
import { unreadQuery } from '../inbox/queries'
import { capturingQuery } from '../mailbox/queries'

/**
 * The account's pages in the navigation, each with the permission the server asks for its list
 * route: an entry shows only when the caller's abilities hold it. Areas add their entries here.
 */
export interface NavigationEntry {
  label: string
  /** The path under `/a/$accountId`. */
  to: string
  /** Shown when the caller holds it; null for every member of the account. */
  permission: string | null
  /** Other paths under `/a/$accountId` whose pages belong to the entry (an area's tabs). */
  section?: readonly string[]
  /** A condition of the installation besides the permission: shown once this query answers true. */
  shownWhen?: (accountId: string) => UseQueryOptions<boolean, Error, boolean, string[]>
  /** A count shown beside the label when it is above zero (the inbox's unread threads). */
  badge?: (accountId: string) => UseQueryOptions<number, Error, number, string[]>
}

export const accountNavigation: readonly NavigationEntry[] = [
  { label: 'Overview', to: '/a/$accountId', permission: null },
  // The marketing work first (seeds 002–004), then people and access, then the account.
  { label: 'Contacts', to: '/a/$accountId/contacts', permission: 'contacts.view' },
  // Groups, tags, segments, blocklist and unsubscribes: one area with its own tabs.
  {
    label: 'Audience',
    to: '/a/$accountId/groups',
    permission: 'groups.view',
    section: ['/tags', '/segments', '/blocklist', '/unsubscribes'],
  },
  { label: 'Templates', to: '/a/$accountId/templates', permission: 'templates.view' },
  { label: 'Placeholders', to: '/a/$accountId/placeholders', permission: 'templates.view' },
  { label: 'Campaigns', to: '/a/$accountId/campaigns', permission: 'campaigns.view' },
  { label: 'Outbox', to: '/a/$accountId/outbox', permission: 'campaigns.send' },
  { label: 'Inbox', to: '/a/$accountId/inbox', permission: 'inbox.view', badge: unreadQuery },
  { label: 'Programs', to: '/a/$accountId/programs', permission: 'automations.manage' },
  { label: 'Forms', to: '/a/$accountId/forms', permission: 'forms.manage' },
  { label: 'Analytics', to: '/a/$accountId/analytics', permission: 'reports.view' },
  { label: 'Integrations', to: '/a/$accountId/integrations', permission: 'integrations.manage' },
  // Only while no SMTP server is configured: mail is captured, not sent.
  {
    label: 'Mailbox',
    to: '/a/$accountId/mailbox',
    permission: 'reports.drilldown',
    shownWhen: capturingQuery,
  },
  { label: 'Members', to: '/a/$accountId/members', permission: 'users.view' },
  { label: 'Access', to: '/a/$accountId/access', permission: 'users.view' },
  { label: 'Connections', to: '/a/$accountId/connections', permission: null },
  { label: 'Teams', to: '/a/$accountId/teams', permission: 'users.manage' },
  { label: 'Sub-accounts', to: '/a/$accountId/subaccounts', permission: 'subaccounts.manage' },
  // Every member reads the account's settings; each section shows by its own permission.
  { label: 'Settings', to: '/a/$accountId/settings', permission: null },
]
