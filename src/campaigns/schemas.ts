import { type Static, type TSchema, Type } from 'typebox'

/**
 * What the campaign, report and credit routes answer (src/campaigns/routes.ts, credit-routes.ts).
 * The presenters return `Static<typeof …>` of these, so the document, the serialiser and the code
 * cannot drift apart.
 */

const DateTime = Type.String({ format: 'date-time' })
const Count = Type.Integer({ minimum: 0 })
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** A keyset page: `nextCursor` is null on the last page. */
const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: nullable(Type.String({ description: 'pass as `cursor` for the next page' })),
  })

export const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms')])

export const CampaignStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('pending_approval'),
  Type.Literal('scheduled'),
  Type.Literal('sending'),
  Type.Literal('paused'),
  Type.Literal('sent'),
  Type.Literal('terminated'),
])

/**
 * A campaign's report data (SPEC §2 "own message data"): shown with reports.view or on one's own
 * campaigns; to an approver without reports.view only `recipients`, and only while the campaign
 * waits for approval. Otherwise the fields are left out of the answer.
 */
const reportFigures = {
  recipients: Type.Optional(
    Type.Integer({
      minimum: 0,
      description:
        'recipients fixed at submission or launch (0 before). Left out without reports.view on ' +
        "another's campaign, except for an approver while it waits for approval",
    }),
  ),
  creditsReserved: Type.Optional(
    Type.Integer({
      minimum: 0,
      description:
        "credits taken from the balance at launch. Left out without reports.view on another's campaign",
    }),
  ),
  creditsUsed: Type.Optional(
    Type.Integer({
      minimum: 0,
      description:
        "credits spent on messages sent. Left out without reports.view on another's campaign",
    }),
  ),
}

const can = (description: string) => Type.Boolean({ description })

/**
 * What the caller may do with the campaign now: the same policies the routes enforce (permission,
 * own campaigns, SMS, self-approval, own reports) and the same lifecycle table (SPEC §5). A request
 * the flag says no to is refused; one it says yes to is not refused for access or state (its
 * content may still be invalid, e.g. no audience).
 */
export const CampaignAbilities = Type.Object(
  {
    edit: can('PATCH: a draft, or one waiting for approval or scheduled (it returns to draft)'),
    send: can('POST …/send: a draft'),
    unschedule: can('POST …/unschedule: scheduled (it returns to draft, its credits back)'),
    sendDirect: can('send launches (or schedules) it without waiting for approval'),
    approve: can(
      'POST …/approve and …/decline: waiting for approval, and not one’s own submission',
    ),
    pause: can('POST …/pause: sending or scheduled'),
    resume: can('POST …/resume: paused'),
    terminate: can('POST …/terminate: sending, scheduled or paused'),
    delete: can('DELETE: not while scheduled, sending or paused'),
    viewReport: can('GET …/report: any status'),
    exportReport: can('GET …/report/export: any status'),
  },
  { description: 'What the caller may do with this campaign now' },
)
export type CampaignAbilities = Static<typeof CampaignAbilities>

/**
 * Every field of a campaign answer, in one place: a field added here (e.g. `abilities`) appears in
 * every operation that answers a campaign — get, list, create, edit, send, approve, decline,
 * pause, resume, terminate — and `presentCampaign` must then fill it (tsc says so).
 */
const campaignFields = {
  id: Type.String(),
  accountId: Type.String(),
  name: Type.String(),
  channel: Channel,
  status: CampaignStatus,
  subject: Type.String(),
  previewText: nullable(
    Type.String({ description: 'what inboxes show after the subject (email); null when none' }),
  ),
  from: Type.String({ description: 'a sender address (email) or an SMS sender; empty until set' }),
  fromName: Type.String(),
  html: Type.String(),
  text: Type.String(),
  templateId: nullable(Type.String({ description: 'the template the content was taken from' })),
  groupIds: Type.Array(Type.String()),
  segmentIds: Type.Array(Type.String()),
  scheduledAt: nullable(DateTime),
  createdBy: nullable(Type.String({ description: 'the user who created it (its "own" user)' })),
  submittedBy: nullable(Type.String({ description: 'who sent it for approval or launched it' })),
  approvedBy: nullable(Type.String()),
  declineReason: nullable(Type.String({ description: 'why the last approver declined it' })),
  ...reportFigures,
  createdAt: DateTime,
  updatedAt: DateTime,
  launchedAt: nullable(DateTime),
  finishedAt: nullable(DateTime),
  abilities: CampaignAbilities,
}

export const Campaign = Type.Object(campaignFields, { description: 'A campaign' })
export type Campaign = Static<typeof Campaign>

export const CampaignPage = pageOf(Campaign)

export const CampaignReport = Type.Object(
  {
    campaignId: Type.String(),
    status: CampaignStatus,
    recipients: Count,
    queued: Type.Integer({ minimum: 0, description: 'not sent yet (waiting or being sent)' }),
    sent: Count,
    delivered: Count,
    bounced: Count,
    complained: Count,
    opened: Count,
    clicked: Count,
    unsubscribed: Count,
    failed: Count,
    skipped: Type.Integer({ minimum: 0, description: 'not sent: the campaign ended first' }),
    creditsReserved: Count,
    creditsUsed: Count,
    sentLastMinute: Type.Integer({
      minimum: 0,
      description: 'messages sent in the last minute: the sending rate while it sends',
    }),
    links: Type.Array(
      Type.Object({
        position: Type.Integer({ minimum: 0, description: 'its place among the links, from 0' }),
        url: Type.String(),
        clicks: Type.Integer({ minimum: 0, description: 'recipients who clicked it' }),
      }),
      { description: 'every tracked link of the email, in the order of the message' },
    ),
  },
  { description: 'Counts by recipient status and by event, the credits and the links clicked' },
)
export type CampaignReport = Static<typeof CampaignReport>

const timelineCounts = {
  sent: Count,
  delivered: Count,
  opened: Count,
  clicked: Count,
  bounced: Count,
  complained: Count,
  unsubscribed: Count,
}

export const TimelineBucket = Type.Union([Type.Literal('hour'), Type.Literal('day')])

export const CampaignTimeline = Type.Object(
  {
    bucket: TimelineBucket,
    points: Type.Array(Type.Object({ at: DateTime, ...timelineCounts }), {
      description: 'buckets with something in them, oldest first',
    }),
  },
  { description: 'Sends and engagements over time, per hour or per day (UTC)' },
)
export type CampaignTimeline = Static<typeof CampaignTimeline>

export const CampaignEstimate = Type.Object(
  {
    recipients: Type.Integer({
      minimum: 0,
      description: 'who a launch now would reach, after suppressions and de-duplication',
    }),
    sms: Type.Optional(
      Type.Object({
        encoding: Type.Union([Type.Literal('gsm7'), Type.Literal('ucs2')]),
        units: Type.Integer({
          minimum: 0,
          description: 'characters as counted (GSM-7 septets or UTF-16 units)',
        }),
        parts: Type.Integer({ minimum: 1 }),
        perPart: Type.Integer({ minimum: 1, description: 'characters one part holds' }),
      }),
    ),
    credits: Type.Integer({
      minimum: 0,
      description: 'credits a launch would reserve: one per email, the parts per SMS',
    }),
  },
  { description: 'What a campaign would reach and cost, before it is sent' },
)
export type CampaignEstimate = Static<typeof CampaignEstimate>

const RecipientStatus = Type.Union([
  Type.Literal('queued'),
  Type.Literal('claimed'),
  Type.Literal('sent'),
  Type.Literal('skipped'),
  Type.Literal('failed'),
])

const EventKind = Type.Union([
  Type.Literal('delivered'),
  Type.Literal('opened'),
  Type.Literal('clicked'),
  Type.Literal('bounced'),
  Type.Literal('complained'),
  Type.Literal('unsubscribed'),
])

export const ReportRecipient = Type.Object({
  contactId: Type.String(),
  address: Type.String({ description: 'email address or E.164 phone, by channel' }),
  status: RecipientStatus,
  sentAt: nullable(DateTime),
  error: nullable(Type.String({ description: 'why it failed or was skipped' })),
  events: Type.Array(EventKind, { description: 'what happened to the message, each kind once' }),
})
export type ReportRecipient = Static<typeof ReportRecipient>

export const ReportRecipientPage = pageOf(ReportRecipient)

/** A file download, streamed. */
export const CsvFile = {
  description: 'CSV file',
  content: { 'text/csv': { schema: { type: 'string' } } },
}

/** Message HTML, for a sandboxed iframe only. */
export const HtmlPage = {
  description: 'HTML, served with a sandboxing Content-Security-Policy',
  content: { 'text/html': { schema: { type: 'string' } } },
}

const perChannel = (description: string) =>
  Type.Object({ email: Count, sms: Count }, { description })

/** The balances shown under billing.manage (or to an operator of the installation). */
export const Balances = Type.Object({
  email: Count,
  sms: Count,
  reserved: perChannel('credits held by launched campaigns and not spent yet'),
})
export type Balances = Static<typeof Balances>

/** CHORUS_CREDITS=unlimited: nothing is metered, so there is no balance to show. */
const UnlimitedBalances = Type.Object({
  email: Type.Literal('unlimited'),
  sms: Type.Literal('unlimited'),
})

/** An account's own view of its credits (billing.manage). */
export const AccountBalances = Type.Union([Balances, UnlimitedBalances], {
  description: 'the balances, or `unlimited` where the installation does not meter',
})

export const CreditReason = Type.Union([
  Type.Literal('signup'),
  Type.Literal('top_up'),
  Type.Literal('allocation'),
  Type.Literal('reserve'),
  Type.Literal('release'),
  Type.Literal('test_send'),
  Type.Literal('email_to_sms'),
  Type.Literal('single_message'),
])

export const LedgerEntry = Type.Object({
  id: Type.String(),
  channel: Channel,
  amount: Type.Integer({ description: 'positive into the balance, negative out of it' }),
  balanceAfter: Count,
  reason: CreditReason,
  campaignId: nullable(Type.String()),
  counterpartAccountId: nullable(
    Type.String({ description: 'the other side of an allocation between parent and sub-account' }),
  ),
  actorUserId: nullable(Type.String()),
  at: DateTime,
})
export type LedgerEntry = Static<typeof LedgerEntry>

export const LedgerPage = pageOf(LedgerEntry)

export const TopUpRequested = Type.Object({
  notified: Type.Integer({ minimum: 0, description: 'how many operators were emailed' }),
})
