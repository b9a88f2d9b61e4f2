import type { Static } from 'typebox'
import type { AccountAccess } from '../access/service.js'
import { loadAccountAccess } from '../access/service.js'
import { phoneProblem } from '../audience/contact-input.js'
import { SMS_SENDER } from '../campaigns/service.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { emailProblem, normaliseEmail } from '../email-address.js'
import { AppError, invalidField } from '../errors.js'
import * as repo from './email-to-sms-repository.js'
import type { EmailToSmsSettings } from './email-to-sms-schemas.js'
import { MAX_BODY_CHARS, storableText } from './receive.js'
import { type SingleSender, sendSingleSms } from './send.js'

/**
 * Email-to-SMS (seed 003, issue 19): members of an account email `<number>@<inbound domain>`
 * from an address the account allows, and the text goes out as an SMS from the account's SMS
 * sender, with its credits. The settings need `account.manage` (SPEC §2 names Email-to-SMS
 * settings there). The SMTP listener calls `sendEmailToSms` and turns a refusal into a 5xx (or a
 * 4xx when `temporary`).
 */

export const MAX_ALLOWED_ADDRESSES = 100
export const MAX_PARTS_LIMIT = 10

export type EmailToSmsSettingsView = Static<typeof EmailToSmsSettings>

export interface EmailToSmsSettingsInput {
  enabled: boolean
  sender: string | null
  maxParts: number
  allowedAddresses: string[]
}

/** The settings; the members' addresses are offered only to a caller who may list members. */
export async function getEmailToSmsSettings(
  deps: Deps,
  access: AccountAccess,
): Promise<EmailToSmsSettingsView> {
  const settings = await repo.readSettings(deps.db, access.accountId)
  const memberAddresses = access.held.has('users.view')
    ? await repo.memberAddresses(deps.db, access.accountId)
    : []
  return { ...settings, memberAddresses }
}

function cleanAddresses(addresses: string[]): string[] {
  const clean = addresses.map((raw, index) => {
    const email = normaliseEmail(raw)
    if (emailProblem(email)) {
      throw invalidField(
        `allowedAddresses.${index}`,
        `${raw.slice(0, 320)} is not a valid email address`,
      )
    }
    return email
  })
  return [...new Set(clean)].sort()
}

function checkedSettings(input: EmailToSmsSettingsInput): EmailToSmsSettingsInput {
  const sender = input.sender?.trim() || null
  if (sender !== null && !SMS_SENDER.test(sender)) {
    throw invalidField('sender', 'an SMS sender is an E.164 number or up to 11 letters and digits')
  }
  if (!Number.isInteger(input.maxParts) || input.maxParts < 1 || input.maxParts > MAX_PARTS_LIMIT) {
    throw invalidField('maxParts', `maxParts is a whole number from 1 to ${MAX_PARTS_LIMIT}`)
  }
  const allowedAddresses = cleanAddresses(input.allowedAddresses)
  if (input.enabled && sender === null) {
    throw invalidField('sender', 'choose the SMS sender the texts go out from')
  }
  if (input.enabled && allowedAddresses.length === 0) {
    throw invalidField('allowedAddresses', 'allow at least one address to send from')
  }
  return { enabled: input.enabled, sender, maxParts: input.maxParts, allowedAddresses }
}

export async function putEmailToSmsSettings(
  deps: Deps,
  access: AccountAccess,
  input: EmailToSmsSettingsInput,
): Promise<EmailToSmsSettingsView> {
  const settings = checkedSettings(input)
  await deps.db.transaction().execute(async (tx) => {
    await repo.writeSettings(tx, access.accountId, settings)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'email_to_sms.updated',
      details: {
        enabled: settings.enabled,
        sender: settings.sender,
        maxParts: settings.maxParts,
        allowedAddresses: settings.allowedAddresses.length,
      },
    })
  })
  return getEmailToSmsSettings(deps, access)
}

export interface EmailToSmsInput {
  /** The recipient: `<number>@<inbound domain>` or its local part (`+33612345678`, `33612345678`). */
  to: string
  /** The envelope or header sender's address. */
  from: string
  subject?: string | null
  text: string
  /**
   * What the listener's SPF/DKIM/DMARC check says of `from`: false refuses (a forged From must not
   * spend the account's credits). Undefined: not checked by the caller.
   */
  authenticated?: boolean
}

export type EmailToSmsRefusal =
  | 'invalid_number'
  | 'not_authenticated'
  | 'sender_not_allowed'
  | 'ambiguous_sender'
  | 'not_permitted'
  | 'no_sms_sender'
  | 'empty'
  | 'too_long'
  | 'suppressed'
  | 'insufficient_credits'
  | 'gateway_refused'

export type EmailToSmsResult =
  | { sent: true; accountId: string; messageId: string; threadId: string; parts: number }
  | { sent: false; reason: EmailToSmsRefusal; message: string; temporary: boolean }

function refused(reason: EmailToSmsRefusal, message: string, temporary = false): EmailToSmsResult {
  return { sent: false, reason, message, temporary }
}

/** The number in the recipient's local part, in E.164 (a leading + is optional). */
export function numberOf(to: string): string | undefined {
  const local = (to.includes('@') ? to.slice(0, to.lastIndexOf('@')) : to).trim()
  const digits = local.replace(/[\s\-().]/g, '').replace(/^\+/, '')
  const phone = `+${digits}`
  return /^\d+$/.test(digits) && !phoneProblem(phone) ? phone : undefined
}

/** The text of the email, without its signature (after the `-- ` line) or, if empty, the subject. */
export function smsTextOf(email: Pick<EmailToSmsInput, 'subject' | 'text'>): string {
  const body = email.text.replace(/\r\n/g, '\n').split(/\n-- ?\n/)[0] ?? ''
  return storableText((body.trim() || email.subject?.trim() || '').trim(), MAX_BODY_CHARS)
}

/** Accounts listing one address that are looked at to find the one it is a member of. */
const MAX_ALLOWING_ACCOUNTS = 20

interface Route {
  account: repo.AllowingAccount
  sender: string
  sentBy: string | null
}

/**
 * The account the email sends for: the one with Email-to-SMS on whose allow-list holds `from`.
 * Any account may list any address, so when several do, the one `from` is a member of wins
 * (another account listing a member's address cannot take their texts or stop them); when that
 * does not single one out, the email is refused (the listener cannot tell which is meant). An
 * address that belongs to a user with access to the account needs `sms.use` there too, so the
 * allow-list never lends a member a permission they lack.
 */
async function routeOf(deps: Deps, from: string): Promise<Route | EmailToSmsResult> {
  const accounts = await repo.accountsAllowing(deps.db, from)
  if (accounts.length === 0)
    return refused('sender_not_allowed', `${from} may not send SMS by email`)
  const user = await repo.userWithEmail(deps.db, from)
  const accesses = await Promise.all(
    accounts.slice(0, MAX_ALLOWING_ACCOUNTS).map(async (account) => ({
      account,
      access: user ? await loadAccountAccess(deps, user.id, account.accountId) : undefined,
    })),
  )
  const memberOf = user?.confirmed
    ? accesses.filter(({ access }) => access && access.paths.length > 0)
    : []
  const chosen =
    accounts.length === 1 ? accesses[0] : memberOf.length === 1 ? memberOf[0] : undefined
  if (!chosen) {
    return refused(
      'ambiguous_sender',
      `${from} is allowed by more than one account; ask their administrators to keep it in one`,
    )
  }
  const { account, access } = chosen
  if (!account.sender) return refused('no_sms_sender', 'the account has no SMS sender set')
  // A member is held to sms.use whether or not their address is confirmed yet: the list never
  // lends a member a permission.
  if (access && access.paths.length > 0 && !access.held.has('sms.use')) {
    return refused('not_permitted', `${from} may not send SMS in ${account.accountName}`)
  }
  const sentBy = user?.confirmed && access?.paths.length ? user.id : null
  return { account, sender: account.sender, sentBy }
}

/** A refusal of `sendSingleSms` as Email-to-SMS names it; other errors are not refusals. */
function refusalOf(error: unknown, phone: string): EmailToSmsResult | undefined {
  if (!(error instanceof AppError)) return undefined
  if (error.code === 'insufficient_credits') {
    return refused('insufficient_credits', 'the account has too few SMS credits for the text')
  }
  const reason = (error.details as { reason?: string } | undefined)?.reason
  if (error.code === 'conflict' && reason) {
    return refused('suppressed', `${phone} may not be texted (${reason})`)
  }
  if (error.code === 'validation_failed') return refused('too_long', error.message)
  return undefined
}

/**
 * Sends one email's text as an SMS, or says why not. Checks in order: the number, the sender's
 * authentication, the account allowing `from`, the text; then `sendSingleSms` checks its parts,
 * suppression and credits, files it in the contact's inbox thread as an `out` message marked
 * with `from` (so an SMS answer is emailed back), and refunds it if the gateway refuses it.
 */
export async function sendEmailToSms(
  deps: Deps,
  email: EmailToSmsInput,
): Promise<EmailToSmsResult> {
  const phone = numberOf(email.to)
  if (!phone) return refused('invalid_number', 'the recipient is not a phone number (E.164)')
  if (email.authenticated === false) {
    return refused('not_authenticated', 'the sender address did not pass SPF, DKIM or DMARC')
  }
  const from = normaliseEmail(email.from)
  const route = await routeOf(deps, from)
  if ('sent' in route) return route
  const body = smsTextOf(email)
  if (!body) return refused('empty', 'the email has no text to send')
  const accountId = route.account.accountId
  const sender: SingleSender = {
    actor: { userId: route.sentBy, kind: route.sentBy ? 'user' : 'system' },
    userId: route.sentBy,
    showBalance: false,
  }
  const sms = { accountId, to: phone, from: route.sender, body, maxParts: route.account.maxParts }
  const sent = await sendSingleSms(deps, sender, { ...sms, emailedBy: from }).catch(
    (error: unknown) => refusalOf(error, phone) ?? Promise.reject(error),
  )
  if ('sent' in sent) return sent
  const { message, failure } = sent
  if (failure) return refused('gateway_refused', failure.reason, failure.kind !== 'permanent')
  const parts = message.parts ?? 1
  return { sent: true, accountId, messageId: message.id, threadId: message.threadId, parts }
}
