import { createHash } from 'node:crypto'
import { compile as htmlToTextConverter } from 'html-to-text'
import type { DNSResolver } from 'mailauth'
import { type ParsedMail, simpleParser } from 'mailparser'
import { applyInboundEvents, ledgerBounce } from '../delivery/inbound.js'
import { findLedgerRecipient } from '../delivery/recipients.js'
import type { Deps } from '../deps.js'
import { emailProblem } from '../email-address.js'
import { isStorableText } from '../http/input.js'
import { receiveInboundMessage } from '../inbox/receive.js'
import { parseInboundAddress } from './addresses.js'
import { type AuthVerdicts, type Connection, checkAuthentication } from './auth.js'
import { readDeliveryStatus } from './dsn.js'
import { claimRecipient, forgetOldMessages, releaseRecipient } from './handled.js'

/**
 * What happens to a message the listener accepted, recipient by recipient: a DSN at a bounce
 * address bounces its ledger row (through the events endpoint's function); anything else at a
 * bounce or reply address is filed in the inbox of the account that sent the campaign; mail to a
 * number goes to Email-to-SMS.
 */

/**
 * Sends an email's text as an SMS, or says why not (`sendEmailToSms`, src/inbox/email-to-sms.ts).
 * `authenticated`: the From address passed DMARC, so a forged sender spends no one's credits.
 */
export type EmailToSms = (
  deps: Deps,
  email: { to: string; from: string; subject: string; text: string; authenticated: boolean },
) => Promise<{ sent: true } | { sent: false; message: string; temporary: boolean }>

export interface InboundContext {
  domains: readonly string[]
  resolver: DNSResolver
  emailToSms?: EmailToSms | undefined
}

/** An answer for the sending server: 5xx refuses the message for good, 4xx asks it to retry. */
export class SmtpRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message)
    this.name = 'SmtpRefusal'
  }
}

export type Recipient =
  | { kind: 'bounce'; address: string; accountId: string; campaignId: string; contactId: string }
  | { kind: 'reply'; address: string; accountId: string; campaignId: string }
  | { kind: 'sms'; address: string; number: string }

/**
 * Who an address at the inbound domain reaches, or undefined (the listener answers 550): a
 * bounce address names a ledger row, a reply address a campaign that still exists; a number is
 * taken only when Email-to-SMS is wired.
 */
export async function findRecipient(
  deps: Deps,
  context: InboundContext,
  address: string,
): Promise<Recipient | undefined> {
  const target = await parseInboundAddress(deps.db, context.domains, address)
  if (target?.kind === 'sms') {
    return context.emailToSms ? { kind: 'sms', address, number: target.number } : undefined
  }
  if (target?.kind === 'bounce') {
    const row = await findLedgerRecipient(deps.db, target)
    return row && { ...target, address, accountId: row.accountId }
  }
  if (target?.kind !== 'reply') return undefined
  const campaign = await deps.db
    .selectFrom('campaigns')
    .select('account_id')
    .where('id', '=', target.campaignId)
    .executeTakeFirst()
  return campaign && { ...target, address, accountId: campaign.account_id }
}

/** Inbound text is bounded before it is converted; the inbox cuts it shorter still. */
const htmlAsText = htmlToTextConverter({
  limits: { maxInputLength: 1024 * 1024 },
  selectors: [{ selector: 'img', format: 'skip' }],
})

/** The message as the inbox keeps it: text only, never markup. */
function readable(parsed: ParsedMail) {
  const from = parsed.from?.value.find((a) => a.address)?.address
  if (from !== undefined && !isStorableAddress(from)) {
    throw new SmtpRefusal(550, '5.6.0 the From address is not a valid email address')
  }
  const text = parsed.text?.trim() ? parsed.text : parsed.html ? htmlAsText(parsed.html) : ''
  return { from, subject: parsed.subject ?? '', text: text.trim() }
}

/** Decoded headers can hold a NUL or half a surrogate pair, which no database keeps. */
function isStorableAddress(address: string): boolean {
  return isStorableText(address) && !emailProblem(address)
}

async function parse(raw: Buffer): Promise<ParsedMail> {
  try {
    // The HTML is made text here (./readable), and a report's status part kept apart (./dsn.ts).
    return await simpleParser(raw, {
      skipHtmlToText: true,
      skipImageLinks: true,
      skipTextLinks: true,
      keepDeliveryStatus: true,
    })
  } catch {
    throw new SmtpRefusal(554, '5.6.0 the message could not be parsed')
  }
}

export interface Envelope {
  connection: Connection
  recipients: string[]
}

/**
 * Handles one accepted message for every recipient. Throws an SmtpRefusal for the sending
 * server; any other error (the database away) is for the listener to answer as "retry later".
 */
export async function receiveMail(
  deps: Deps,
  context: InboundContext,
  raw: Buffer,
  envelope: Envelope,
): Promise<void> {
  const parsed = await parse(raw)
  const auth = await checkAuthentication(raw, envelope.connection, context.resolver)
  // The message's id names a DSN's events and the recipients handled, so a report delivered
  // twice bounces once and a retried transaction skips who was already handled.
  const reportId = parsed.messageId ?? createHash('sha256').update(raw).digest('hex')
  await forgetOldMessages(deps.db)
  let refusal: SmtpRefusal | undefined
  for (const address of new Set(envelope.recipients.map((r) => r.toLowerCase()))) {
    const recipient = await findRecipient(deps, context, address)
    if (!recipient) continue
    // A retried transaction: this recipient was handled the first time (and maybe charged).
    if (!(await claimRecipient(deps.db, reportId, address))) continue
    try {
      await deliver(deps, context, recipient, { parsed, auth, reportId })
    } catch (error) {
      // Not handled: a retry (after 451) or a resend (after 550) tries this recipient again.
      await releaseRecipient(deps.db, reportId, address)
      if (!(error instanceof SmtpRefusal)) throw error
      refusal = worse(refusal, error)
    }
  }
  if (refusal) throw refusal
}

/**
 * The one answer for several recipients: a deferral wins, so the sender retries and the
 * recipients still to handle get their turn (the ones handled are skipped then).
 */
function worse(first: SmtpRefusal | undefined, next: SmtpRefusal): SmtpRefusal {
  if (!first) return next
  return first.responseCode >= 500 && next.responseCode < 500 ? next : first
}

interface Message {
  parsed: ParsedMail
  auth: AuthVerdicts
  reportId: string
}

async function deliver(deps: Deps, context: InboundContext, recipient: Recipient, m: Message) {
  if (recipient.kind === 'sms') return toSms(deps, context, recipient.number, m)
  if (recipient.kind === 'bounce') {
    const status = readDeliveryStatus(m.parsed)
    if (status) {
      if (status.verdict === 'none') return
      const id = `dsn:${m.reportId}:${recipient.campaignId}.${recipient.contactId}`
      await applyInboundEvents(deps, [ledgerBounce(id, recipient, status.verdict === 'hard')])
      deps.log.info({ campaignId: recipient.campaignId, ...status }, 'bounce report applied')
      return
    }
  }
  // A reply, or mail at a bounce address that is no report (an auto-reply): kept, not deleted.
  const { from, subject, text } = readable(m.parsed)
  if (!from) throw new SmtpRefusal(550, '5.6.0 a message needs a From address')
  await receiveInboundMessage(deps.db, {
    accountId: recipient.accountId,
    channel: 'email',
    from,
    to: recipient.address,
    subject,
    body: text,
    campaignId: recipient.campaignId,
    externalId: m.parsed.messageId ?? null,
    auth: { ...m.auth },
  })
}

async function toSms(deps: Deps, context: InboundContext, number: string, m: Message) {
  const { from, subject, text } = readable(m.parsed)
  if (!from || !context.emailToSms) throw new SmtpRefusal(550, '5.1.1 no such recipient')
  const authenticated = m.auth.dmarc === 'pass'
  // DNS that did not answer proves nothing either way: the sender retries rather than bounces.
  if (!authenticated && Object.values(m.auth).includes('temperror')) {
    throw new SmtpRefusal(451, '4.7.1 the sender could not be verified (DNS); try again later')
  }
  const result = await context.emailToSms(deps, { to: number, from, subject, text, authenticated })
  if (!result.sent) {
    throw new SmtpRefusal(
      result.temporary ? 451 : 550,
      `${result.temporary ? '4' : '5'}.7.1 ${result.message}`,
    )
  }
}
