import { type Static, Type } from 'typebox'
import { DateTime, List, Nullable } from '../audience/schemas.js'

/** Sign-up forms: what their routes take and answer. */

export const FormField = Type.Object(
  {
    field: Type.String({
      minLength: 1,
      maxLength: 64,
      description:
        'email, firstName, lastName, phone, or the key of one of the account’s custom fields',
    }),
    label: Type.String({ minLength: 1, maxLength: 200 }),
    help: Type.String({ maxLength: 500, default: '' }),
    required: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
)
export type FormField = Static<typeof FormField>

const FormSettings = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  fields: Type.Array(FormField, {
    minItems: 1,
    maxItems: 50,
    description: 'the fields shown, in order; email is always one of them (and required)',
  }),
  groupIds: Type.Array(Type.String({ maxLength: 64 }), {
    maxItems: 20,
    description: 'groups of the account a submission joins',
  }),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
    maxItems: 20,
    description: 'tags a submission adds (a new name needs tags.manage)',
  }),
  consentText: Type.String({ maxLength: 2000, description: 'shown above the button and recorded' }),
  thankYou: Type.String({ maxLength: 2000, description: 'shown after submitting (no redirect)' }),
  redirectUrl: Nullable(
    Type.String({
      maxLength: 2000,
      description: 'after submitting, a 303 to this address; its origin must be in redirectOrigins',
    }),
  ),
  redirectOrigins: Type.Array(Type.String({ maxLength: 300 }), {
    maxItems: 20,
    description: 'the allow-list of origins (https://example.com) a redirect may go to',
  }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
}

export const CreateFormBody = Type.Object(
  {
    name: FormSettings.name,
    fields: Type.Optional(FormSettings.fields),
    groupIds: Type.Optional(FormSettings.groupIds),
    tags: Type.Optional(FormSettings.tags),
    consentText: Type.Optional(FormSettings.consentText),
    thankYou: Type.Optional(FormSettings.thankYou),
    redirectUrl: Type.Optional(FormSettings.redirectUrl),
    redirectOrigins: Type.Optional(FormSettings.redirectOrigins),
    status: Type.Optional(FormSettings.status),
  },
  { additionalProperties: false },
)
export type CreateFormBody = Static<typeof CreateFormBody>

export const UpdateFormBody = Type.Partial(CreateFormBody, { additionalProperties: false })
export type UpdateFormBody = Static<typeof UpdateFormBody>

export const FormCounts = Type.Object({
  views: Type.Integer({ description: 'hosted page views' }),
  submissions: Type.Integer({ description: 'submissions processed (held ones once approved)' }),
  confirmations: Type.Integer({ description: 'double opt-in confirmed after a submission' }),
  held: Type.Integer({ description: 'submissions waiting for a review' }),
})

export const Form = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('signup'), Type.Literal('survey')]),
  ...FormSettings,
  url: Type.String({ description: 'the hosted page' }),
  counts: FormCounts,
  createdAt: DateTime,
  updatedAt: DateTime,
})
export type Form = Static<typeof Form>

export const FormList = List(Form)

export const FormEmbed = Type.Object({
  html: Type.String({ description: 'a plain HTML form posting to the hosted page' }),
  script: Type.String({ description: 'the optional script tag (proof of work, inline errors)' }),
})

export const HeldSubmission = Type.Object({
  id: Type.String(),
  reason: Type.String({ description: 'why it was held' }),
  data: Type.Record(Type.String(), Type.String(), { description: 'what was typed' }),
  ip: Nullable(Type.String()),
  createdAt: DateTime,
})
export const HeldSubmissionList = List(HeldSubmission)

export const ReviewDecision = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('processed'), Type.Literal('discarded')]),
  contactId: Nullable(Type.String()),
})

export const SubmissionReceipt = Type.Object({
  outcome: Type.Union([Type.Literal('accepted'), Type.Literal('held')]),
  message: Type.String({ description: 'the thank-you message' }),
  redirectUrl: Nullable(Type.String()),
})

export const PublicSubmissionBody = Type.Record(Type.String({ maxLength: 100 }), Type.String(), {
  maxProperties: 60,
  description:
    'the form’s fields by name (email, firstName, …, custom keys), `altcha` (the solved challenge), `_ts` (the signed timestamp of the page), `website` (the honeypot, left empty)',
})
