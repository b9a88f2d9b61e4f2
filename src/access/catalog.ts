/**
 * The permission catalog (SPEC §2): the single source every role, route, UI checkbox and the
 * README role table is built from. Order matters: it is the order the UI and the docs list them in.
 */
const CATALOG = [
  {
    key: 'account.manage',
    label: 'Manage account settings',
    description: 'account settings, sending defaults, Email-to-SMS settings',
    area: 'account',
    requires: [],
  },
  {
    key: 'billing.manage',
    label: 'Manage billing',
    description: 'plan, invoices, credit balances, top-ups, allocating credits to sub-accounts',
    area: 'billing',
    requires: [],
    power:
      "It lets them spend the account's money: change the plan, buy credits and hand credits to sub-accounts.",
  },
  {
    key: 'users.view',
    label: 'View users',
    description: 'list members, their roles, permissions and account access',
    area: 'users',
    requires: [],
  },
  {
    key: 'users.security',
    label: 'View user security',
    description: "members' 2FA status and active sessions",
    area: 'users',
    requires: ['users.view'],
  },
  {
    key: 'users.manage',
    label: 'Manage users',
    description:
      'invite, remove, change roles/permissions/account access; accept, grant, change and end connections',
    area: 'users',
    requires: ['users.view'],
    power:
      "It lets them invite people and change anyone's access below their own, so what they hold they can hand on.",
  },
  {
    key: 'subaccounts.manage',
    label: 'Manage sub-accounts',
    description: 'create, rename and delete sub-accounts',
    area: 'subaccounts',
    requires: [],
  },
  {
    key: 'developer.api_keys',
    label: 'API keys',
    description: 'create, list, revoke API keys',
    area: 'developer',
    requires: [],
    power:
      'It lets them make API keys that act with their permissions from scripts, without a sign-in or 2FA.',
  },
  {
    key: 'developer.webhooks',
    label: 'Webhooks',
    description: 'create, edit, delete webhooks; see deliveries',
    area: 'developer',
    requires: [],
  },
  {
    key: 'integrations.manage',
    label: 'Manage integrations',
    description: 'the integration hub',
    area: 'integrations',
    requires: [],
  },
  {
    key: 'domains.manage',
    label: 'Manage sender domains',
    description: 'add, verify, delete sender domains',
    area: 'domains',
    requires: [],
  },
  {
    key: 'senders.manage',
    label: 'Manage senders',
    description: 'sender addresses and sender names',
    area: 'senders',
    requires: [],
  },
  {
    key: 'testers.manage',
    label: 'Manage test recipients',
    description: 'the list of test recipients',
    area: 'testers',
    requires: [],
  },
  {
    key: 'contacts.view',
    label: 'View contacts',
    description: 'see contacts, their email addresses, phones and histories',
    area: 'contacts',
    requires: [],
  },
  {
    key: 'contacts.create',
    label: 'Add and import contacts',
    description: 'add and import contacts',
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.edit',
    label: 'Edit contacts',
    description:
      "edit contacts, their subscription status and the account's opt-in (consent) settings",
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.delete',
    label: 'Delete contacts',
    description: 'delete single contacts',
    area: 'contacts',
    requires: ['contacts.view'],
  },
  {
    key: 'contacts.bulk_delete',
    label: 'Bulk delete contacts',
    description: 'delete contacts in bulk',
    area: 'contacts',
    requires: ['contacts.delete'],
    power:
      'It lets them delete every contact of a group or segment at once; that cannot be undone.',
  },
  {
    key: 'contacts.export',
    label: 'Export contacts',
    description: 'export contacts ("Contact exporter")',
    area: 'contacts',
    requires: ['contacts.view'],
    power: 'It lets them take the whole contact list out of Chorus as a file.',
  },
  {
    key: 'contacts.resubscribe',
    label: 'Resubscribe contacts',
    description: 'resubscribe unsubscribed contacts',
    area: 'contacts',
    requires: ['contacts.edit'],
  },
  {
    key: 'blocklist.view',
    label: 'View blocklist',
    description: 'see the suppression list',
    area: 'blocklist',
    requires: [],
  },
  {
    key: 'blocklist.manage',
    label: 'Manage blocklist',
    description: 'add and remove suppression entries',
    area: 'blocklist',
    requires: ['blocklist.view'],
  },
  {
    key: 'groups.view',
    label: 'View groups',
    description: 'see groups (owned and shared in)',
    area: 'groups',
    requires: [],
  },
  {
    key: 'groups.manage',
    label: 'Manage groups',
    description: 'create, edit, delete groups, their members and their sharing',
    area: 'groups',
    requires: ['groups.view'],
  },
  {
    key: 'segments.manage',
    label: 'Manage segments',
    description: 'create, edit, delete segments',
    area: 'segments',
    requires: ['groups.view'],
  },
  {
    key: 'tags.manage',
    label: 'Manage tags',
    description: 'add, rename, delete tags',
    area: 'tags',
    requires: [],
  },
  {
    key: 'templates.view',
    label: 'View templates',
    description: 'see templates and placeholders',
    area: 'templates',
    requires: [],
  },
  {
    key: 'templates.manage',
    label: 'Manage templates',
    description:
      'create, edit, delete, categorise, export templates and placeholders; send test emails',
    area: 'templates',
    requires: ['templates.view'],
  },
  {
    key: 'templates.admin',
    label: 'Administer the template library',
    description: 'administer the template library shared with sub-accounts',
    area: 'templates',
    requires: ['templates.manage', 'campaigns.edit'],
  },
  {
    key: 'campaigns.view',
    label: 'View campaigns',
    description: 'search and view campaigns',
    area: 'campaigns',
    requires: [],
  },
  {
    key: 'campaigns.edit',
    label: 'Edit campaigns',
    description: 'create, edit, duplicate, test, delete campaigns',
    area: 'campaigns',
    requires: ['campaigns.view'],
  },
  {
    key: 'campaigns.send',
    label: 'Send campaigns (with approval)',
    description: 'submit for sending ("Sender"); without send_direct it waits for approval',
    area: 'campaigns',
    requires: ['campaigns.edit'],
  },
  {
    key: 'campaigns.send_direct',
    label: 'Send campaigns directly',
    description: 'send or schedule without approval',
    area: 'campaigns',
    requires: ['campaigns.send'],
  },
  {
    key: 'campaigns.approve',
    label: 'Approve campaigns',
    description: "approve or decline waiting campaigns (never one's own submission)",
    area: 'campaigns',
    requires: ['campaigns.send_direct'],
  },
  {
    key: 'campaigns.control',
    label: 'Pause, resume and terminate campaigns',
    description: 'pause, resume, terminate sending campaigns',
    area: 'campaigns',
    requires: ['campaigns.view'],
  },
  {
    key: 'sms.use',
    label: 'Use SMS',
    description: 'SMS campaigns and single SMS',
    area: 'sms',
    requires: [],
  },
  {
    key: 'inbox.view',
    label: 'View inbox',
    description: "the account's inbox of replies",
    area: 'inbox',
    requires: [],
  },
  {
    key: 'automations.manage',
    label: 'Manage automations',
    description: 'automated programs',
    area: 'automations',
    requires: [],
  },
  {
    key: 'forms.manage',
    label: 'Manage forms',
    description: 'surveys, pages and sign-up forms',
    area: 'forms',
    requires: [],
  },
  {
    key: 'reports.view',
    label: 'View reports',
    description: 'campaign and usage reports of the account',
    area: 'reports',
    requires: [],
  },
  {
    key: 'reports.drilldown',
    label: 'Drill down into reports',
    description: 'per-recipient drill-down',
    area: 'reports',
    requires: ['reports.view'],
  },
  {
    key: 'reports.export',
    label: 'Export reports',
    description: 'export reports',
    area: 'reports',
    requires: ['reports.view'],
  },
  {
    key: 'reports.cross_account',
    label: 'Cross-account reports',
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
  /** A short name for a checkbox; `description` says what it allows. */
  readonly label: string
  readonly description: string
  readonly area: PermissionArea
  /** Direct requirements only; the transitive closure lives in permission-sets.ts. */
  readonly requires: readonly Permission[]
  /**
   * Set on the permissions that hand out power (over people, money, keys or the whole audience):
   * what a holder can do with it, for the warning a permission screen shows beside it.
   */
  readonly power?: string
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

/** The areas in catalog order, with the label a permission-matrix screen heads each with. */
const AREA_LABELS: Record<PermissionArea, string> = {
  account: 'Account',
  billing: 'Billing',
  users: 'Users',
  subaccounts: 'Sub-accounts',
  developer: 'Developer',
  integrations: 'Integrations',
  domains: 'Domains',
  senders: 'Senders',
  testers: 'Testers',
  contacts: 'Contacts',
  blocklist: 'Blocklist',
  groups: 'Groups',
  segments: 'Segments',
  tags: 'Tags',
  templates: 'Templates',
  campaigns: 'Campaigns',
  sms: 'SMS',
  inbox: 'Inbox',
  automations: 'Automations',
  forms: 'Forms',
  reports: 'Reports',
}

export interface PermissionAreaDefinition {
  readonly key: PermissionArea
  readonly label: string
}

export const PERMISSION_AREAS: readonly PermissionAreaDefinition[] = [
  ...new Set(CATALOG.map((entry) => entry.area)),
].map((key) => ({ key, label: AREA_LABELS[key] }))

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
