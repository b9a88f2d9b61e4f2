import { Type } from 'typebox'

/** What the delivery routes answer: inbound event results and the captured mailbox. */

export const InboundResult = Type.Object({
  applied: Type.Integer({ description: 'Events applied now' }),
  duplicates: Type.Integer({ description: 'Events whose id was applied before (nothing changed)' }),
  unknown: Type.Integer({
    description: 'Events naming nothing Chorus knows (or a soft bounce of a bare address): ignored',
  }),
})

const capturedSummaryFields = {
  id: Type.String(),
  from: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  date: Type.String({ format: 'date-time', description: 'When it was captured' }),
}

export const CapturedMessage = Type.Object({
  ...capturedSummaryFields,
  text: Type.String(),
  html: Type.Union([Type.String(), Type.Null()], { description: 'Null for a text-only message' }),
})

export const CapturedList = Type.Object({
  capturing: Type.Boolean({
    description: 'Mail is captured here now (no SMTP_URL); false when it goes to a mail server',
  }),
  items: Type.Array(Type.Object(capturedSummaryFields), { description: 'Newest first' }),
})

// The public pages a message links to (hidden from the API document, documented all the same)

const html = (description: string) =>
  ({ description, content: { 'text/html': { schema: { type: 'string' } } } }) as const

/** The "this link is not valid" page. */
export const LinkNotValidPage = html('This link is not valid (unknown or malformed token)')

export const UnsubscribePage = html('A page asking to confirm the unsubscribe with a button')

export const UnsubscribedPage = html('The unsubscribe is recorded')

export const TrackingPixel = {
  description: 'A 1×1 transparent GIF, never cached',
  content: { 'image/gif': { schema: { type: 'string', format: 'binary' } } },
} as const

export const LinkRedirect = {
  description: 'To the URL the link of the message points to',
  type: 'null',
} as const
