import { type Kysely, sql, type Transaction } from 'kysely'
import type { Static } from 'typebox'
import { normalisePhone, phoneProblem } from '../audience/contact-input.js'
import {
  liftUnsubscribe,
  markResubscribed,
  recordUnsubscribe,
} from '../audience/suppression/repository.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { invalidField } from '../errors.js'
import { receiveInboundMessage } from '../inbox/receive.js'
import type { InboundSmsResult } from './inbound-sms-schemas.js'

/**
 * SMS answers posted by the gateway (issue 19). Each is filed in the inbox of the account whose
 * text it answers; the opt-out keywords unsubscribe the number from the accounts that texted it
 * from that sender only (SPEC §4), the opt-in keywords lift what a keyword did; an answer to an Email-to-SMS text is also emailed
 * to the address that sent it.
 */

export interface InboundSms {
  /** The gateway's id of the message: a retried post is filed once. */
  id: string
  /** The contact's number (E.164). */
  from: string
  /** The sender id or number the contact answered. */
  to: string
  text: string
}

export type InboundSmsAnswer = Static<typeof InboundSmsResult>

/** Where an unsubscribe made by keyword is recorded, so only such an unsubscribe is lifted by one. */
export const KEYWORD_SOURCE = 'sms_keyword'

const STOP_WORDS = new Set(['STOP', 'STOPALL', 'ARRET', 'UNSUBSCRIBE', 'END', 'QUIT', 'CANCEL'])
const START_WORDS = new Set(['START', 'UNSTOP', 'YES'])

/** The whole message, trimmed, as a keyword: case and accents do not count ("Arrêt" is ARRET). */
export function keywordOf(text: string): 'stop' | 'start' | undefined {
  const word = text
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
  if (STOP_WORDS.has(word)) return 'stop'
  if (START_WORDS.has(word)) return 'start'
  return undefined
}

/** An SMS sender as stored on campaigns: numbers without spaces or dashes, names as written. */
export function canonicalSender(sender: string): string {
  const trimmed = sender.trim()
  return /^\+?[\d\s\-().]+$/.test(trimmed) ? normalisePhone(trimmed) : trimmed
}

export interface AnsweredText {
  accountId: string
  accountName: string
  /** Set when the text answered was an Email-to-SMS message: who emailed it. */
  memberEmail: string | null
}

/** How far back a text counts for a STOP: every account that texted the number since is told. */
export const STOP_REACH_DAYS = 30

/**
 * The live accounts that texted `phone` from `sender`, latest first — a campaign's (or program's)
 * text in the send ledger, or a text sent from the inbox (an answer, an Email-to-SMS message).
 * The first is the one an answer is filed with; a keyword reaches it and every other that texted
 * the number within STOP_REACH_DAYS (sender ids belong to no account, so any of them may be the
 * one the contact means). Empty when none did.
 */
export async function findAnsweredTexts(
  db: Kysely<DB>,
  phone: string,
  sender: string,
): Promise<AnsweredText[]> {
  const { rows } = await sql<{
    account_id: string
    account_name: string
    member_email: string | null
    recent: boolean
  }>`
    with texts as (
      select r.account_id, r.sent_at as at, null::text as member_email
        from campaign_recipients r
        join campaigns c on c.account_id = r.account_id and c.id = r.campaign_id
        where r.address = ${phone} and r.address like '+%' and r.status = 'sent'
          and c.channel = 'sms' and c.from_email = ${sender}
      union all
      select m.account_id, m.created_at, e.member_email
        from inbox_messages m
        left join email_to_sms_messages e on e.account_id = m.account_id and e.message_id = m.id
        where m.to_address = ${phone} and m.direction = 'out' and m.channel = 'sms'
          and m.status = 'sent' and m.from_address = ${sender}
    ), latest as (
      select distinct on (account_id) account_id, at, member_email
        from texts order by account_id, at desc
    )
    select l.account_id, a.name as account_name, l.member_email,
      l.at > now() - make_interval(days => ${STOP_REACH_DAYS}) as recent
    from latest l join accounts a on a.id = l.account_id and a.deleted_at is null
    order by l.at desc`.execute(db)
  return rows
    .filter((row, index) => index === 0 || row.recent)
    .map((row) => ({
      accountId: row.account_id,
      accountName: row.account_name,
      memberEmail: row.member_email,
    }))
}

function checkedNumber(raw: string): string {
  const phone = normalisePhone(raw)
  const problem = phoneProblem(phone)
  if (problem) throw invalidField('from', problem)
  return phone
}

/** "A", "A and B", "A, B and C". */
function namesOf(accounts: AnsweredText[]): string {
  const names = accounts.map((account) => account.accountName)
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The confirmation of a STOP, which carriers expect. */
function unsubscribedReply(accounts: AnsweredText[]) {
  return `You are unsubscribed from ${namesOf(accounts)}. Reply START to resubscribe.`
}

/** STOP: unsubscribed from the accounts that texted the number only (SPEC §4). */
async function unsubscribeByKeyword(tx: Transaction<DB>, phone: string, accounts: AnsweredText[]) {
  for (const account of accounts) {
    await recordUnsubscribe(tx, account.accountId, 'sms', phone, KEYWORD_SOURCE)
  }
  return unsubscribedReply(accounts)
}

/** What START did in one account: lifted, refused (not a keyword's), or nothing to lift. */
async function resubscribeOne(tx: Transaction<DB>, phone: string, account: AnsweredText) {
  const held = await tx
    .selectFrom('unsubscribes')
    .select('source')
    .where('account_id', '=', account.accountId)
    .where('channel', '=', 'sms')
    .where('address', '=', phone)
    .forUpdate()
    .executeTakeFirst()
  if (!held) return 'none'
  if (held.source !== KEYWORD_SOURCE) return 'refused'
  await liftUnsubscribe(tx, account.accountId, 'sms', phone)
  await markResubscribed(tx, account.accountId, 'sms', phone)
  return 'lifted'
}

/**
 * START: lifts each account's unsubscribe of the number only when a keyword made it. One made
 * elsewhere (an unsubscribe link, the provider, a member) stands, and is said to stand; bounces,
 * complaints and the blocklist are never touched. Nothing to lift: no answer (YES is also an
 * everyday reply).
 */
async function resubscribeByKeyword(tx: Transaction<DB>, phone: string, accounts: AnsweredText[]) {
  const lifted: AnsweredText[] = []
  const refused: AnsweredText[] = []
  for (const account of accounts) {
    const outcome = await resubscribeOne(tx, phone, account)
    if (outcome === 'lifted') lifted.push(account)
    if (outcome === 'refused') refused.push(account)
  }
  const sentences = []
  if (lifted.length > 0) {
    sentences.push(`You are resubscribed to ${namesOf(lifted)}. Reply STOP to unsubscribe.`)
  }
  if (refused.length > 0) {
    const names = namesOf(refused)
    sentences.push(
      `Your unsubscribe from ${names} cannot be lifted by text. Contact ${names} to resubscribe.`,
    )
  }
  return sentences.length > 0 ? sentences.join(' ') : null
}

/** An answer to an Email-to-SMS text goes back, by email, to the address that sent it. */
async function forwardToMember(deps: Deps, sms: InboundSms, phone: string, account: AnsweredText) {
  if (!account.memberEmail) return
  try {
    await deps.mailer.send({
      to: account.memberEmail,
      subject: `SMS from ${phone}`,
      text: `${sms.text}\n\n— an SMS answer from ${phone} to ${account.accountName}'s Email to SMS text, also filed in the account's inbox.`,
      accountId: account.accountId,
    })
  } catch (error) {
    // The answer is filed: a retry of the post would be a duplicate and mail nothing either.
    deps.log.warn({ err: error, gatewayId: sms.id }, 'an SMS answer could not be emailed back')
  }
}

/**
 * Files one SMS answer and applies its keyword. A number no account texted from that sender is
 * logged and dropped. An answer is filed with the latest account that texted the number; a
 * keyword is filed with, and applied in, every account it reaches. A retry of a post already
 * filed changes nothing; it gets the STOP confirmation again (the first answer may be what was
 * lost), no other answer.
 */
export async function receiveInboundSms(deps: Deps, sms: InboundSms): Promise<InboundSmsAnswer> {
  const phone = checkedNumber(sms.from)
  const sender = canonicalSender(sms.to)
  if (!sender) throw invalidField('to', 'to is the sender id or number the message was sent to')
  const texted = await findAnsweredTexts(deps.db, phone, sender)
  const [latest] = texted
  if (!latest) {
    deps.log.info({ gatewayId: sms.id, to: sender }, 'inbound SMS from a number no account texted')
    return { status: 'unknown', reply: null }
  }
  const keyword = keywordOf(sms.text)
  const reached = keyword === undefined ? [latest] : texted
  // Filed and applied in one transaction: a filed STOP is always an applied one, so a retry of a
  // post that failed half way applies it, and a duplicate has nothing left to do.
  const answer = await deps.db.transaction().execute(async (tx) => {
    const newlyFiled: AnsweredText[] = []
    for (const account of reached) {
      const filed = await receiveInboundMessage(tx, {
        accountId: account.accountId,
        channel: 'sms',
        from: phone,
        to: sender,
        body: sms.text,
        externalId: sms.id,
      })
      if (filed.created) newlyFiled.push(account)
    }
    if (newlyFiled.length === 0) {
      // Applying it again could undo a START that came in between.
      const reply = keyword === 'stop' ? unsubscribedReply(reached) : null
      return { status: 'duplicate', reply } as const
    }
    const reply =
      keyword === 'stop'
        ? await unsubscribeByKeyword(tx, phone, newlyFiled)
        : keyword === 'start'
          ? await resubscribeByKeyword(tx, phone, newlyFiled)
          : null
    return { status: 'filed', reply } as const
  })
  if (answer.status === 'filed' && keyword === undefined) {
    await forwardToMember(deps, sms, phone, latest)
  }
  return answer
}
