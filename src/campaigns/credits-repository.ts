import { type Kysely, sql, type Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Channel, CreditReason, DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

/** Campaigns whose reservation is still held (the rest has been released or was never taken). */
const HOLDING_STATUSES = ['scheduled', 'sending', 'paused'] as const

function balanceColumn(channel: Channel) {
  return channel === 'email' ? 'email_credits' : 'sms_credits'
}

/** A live account's balance on the channel; undefined when there is no such account. */
export async function readBalance(
  db: Db,
  accountId: string,
  channel: Channel,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('accounts')
    .select(sql<string | number>`${sql.ref(balanceColumn(channel))}`.as('balance'))
    .where('id', '=', accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return row ? Number(row.balance) : undefined
}

/**
 * Adds `delta` (either sign) to a live account's balance in one statement. A debit only happens
 * when the balance covers it (`where balance >= amount`, evaluated on the locked row, so
 * concurrent debits queue and each sees the other's result): `undefined` when it does not, else
 * the new balance.
 */
export async function moveBalance(
  db: Db,
  accountId: string,
  channel: Channel,
  delta: number,
): Promise<number | undefined> {
  const column = sql.ref(balanceColumn(channel))
  const covers = delta < 0 ? sql`and ${column} >= ${-delta}` : sql``
  const result = await sql<{ balance: string | number }>`
    update accounts set ${column} = ${column} + ${delta}
    where id = ${accountId} and deleted_at is null ${covers}
    returning ${column} as balance`.execute(db)
  const row = result.rows[0]
  return row ? Number(row.balance) : undefined
}

export interface LedgerRow {
  accountId: string
  channel: Channel
  amount: number
  balanceAfter: number
  reason: CreditReason
  campaignId?: string | null
  counterpartAccountId?: string | null
  actorUserId?: string | null
}

export async function insertLedgerRow(db: Db, entry: LedgerRow) {
  await db
    .insertInto('credit_ledger')
    .values({
      account_id: entry.accountId,
      id: uuidv7(),
      channel: entry.channel,
      amount: entry.amount,
      balance_after: entry.balanceAfter,
      reason: entry.reason,
      campaign_id: entry.campaignId ?? null,
      counterpart_account_id: entry.counterpartAccountId ?? null,
      actor_user_id: entry.actorUserId ?? null,
    })
    .execute()
}

/** A live account's two balances; undefined when there is no such account. */
export function findBalances(db: Db, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['email_credits', 'sms_credits'])
    .where('id', '=', accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

/** What the account's launched campaigns still hold, per channel (channels holding nothing absent). */
export async function heldByChannel(db: Db, accountId: string): Promise<Map<Channel, number>> {
  const rows = await db
    .selectFrom('campaigns')
    .select([
      'channel',
      sql<string | number>`coalesce(sum(credits_reserved - credits_used), 0)`.as('held'),
    ])
    .where('account_id', '=', accountId)
    .where('status', 'in', HOLDING_STATUSES)
    .groupBy('channel')
    .execute()
  return new Map(rows.map((row) => [row.channel, Number(row.held)]))
}

/** Up to `limit` ledger rows of the account before `before` (an id), newest first. */
export function ledgerRows(
  db: Db,
  accountId: string,
  page: { before: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('credit_ledger')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(page.limit)
  if (page.before !== undefined) query = query.where('id', '<', page.before)
  return query.execute()
}

/** The recipient's send-ledger row while it is claimed, locked; undefined once it is not. */
export function lockClaimedRecipient(
  tx: Transaction<DB>,
  campaign: { account_id: string; id: string },
  contactId: string,
) {
  return tx
    .selectFrom('campaign_recipients')
    .select('contact_id')
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .where('contact_id', '=', contactId)
    .where('status', '=', 'claimed')
    .forUpdate()
    .executeTakeFirst()
}

export async function addToReservation(
  db: Db,
  campaign: { account_id: string; id: string },
  extra: number,
) {
  await db
    .updateTable('campaigns')
    .set({ credits_reserved: sql`credits_reserved + ${extra}` })
    .where('account_id', '=', campaign.account_id)
    .where('id', '=', campaign.id)
    .execute()
}

export async function setRecipientCredits(
  db: Db,
  campaign: { account_id: string; id: string },
  contactId: string,
  credits: number,
) {
  await db
    .updateTable('campaign_recipients')
    .set({ credits })
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .where('contact_id', '=', contactId)
    .execute()
}
