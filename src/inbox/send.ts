import type { Transaction } from 'kysely'
import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import { enforce, mayTextNewNumber, mayTextSingleMessage } from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import { normalisePhone, phoneProblem } from '../audience/contact-input.js'
import { createContact } from '../audience/contacts/service.js'
import { mayContact } from '../audience/suppression/repository.js'
import {
  chargeSingleMessage,
  refundSingleMessage,
  type SingleMessageReason,
} from '../campaigns/credits.js'
import { SMS_SENDER } from '../campaigns/service.js'
import { dkimKeyFor } from '../content/domains.js'
import type { DB, InboxChannel } from '../db/schema.js'
import { classifyFailure, type Failure } from '../delivery/failures.js'
import { measureSms } from '../delivery/sms.js'
import type { Deps } from '../deps.js'
import { type AuditActor, actorOf, recordAudit } from '../developer/audit.js'
import { normaliseEmail } from '../email-address.js'
import { AppError, invalidField } from '../errors.js'
import { recordMemberEmail } from './email-to-sms-repository.js'
import { threadForAddress } from './receive.js'
import * as repo from './repository.js'
import {
  type InboxMessage,
  MAX_EMAIL_CHARS,
  MAX_SMS_CHARS,
  MAX_SMS_PARTS,
  type ReplyInput,
  type SingleMessageInput,
} from './schemas.js'
import {
  answerAddresses,
  contactOfThread,
  presentMessage,
  threadRow,
  verifiedSenders,
} from './service.js'

/**
 * Answers and single messages (issue 19, seed 002 "Send single message"). Each goes out at once,
 * inside the request — one message, bounded by the gateway's or the relay's own timeouts — and is
 * an `out` message of the contact's thread: `queued` while it goes, then `sent` or `failed` with
 * the reason. It is charged in the transaction that records it (SMS by parts, email one credit)
 * and refunded when the gateway or the relay refuses it; a failed single message is not retried
 * (the member sees why and may send it again).
 */

type Message = Static<typeof InboxMessage>

/** Who sends: the member (their audit actor), and whether a short balance's 409 may show it. */
export interface SingleSender {
  actor: AuditActor
  userId: string | null
  showBalance: boolean
}

export function senderOf(access: AccountAccess): SingleSender {
  return {
    actor: actorOf(access),
    userId: access.userId,
    showBalance: access.held.has('billing.manage'),
  }
}

export interface SingleSms {
  accountId: string
  /** An E.164 number. */
  to: string
  /** The SMS sender: a number or up to 11 letters and digits. */
  from: string
  body: string
  /** At most this many parts (default and ceiling MAX_SMS_PARTS). */
  maxParts?: number
  /** The thread it answers; without it, the number's thread (made if there is none). */
  threadId?: string
  /**
   * Sent by Email-to-SMS from this member's address: charged and audited as `email_to_sms`, and
   * an SMS answer to it is emailed back there.
   */
  emailedBy?: string
}

/** A single message as recorded, and why the gateway or the relay refused it if it did. */
export interface SentMessage {
  message: Message
  failure?: Failure
}

/** 409 naming why an address may not be messaged (SPEC §4: this account's unsubscribes). */
async function assertMayContact(
  deps: Deps,
  accountId: string,
  channel: InboxChannel,
  address: string,
  contactStatus: string | undefined,
) {
  const verdict = await mayContact(deps.db, accountId, channel, address)
  const reason = verdict.allowed
    ? contactStatus === 'unsubscribed'
      ? 'unsubscribed'
      : undefined
    : verdict.reason
  if (reason === undefined) return
  const what = channel === 'sms' ? 'SMS' : 'email'
  const why: Record<string, string> = {
    unsubscribed: `${address} unsubscribed from this account’s ${what}`,
    blocklisted: `${address} is on this account’s blocklist`,
    hard_bounce: `${address} bounced: it cannot be sent to`,
    complaint: `${address} complained about mail: it cannot be sent to`,
  }
  throw new AppError('conflict', why[reason] ?? `${address} cannot be sent to`, {
    reason,
    channel,
    address,
  })
}

/** The SMS status of the account's contact with this number, if there is one. */
async function smsStatusOf(deps: Deps, accountId: string, phone: string) {
  const contact = await deps.db
    .selectFrom('contacts')
    .select('sms_status')
    .where('account_id', '=', accountId)
    .where('phone', '=', phone)
    .executeTakeFirst()
  return contact?.sms_status
}

function checkSmsBody(body: string, maxParts: number) {
  if (body.trim() === '') throw invalidField('body', 'write the message')
  if (body.length > MAX_SMS_CHARS) {
    throw invalidField('body', `an SMS is at most ${MAX_SMS_CHARS} characters`)
  }
  const { parts } = measureSms(body)
  if (parts > maxParts) {
    throw new AppError('validation_failed', `this SMS takes ${parts} parts; at most ${maxParts}`, {
      field: 'body',
      parts,
      maxParts,
    })
  }
  return parts
}

function checkSmsSender(from: string) {
  if (!SMS_SENDER.test(from)) {
    throw invalidField('from', 'an SMS sender is an E.164 number or up to 11 letters and digits')
  }
  return from
}

interface Outgoing {
  accountId: string
  channel: InboxChannel
  from: string
  to: string
  subject: string | null
  body: string
  credits: number
  threadId?: string
  externalId?: string
  /** The member an Email-to-SMS text came from (see SingleSms.emailedBy). */
  emailedBy?: string
}

/** How the ledger and the audit log name a single message: Email-to-SMS texts apart. */
function kindOf(out: Outgoing): { reason: SingleMessageReason; action: string } {
  return out.emailedBy
    ? { reason: 'email_to_sms', action: 'email_to_sms.sent' }
    : { reason: 'single_message', action: 'inbox.message_sent' }
}

/** Records the message as queued in its thread and charges it, in one transaction. */
async function recordQueued(deps: Deps, sender: SingleSender, out: Outgoing) {
  const id = uuidv7()
  const { reason, action } = kindOf(out)
  await deps.db.transaction().execute(async (tx: Transaction<DB>) => {
    const threadId =
      out.threadId ?? (await threadForAddress(tx, out.accountId, out.channel, out.to)).threadId
    await chargeSingleMessage(deps, tx, {
      accountId: out.accountId,
      channel: out.channel,
      amount: out.credits,
      reason,
      actorUserId: sender.userId,
      showBalance: sender.showBalance,
    })
    await repo.insertOutbound(tx, { ...out, id, threadId, sentBy: sender.userId })
    if (out.emailedBy) await recordMemberEmail(tx, out.accountId, id, out.emailedBy)
    // SPEC §2 rule 6: every send is in the account's audit log.
    await recordAudit(tx, sender.actor, {
      accountId: out.accountId,
      action,
      target: { type: 'inbox_message', id },
      details: {
        channel: out.channel,
        to: out.to,
        from: out.from,
        credits: out.credits,
        ...(out.emailedBy ? { memberEmail: out.emailedBy } : {}),
      },
    })
  })
  return id
}

/** Hands the message over; marks it sent, or failed with the reason and its credits refunded. */
async function deliver(
  deps: Deps,
  sender: SingleSender,
  out: Outgoing,
  id: string,
  handOver: () => Promise<void>,
): Promise<SentMessage> {
  let failure: Failure | undefined
  try {
    await handOver()
    await repo.markOutcome(deps.db, out.accountId, id, { status: 'sent' })
  } catch (error) {
    failure = classifyFailure(error)
    const { reason } = failure
    await deps.db.transaction().execute(async (tx) => {
      await repo.markOutcome(tx, out.accountId, id, { status: 'failed', error: reason })
      await refundSingleMessage(deps, tx, {
        accountId: out.accountId,
        channel: out.channel,
        amount: out.credits,
        reason: kindOf(out).reason,
        actorUserId: sender.userId,
      })
    })
    deps.log.warn({ accountId: out.accountId, messageId: id, reason }, 'single message failed')
  }
  const message = presentMessage(await repo.findMessage(deps.db, out.accountId, id))
  return failure ? { message, failure } : { message }
}

/**
 * One SMS to one number from the account (an inbox answer, a text to a number, Email-to-SMS): the
 * same gateway as campaigns, charged by its parts. Refused with 409 when the number unsubscribed
 * from the account's SMS (or is blocklisted or suppressed), 409 `insufficient_credits` when short.
 * A gateway's refusal is no error: the message is `failed`, refunded, and `failure` says why.
 */
export async function sendSingleSms(
  deps: Deps,
  sender: SingleSender,
  sms: SingleSms,
): Promise<SentMessage> {
  const to = normalisePhone(sms.to)
  const problem = phoneProblem(to)
  if (problem) throw invalidField('to', problem)
  const parts = checkSmsBody(sms.body, Math.min(sms.maxParts ?? MAX_SMS_PARTS, MAX_SMS_PARTS))
  const from = checkSmsSender(sms.from)
  await assertMayContact(deps, sms.accountId, 'sms', to, await smsStatusOf(deps, sms.accountId, to))
  const out: Outgoing = {
    accountId: sms.accountId,
    channel: 'sms',
    from,
    to,
    subject: null,
    body: sms.body,
    credits: parts,
    ...(sms.threadId ? { threadId: sms.threadId } : {}),
    ...(sms.emailedBy ? { emailedBy: sms.emailedBy } : {}),
  }
  const id = await recordQueued(deps, sender, out)
  return deliver(deps, sender, out, id, () => deps.sms.send({ to, from, body: sms.body }))
}

/**
 * The sender an SMS answer goes from when none is given: the one the contact last texted, else
 * the one the thread last answered from, else the account's latest SMS campaign's.
 */
async function defaultSmsSender(deps: Deps, accountId: string, threadId: string | undefined) {
  if (threadId) {
    const received = await repo.latestMessage(deps.db, accountId, threadId, 'sms', 'in')
    if (received) return received.to_address
    const answered = await repo.latestMessage(deps.db, accountId, threadId, 'sms', 'out')
    if (answered) return answered.from_address
  }
  const campaign = await deps.db
    .selectFrom('campaigns')
    .select('from_email')
    .where('account_id', '=', accountId)
    .where('channel', '=', 'sms')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (campaign) return campaign.from_email
  throw invalidField('from', 'say which SMS sender to use (a number or up to 11 letters)')
}

/** A Message-ID as headers carry it, or undefined when the stored id is not one. */
function messageIdHeader(id: string | null): string | undefined {
  if (!id) return undefined
  const bare = id.trim().replace(/^<|>$/g, '')
  return /^[^\s<>@]+@[^\s<>@]+$/.test(bare) ? `<${bare}>` : undefined
}

function replySubject(subject: string | null, given: string | undefined) {
  const chosen = given?.trim() || subject?.trim() || ''
  const plain = chosen.replace(/[\r\n]+/g, ' ')
  if (given?.trim()) return plain
  return /^re:/i.test(plain) ? plain : `Re: ${plain}`.trim()
}

/** The verified sender an email answer goes from: the one asked for, else the campaign's, else the first. */
async function emailSender(
  deps: Deps,
  accountId: string,
  given: string | undefined,
  campaignId: string | null,
) {
  const verified = await verifiedSenders(deps.db, accountId)
  if (given !== undefined) {
    const wanted = normaliseEmail(given)
    const match = verified.find((sender) => sender.email === wanted)
    if (!match) throw invalidField('from', 'from must be one of the account’s verified senders')
    return match
  }
  if (verified.length === 0) {
    throw new AppError('validation_failed', 'the account has no verified sender address', {
      field: 'from',
      reason: 'no_verified_sender',
    })
  }
  const campaign = campaignId
    ? await deps.db
        .selectFrom('campaigns')
        .select('from_email')
        .where('account_id', '=', accountId)
        .where('id', '=', campaignId)
        .executeTakeFirst()
    : undefined
  return verified.find((sender) => sender.email === campaign?.from_email) ?? verified[0]
}

async function replyByEmail(
  deps: Deps,
  access: AccountAccess,
  thread: repo.ThreadRow,
  email: string,
  input: Static<typeof ReplyInput>,
): Promise<Message> {
  if (input.body.length > MAX_EMAIL_CHARS) {
    throw invalidField('body', `an email answer is at most ${MAX_EMAIL_CHARS} characters`)
  }
  const answered = await repo.latestMessage(deps.db, access.accountId, thread.id, 'email', 'in')
  const sender = await emailSender(
    deps,
    access.accountId,
    input.from,
    answered?.campaign_id ?? null,
  )
  if (!sender) throw invalidField('from', 'the account has no verified sender address')
  await assertMayContact(deps, access.accountId, 'email', email, undefined)
  const inReplyTo = messageIdHeader(answered?.external_id ?? null)
  const domain = sender.email.split('@')[1] ?? 'localhost'
  const messageId = `<${uuidv7()}@${domain}>`
  const out: Outgoing = {
    accountId: access.accountId,
    channel: 'email',
    from: sender.email,
    to: email,
    subject: replySubject(thread.subject, input.subject),
    body: input.body,
    credits: 1,
    threadId: thread.id,
    externalId: messageId,
  }
  const by = senderOf(access)
  const id = await recordQueued(deps, by, out)
  const dkim = await dkimKeyFor(deps.db, access.accountId, sender.email)
  const sent = await deliver(deps, by, out, id, () =>
    deps.mailer.send({
      accountId: access.accountId,
      to: email,
      from: { name: sender.name, address: sender.email },
      subject: out.subject ?? '',
      text: input.body,
      messageId,
      ...(inReplyTo ? { headers: { 'In-Reply-To': inReplyTo, References: inReplyTo } } : {}),
      ...(dkim ? { dkim } : {}),
    }),
  )
  return sent.message
}

/** `POST …/inbox/threads/{tid}/replies`: an answer by SMS (a single message) or by email. */
export async function reply(
  deps: Deps,
  access: AccountAccess,
  threadId: string,
  input: Static<typeof ReplyInput>,
): Promise<Message> {
  const thread = await threadRow(deps.db, access.accountId, threadId)
  const contact = await contactOfThread(deps.db, access.accountId, thread)
  const addresses = answerAddresses(thread, contact)
  if (input.channel === 'email') {
    if (!addresses.email) throw invalidField('channel', 'this thread has no email address')
    return replyByEmail(deps, access, thread, addresses.email, input)
  }
  enforce(mayTextSingleMessage(access))
  if (!addresses.phone) throw invalidField('channel', 'this thread has no phone number')
  const from = input.from ?? (await defaultSmsSender(deps, access.accountId, thread.id))
  const sent = await sendSingleSms(deps, senderOf(access), {
    accountId: access.accountId,
    to: addresses.phone,
    from,
    body: input.body,
    threadId: thread.id,
  })
  return sent.message
}

/**
 * `POST …/inbox/messages`: an SMS to a number (seed 002 "Send single message"). A number no contact
 * of the account has becomes a contact, which needs contacts.create.
 */
export async function textNumber(
  deps: Deps,
  access: AccountAccess,
  input: Static<typeof SingleMessageInput>,
): Promise<Message> {
  enforce(mayTextSingleMessage(access))
  const to = normalisePhone(input.to)
  const problem = phoneProblem(to)
  if (problem) throw invalidField('to', problem)
  checkSmsBody(input.body, MAX_SMS_PARTS)
  // Every check of the input comes before the number is looked up: the answer to a bad request
  // must not depend on whether the number is a contact.
  if (input.from !== undefined) checkSmsSender(input.from)
  const existing = await deps.db
    .selectFrom('contacts')
    .select('id')
    .where('account_id', '=', access.accountId)
    .where('phone', '=', to)
    .executeTakeFirst()
  if (!existing) {
    enforce(mayTextNewNumber(access))
    // Refused numbers are refused before anyone is created for them.
    await assertMayContact(deps, access.accountId, 'sms', to, undefined)
  }
  const earlier = await repo.threadOfAddress(deps.db, access.accountId, existing?.id ?? null, to)
  const from = checkSmsSender(
    input.from ?? (await defaultSmsSender(deps, access.accountId, earlier?.id)),
  )
  const { threadId } = await deps.db
    .transaction()
    .execute((tx) => threadForAddress(tx, access.accountId, 'sms', to))
  const sent = await sendSingleSms(deps, senderOf(access), {
    accountId: access.accountId,
    to,
    from,
    body: input.body,
    threadId,
  })
  if (!existing) {
    // Made once the text is charged and sent, so a refusal (credits) leaves no contact behind;
    // the number's thread becomes the contact's.
    const contact = await createContact(deps, access, { phone: to })
    await repo.adoptAddressThread(deps.db, access.accountId, contact.id, to)
  }
  return sent.message
}
