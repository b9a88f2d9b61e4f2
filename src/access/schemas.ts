import { Type } from 'typebox'
import { ROLE_KEYS } from './roles.js'

/** A permission key of the catalog (GET /api/v1/permissions lists them). */
export const PermissionKey = Type.String({ description: 'a permission key of the catalog' })

// An enum of the role keys rather than literals written out a second time.
export const RoleKey = Type.Enum(ROLE_KEYS, { description: 'a preset role' })

/** Lists shared by many answers (a role's permissions) are handed out as they are, never copied. */
const SharedList = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  Type.Immutable(Type.Array(item, { description }))

export const PathKind = Type.Union([
  Type.Literal('membership'),
  Type.Literal('cascade'),
  Type.Literal('connection'),
  Type.Literal('api_key'),
])

/** How a user reaches an account (src/access/grants.ts `AccessPath`). */
export const AccessPath = Type.Object({
  kind: PathKind,
  accountId: Type.String({
    description: 'the account whose membership (or connection, or key) the path starts from',
  }),
  role: Type.Union([RoleKey, Type.Null()], { description: 'null for a custom set or a key' }),
  permissions: SharedList(PermissionKey, 'what the path grants, catalog order'),
})

/** A group reached through a share (GET …/access/who?resource=group:<id>). */
export const SharePath = Type.Object({
  kind: Type.Literal('share'),
  accountId: Type.String({ description: 'the account the group is shared into' }),
  ownerAccountId: Type.String(),
  groupId: Type.String(),
  basis: Type.Union([Type.Literal('team'), Type.Literal('subaccount')]),
  teamId: Type.Union([Type.String(), Type.Null()]),
})

const RuleOutcome = Type.Object({
  rule: Type.String({ description: 'A resource rule: self_approval, shared_read_only, …' }),
  allowed: Type.Boolean(),
  reason: Type.Optional(Type.String({ description: 'Why it refuses (only on a refusal)' })),
})

export const Explanation = Type.Object({
  userId: Type.String(),
  accountId: Type.String(),
  permission: PermissionKey,
  allowed: Type.Boolean(),
  paths: Type.Array(AccessPath, {
    description: 'the paths that grant it; on a deny, every path the user has (none grants it)',
  }),
  missing: Type.Optional(PermissionKey),
  resource: Type.Optional(Type.String({ description: 'The resource asked about, type:id' })),
  rule: Type.Optional(
    Type.String({
      description:
        'With a resource: the rule that decided — the first that refuses, else the last checked ' +
        '(absent when no rule refuses and the permission is lacking, or no rule applies)',
    }),
  ),
  reason: Type.Optional(Type.String({ description: 'Why the deciding rule refuses' })),
  rules: Type.Optional(
    Type.Array(RuleOutcome, {
      description: 'With a resource: every rule checked, in the order the service checks them',
    }),
  ),
})

export const WhoEntry = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  permissions: SharedList(PermissionKey, 'everything the user holds here'),
  paths: Type.Array(Type.Union([AccessPath, SharePath])),
  accountId: Type.Optional(
    Type.String({ description: 'resource queries: the account the user reaches it through' }),
  ),
  via: Type.Optional(Type.Union([Type.Literal('owner'), Type.Literal('share')])),
})

export const WhoList = Type.Object({ items: Type.Array(WhoEntry) })

export const PermissionArea = Type.Object({ key: Type.String(), label: Type.String() })

export const CatalogPermission = Type.Object({
  key: PermissionKey,
  area: Type.String({ description: 'the key of its area' }),
  label: Type.String(),
  description: Type.String({ description: 'what it allows' }),
  requires: Type.Array(PermissionKey, { description: 'direct requirements only' }),
  adminArea: Type.Boolean({ description: 'a connection may never carry it (SPEC §1)' }),
  power: Type.Union([Type.String(), Type.Null()], {
    description:
      'set on a permission that hands out power (users, billing, API keys, export, bulk delete): ' +
      'what a holder can do with it, for a warning beside it; null otherwise',
  }),
})

export const CatalogRole = Type.Object({
  key: RoleKey,
  label: Type.String(),
  permissions: Type.Array(PermissionKey, { description: 'catalog order' }),
  seed: Type.Array(Type.String(), { description: 'the seed documents the role comes from' }),
  connection: Type.Boolean({ description: 'may be the role of a connection' }),
})

export const PermissionCatalog = Type.Object({
  areas: Type.Array(PermissionArea),
  permissions: Type.Array(CatalogPermission),
  roles: Type.Array(CatalogRole),
})

export const Abilities = Type.Object({
  accountId: Type.String(),
  userId: Type.String({ description: 'the caller (for an API key: its creator)' }),
  permissions: Type.Array(PermissionKey, {
    description: 'what the caller holds here, in catalog order',
  }),
  paths: Type.Array(AccessPath, { description: 'every path by which the caller reaches here' }),
  owner: Type.Boolean({ description: 'an Owner here (itself or by cascade)' }),
  twoFactorRequired: Type.Boolean({
    description: 'the account (or one above it) requires two-factor authentication',
  }),
})
