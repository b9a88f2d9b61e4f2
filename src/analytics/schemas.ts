import { type Static, Type } from 'typebox'

/** The answers of the analytics routes: one set of figures, per account, summed, or per day. */

const Count = Type.Integer({ minimum: 0 })
const Timestamp = Type.String({ format: 'date-time' })

export const Figures = Type.Object(
  {
    campaigns: Type.Integer({ minimum: 0, description: 'campaigns launched in the range' }),
    recipients: Type.Integer({ minimum: 0, description: 'their recipients, fixed at launch' }),
    sent: Count,
    failed: Count,
    delivered: Count,
    opened: Count,
    clicked: Count,
    bounced: Count,
    complained: Count,
    unsubscribed: Count,
  },
  {
    description:
      'the campaigns launched in the range and what became of their messages; each event counts a contact once per campaign',
  },
)
export type Figures = Static<typeof Figures>

export const RangeQuery = Type.Object({
  from: Type.Optional(
    Type.String({ format: 'date-time', description: 'default: 30 days before to' }),
  ),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'default: now' })),
})
export type RangeQuery = Static<typeof RangeQuery>

const Range = { from: Timestamp, to: Timestamp }

export const AccountFigures = Type.Object({
  accountId: Type.String(),
  accountName: Type.String(),
  figures: Figures,
})

export const AccountsReport = Type.Object({
  ...Range,
  accounts: Type.Array(AccountFigures, { description: 'by account name' }),
  total: Figures,
})
export type AccountsReport = Static<typeof AccountsReport>

export const DailyFigures = Type.Object({
  day: Type.String({ format: 'date', description: 'a UTC day' }),
  sent: Count,
  opened: Count,
  clicked: Count,
  bounced: Count,
})

export const OverviewReport = Type.Object({
  ...Range,
  figures: Figures,
  daily: Type.Array(DailyFigures, {
    description:
      'messages sent and contacts who opened, clicked or bounced, per UTC day, of the campaigns launched in the range',
  }),
})
export type OverviewReport = Static<typeof OverviewReport>
