import type { Kysely, Transaction } from 'kysely'
import { enforce, mayDrawOnParent } from '../access/policies/index.js'
import { type AccountAccess, callerAccessIn } from '../access/service.js'
import { findLiveAccount } from '../accounts/repository.js'
import type { Channel, CreditReason, DB } from '../db/schema.js'
import { throttleSystemMail } from '../delivery/system-mail-limits.js'
import type { Deps } from '../deps.js'
import { type AuditActor, actorOf, recordAudit } from '../developer/audit.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { operatorEmails } from '../identity/operators.js'
import { findUserById } from '../identity/repository.js'
import { existingId, isUuid } from '../ids.js'
import { byId, keysetPage } from '../paging.js'
import * as ledger from './credits-repository.js'
import { lockCampaign } from './repository.js'
import type { Balances, LedgerEntry } from './schemas.js'

/**
 * Email and SMS credits (SPEC §1 Account, §5). `accounts.email_credits` / `sms_credits` are the
 * spendable balances; every change of a balance is one conditional UPDATE plus one `credit_ledger`
 * row in the same transaction, so the ledger always adds up to the balance and no two writers can
 * overdraw (the check constraint `>= 0` is the last line of defence, never the mechanism).
 */

type Db = Kysely<DB> | Transaction<DB>

export const CHANNELS: readonly Channel[] = ['email', 'sms']
/** The largest single top-up or allocation. */
export const MAX_TOP_UP = 10_000_000
function assertAmount(amount: number, field = 'amount', max = Number.MAX_SAFE_INTEGER) {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > max) {
    throw invalidField(field, `${field} must be a whole number between 0 and ${max}`)
  }
}

/** CHORUS_CREDITS=unlimited: what a balance is shown as on an installation that does not meter. */
export const UNLIMITED = 'unlimited'

export function metersCredits(deps: Pick<Deps, 'config'>): boolean {
  return deps.config.credits !== 'unlimited'
}

/** Moving credits means nothing where nothing is metered. */
function requireMetering(deps: Pick<Deps, 'config'>) {
  if (!metersCredits(deps)) {
    throw new AppError('conflict', 'this installation does not meter credits', {
      reason: 'credits_unlimited',
    })
  }
}

/**
 * 409 `insufficient_credits` with what is needed; the balance (`have`) only when it is given,
 * which callers do for a user holding billing.manage in the account (SPEC §2: balances are
 * billing's, so a sender without it learns only that the balance is short).
 */
export function insufficientCredits(
  channel: Channel,
  need: number,
  have: number | undefined,
  accountId: string,
): AppError {
  if (have === undefined) {
    return new AppError(
      'insufficient_credits',
      `this needs ${need} ${channel} credits and the account has fewer`,
      { channel, need, accountId },
    )
  }
  return new AppError(
    'insufficient_credits',
    `this needs ${need} ${channel} credits and the account has ${have}`,
    { channel, need, have, accountId },
  )
}

async function currentBalance(db: Db, accountId: string, channel: Channel) {
  const balance = await ledger.readBalance(db, accountId, channel)
  if (balance === undefined) throw notFound('account')
  return balance
}

/** One movement of a balance, as its ledger row records it. */
interface BalanceMove {
  accountId: string
  channel: Channel
  amount: number
  reason: CreditReason
  campaignId?: string | null
  counterpartAccountId?: string | null
  actorUserId?: string | null
  /** The actor holds billing.manage in the account: a short balance's 409 may show it. */
  showBalance?: boolean
}

/** Credits into a balance, with its ledger row; the account must be live. */
async function credit(db: Db, entry: BalanceMove): Promise<number> {
  const balance = await ledger.moveBalance(db, entry.accountId, entry.channel, entry.amount)
  if (balance === undefined) throw notFound('account')
  await ledger.insertLedgerRow(db, { ...entry, balanceAfter: balance })
  return balance
}

/** Debits a balance when it covers the amount, with its ledger row; else 409 insufficient_credits. */
async function debit(db: Db, entry: BalanceMove): Promise<number> {
  const balance = await ledger.moveBalance(db, entry.accountId, entry.channel, -entry.amount)
  if (balance === undefined) {
    const have = entry.showBalance
      ? await currentBalance(db, entry.accountId, entry.channel)
      : undefined
    throw insufficientCredits(entry.channel, entry.amount, have, entry.accountId)
  }
  await ledger.insertLedgerRow(db, { ...entry, amount: -entry.amount, balanceAfter: balance })
  return balance
}

/**
 * The credits a new top-level account starts with (`config.signupCredits`), inside the
 * transaction that creates it. Sub-accounts start at 0 and are funded by their parent.
 */
export async function grantSignupCredits(
  db: Db,
  accountId: string,
  credits: { email: number; sms: number },
  actorUserId: string | null = null,
): Promise<void> {
  for (const channel of CHANNELS) {
    const amount = credits[channel]
    assertAmount(amount, `signupCredits.${channel}`)
    if (amount === 0) continue
    await credit(db, { accountId, channel, amount, reason: 'signup', actorUserId })
  }
}

export interface Reservation {
  accountId: string
  channel: Channel
  amount: number
  campaignId: string
  actorUserId?: string | null
  /** The actor holds billing.manage in the account: the 409 shows the balance (`have`). */
  showBalance?: boolean
}

/**
 * Takes `amount` credits from the account's balance for a campaign launch, in the caller's
 * transaction: one conditional UPDATE (no read-then-write), so concurrent launches can never
 * overdraw. Throws 409 `insufficient_credits` `{channel, need}` when the balance is short
 * (nothing is taken), with `have` too when `showBalance`. The caller records the amount on the
 * campaign (`credits_reserved`). Returns the balance left.
 */
export async function reserveCredits(db: Db, reservation: Reservation): Promise<number> {
  assertAmount(reservation.amount)
  if (reservation.amount === 0) {
    return currentBalance(db, reservation.accountId, reservation.channel)
  }
  return debit(db, { ...reservation, reason: 'reserve' })
}

export interface Release {
  accountId: string
  channel: Channel
  amount: number
  campaignId: string
  actorUserId?: string | null
}

/**
 * Returns unspent credits of a campaign (`reserved - used`) to the account's balance, in the
 * caller's transaction. A no-op for 0 (no ledger row). Returns the balance, or undefined for 0.
 */
export async function releaseCredits(db: Db, release: Release): Promise<number | undefined> {
  assertAmount(release.amount)
  if (release.amount === 0) return undefined
  return credit(db, { ...release, reason: 'release' })
}

/** The account's balances and what its launched campaigns still hold. */
export async function balancesOf(db: Db, accountId: string): Promise<Balances> {
  const account = await ledger.findBalances(db, accountId)
  if (!account) throw notFound('account')
  const held = await ledger.heldByChannel(db, accountId)
  return {
    email: Number(account.email_credits),
    sms: Number(account.sms_credits),
    reserved: { email: held.get('email') ?? 0, sms: held.get('sms') ?? 0 },
  }
}

export async function getBalances(
  deps: Deps,
  access: AccountAccess,
): Promise<Balances | { email: typeof UNLIMITED; sms: typeof UNLIMITED }> {
  if (!metersCredits(deps)) return { email: UNLIMITED, sms: UNLIMITED }
  return balancesOf(deps.db, access.accountId)
}

/** The account's credit ledger, newest first, by keyset on the time-ordered (UUIDv7) id. */
export async function listLedger(
  deps: Deps,
  access: AccountAccess,
  page: { cursor?: string | undefined; limit?: number | undefined },
): Promise<{ items: LedgerEntry[]; nextCursor: string | null }> {
  const limit = page.limit ?? 50
  if (page.cursor !== undefined && !isUuid(page.cursor)) {
    throw invalidField('cursor', 'cursor is not a cursor of this list')
  }
  const rows = await ledger.ledgerRows(deps.db, access.accountId, {
    before: page.cursor,
    limit: limit + 1,
  })
  const present = (row: (typeof rows)[number]): LedgerEntry => ({
    id: row.id,
    channel: row.channel,
    amount: Number(row.amount),
    balanceAfter: Number(row.balance_after),
    reason: row.reason,
    campaignId: row.campaign_id,
    counterpartAccountId: row.counterpart_account_id,
    actorUserId: row.actor_user_id,
    at: new Date(row.created_at).toISOString(),
  })
  return keysetPage(rows, limit, present, byId)
}

export interface TopUpInput {
  channel: Channel
  amount: number
}

function assertTopUp(input: TopUpInput) {
  if (!CHANNELS.includes(input.channel)) throw invalidField('channel', 'channel is email or sms')
  if (!Number.isSafeInteger(input.amount) || input.amount < 1 || input.amount > MAX_TOP_UP) {
    throw invalidField('amount', `amount must be a whole number from 1 to ${MAX_TOP_UP}`)
  }
}

async function liveAccount(db: Db, accountId: string) {
  const account = await findLiveAccount(db, accountId)
  if (!account) throw notFound('account')
  return account
}

/**
 * Allocates credits to the account of the request (billing.manage there, checked by the gate)
 * from its parent. A top-level account's credits come from the installation's operators (SPEC §3:
 * 403 `operator_required`; its billing users ask with `requestTopUp`). The caller needs
 * billing.manage in the parent too (403 `parent_permission_required` otherwise, so a
 * sub-account's own billing user cannot mint credits), and the parent's balance is debited and the
 * child's credited in one transaction (reason `allocation` on both sides), or 409
 * `insufficient_credits` when the parent is short.
 */
export async function topUp(
  deps: Deps,
  access: AccountAccess,
  input: TopUpInput,
): Promise<Balances> {
  requireMetering(deps)
  assertTopUp(input)
  const account = await liveAccount(deps.db, access.accountId)
  const { channel, amount } = input
  if (account.parent_id === null) {
    throw new AppError(
      'operator_required',
      "a top-level account's credits are added by an operator of the installation: " +
        'ask for them with POST …/credits/requests',
      { accountId: account.id },
    )
  }

  const parentId = account.parent_id
  const parentAccess = await parentAccessOf(deps, access, parentId)
  return deps.db.transaction().execute(async (tx) => {
    // Parent first, then child: every allocation locks the two rows in tree order.
    const parentBalance = await debit(tx, {
      accountId: parentId,
      channel,
      amount,
      // The caller holds billing.manage in the parent (checked above).
      showBalance: true,
      reason: 'allocation',
      counterpartAccountId: account.id,
      actorUserId: access.userId,
    })
    const balance = await credit(tx, {
      accountId: account.id,
      channel,
      amount,
      reason: 'allocation',
      counterpartAccountId: parentId,
      actorUserId: access.userId,
    })
    const details = { channel, amount, fromAccountId: parentId, toAccountId: account.id }
    await recordAudit(tx, actorOf(parentAccess), {
      accountId: parentId,
      action: 'credits.allocated',
      target: { type: 'account', id: account.id },
      details: { ...details, balance: parentBalance },
    })
    await recordAudit(tx, actorOf(access), {
      accountId: account.id,
      action: 'credits.allocated',
      target: { type: 'account', id: account.id },
      details: { ...details, balance },
    })
    return balancesOf(tx, account.id)
  })
}

/**
 * What the caller holds in the parent, by the request gate's own rules. An API key works in its
 * own account only, so it can never draw on a parent.
 */
async function parentAccessOf(deps: Deps, access: AccountAccess, parentId: string) {
  const isKey = access.paths.some((path) => path.kind === 'api_key')
  const parentAccess = isKey ? undefined : await callerAccessIn(deps, access, parentId)
  enforce(mayDrawOnParent(access, parentId, parentAccess))
  // Allowed only with the parent's access in hand: a key never gets that far.
  return parentAccess as AccountAccess
}

export interface TestSendCharge {
  accountId: string
  /** Email credits: one per tester mailed. */
  amount: number
  actorUserId: string | null
  /** The actor holds billing.manage in the account: the 409 shows the balance (`have`). */
  showBalance?: boolean
}

/**
 * Messages sent one at a time (test sends, single messages) cost what they send as they go: one
 * conditional debit in the caller's transaction (nothing where the installation does not meter);
 * 409 `insufficient_credits` when the balance is short.
 */
async function chargeMessages(deps: Pick<Deps, 'config'>, db: Db, charge: BalanceMove) {
  assertAmount(charge.amount)
  if (charge.amount === 0 || !metersCredits(deps)) return
  await debit(db, charge)
}

/** Gives back the credits of messages that did not go out. */
async function refundMessages(deps: Pick<Deps, 'config'>, db: Db, refund: BalanceMove) {
  assertAmount(refund.amount)
  if (refund.amount === 0 || !metersCredits(deps)) return
  await credit(db, refund)
}

/** Test sends are real mail (`test_send` in the ledger); the balance and its row move together. */
export async function chargeTestSend(
  deps: Pick<Deps, 'db' | 'config'>,
  charge: TestSendCharge,
): Promise<void> {
  await deps.db
    .transaction()
    .execute((tx) => chargeMessages(deps, tx, { ...charge, channel: 'email', reason: 'test_send' }))
}

/** Gives back the credits of test messages the mail server did not take. */
export async function refundTestSend(
  deps: Pick<Deps, 'db' | 'config'>,
  refund: TestSendCharge,
): Promise<void> {
  await deps.db
    .transaction()
    .execute((tx) => refundMessages(deps, tx, { ...refund, channel: 'email', reason: 'test_send' }))
}

/** The ledger reasons of single messages: answers and texts from the inbox, Email-to-SMS texts. */
export type SingleMessageReason = 'single_message' | 'email_to_sms'

export interface SingleMessageCharge extends TestSendCharge {
  channel: Channel
  reason: SingleMessageReason
}

/**
 * A single message (an answer from the inbox, a text to a number, an Email-to-SMS text) is charged
 * in the transaction that records it, under its reason: SMS by its parts, email one.
 */
export function chargeSingleMessage(
  deps: Pick<Deps, 'config'>,
  db: Db,
  charge: SingleMessageCharge,
): Promise<void> {
  return chargeMessages(deps, db, charge)
}

/** Gives back the credits of a single message the gateway or the mail server did not take. */
export function refundSingleMessage(
  deps: Pick<Deps, 'config'>,
  db: Db,
  refund: SingleMessageCharge,
): Promise<void> {
  return refundMessages(deps, db, refund)
}

/** An account's balances, for an operator of the installation (any live account). */
export async function operatorBalances(deps: Deps, accountId: string) {
  requireMetering(deps)
  return balancesOf(deps.db, existingId(accountId, 'account'))
}

/**
 * An operator of the installation adds credits to a top-level account (SPEC §3), from the
 * operator API or `chorus credits add`. Reason `top_up`, audited in the account. Sub-accounts
 * stay funded by their parents (422 on `accountId`).
 */
export async function addOperatorCredits(
  deps: Deps,
  actor: AuditActor,
  input: TopUpInput & { accountId: string },
): Promise<Balances> {
  requireMetering(deps)
  assertTopUp(input)
  const account = await liveAccount(deps.db, existingId(input.accountId, 'account'))
  if (account.parent_id !== null) {
    throw invalidField('accountId', 'a sub-account is funded from its parent account')
  }
  const { channel, amount } = input
  return deps.db.transaction().execute(async (tx) => {
    const balance = await credit(tx, {
      accountId: account.id,
      channel,
      amount,
      reason: 'top_up',
      actorUserId: actor.userId,
    })
    await recordAudit(tx, actor, {
      accountId: account.id,
      action: 'credits.topped_up',
      target: { type: 'account', id: account.id },
      details: { channel, amount, balance, by: 'operator' },
    })
    return balancesOf(tx, account.id)
  })
}

/**
 * A billing user of a top-level account asks the operators for a top-up: every operator gets an
 * email naming the account, the amount and the command that adds it; the request is audited.
 * Returns how many operators were told.
 */
export async function requestTopUp(
  deps: Deps,
  access: AccountAccess,
  input: TopUpInput & { note?: string | undefined },
): Promise<{ notified: number }> {
  requireMetering(deps)
  assertTopUp(input)
  const account = await liveAccount(deps.db, access.accountId)
  if (account.parent_id !== null) {
    throw new AppError(
      'conflict',
      "a sub-account's credits come from its parent account: allocate them there",
      { reason: 'subaccount', parentId: account.parent_id },
    )
  }
  // Each request mails every operator: limited per account and user (429), before the audit entry.
  await throttleSystemMail(deps, 'top_up_request', access)
  const requester = await findUserById(deps.db, access.userId)
  if (!requester) throw notFound('user')
  const { channel, amount } = input
  const note = input.note?.trim()
  await recordAudit(deps.db, actorOf(access), {
    accountId: account.id,
    action: 'credits.top_up_requested',
    target: { type: 'account', id: account.id },
    details: { channel, amount, ...(note ? { note } : {}) },
  })
  let notified = 0
  for (const to of await operatorEmails(deps.db)) {
    // One unreachable mailbox does not stop the others; the audit entry already records the ask.
    await deps.mailer
      .send({
        to,
        subject: `Top-up request: ${amount} ${channel} credits for ${account.name}`,
        text: [
          `${requester.email} asks for ${amount} ${channel} credits for the account "${account.name}" (${account.id}).`,
          ...(note ? [`Their note: ${note}`] : []),
          `To add them: chorus credits add ${account.id} ${channel} ${amount}`,
          `or POST ${deps.config.publicUrl}/api/v1/operator/accounts/${account.id}/credits with {"channel": "${channel}", "amount": ${amount}}.`,
        ].join('\n\n'),
      })
      .then(
        () => {
          notified += 1
        },
        (error: unknown) => deps.log.warn({ err: error, to }, 'top-up request email failed'),
      )
  }
  return { notified }
}

export interface SmsRepricing {
  campaign: { account_id: string; id: string; credits_from_balance: boolean }
  contactId: string
  /** The parts the recipient was charged at launch (the estimate). */
  charged: number
  /** The parts of the message actually rendered for the recipient. */
  parts: number
}

/**
 * An SMS launch charges every recipient the parts of one rendered message, an estimate for a
 * personalised text (see delivery/sms-pricing.ts). Just before a message goes out its own parts
 * set its price, so credits used always equal the parts sent: more parts reserve the difference
 * from the balance, fewer leave the difference to the release at the campaign's end. A campaign
 * that ended meanwhile has released its credits and moved the row: nothing is charged for it.
 * Answers `priced`, `short` (the balance does not cover the difference: not sent) or `ended`.
 */
export async function repriceSmsRecipient(
  db: Kysely<DB>,
  reprice: SmsRepricing,
): Promise<'priced' | 'short' | 'ended'> {
  const { campaign, contactId, charged, parts } = reprice
  if (parts === charged) return 'priced'
  const extra = parts - charged
  return db.transaction().execute(async (tx) => {
    // The campaign row first, as every status change takes it: an ending campaign either waits
    // for this price or has already moved the row (then nothing is charged).
    const row = await lockCampaign(tx, campaign.account_id, campaign.id)
    if (row?.status !== 'sending' && row?.status !== 'paused') return 'ended'
    if (!(await ledger.lockClaimedRecipient(tx, campaign, contactId))) return 'ended'
    if (extra > 0) {
      if (campaign.credits_from_balance) {
        const reservation = {
          accountId: campaign.account_id,
          channel: 'sms' as const,
          amount: extra,
          campaignId: campaign.id,
        }
        try {
          await reserveCredits(tx, reservation)
        } catch (error) {
          // The balance is read and checked in JS: the transaction is still usable.
          if (error instanceof AppError && error.code === 'insufficient_credits') return 'short'
          throw error
        }
      }
      await ledger.addToReservation(tx, campaign, extra)
    }
    await ledger.setRecipientCredits(tx, campaign, contactId, parts)
    return 'priced'
  })
}
