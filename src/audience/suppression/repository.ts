import { type Kysely, sql, type Transaction } from 'kysely'
import type { Channel, DB } from '../../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export type SuppressionReason = 'unsubscribed' | 'blocklisted' | 'hard_bounce' | 'complaint'

/**
 * Records an unsubscribe in the account that sent (SPEC §4): it suppresses that account's later
 * sends only. The account's own contact with the address is marked unsubscribed too.
 */
export async function recordUnsubscribe(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
  source: string,
) {
  await db
    .insertInto('unsubscribes')
    .values({ account_id: accountId, channel, address, source })
    .onConflict((oc) => oc.doNothing())
    .execute()
  const column = channel === 'email' ? 'email_status' : 'sms_status'
  const addressColumn = channel === 'email' ? 'email' : 'phone'
  await db
    .updateTable('contacts')
    .set({ [column]: 'unsubscribed', updated_at: sql<Date>`now()` })
    .where('account_id', '=', accountId)
    .where(addressColumn, '=', address)
    .execute()
}

/** Lifts an unsubscribe; only contacts.resubscribe may call this (the service checks). */
export async function liftUnsubscribe(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
) {
  await db
    .deleteFrom('unsubscribes')
    .where('account_id', '=', accountId)
    .where('channel', '=', channel)
    .where('address', '=', address)
    .execute()
}

export function listBlocklist(db: Db, accountId: string) {
  return db
    .selectFrom('blocklist')
    .select(['channel', 'address', 'reason', 'created_by', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .execute()
}

export async function addToBlocklist(
  db: Db,
  entry: {
    accountId: string
    channel: Channel
    address: string
    reason: string
    createdBy: string
  },
): Promise<Date> {
  const row = await db
    .insertInto('blocklist')
    .values({
      account_id: entry.accountId,
      channel: entry.channel,
      address: entry.address,
      reason: entry.reason,
      created_by: entry.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['account_id', 'channel', 'address']).doUpdateSet({ reason: entry.reason }),
    )
    .returning('created_at')
    .executeTakeFirstOrThrow()
  return row.created_at
}

export async function removeFromBlocklist(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
) {
  const result = await db
    .deleteFrom('blocklist')
    .where('account_id', '=', accountId)
    .where('channel', '=', channel)
    .where('address', '=', address)
    .executeTakeFirst()
  return result.numDeletedRows === 1n
}

/** Hard bounces and complaints suppress the address for every account (deliverability). */
export async function suppressPlatformWide(
  db: Db,
  channel: Channel,
  address: string,
  reason: 'hard_bounce' | 'complaint',
) {
  await db
    .insertInto('platform_suppressions')
    .values({ channel, address, reason })
    .onConflict((oc) => oc.doNothing())
    .execute()
}

/**
 * The one answer to "may account X send to address Y on channel Z": for each address, the reason
 * it is suppressed, if any. Used for one address and for a whole audience batch alike.
 */
export async function suppressionReasons(
  db: Db,
  accountId: string,
  channel: Channel,
  addresses: string[],
): Promise<Map<string, SuppressionReason>> {
  const reasons = new Map<string, SuppressionReason>()
  if (addresses.length === 0) return reasons
  const rows = await sql<{ address: string; reason: SuppressionReason }>`
    select address, 'unsubscribed' as reason from unsubscribes
      where account_id = ${accountId} and channel = ${channel} and address = any(${addresses}::text[])
    union all
    select address, 'blocklisted' from blocklist
      where account_id = ${accountId} and channel = ${channel} and address = any(${addresses}::text[])
    union all
    select address, reason from platform_suppressions
      where channel = ${channel} and address = any(${addresses}::text[])`.execute(db)
  for (const row of rows.rows) if (!reasons.has(row.address)) reasons.set(row.address, row.reason)
  return reasons
}

export async function mayContact(db: Db, accountId: string, channel: Channel, address: string) {
  const reason = (await suppressionReasons(db, accountId, channel, [address])).get(address)
  return reason ? { allowed: false as const, reason } : { allowed: true as const }
}
