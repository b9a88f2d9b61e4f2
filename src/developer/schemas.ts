import { type Static, Type } from 'typebox'
import { AccessPath, Nullable, PermissionList } from '../accounts/schemas.js'

/** The answers of the API key and audit log routes. */

const Timestamp = Type.String({ format: 'date-time' })

export const ApiKey = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  name: Type.String(),
  permissions: PermissionList,
  createdBy: Type.String({ description: 'the user whose permissions cap the key’s' }),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Type.String({ format: 'date-time', description: 'to the minute' })),
})
export type ApiKey = Static<typeof ApiKey>

export const ApiKeyList = Type.Object({ items: Type.Array(ApiKey) })

export const CreatedApiKey = Type.Object({
  ...ApiKey.properties,
  key: Type.String({ description: 'the secret key, shown only now' }),
})
export type CreatedApiKey = Static<typeof CreatedApiKey>

/** An access path as the log keeps it: without the permissions, which change later. */
const LoggedPath = Type.Pick(AccessPath, ['kind', 'accountId', 'role'])

export const AuditEntry = Type.Object({
  id: Type.String({ description: 'the entry’s sequence number; the cursor of the next page' }),
  at: Timestamp,
  actor: Type.Object({
    userId: Nullable(Type.String()),
    kind: Type.Union([Type.Literal('user'), Type.Literal('api_key'), Type.Literal('system')]),
    email: Nullable(Type.String()),
  }),
  action: Type.String({ description: 'e.g. member.updated, api_key.created' }),
  target: Nullable(Type.Object({ type: Type.String(), id: Type.String() })),
  path: Nullable(
    Type.Array(LoggedPath, { description: 'the access paths that allowed the action' }),
  ),
  details: Nullable(
    Type.Record(Type.String(), Type.Unknown(), { description: 'depends on the action' }),
  ),
  ip: Nullable(Type.String()),
})

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  nextCursor: Nullable(Type.String()),
})
export type AuditPage = Static<typeof AuditPage>

const FilterText = (description: string) =>
  Type.Optional(Type.String({ minLength: 1, maxLength: 254, description }))

/** The filters of the audit log and its CSV export; they combine with "and". */
export const AuditFilterQuery = Type.Object({
  actor: FilterText('a user id, or the email address the user signs in with'),
  action: FilterText('an action (`member.updated`), or its family before the dot (`member`)'),
  targetType: FilterText('e.g. campaign, member, api_key'),
  targetId: FilterText('the target’s id'),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'from this instant on' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'before this instant' })),
})

export const AUDIT_FILTER_DESCRIPTION =
  'Filters (optional, combined with "and"): actor (a user id or email), action (exact, or the family before the dot), targetType, targetId, from (inclusive) and to (exclusive) instants.'
