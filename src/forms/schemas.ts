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

export const QuestionType = Type.Union([
  Type.Literal('single'),
  Type.Literal('multiple'),
  Type.Literal('scale'),
  Type.Literal('text'),
])

/** A survey's question: not a contact field; its answers are kept per response. */
export const SurveyQuestion = Type.Object(
  {
    id: Type.String({
      pattern: '^[a-z0-9][a-z0-9_]{0,39}$',
      description:
        'the key its answers are kept under (lower case letters, digits and _; no hyphen, which the page’s element ids use); keep it when the wording changes',
    }),
    type: QuestionType,
    label: Type.String({ minLength: 1, maxLength: 300 }),
    help: Type.String({ maxLength: 500, default: '' }),
    required: Type.Boolean({ default: false }),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
        maxItems: 20,
        description: 'single and multiple choice: 2 to 20 options, each once',
      }),
    ),
    scale: Type.Optional(
      Type.Object(
        {
          min: Type.Integer({ minimum: 0, maximum: 1 }),
          max: Type.Integer({ minimum: 2, maximum: 10 }),
          minLabel: Type.String({ maxLength: 100, default: '' }),
          maxLabel: Type.String({ maxLength: 100, default: '' }),
        },
        {
          additionalProperties: false,
          description: 'a scale question: its ends (1 to 5 when absent)',
        },
      ),
    ),
  },
  { additionalProperties: false },
)
export type SurveyQuestion = Static<typeof SurveyQuestion>

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
  questions: Type.Array(SurveyQuestion, {
    maxItems: 50,
    description: 'a survey’s questions, in order (a sign-up form has none)',
  }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
}

const FormKind = Type.Union([Type.Literal('signup'), Type.Literal('survey')])

export const CreateFormBody = Type.Object(
  {
    kind: Type.Optional(
      Type.Union([Type.Literal('signup'), Type.Literal('survey')], {
        description: 'set when the form is made (sign-up when absent)',
      }),
    ),
    name: FormSettings.name,
    fields: Type.Optional(FormSettings.fields),
    groupIds: Type.Optional(FormSettings.groupIds),
    tags: Type.Optional(FormSettings.tags),
    consentText: Type.Optional(FormSettings.consentText),
    thankYou: Type.Optional(FormSettings.thankYou),
    redirectUrl: Type.Optional(FormSettings.redirectUrl),
    redirectOrigins: Type.Optional(FormSettings.redirectOrigins),
    questions: Type.Optional(FormSettings.questions),
    status: Type.Optional(FormSettings.status),
  },
  { additionalProperties: false },
)
export type CreateFormBody = Static<typeof CreateFormBody>

export const UpdateFormBody = Type.Partial(Type.Omit(CreateFormBody, ['kind']), {
  additionalProperties: false,
})
export type UpdateFormBody = Static<typeof UpdateFormBody>

export const FormCounts = Type.Object({
  views: Type.Integer({ description: 'hosted page views' }),
  submissions: Type.Integer({ description: 'submissions processed (held ones once approved)' }),
  confirmations: Type.Integer({ description: 'double opt-in confirmed after a submission' }),
  held: Type.Integer({ description: 'submissions waiting for a review' }),
})

export const Form = Type.Object({
  id: Type.String(),
  kind: FormKind,
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
  outcome: Type.Literal('accepted', {
    description: 'always accepted: a submission held for review is answered alike',
  }),
  message: Type.String({ description: 'the thank-you message' }),
  redirectUrl: Nullable(Type.String()),
})

export const PublicSubmissionBody = Type.Record(
  Type.String({ maxLength: 100 }),
  Type.Union([Type.String(), Type.Array(Type.String(), { maxItems: 20 })]),
  {
    maxProperties: 120,
    description:
      'the form’s fields by name (email, firstName, …, custom keys), a survey’s answers as `q.<question id>` (a list for multiple choice), `altcha` (the solved challenge), `_ts` (the signed timestamp of the page), `website` (the honeypot, left empty)',
  },
)

const Count = Type.Integer({ minimum: 0 })

export const QuestionResult = Type.Object({
  id: Type.String(),
  type: QuestionType,
  label: Type.String(),
  answered: Type.Integer({ description: 'responses that answered it' }),
  options: Type.Optional(
    Type.Array(Type.Object({ option: Type.String(), count: Count }), {
      description: 'choice questions: every option, in the form’s order, with its count',
    }),
  ),
  scale: Type.Optional(
    Type.Object({
      counts: Type.Array(Type.Object({ value: Type.Integer(), count: Count })),
      average: Nullable(Type.Number()),
    }),
  ),
  texts: Type.Optional(
    Type.Array(Type.Object({ text: Type.String(), at: DateTime }), {
      description: 'text questions: the latest answers (20 at most); the export has them all',
    }),
  ),
})

export const SurveyResults = Type.Object({
  responses: Type.Integer({
    description: 'responses counted (processed; held ones once approved)',
  }),
  questions: Type.Array(QuestionResult),
  abilities: Type.Object({
    exportResponses: Type.Boolean({
      description: 'the responses as CSV: contacts.export and reports.export',
    }),
  }),
})
export type SurveyResults = Static<typeof SurveyResults>
