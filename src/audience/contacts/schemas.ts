import { type TSchema, Type } from 'typebox'

/**
 * The audience API's answers: contacts, custom fields, groups and their shares, tags, segments,
 * consent, the blocklist and suppression, imports. Presenters return `Static<typeof X>` of these,
 * and the contract check holds every answer to them in tests.
 */

const DateTime = Type.String({ format: 'date-time' })
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms')])

const SubscriptionStatus = Type.Union(
  [Type.Literal('subscribed'), Type.Literal('unsubscribed'), Type.Literal('pending')],
  { description: 'pending: double opt-in, waiting for the contact to confirm (email only)' },
)

/** A list answered whole. */
const List = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) })

/** A page of a keyset-paged list. */
const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(
      Type.String({ description: 'pass as `cursor` for the next page; null on the last page' }),
    ),
  })

// Contacts

export const CustomFieldValues = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
  {
    description:
      'custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value',
  },
)

export const Contact = Type.Object({
  id: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String({ description: 'E.164' })),
  firstName: Nullable(Type.String()),
  lastName: Nullable(Type.String()),
  fields: CustomFieldValues,
  emailStatus: SubscriptionStatus,
  smsStatus: SubscriptionStatus,
  groupIds: Type.Array(Type.String(), { description: 'the own groups the contact is in' }),
  tags: Type.Array(Type.String(), { description: 'tag names, in name order' }),
  createdAt: DateTime,
  updatedAt: DateTime,
})

/** SPEC §4: through a share only the basic contact data, never statuses, groups or tags. */
export const SharedContact = Type.Pick(
  Contact,
  ['id', 'email', 'phone', 'firstName', 'lastName', 'fields'],
  { description: 'A contact of a group shared in: the basic data only' },
)

export const ContactPage = Page(Contact)

export const GroupContactPage = Type.Union([Page(Contact), Page(SharedContact)], {
  description: 'Full contacts for an own group; the basic data only through a share',
})

export const HistoryEntry = Type.Object({
  id: Type.String(),
  type: Type.String({
    description:
      'what happened: sent, send_failed, a campaign event (delivered, opened, clicked, bounced, complained, unsubscribed…) or a contact event (consent.confirmed…)',
  }),
  channel: Nullable(Channel),
  at: DateTime,
  details: Nullable(
    Type.Record(Type.String(), Type.Unknown(), {
      description: 'by type; campaign entries name campaignId and campaignName',
    }),
  ),
})

export const ContactHistory = List(HistoryEntry)

/** A lifted unsubscribe of a contact this account reaches through a share. */
export const SharedInResubscription = Type.Object({
  contactId: Type.String(),
  ownerAccountId: Type.String(),
  channel: Channel,
  lifted: Type.Literal(true),
})

export const Resubscription = Type.Union([Contact, SharedInResubscription], {
  description:
    'The contact, when it is the account’s own; for a contact of a shared-in group, the unsubscribe lifted',
})

export const SharedInUnsubscribe = Type.Object({
  contactId: Type.String(),
  ownerAccountId: Type.String({ description: 'the account that owns the contact' }),
  channel: Channel,
  address: Type.String(),
  source: Type.String({ description: 'how the unsubscribe came: campaign, api, import…' }),
  unsubscribedAt: DateTime,
})

export const SharedInUnsubscribes = List(SharedInUnsubscribe)

export const BulkDeleted = Type.Object({ deleted: Type.Integer({ minimum: 0 }) })

export const FieldType = Type.Union([
  Type.Literal('text'),
  Type.Literal('number'),
  Type.Literal('date'),
  Type.Literal('boolean'),
])

export const CustomField = Type.Object({
  key: Type.String(),
  label: Type.String(),
  type: FieldType,
})

export const CustomFields = List(CustomField)

// Groups and shares

export const Group = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  memberCount: Type.Integer({ minimum: 0 }),
  shared: Type.Boolean({ description: 'shared in by its owner account: read-only here' }),
  ownerAccountId: Type.String(),
  createdAt: DateTime,
})

export const Groups = List(Group)

export const Share = Type.Object({
  groupId: Type.String(),
  ownerAccountId: Type.String(),
  accountId: Type.String({ description: 'the account the group is shared with' }),
  accountName: Type.String(),
  basis: Type.Union([Type.Literal('team'), Type.Literal('subaccount')], {
    description: 'a team mate account of a common team, or a sub-account of the owner',
  }),
  teamId: Nullable(Type.String({ description: 'the team the share was made in' })),
  createdBy: Nullable(Type.String({ description: 'the user who shared it' })),
  createdAt: DateTime,
})

export const Shares = List(Share)

// Tags and segments

export const Tag = Type.Object({ id: Type.String(), name: Type.String() })

export const Tags = List(Tag)

export const Filter = Type.Record(Type.String(), Type.Any(), {
  description:
    '{"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged',
})

export const Segment = Type.Object({
  id: Type.String(),
  name: Type.String(),
  filter: Filter,
  createdAt: DateTime,
  updatedAt: DateTime,
})

export const Segments = List(Segment)

export const SegmentCount = Type.Object({ count: Type.Integer({ minimum: 0 }) })

// Consent, blocklist, suppression

export const OptIn = Type.Union([Type.Literal('single'), Type.Literal('double')])

export const ConsentSettings = Type.Object({ optIn: OptIn })

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

// Imports and exports

export const ImportStarted = Type.Object({ importId: Type.String() })

export const ImportRowError = Type.Object({
  row: Type.Integer({ description: '1 is the first data row after the header' }),
  field: Type.Optional(Type.String()),
  message: Type.String(),
})

export const Import = Type.Object({
  id: Type.String(),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
    Type.Literal('cancelled'),
  ]),
  groupId: Nullable(Type.String({ description: 'the group every imported contact joins' })),
  processed: Type.Integer({ description: 'data rows read' }),
  imported: Type.Integer({ description: 'new contacts' }),
  updated: Type.Integer({ description: 'existing contacts updated' }),
  failed: Type.Integer({ description: 'rows refused' }),
  errors: Type.Array(ImportRowError, { description: 'the first 1,000 row errors' }),
  message: Nullable(Type.String({ description: 'why a failed or cancelled import stopped' })),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
})

/** A CSV download, streamed. */
export const CsvFile = {
  description: 'CSV file',
  content: { 'text/csv': { schema: { type: 'string' } } },
} as const

/** A page of the public consent flow (hidden from the API document). */
export const HtmlPage = (description: string) =>
  ({ description, content: { 'text/html': { schema: { type: 'string' } } } }) as const
