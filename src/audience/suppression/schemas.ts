import { Type } from 'typebox'
import { Channel, DateTime, List, Nullable, Page } from '../schemas.js'

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

export const Unsubscribe = Type.Object({
  channel: Channel,
  address: Type.String({ description: 'normalised: a lower-case email or an E.164 number' }),
  unsubscribedAt: DateTime,
  how: Type.Union(
    [Type.Literal('link'), Type.Literal('manual'), Type.Literal('provider'), Type.Literal('other')],
    {
      description:
        'link: the unsubscribe link of a campaign; manual: set through the API or the app; provider: reported by the mail or SMS provider',
    },
  ),
  source: Type.String({ description: 'as recorded: api, provider, campaign:<id>…' }),
  campaignId: Nullable(Type.String({ description: 'the campaign whose link was used' })),
  sharedIn: Type.Boolean({
    description: 'the address is a contact shared with this account, through a group or one by one',
  }),
  contactId: Nullable(
    Type.String({
      description: 'the account’s own contact with the address, else the shared-in one',
    }),
  ),
})

export const Unsubscribes = Page(Unsubscribe)

export const LiftedUnsubscribe = Type.Object({
  channel: Channel,
  address: Type.String(),
  lifted: Type.Literal(true),
})
