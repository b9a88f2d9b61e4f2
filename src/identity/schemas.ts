import { type Static, Type } from 'typebox'
import { AcceptedInvitation, Nullable, RoleKey, Via } from '../accounts/schemas.js'

/** The answers of the sign-up, sign-in and `/me` routes. */

const Timestamp = Type.String({ format: 'date-time' })
const CsrfToken = Type.String({ description: 'send it back in the x-csrf-token header' })

export const PublicUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  twoFactorEnabled: Type.Boolean(),
  emailConfirmed: Type.Boolean({
    description: 'others find the user by email only once it is confirmed',
  }),
  notifications: Type.Boolean({ description: 'non-security notification emails on or off' }),
  createdAt: Timestamp,
})
export type PublicUser = Static<typeof PublicUser>

const AccountSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  parentId: Nullable(Type.String()),
  level: Type.Integer(),
})

const ReachableAccount = Type.Object({
  ...AccountSummary.properties,
  role: Nullable(RoleKey),
  via: Via,
})

export const SignedUp = Type.Object({
  user: PublicUser,
  account: AccountSummary,
  csrfToken: CsrfToken,
})

export const SignedIn = Type.Object({ user: PublicUser, csrfToken: CsrfToken })

export const SignedUpByInvitation = Type.Object({
  user: PublicUser,
  membership: AcceptedInvitation,
  csrfToken: CsrfToken,
})

export const Me = Type.Object({
  user: PublicUser,
  accounts: Type.Array(ReachableAccount, { description: 'every account the user can reach' }),
  csrfToken: CsrfToken,
})

export const Profile = Type.Object({ user: PublicUser })

/** A 202: the request is taken; what it leads to is not told (no enumeration). */
export const Accepted = Type.Object({ status: Type.String() })

export const Session = Type.Object({
  id: Type.String(),
  current: Type.Boolean({ description: 'the session making this request' }),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  expiresAt: Timestamp,
  endedAt: Nullable(Timestamp),
  endReason: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
})
export type Session = Static<typeof Session>

export const SessionList = Type.Object({ items: Type.Array(Session) })

export const TwoFactorSetup = Type.Object({
  secret: Type.String(),
  otpauthUrl: Type.String({ description: 'for an authenticator app’s QR code' }),
})

export const RecoveryCodes = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: 'single-use; shown only now' }),
})
