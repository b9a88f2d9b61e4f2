import { type TSchema, Type } from 'typebox'

/** What the inbox routes answer and take (issue 19). Presenters return `Static<typeof X>`. */

const Timestamp = () => Type.String({ format: 'date-time' })
const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {})

export const InboxChannel = Type.Union([Type.Literal('email'), Type.Literal('sms')])
export const ThreadStatus = Type.Union([Type.Literal('open'), Type.Literal('done')])

/** The most an SMS answer may be: ten concatenated parts of GSM-7 (153 each) is 1,530. */
export const MAX_SMS_CHARS = 1600
export const MAX_SMS_PARTS = 10
/** An email answer's text, in characters (about 100 KB). */
export const MAX_EMAIL_CHARS = 100_000

const Ability = Type.Object(
  {
    allowed: Type.Boolean(),
    reason: Type.Optional(Type.String({ description: 'Why not, when not allowed' })),
  },
  { additionalProperties: false },
)

export const ThreadContact = Type.Object(
  {
    id: Type.String(),
    firstName: Nullable(Type.String()),
    lastName: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
  },
  { description: 'The account’s contact with the address; null without contacts.view or none' },
)

export const Assignee = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  email: Type.String(),
})

export const ThreadSummary = Type.Object({
  id: Type.String(),
  channel: InboxChannel,
  address: Type.String({ description: 'The contact’s side: an email address or an E.164 number' }),
  subject: Nullable(Type.String()),
  status: ThreadStatus,
  unread: Type.Integer({ minimum: 0, description: 'Messages received since it was last read' }),
  lastMessageAt: Timestamp(),
  excerpt: Type.String({ description: 'The start of the latest message, as text' }),
  lastDirection: Nullable(Type.Union([Type.Literal('in'), Type.Literal('out')])),
  assignedTo: Nullable(Assignee),
  contact: Nullable(ThreadContact),
})

export const ThreadList = Type.Object({
  items: Type.Array(ThreadSummary, { description: 'Newest activity first' }),
  nextCursor: Nullable(Type.String()),
})

export const Thread = Type.Object({
  ...ThreadSummary.properties,
  createdAt: Timestamp(),
  abilities: Type.Object(
    {
      replyBySms: Ability,
      replyByEmail: Ability,
      assign: Type.Boolean(),
      markDone: Type.Boolean(),
    },
    {
      description:
        'What the caller may do with the thread now, from their permissions and its state',
    },
  ),
})

export const MessageStatus = Type.Union([
  Type.Literal('received'),
  Type.Literal('queued'),
  Type.Literal('sent'),
  Type.Literal('failed'),
])

export const InboxMessage = Type.Object({
  id: Type.String(),
  threadId: Type.String(),
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  channel: InboxChannel,
  from: Type.String(),
  to: Type.String(),
  subject: Nullable(Type.String()),
  body: Type.String({ description: 'Plain text, never markup' }),
  status: MessageStatus,
  error: Nullable(Type.String({ description: 'Why an answer failed' })),
  sentBy: Nullable(Type.String({ description: 'The member who sent an answer' })),
  campaignId: Nullable(Type.String({ description: 'The campaign a reply answers, when known' })),
  auth: Nullable(
    Type.Record(Type.String(), Type.Unknown(), {
      description: 'SPF/DKIM/DMARC verdicts of inbound mail',
    }),
  ),
  parts: Nullable(Type.Integer({ description: 'SMS parts an answer took (its credits)' })),
  createdAt: Timestamp(),
})

export const MessagePage = Type.Object({
  items: Type.Array(InboxMessage, { description: 'Oldest first' }),
  nextCursor: Nullable(Type.String()),
})

export const UnreadCount = Type.Object({
  threads: Type.Integer({ minimum: 0, description: 'Open threads with unread messages' }),
  messages: Type.Integer({ minimum: 0, description: 'Unread messages in open threads' }),
})

export const AssigneeList = Type.Object({
  items: Type.Array(Assignee, { description: 'Members who hold inbox.view here' }),
})

export const ThreadQuery = Type.Object({
  status: Type.Optional(ThreadStatus),
  assigned: Type.Optional(
    Type.Union([Type.Literal('me'), Type.Literal('anyone'), Type.Literal('unassigned')], {
      description: 'me, anyone (default) or unassigned',
    }),
  ),
  channel: Type.Optional(InboxChannel),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
})

export const MessageQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
})

export const ThreadPatch = Type.Object(
  {
    status: Type.Optional(ThreadStatus),
    assignedTo: Type.Optional(Nullable(Type.String(), 'A member’s user id, or null to unassign')),
    read: Type.Optional(Type.Literal(true, { description: 'Mark every message read' })),
  },
  { additionalProperties: false },
)

export const ReplyInput = Type.Object(
  {
    channel: InboxChannel,
    body: Type.String({ minLength: 1, maxLength: MAX_EMAIL_CHARS }),
    subject: Type.Optional(Type.String({ maxLength: 998 })),
    from: Type.Optional(
      Type.String({
        maxLength: 320,
        description:
          'Email: one of the account’s verified senders (default: the campaign’s, else the first). SMS: a number or up to 11 letters (default: the one the contact texted)',
      }),
    ),
  },
  { additionalProperties: false },
)

export const SingleMessageInput = Type.Object(
  {
    to: Type.String({ maxLength: 32, description: 'An E.164 number' }),
    body: Type.String({ minLength: 1, maxLength: MAX_SMS_CHARS }),
    from: Type.Optional(
      Type.String({ maxLength: 32, description: 'The SMS sender: a number or up to 11 letters' }),
    ),
  },
  { additionalProperties: false },
)
