import { type Static, type TSchema, Type } from 'typebox'

/**
 * What the program routes answer and take (src/automations/routes.ts; the contract with the
 * builder is /work/notes/s12/programs-api.md). Steps nest (branch arms, wait_for arms): the arms
 * are described as lists of the same step shapes and checked by src/automations/steps.ts, which
 * names the failing place (`steps.2.yes.0.templateId`, as the HTTP layer names places).
 */

const closed = { additionalProperties: false } as const
const DateTime = Type.String({ format: 'date-time' })
const Count = Type.Integer({ minimum: 0 })
const Id = Type.String({ maxLength: 64 })
const nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) =>
  Type.Union([schema, Type.Null()], options)
const can = (description: string) => Type.Boolean({ description })

export const ProgramStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('awaiting_approval'),
  Type.Literal('active'),
  Type.Literal('paused'),
  Type.Literal('declined'),
])

const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' })

/** The segment builder's filter (src/audience/segments/filter.ts). */
export const SegmentFilter = Type.Record(Type.String(), Type.Any(), {
  description: '{"all"|"any": [{field, op, value} | nested filter]}, as segments take it',
})

export const Trigger = Type.Union([
  Type.Object({ type: Type.Literal('group_joined'), groupId: Id }, closed),
  Type.Object({ type: Type.Literal('signed_up') }, closed),
  Type.Object({ type: Type.Literal('tag_added'), tagId: Id }, closed),
  Type.Object(
    {
      type: Type.Literal('date_field'),
      field: Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'a date custom field, or createdAt',
      }),
      time: Time,
      daysBefore: Type.Integer({ minimum: 0, maximum: 365 }),
    },
    closed,
  ),
  Type.Object(
    {
      type: Type.Literal('campaign_engaged'),
      campaignId: Id,
      action: Type.Union([Type.Literal('opened'), Type.Literal('clicked')]),
    },
    closed,
  ),
  Type.Object(
    { type: Type.Literal('event'), name: Type.String({ minLength: 1, maxLength: 100 }) },
    closed,
  ),
])

const Duration = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 100_000 }),
    unit: Type.Union([Type.Literal('minutes'), Type.Literal('hours'), Type.Literal('days')]),
  },
  closed,
)

const Arm = Type.Array(Type.Any(), {
  maxItems: 200,
  description: 'steps of the same shapes as the top-level list',
})

const step = <T extends string, P extends Record<string, TSchema>>(type: T, properties: P) =>
  Type.Object({ id: Id, type: Type.Literal(type), ...properties }, closed)

export const Condition = Type.Union([
  Type.Object({ kind: Type.Literal('segment'), filter: SegmentFilter }, closed),
  Type.Object(
    {
      kind: Type.Literal('engaged'),
      action: Type.Union([Type.Literal('opened'), Type.Literal('clicked')]),
      stepId: Type.String({ maxLength: 64, description: 'an earlier send_email step' }),
    },
    closed,
  ),
])

export const Step = Type.Union([
  step('wait', { duration: Duration }),
  step('wait', {
    until: Type.Object(
      {
        time: Time,
        weekdays: Type.Optional(
          Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
            maxItems: 7,
            description: 'ISO weekdays, 1 = Monday; any day when absent',
          }),
        ),
      },
      closed,
    ),
  }),
  step('send_email', {
    templateId: nullable(Id),
    fromAddressId: nullable(Id),
    subject: nullable(Type.String({ maxLength: 1000 })),
  }),
  step('send_sms', {
    text: Type.String({ maxLength: 2000 }),
    senderId: nullable(Type.String({ maxLength: 20 })),
  }),
  step('add_tag', { tagId: nullable(Id) }),
  step('remove_tag', { tagId: nullable(Id) }),
  step('add_to_group', { groupId: nullable(Id) }),
  step('remove_from_group', { groupId: nullable(Id) }),
  step('set_field', {
    field: Type.String({ maxLength: 64 }),
    value: Type.String({ maxLength: 2000 }),
  }),
  step('branch', { condition: nullable(Condition), yes: Arm, no: Arm }),
  step('wait_for', {
    event: nullable(Type.String({ maxLength: 100 })),
    filter: nullable(SegmentFilter),
    timeout: Duration,
    met: Arm,
    timedOut: Arm,
  }),
  step('webhook', {
    webhookId: nullable(Id),
  }),
  step('end', {}),
])
export type Step = Static<typeof Step>

export const Entry = Type.Object(
  {
    mode: Type.Union([Type.Literal('once'), Type.Literal('again')]),
    minGapHours: Type.Integer({ minimum: 0, maximum: 87_600 }),
  },
  closed,
)

export const Exit = Type.Object(
  { onUnsubscribe: Type.Boolean(), onLeaveGroup: Type.Boolean() },
  closed,
)

export const Goal = nullable(Type.Object({ filter: SegmentFilter }, closed))

const Problem = Type.Object({
  stepId: nullable(Type.String()),
  field: Type.String(),
  message: Type.String(),
})

const Counts = Type.Object({ entered: Count, active: Count, completed: Count, exited: Count })

export const StepStats = Type.Object({
  entered: Count,
  waiting: Count,
  completed: Count,
  exited: Count,
  sent: Count,
  opened: Count,
  clicked: Count,
})

export const ProgramAbilities = Type.Object(
  {
    edit: can('PATCH'),
    activate: can('POST …/activate: a draft or a declined program'),
    pause: can('POST …/pause: active'),
    resume: can('POST …/resume: paused'),
    approve: can(
      'POST …/approve and …/decline: waiting for approval, and not one’s own submission',
    ),
    decline: can('POST …/decline'),
    delete: can('DELETE: its contacts leave, nothing more is sent'),
  },
  { description: 'What the caller may do with this program now' },
)

const SendingStep = Type.Object(
  {
    stepId: Type.String(),
    channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
    template: nullable(Type.Object({ id: Type.String(), name: Type.String() }), {
      description: 'an email step’s template; null when none or not one the account can use',
    }),
    subject: nullable(Type.String(), {
      description: 'an email’s subject (the step’s own, else its template’s); an SMS step’s text',
    }),
    sender: nullable(Type.String(), {
      description: 'the sender address ("Name <address>") or SMS sender ID; null: the default',
    }),
  },
  { description: 'A step that sends: what an approver decides on' },
)

const Submission = nullable(
  Type.Object({
    by: Type.Object({ id: Type.String(), name: nullable(Type.String()) }),
    at: nullable(DateTime),
  }),
  { description: 'who sent it for approval and when, while it waits and once declined' },
)

const summaryFields = {
  id: Type.String(),
  name: Type.String(),
  status: ProgramStatus,
  declineReason: nullable(Type.String()),
  pausedReason: nullable(Type.String()),
  trigger: Trigger,
  entry: Entry,
  exit: Exit,
  goal: Goal,
  sends: Type.Boolean({ description: 'has an email or SMS step: activation may need approval' }),
  sending: Type.Array(SendingStep),
  submission: Submission,
  problems: Type.Array(Problem, { description: 'what blocks activation' }),
  counts: Counts,
  createdAt: DateTime,
  updatedAt: DateTime,
  activatedAt: nullable(DateTime),
  abilities: ProgramAbilities,
}

export const ProgramSummary = Type.Object(summaryFields)
export const Program = Type.Object({
  ...summaryFields,
  steps: Type.Array(Step),
  stats: Type.Record(Type.String(), StepStats, { description: 'per step id' }),
})
export type Program = Static<typeof Program>
export type ProgramSummary = Static<typeof ProgramSummary>

export const ProgramList = Type.Object({ items: Type.Array(ProgramSummary) })

const inputFields = {
  trigger: Trigger,
  entry: Type.Optional(Entry),
  exit: Type.Optional(Exit),
  goal: Type.Optional(Goal),
  steps: Type.Optional(Type.Array(Step, { maxItems: 200 })),
}

export const CreateProgramBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), ...inputFields },
  closed,
)

export const UpdateProgramBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    ...inputFields,
    trigger: Type.Optional(Trigger),
    moveWaiting: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 64 }), {
        description: 'deleted step id → the step its waiting contacts move to',
      }),
    ),
  },
  closed,
)

export const ActivateBody = Type.Object(
  { backfill: Type.Boolean({ description: 'enrol the contacts who already match the trigger' }) },
  closed,
)

export const DeclineBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  closed,
)

export const Enrolment = Type.Object({
  contactId: Type.String(),
  email: nullable(Type.String()),
  stepId: nullable(Type.String()),
  status: Type.Union([
    Type.Literal('active'),
    Type.Literal('waiting'),
    Type.Literal('completed'),
    Type.Literal('exited'),
  ]),
  enteredAt: DateTime,
  nextAt: nullable(DateTime),
})

export const EnrolmentPage = Type.Object({
  items: Type.Array(Enrolment),
  nextCursor: nullable(Type.String()),
})
