import { type Static, Type } from 'typebox'
import { DateTime, List, Nullable, Page } from '../audience/schemas.js'

/** Custom events and inbound integrations: what their routes take and answer. */

const EventName = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'letters, digits and _ . : - (e.g. order_placed, cart:abandoned)',
})

export const PostEventBody = Type.Object(
  {
    contactEmail: Type.Optional(
      Type.String({ maxLength: 320, description: 'the contact’s email address' }),
    ),
    contactId: Type.Optional(Type.String({ maxLength: 64, description: 'or the contact’s id' })),
    name: EventName,
    properties: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description: 'what happened, as a JSON object of at most 16 KB and 8 levels',
      }),
    ),
    key: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          'a key such as an order id: an event of the same name and key counts once in the account',
      }),
    ),
  },
  { additionalProperties: false },
)
export type PostEventBody = Static<typeof PostEventBody>

export const PostedEvent = Type.Object({
  id: Type.String({ description: 'the event’s id; for a duplicate, the first event’s' }),
  duplicate: Type.Boolean({ description: 'an event of this name and key was posted before' }),
})

export const CustomEvent = Type.Object({
  id: Type.String(),
  contactId: Type.String(),
  name: Type.String(),
  properties: Type.Record(Type.String(), Type.Unknown()),
  key: Nullable(Type.String()),
  source: Type.String({ description: '`api`, or `integration:<inbound endpoint id>`' }),
  createdAt: DateTime,
})
export type CustomEvent = Static<typeof CustomEvent>

export const CustomEventPage = Page(CustomEvent)

const Path = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'a key of the posted JSON, dotted for nested objects (customer.email, items.0.sku)',
})

export const FieldMapping = Type.Object(
  {
    from: Path,
    to: Type.String({
      minLength: 1,
      maxLength: 80,
      description: 'email, phone, firstName, lastName, or fields.<custom field key>',
    }),
  },
  { additionalProperties: false },
)

export const Mapping = Type.Object(
  {
    fields: Type.Array(FieldMapping, { maxItems: 50 }),
    eventName: Type.Optional(Nullable(EventName)),
    eventNamePath: Type.Optional(Nullable(Path)),
    keyPath: Type.Optional(Nullable(Path)),
  },
  {
    additionalProperties: false,
    description:
      'posted keys → contact fields; for events, the event name (fixed, or read from a path) and the path of its key',
  },
)
export type Mapping = Static<typeof Mapping>

const StoredMapping = Type.Object({
  fields: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  eventName: Nullable(Type.String()),
  eventNamePath: Nullable(Type.String()),
  keyPath: Nullable(Type.String()),
})

const Kind = Type.Union([Type.Literal('contacts'), Type.Literal('events')], {
  description:
    'contacts: each post adds or completes a contact; events: each post records an event',
})

const EndpointSettings = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  mapping: Mapping,
  groupId: Type.Optional(
    Nullable(Type.String({ description: 'a group new posts’ contacts join' })),
  ),
  tags: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      maxItems: 20,
      description: 'tags given to the posts’ contacts',
    }),
  ),
}

export const CreateInboundBody = Type.Object(
  { ...EndpointSettings, kind: Kind },
  { additionalProperties: false },
)
export type CreateInboundBody = Static<typeof CreateInboundBody>

export const UpdateInboundBody = Type.Object(
  {
    name: Type.Optional(EndpointSettings.name),
    mapping: Type.Optional(Mapping),
    groupId: EndpointSettings.groupId,
    tags: EndpointSettings.tags,
    enabled: Type.Optional(
      Type.Boolean({ description: 'false: the URL answers 404 until enabled again' }),
    ),
  },
  { additionalProperties: false },
)
export type UpdateInboundBody = Static<typeof UpdateInboundBody>

export const InboundEndpoint = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Kind,
  mapping: StoredMapping,
  groupId: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  createdBy: Type.String({ description: 'the user whose permissions cap what posts may do' }),
  createdAt: DateTime,
  updatedAt: DateTime,
  lastPostAt: Nullable(DateTime),
})
export type InboundEndpoint = Static<typeof InboundEndpoint>

export const InboundEndpointList = List(InboundEndpoint)

export const InboundEndpointWithUrl = Type.Object({
  ...InboundEndpoint.properties,
  url: Type.String({ description: 'the secret URL to post to, shown only now' }),
})
export type InboundEndpointWithUrl = Static<typeof InboundEndpointWithUrl>

const Outcome = Type.Union([
  Type.Literal('accepted'),
  Type.Literal('duplicate'),
  Type.Literal('refused'),
])

export const InboundLogEntry = Type.Object({
  id: Type.String(),
  at: DateTime,
  outcome: Outcome,
  reason: Nullable(Type.String({ description: 'why a post was refused' })),
  excerpt: Type.String({ description: 'the start of what was posted' }),
  contactId: Nullable(Type.String()),
  eventId: Nullable(Type.String()),
})
export type InboundLogEntry = Static<typeof InboundLogEntry>

export const InboundLogPage = Page(InboundLogEntry)

export const InboundReceipt = Type.Object({
  outcome: Type.Union([Type.Literal('accepted'), Type.Literal('duplicate')]),
  contactId: Type.String(),
  eventId: Nullable(Type.String()),
})
export type InboundReceipt = Static<typeof InboundReceipt>
