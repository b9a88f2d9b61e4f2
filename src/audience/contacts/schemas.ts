import { Type } from 'typebox'
import { Channel, DateTime, List, Nullable, Page } from '../schemas.js'

/** Contacts, their custom fields, history and consent. */

const SubscriptionStatus = Type.Union(
  [Type.Literal('subscribed'), Type.Literal('unsubscribed'), Type.Literal('pending')],
  { description: 'pending: double opt-in, waiting for the contact to confirm (email only)' },
)

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

/**
 * Seed 003: a contact a parent account shared with this sub-account, in its contact list — the
 * basic data only, read-only here (its owner account changes it).
 */
export const SharedInContact = Type.Object(
  {
    ...SharedContact.properties,
    shared: Type.Literal(true),
    ownerAccountId: Type.String({ description: 'the account that owns the contact' }),
  },
  { description: 'A contact shared in by an ancestor account: basic data only, read-only' },
)

/** What a contact read answers: an own contact, or one shared in (`shared: true`). */
export const VisibleContact = Type.Union([Contact, SharedInContact])

export const ContactPage = Page(VisibleContact)

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

export const BulkDeleted = Type.Object({ deleted: Type.Integer({ minimum: 0 }) })

export const BulkUpdated = Type.Object({
  affected: Type.Integer({
    minimum: 0,
    description: 'contacts changed (already in the group or tagged: not counted)',
  }),
})

export const ContactCount = Type.Object({ count: Type.Integer({ minimum: 0 }) })

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

// Consent

export const OptIn = Type.Union([Type.Literal('single'), Type.Literal('double')])

export const ConsentSettings = Type.Object({ optIn: OptIn })
