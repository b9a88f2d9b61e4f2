import { Type } from 'typebox'
import { Channel, DateTime, List } from '../schemas.js'

export const BlocklistEntry = Type.Object({
  channel: Channel,
  address: Type.String({ description: 'normalised: a lower-case email or an E.164 number' }),
  reason: Type.String(),
  createdAt: DateTime,
})

export const Blocklist = List(BlocklistEntry)

export const SuppressionCheck = Type.Object({
  channel: Channel,
  address: Type.String({ description: 'the address as normalised' }),
  allowed: Type.Boolean(),
  reason: Type.Optional(
    Type.Union(
      [
        Type.Literal('unsubscribed'),
        Type.Literal('blocklisted'),
        Type.Literal('hard_bounce'),
        Type.Literal('complaint'),
      ],
      { description: 'why not, when allowed is false (bounces and complaints: every account)' },
    ),
  ),
})
