import { type Static, type TSchema, Type } from 'typebox'
import { AccountLanguageSchema } from './language.js'

/** The answers of the account, member, invitation, connection and team routes. */

const Timestamp = Type.String({ format: 'date-time' })
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()])
}

/** Read-only: presenters hand out the catalog's shared, frozen lists. */
export const PermissionList = Type.Immutable(
  Type.Array(Type.String(), { description: 'permission keys, in catalog order' }),
)
export const RoleKey = Type.String({ description: 'a preset role key; null for a custom set' })

export const Account = Type.Object({
  id: Type.String(),
  name: Type.String(),
  parentId: Nullable(Type.String()),
  level: Type.Integer({ description: '1 for a top-level account, at most 5' }),
  requireTwoFactor: Type.Boolean({ description: 'members here and below need 2FA' }),
  timeZone: Type.String({
    description: "an IANA time zone: programs' dated triggers and waits run on its clock",
  }),
  language: AccountLanguageSchema,
})
export type Account = Static<typeof Account>

export const AccountList = Type.Object({ items: Type.Array(Account) })

/** How a user reaches an account (src/access/grants.ts `AccessPath`). */
export const AccessPath = Type.Object({
  kind: Type.Union([
    Type.Literal('membership'),
    Type.Literal('cascade'),
    Type.Literal('connection'),
    Type.Literal('api_key'),
  ]),
  accountId: Type.String({ description: 'the account the membership, connection or key is in' }),
  role: Nullable(RoleKey),
  permissions: PermissionList,
})

export const AccountDescription = Type.Object({
  account: Account,
  permissions: Type.Immutable(
    Type.Array(Type.String(), { description: 'what the caller holds here, in catalog order' }),
  ),
  paths: Type.Array(AccessPath, { description: 'every way the caller reaches the account' }),
})
export type AccountDescription = Static<typeof AccountDescription>

/** How a listing names the way someone reaches an account: by their strongest path. */
export const Via = Type.Union([
  Type.Literal('member'),
  Type.Literal('cascade'),
  Type.Literal('connection'),
])

/** Allowed, or refused with the reason the server gives, for a UI that explains a greyed-out action. */
const Ability = Type.Union([
  Type.Object({ allowed: Type.Literal(true) }),
  Type.Object({ allowed: Type.Literal(false), reason: Type.String() }),
])

export const MemberAbilities = Type.Object(
  {
    edit: Ability,
    remove: Ability,
  },
  {
    description:
      'What the caller may do to this member (PATCH, DELETE …/members/{userId}), by the rules ' +
      'the server enforces: users.manage, only below one’s own permissions, never the Owner, ' +
      'access from elsewhere changed where it comes from. Removing oneself is leaving. A removal ' +
      'that would take someone’s last account is still refused (409 last_membership)',
  },
)

export const Member = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Nullable(RoleKey),
  via: Via,
  fromAccountId: Type.String({ description: 'the account the shown path starts from' }),
  permissions: PermissionList,
  paths: Type.Array(AccessPath),
  abilities: MemberAbilities,
  twoFactorEnabled: Type.Optional(Type.Boolean({ description: 'only to users.security holders' })),
  lastSignInAt: Type.Optional(
    Nullable(Type.String({ format: 'date-time', description: 'only to users.security holders' })),
  ),
})
export type Member = Static<typeof Member>

export const MemberList = Type.Object({ items: Type.Array(Member) })

/** A grant a user holds in an account: a preset role or a custom set. */
const grantProperties = {
  accountId: Type.String(),
  userId: Type.String(),
  role: Nullable(RoleKey),
  permissions: PermissionList,
}

/** What accepting an invitation grants. */
export const AcceptedInvitation = Type.Object(grantProperties)
export type AcceptedInvitation = Static<typeof AcceptedInvitation>

export const Membership = Type.Object({
  ...grantProperties,
  createdAt: Timestamp,
  abilities: MemberAbilities,
})
export type Membership = Static<typeof Membership>

/** A member's access to one account of the tree (the Accounts tab). */
export const TreeAccess = Type.Object({
  ...Account.properties,
  via: Nullable(Via),
  role: Nullable(RoleKey),
})
export type TreeAccess = Static<typeof TreeAccess>

export const TreeAccessList = Type.Object({ items: Type.Array(TreeAccess) })

export const Invitation = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  email: Type.String(),
  role: Nullable(RoleKey),
  permissions: Nullable(Type.Array(Type.String(), { description: 'the custom set, if no role' })),
  invitedBy: Type.String(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
})
export type Invitation = Static<typeof Invitation>

export const InvitationList = Type.Object({ items: Type.Array(Invitation) })

export const CreatedInvitation = Type.Object({
  ...Invitation.properties,
  token: Type.String({ description: 'the single-use token; shown only now' }),
  acceptUrl: Type.String({ description: 'the link the invitee was mailed' }),
})
export type CreatedInvitation = Static<typeof CreatedInvitation>

const ConnectionType = Type.Union([Type.Literal('access_others'), Type.Literal('grant_access')])

export const Connection = Type.Object({
  id: Type.String(),
  type: ConnectionType,
  accountId: Type.String(),
  userId: Type.String({ description: 'the connected user' }),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('active'),
    Type.Literal('declined'),
    Type.Literal('ended'),
    Type.Literal('expired'),
  ]),
  role: Nullable(RoleKey),
  permissions: PermissionList,
  expiresAt: Nullable(Timestamp),
  requestedBy: Type.String(),
  createdAt: Timestamp,
  abilities: Type.Object(
    {
      accept: Type.Boolean({
        description: 'account side, pending: its role is within what the caller may grant',
      }),
      decline: Type.Boolean({ description: 'account side, pending' }),
      change: Type.Boolean({
        description:
          'account side, pending or active: its permissions are a strict subset of the caller’s (the new role must be too)',
      }),
      end: Type.Boolean({ description: 'either side, pending or active (the user leaving)' }),
    },
    { description: 'What the caller may do to the connection from their side' },
  ),
})
export type Connection = Static<typeof Connection>

/** A listed connection, with the names of its two sides (src/accounts/connection-people.ts). */
export const ConnectionListItem = Type.Object({
  ...Connection.properties,
  userName: Type.String({ description: 'the connected user' }),
  userEmail: Type.String({ description: 'the connected user' }),
  accountName: Type.String({ description: 'the account it leads to' }),
})
export type ConnectionListItem = Static<typeof ConnectionListItem>

export const ConnectionList = Type.Object({
  items: Type.Array(ConnectionListItem, { description: 'newest first' }),
  nextCursor: Nullable(
    Type.String({ description: 'pass as `cursor` for the next page; null on the last page' }),
  ),
})

/** The same answer whether or not the email leads anywhere. */
export const ConnectionRequestSent = Type.Object({
  type: ConnectionType,
  email: Type.String(),
  accountId: Type.Optional(Type.String({ description: 'grant_access: the account' })),
  status: Type.Literal('sent'),
})
export type ConnectionRequestSent = Static<typeof ConnectionRequestSent>

export const TeamMember = Type.Object({
  accountId: Type.String(),
  accountName: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('active')]),
  invitedBy: Nullable(Type.String()),
  createdAt: Timestamp,
})
export type TeamMember = Static<typeof TeamMember>

/** What the acting account may do in the team (src/access/policies/teams.ts). */
export const TeamAbilities = Type.Object({
  invite: Type.Boolean(),
  accept: Type.Boolean(),
  leave: Type.Boolean({ description: 'leave, or decline while invited' }),
  removeOthers: Type.Boolean(),
})

export const Team = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdBy: Type.String(),
  createdAt: Timestamp,
  members: Type.Array(TeamMember, {
    description: 'active accounts, and the acting account while it is invited (pending)',
  }),
  abilities: TeamAbilities,
})
export type Team = Static<typeof Team>

export const TeamList = Type.Object({ items: Type.Array(Team) })

/** The same answer whether or not the email leads to an account. */
export const TeamInvitationSent = Type.Object({
  email: Type.String(),
  status: Type.Literal('sent'),
})
export type TeamInvitationSent = Static<typeof TeamInvitationSent>
