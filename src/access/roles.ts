import { AppError } from '../errors.js'
import {
  ADMIN_AREA_PERMISSIONS,
  ALL_PERMISSIONS,
  type Permission,
  type PermissionArea,
  permissionDefinition,
} from './catalog.js'
import type { PermissionSet } from './permission-sets.js'

export const ROLE_KEYS = [
  'owner',
  'admin',
  'manager',
  'author',
  'collaborator',
  'campaign_creator',
  'data_manager',
  'analyst',
  'advanced_user',
  'basic_user',
] as const

export type RoleKey = (typeof ROLE_KEYS)[number]

export interface PresetRole {
  readonly key: RoleKey
  readonly label: string
  readonly permissions: PermissionSet
  /** The seed documents (SPEC `seeds/`) the role comes from. */
  readonly seed: readonly string[]
  /** May be the role of a connection to an account outside the user's organisation. */
  readonly connection: boolean
}

// The helpers below exist so each role reads like its line in SPEC §2 and can be checked by eye.
function only(...keys: Permission[]): Set<Permission> {
  return new Set(keys)
}

function everythingIn(...areas: PermissionArea[]): Set<Permission> {
  return new Set(ALL_PERMISSIONS.filter((key) => areas.includes(permissionDefinition(key).area)))
}

function allBut(base: Iterable<Permission>, ...excluded: Permission[]): Set<Permission> {
  return new Set([...base].filter((key) => !excluded.includes(key)))
}

function plus(...parts: Iterable<Permission>[]): Set<Permission> {
  return new Set(parts.flatMap((part) => [...part]))
}

const author = only(
  'campaigns.view',
  'campaigns.edit',
  'campaigns.send',
  'templates.view',
  'templates.manage',
  'groups.view',
  'groups.manage',
  'segments.manage',
  'tags.manage',
  'reports.view',
  'testers.manage',
  'senders.manage',
  'users.view',
)

const manager = plus(
  author,
  only(
    'campaigns.send_direct',
    'campaigns.approve',
    'campaigns.control',
    'contacts.view',
    'contacts.create',
    'contacts.edit',
    'contacts.delete',
    'blocklist.view',
    'users.security',
    'developer.webhooks',
    'domains.manage',
  ),
)

const collaborator = plus(
  allBut(
    everythingIn('contacts'),
    'contacts.bulk_delete',
    'contacts.export',
    'contacts.resubscribe',
  ),
  everythingIn('groups', 'segments', 'tags'),
  allBut(everythingIn('templates'), 'templates.admin'),
  everythingIn('campaigns', 'sms'),
  allBut(everythingIn('reports'), 'reports.cross_account', 'reports.export'),
  everythingIn('testers', 'senders'),
  only('blocklist.view'),
)

const campaignCreator = only(
  'campaigns.view',
  'campaigns.edit',
  'campaigns.send',
  'campaigns.send_direct',
  'templates.view',
  'templates.manage',
  'groups.view',
  'groups.manage',
  'sms.use',
  'reports.view',
  'testers.manage',
  'senders.manage',
)

const dataManager = only(
  'contacts.view',
  'contacts.create',
  'contacts.edit',
  'contacts.delete',
  'groups.view',
  'groups.manage',
  'segments.manage',
  'tags.manage',
  'blocklist.view',
)

const analyst = only(
  'contacts.view',
  'groups.view',
  'campaigns.view',
  'templates.view',
  'reports.view',
  'reports.drilldown',
)

const advancedUser = only(
  'campaigns.view',
  'campaigns.edit',
  'campaigns.send',
  'campaigns.send_direct',
  'sms.use',
  'reports.view',
  'reports.export',
  'inbox.view',
  'contacts.view',
  'contacts.create',
  'groups.view',
  'groups.manage',
  'templates.view',
  'templates.manage',
  'users.view',
)

const basicUser = only(
  'campaigns.view',
  'campaigns.edit',
  'campaigns.send',
  'campaigns.send_direct',
  'sms.use',
  'templates.view',
  'groups.view',
)

export const PRESET_ROLES: readonly PresetRole[] = [
  {
    key: 'owner',
    label: 'Owner',
    permissions: new Set(ALL_PERMISSIONS),
    seed: ['004'],
    connection: false,
  },
  {
    key: 'admin',
    label: 'Admin',
    permissions: allBut(ALL_PERMISSIONS, 'contacts.bulk_delete', 'contacts.export'),
    seed: ['003', '004'],
    connection: false,
  },
  { key: 'manager', label: 'Manager', permissions: manager, seed: ['004'], connection: false },
  { key: 'author', label: 'Author', permissions: author, seed: ['004'], connection: false },
  {
    key: 'collaborator',
    label: 'Collaborator',
    permissions: collaborator,
    seed: ['000'],
    connection: true,
  },
  {
    key: 'campaign_creator',
    label: 'Campaign Creator',
    permissions: campaignCreator,
    seed: ['000'],
    connection: true,
  },
  {
    key: 'data_manager',
    label: 'Data Manager',
    permissions: dataManager,
    seed: ['000'],
    connection: true,
  },
  { key: 'analyst', label: 'Analyst', permissions: analyst, seed: ['000'], connection: true },
  {
    key: 'advanced_user',
    label: 'Advanced user',
    permissions: advancedUser,
    seed: ['003'],
    connection: false,
  },
  {
    key: 'basic_user',
    label: 'Basic user',
    permissions: basicUser,
    seed: ['003'],
    connection: false,
  },
]

/** SPEC §1 Membership: only these reach the account's descendants; every other role stays put. */
export const CASCADING_ROLES: readonly RoleKey[] = ['owner', 'admin']

const ROLES_BY_KEY = new Map<RoleKey, PresetRole>(PRESET_ROLES.map((role) => [role.key, role]))

export function isRoleKey(key: string): key is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(key)
}

export function presetRole(key: RoleKey): PresetRole {
  const role = ROLES_BY_KEY.get(key)
  if (!role) throw new Error(`preset role ${key} is not defined`)
  return role
}

export function permissionsOfRole(role: RoleKey): PermissionSet {
  return presetRole(role).permissions
}

/**
 * SPEC §1 Connection: someone from outside the organisation never reaches the admin areas,
 * whatever role they pick or are granted.
 */
export function validateConnectionPermissions(
  set: PermissionSet,
  field: 'permissions' | 'role' = 'permissions',
): void {
  const forbidden = ADMIN_AREA_PERMISSIONS.find((key) => set.has(key))
  if (forbidden === undefined) return
  throw new AppError(
    'validation_failed',
    `a connection cannot carry "${forbidden}" (${permissionDefinition(forbidden).area} is an admin area)`,
    { field, permission: forbidden },
  )
}
