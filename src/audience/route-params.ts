import { Type } from 'typebox'

/** What the audience routes' inputs share: ids, the account and group in the path. */

/** Bodies are closed: a field a route does not know is refused, not ignored. */
export const closed = { additionalProperties: false } as const
export const Id = Type.String({ maxLength: 64 })
export const AccountParams = Type.Object({ accountId: Type.String() })
export const GroupParams = Type.Object({ accountId: Type.String(), groupId: Type.String() })
