/**
 * The settings sections, each with the permission the server asks for its list route (README's
 * route table): a section shows only when the caller's abilities hold it.
 */
export const settingsSections = [
  // Reading the account needs only access to it; changing it needs account.manage.
  { label: 'Account', to: '/a/$accountId/settings/account', permission: null },
  { label: 'Sender domains', to: '/a/$accountId/settings/domains', permission: 'domains.manage' },
  { label: 'Senders', to: '/a/$accountId/settings/senders', permission: 'campaigns.view' },
  { label: 'Testers', to: '/a/$accountId/settings/testers', permission: 'testers.manage' },
  { label: 'API keys', to: '/a/$accountId/settings/api-keys', permission: 'developer.api_keys' },
  { label: 'Webhooks', to: '/a/$accountId/settings/webhooks', permission: 'developer.webhooks' },
  {
    label: 'Email to SMS',
    to: '/a/$accountId/settings/email-to-sms',
    permission: 'account.manage',
  },
  { label: 'Credits', to: '/a/$accountId/settings/credits', permission: 'billing.manage' },
  { label: 'Audit log', to: '/a/$accountId/settings/audit', permission: 'users.manage' },
] as const
