import { type Static, type TSchema, Type } from 'typebox'
import { ShareAbilities } from '../sharing/schemas.js'

/**
 * What the content routes answer: templates and their shares, test sends, senders, testers and
 * sender domains. Presenters return `Static<typeof X>` of these.
 */

const described = (description?: string) => (description ? { description } : {})
const Timestamp = () => Type.String({ format: 'date-time' })
const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], described(description))

export const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms')])

export const Template = Type.Object({
  id: Type.String(),
  accountId: Type.String({ description: 'The account that owns the template' }),
  name: Type.String(),
  category: Nullable(Type.String()),
  channel: Channel,
  subject: Type.String({ description: 'The subject line (Liquid)' }),
  html: Type.String({ description: 'The HTML body (Liquid)' }),
  text: Type.String({ description: 'The plain-text body, or the message of an SMS template' }),
  createdAt: Timestamp(),
  updatedAt: Timestamp(),
  shared: Type.Boolean({
    description: 'Shared in by an ancestor account: read-only here (its owner changes it)',
  }),
  ownerAccountId: Type.String({ description: 'The same as accountId' }),
  abilities: Type.Object(
    {
      edit: Type.Boolean({ description: 'PATCH: templates.manage, and not shared in' }),
      delete: Type.Boolean({ description: 'DELETE: templates.manage, and not shared in' }),
      share: Type.Boolean({
        description: 'share it down to sub-accounts: templates.admin, and not shared in',
      }),
    },
    {
      description:
        'What the caller may do with the template, from the rules the routes enforce (a template shared in is read-only)',
    },
  ),
})

export const TemplateList = Type.Object({ items: Type.Array(Template) })

export const CategoryList = Type.Object({
  items: Type.Array(Type.String(), { description: 'Distinct category names, in order' }),
})

export const TemplateVariable = Type.Object({
  name: Type.String({
    description: 'As written: firstName, fields.plan, placeholder.footer, unsubscribeUrl…',
  }),
  kind: Type.Union(
    [
      Type.Literal('standard'),
      Type.Literal('custom'),
      Type.Literal('placeholder'),
      Type.Literal('platform'),
      Type.Literal('unknown'),
    ],
    {
      description:
        'A standard contact field, a custom field of the account, a placeholder of the account, a value the platform supplies, or none of these (it prints nothing)',
    },
  ),
  exists: Type.Boolean({ description: 'False for an unknown variable' }),
  usedIn: Type.Array(
    Type.Union([Type.Literal('subject'), Type.Literal('html'), Type.Literal('text')]),
  ),
})

export const TemplateVariableList = Type.Object({ items: Type.Array(TemplateVariable) })

export const TemplateShare = Type.Object({
  templateId: Type.String(),
  ownerAccountId: Type.String(),
  accountId: Type.String({ description: 'The sub-account the template is shared with' }),
  accountName: Type.String({ description: 'The name of that sub-account' }),
  createdBy: Nullable(Type.String(), 'The user who shared it'),
  createdAt: Timestamp(),
  abilities: ShareAbilities('template'),
})

export const TemplateShareList = Type.Object({ items: Type.Array(TemplateShare) })

export const SuppressionReason = Type.Union([
  Type.Literal('unsubscribed'),
  Type.Literal('blocklisted'),
  Type.Literal('hard_bounce'),
  Type.Literal('complaint'),
])

/** The answer of a test send (templates and campaigns alike). */
export const TestSendResult = Type.Object({
  sent: Type.Integer({ description: 'Messages the mail server took, one per tester' }),
  skipped: Type.Array(Type.Object({ email: Type.String(), reason: SuppressionReason }), {
    description: 'Testers left out because the account may not mail them',
  }),
})
export type TestSendResult = Static<typeof TestSendResult>

const addressFields = {
  id: Type.String(),
  email: Type.String({ description: 'Trimmed and lower-cased' }),
  name: Type.String(),
  createdAt: Timestamp(),
}

export const Tester = Type.Object(addressFields)
export const TesterList = Type.Object({ items: Type.Array(Tester) })

export const Sender = Type.Object({
  ...addressFields,
  verified: Type.Boolean({ description: 'Campaigns may send from it' }),
  verifiedBy: Nullable(
    Type.Union([Type.Literal('domain'), Type.Literal('confirmation')]),
    'By a verified sender domain of the account, or by the link mailed to the address',
  ),
  confirmationSentAt: Nullable(Timestamp(), 'When the last confirmation link was mailed'),
})

export const SenderList = Type.Object({ items: Type.Array(Sender) })

export const SenderConfirmed = Type.Object({
  email: Type.String(),
  verified: Type.Literal(true),
})

// Sender domains

export const DnsRecord = Type.Object({
  type: Type.Literal('TXT'),
  name: Type.String({ description: 'Where to publish it' }),
  value: Type.String(),
  purpose: Type.Union([Type.Literal('spf'), Type.Literal('dkim'), Type.Literal('dmarc')]),
})

export const CheckedDnsRecord = Type.Object({
  ...DnsRecord.properties,
  found: Type.Boolean({ description: 'The lookup found the record as published' }),
})

const domainFields = {
  id: Type.String(),
  domain: Type.String({ description: 'Lower-case A-labels' }),
  verified: Type.Boolean({
    description: 'Its DKIM record carries our key: mail from it is signed',
  }),
  verifiedAt: Nullable(Timestamp()),
  lastCheckedAt: Nullable(Timestamp()),
  createdAt: Timestamp(),
  selector: Type.String({ description: 'The DKIM selector' }),
}

export const Domain = Type.Object({
  ...domainFields,
  records: Type.Array(DnsRecord, { description: 'The records to publish' }),
})

/** A domain as its check answers: each record says whether the lookup found it. */
export const CheckedDomain = Type.Object({
  ...domainFields,
  records: Type.Array(CheckedDnsRecord),
})

export const DomainList = Type.Object({ items: Type.Array(Domain) })

/** A rendered message body, to be shown in a sandboxed iframe only (see PREVIEW_CSP). */
export const SandboxedHtml = {
  description: 'HTML under a sandboxing Content-Security-Policy',
  content: { 'text/html': { schema: { type: 'string' } } },
} as const
