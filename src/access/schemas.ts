import { Type } from 'typebox'
import { ROLE_KEYS } from './roles.js'

/** One way a user reaches an account, as `explain` and `who` show it. */
export const AccessPathSchema = Type.Object({
  kind: Type.Union(
    [
      Type.Literal('membership'),
      Type.Literal('cascade'),
      Type.Literal('connection'),
      Type.Literal('api_key'),
    ],
    {
      description:
        'membership (in the account), cascade (Owner/Admin in an ancestor), connection, api_key',
    },
  ),
  accountId: Type.String({ description: 'The account the path starts from' }),
  // An enum of the role keys rather than literals written out a second time.
  role: Type.Union([Type.Enum(ROLE_KEYS), Type.Null()], {
    description: 'The preset role, or null for a custom permission set',
  }),
  // Readonly: a path shares its role's one list (see grants.ts), it is never copied per answer.
  permissions: Type.Immutable(Type.Array(Type.String())),
})

const RuleOutcomeSchema = Type.Object({
  rule: Type.String({ description: 'A resource rule: self_approval, shared_read_only, …' }),
  allowed: Type.Boolean(),
  reason: Type.Optional(Type.String({ description: 'Why it refuses (only on a refusal)' })),
})

export const ExplanationSchema = Type.Object({
  userId: Type.String(),
  accountId: Type.String(),
  permission: Type.String(),
  allowed: Type.Boolean({ description: 'The permission, and every rule of the resource if given' }),
  paths: Type.Array(AccessPathSchema, {
    description: 'The paths that grant the permission; on a deny, every path the user has',
  }),
  missing: Type.Optional(
    Type.String({ description: 'The permission the user lacks (only when it is lacking)' }),
  ),
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
    Type.Array(RuleOutcomeSchema, {
      description: 'With a resource: every rule checked, in the order the service checks them',
    }),
  ),
})

/** How a user reaches a group through a share (`who` with `resource=group:…`). */
const SharePathSchema = Type.Object({
  kind: Type.Literal('share'),
  accountId: Type.String({ description: 'The account the group is shared with' }),
  ownerAccountId: Type.String(),
  groupId: Type.String(),
  basis: Type.Union([Type.Literal('team'), Type.Literal('subaccount')]),
  teamId: Type.Union([Type.String(), Type.Null()]),
})

/** One user in `who`: everyone holding a permission, or reaching a resource (then `accountId`, `via`). */
const WhoEntrySchema = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  permissions: Type.Immutable(Type.Array(Type.String())),
  // The access path first: nearly every entry has one, and the serialiser tries them in order.
  paths: Type.Array(Type.Union([AccessPathSchema, SharePathSchema])),
  accountId: Type.Optional(
    Type.String({ description: 'With a resource: the account through which the user reaches it' }),
  ),
  via: Type.Optional(Type.Union([Type.Literal('owner'), Type.Literal('share')])),
})

export const WhoSchema = Type.Object({ items: Type.Array(WhoEntrySchema) })
