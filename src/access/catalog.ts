/**
 * The permission catalog (SPEC §2): the single source every role, route, UI checkbox and the
 * README role table is built from. Order matters: it is the order the UI and the docs list them in.
 */
const CATALOG = [
  {
    key: 'account.manage',
    description: 'account settings, sending defaults, Email-to-SMS settings',
    area: 'account',
    requires: [],
  },
  {
    key: 'billing.manage',
    description: 'plan, invoices, credit balances, top-ups, allocating credits to sub-accounts',
    area: 'billing',
    requires: [],
  },
  {
    key: 'users.view',
    description: 'list members, their roles, permissions and account access',
    area: 'users',
    requires: [],
  },
  {
    key: 'users.security',
    description: "members' 2FA status and active sessions",
    area: 'users',
    requires: ['users.view'],
  },
  {
    key: 'users.manage',
    description:
      'invite, remove, change roles/permissions/account access; accept, grant, change and end connections',
    area: 'users',
    requires: ['users.view'],
  },
  {
    key: 'subaccounts.manage',
    description: 'create, rename and delete sub-accounts',
    area: 'subaccounts',
    requires: [],
  },
  {
    key: 'developer.api_keys',
    description: 'create, list, revoke API keys',
    area: 'developer',
    requires: [],
  },
  {
    key: 'developer.webhooks',
    description: 'create, edit, delete webhooks; see deliveries',
    area: 'developer',
    requires: [],
  },
  {
    key: 'integrations.manage',
    description: 'the integration hub',
    area: 'integrations',
    requires: [],
  },
  {
    key: 'domains.manage',
    description: 'add, verify, delete sender domains',
    area: 'domains',
    requires: [],
  },
  {
    key: 'senders.manage',
    description: 'sender addresses and sender names',
    area: 'senders',
    requires: [],
  },
  {
    key: 'testers.manage',
    description: 'the list of test recipients',
    area: 'testers',
    requires: [],
  },
  {
    key: 'contacts.view',
    description: 'see contacts, their email addresses, phones and histories',
    area: 'contacts',
    requires: [],
  },
  {
    key: 'contacts.create',
    description: 'add and import contacts',
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.edit',
    description:
      "edit contacts, their subscription status and the account's opt-in (consent) settings",
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.delete',
    description: 'delete single contacts',
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.bulk_delete',
    description: 'delete contacts in bulk',
    area: 'contacts',
    requires: ['contacts.delete'],
  },
  {
    key: 'contacts.export',
    description: 'export contacts ("Contact exporter")',
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.resubscribe',
    description: 'resubscribe unsubscribed contacts',
    area: 'contacts',
    requires: ['contacts.edit'],
  },
  {
    key: 'blocklist.view',
    description: 'see the suppression list',
    area: 'blocklist',
    requires: [],
  },
  {
    key: 'blocklist.manage',
    description: 'add and remove suppression entries',
    area: 'blocklist',
    requires: ['blocklist.view'],
  },
  {
    key: 'groups.view',
    description: 'see groups (owned and shared in)',
    area: 'groups',
    requires: [],
  },
  {
    key: 'groups.manage',
    description: 'create, edit, delete groups, their members and their sharing',
    area: 'groups',
    requires: ['groups.view'],
  },
  {
    key: 'segments.manage',
    description: 'create, edit, delete segments',
    area: 'segments',
    requires: ['groups.view'],
  },
  {
    key: 'tags.manage',
    description: 'add, rename, delete tags',
    area: 'tags',
    requires: [],
  },
  {
    key: 'templates.view',
    description: 'see templates and placeholders',
    area: 'templates',
    requires: [],
  },
  {
    key: 'templates.manage',
    description:
      'create, edit, delete, categorise, export templates and placeholders; send test emails',
    area: 'templates',
    requires: ['templates.view'],
  },
  {
    key: 'templates.admin',
    description: 'administer the template library shared with sub-accounts',
    area: 'templates',
    requires: ['templates.manage', 'campaigns.edit'],
  },
  {
    key: 'campaigns.view',
    description: 'search and view campaigns',
    area: 'campaigns',
    requires: [],
  },
  {
    key: 'campaigns.edit',
    description: 'create, edit, duplicate, test, delete campaigns',
    area: 'campaigns',
    requires: ['campaigns.view'],
  },
  {
    key: 'campaigns.send',
    description: 'submit for sending ("Sender"); without send_direct it waits for approval',
    area: 'campaigns',
    requires: ['campaigns.edit'],
  },
  {
    key: 'campaigns.send_direct',
    description: 'send or schedule without approval',
    area: 'campaigns',
    requires: ['campaigns.send'],
  },
  {
    key: 'campaigns.approve',
    description: "approve or decline waiting campaigns (never one's own submission)",
    area: 'campaigns',
    requires: ['campaigns.send_direct'],
  },
  {
    key: 'campaigns.control',
    description: 'pause, resume, terminate sending campaigns',
    area: 'campaigns',
    requires: ['campaigns.view'],
  },
  {
    key: 'sms.use',
    description: 'SMS campaigns and single SMS',
    area: 'sms',
    requires: [],
  },
  {
    key: 'inbox.view',
    description: "the account's inbox of replies",
    area: 'inbox',
    requires: [],
  },
  {
    key: 'automations.manage',
    description: 'automated programs',
    area: 'automations',
    requires: [],
  },
  {
    key: 'forms.manage',
    description: 'surveys, pages and sign-up forms',
    area: 'forms',
    requires: [],
  },
  {
    key: 'reports.view',
    description: 'campaign and usage reports of the account',
    area: 'reports',
    requires: [],
  },
  {
    key: 'reports.drilldown',
    description: 'per-recipient drill-down',
    area: 'reports',
    requires: ['reports.view'],
  },
  {
    key: 'reports.export',
    description: 'export reports',
    area: 'reports',
    requires: ['reports.view'],
  },
  {
    key: 'reports.cross_account',
    description:
      'one report across every account the user can access (only with access to 2+ accounts)',
    area: 'reports',
    requires: ['reports.view'],
  },
] as const

export type Permission = (typeof CATALOG)[number]['key']
export type PermissionArea = (typeof CATALOG)[number]['area']

export interface PermissionDefinition {
  readonly key: Permission
  readonly description: string
  readonly area: PermissionArea
  /** Direct requirements only; the transitive closure lives in permission-sets.ts. */
  readonly requires: readonly Permission[]
}

// Typing the export as PermissionDefinition[] is what makes a misspelt `requires` key a compile error.
export const PERMISSION_CATALOG: readonly PermissionDefinition[] = CATALOG

export const ALL_PERMISSIONS: readonly Permission[] = CATALOG.map((entry) => entry.key)

const PERMISSION_KEYS: ReadonlySet<string> = new Set(ALL_PERMISSIONS)

export function isPermission(key: string): key is Permission {
  return PERMISSION_KEYS.has(key)
}

const DEFINITIONS = new Map<Permission, PermissionDefinition>(
  PERMISSION_CATALOG.map((entry) => [entry.key, entry]),
)

export function permissionDefinition(key: Permission): PermissionDefinition {
  const definition = DEFINITIONS.get(key)
  if (!definition) throw new Error(`permission ${key} is missing from the catalog`)
  return definition
}

/** SPEC §1 Connection: areas a user from outside the organisation may never be given. */
export const ADMIN_AREAS: readonly PermissionArea[] = [
  'account',
  'billing',
  'users',
  'subaccounts',
  'developer',
  'domains',
]

export const ADMIN_AREA_PERMISSIONS: readonly Permission[] = PERMISSION_CATALOG.filter((entry) =>
  ADMIN_AREAS.includes(entry.area),
).map((entry) => entry.key)

export function isAdminAreaPermission(key: Permission): boolean {
  return ADMIN_AREAS.includes(permissionDefinition(key).area)
}
