import { type Kysely, sql, type Transaction } from 'kysely'
import type { Channel, DB } from '../../db/schema.js'
import { escapeLike } from '../segments/filter.js'
import { sharedInContactKeys } from '../sharing/repository.js'

type Db = Kysely<DB> | Transaction<DB>

export type SuppressionReason = 'unsubscribed' | 'blocklisted' | 'hard_bounce' | 'complaint'

/**
 * Records an unsubscribe in the account that sent (SPEC §4): it suppresses that account's later
 * sends only. The account's own contact with the address is marked unsubscribed too. True when
 * the address was not unsubscribed there before.
 */
export async function recordUnsubscribe(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
  source: string,
): Promise<boolean> {
  const added = await db
    .insertInto('unsubscribes')
    .values({ account_id: accountId, channel, address, source })
    .onConflict((oc) => oc.doNothing())
    .returning('address')
    .executeTakeFirst()
  const column = channel === 'email' ? 'email_status' : 'sms_status'
  const addressColumn = channel === 'email' ? 'email' : 'phone'
  await db
    .updateTable('contacts')
    .set({ [column]: 'unsubscribed', updated_at: sql<Date>`now()` })
    .where('account_id', '=', accountId)
    .where(addressColumn, '=', address)
    .execute()
  return added !== undefined
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

export function listBlocklist(db: Db, accountId: string, q?: string) {
  return db
    .selectFrom('blocklist')
    .select(['channel', 'address', 'reason', 'created_by', 'created_at'])
    .where('account_id', '=', accountId)
    .$if(q !== undefined, (query) => query.where('address', 'like', `%${escapeLike(q ?? '')}%`))
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

/** Where a page of the account's unsubscribes starts: after this (time, channel, address). */
export interface UnsubscribeKey {
  micros: string
  channel: Channel
  address: string
}

/**
 * A page of the unsubscribes the account holds, newest first. The key carries the time in
 * microseconds as text: a JavaScript Date would round it to milliseconds and skip rows.
 * `sharedIn`: the address is a contact validly shared with the account, through a group or one by
 * one (SPEC §4, seed 003);
 * `contactId`: the account's own contact with the address, else the shared-in one.
 */
export async function listUnsubscribes(
  db: Db,
  accountId: string,
  page: { after?: UnsubscribeKey; q?: string; channel?: Channel; limit: number },
) {
  const after = page.after
    ? sql`and (u.at, u.channel, u.address) < (timestamptz 'epoch' + ${page.after.micros}::bigint * interval '1 microsecond', ${page.after.channel}, ${page.after.address})`
    : sql``
  const search = page.q ? sql`and u.address like ${`%${escapeLike(page.q)}%`}` : sql``
  const channel = page.channel ? sql`and u.channel = ${page.channel}` : sql``
  // Two branches rather than a CASE, so each can use its address index.
  const sameAddress = sql`((p.channel = 'email' and c.email = p.address) or (p.channel = 'sms' and c.phone = p.address))`
  const rows = await sql<{
    channel: Channel
    address: string
    source: string
    at: Date
    micros: string
    own_contact_id: string | null
    shared_contact_id: string | null
  }>`
    with page as (
      select u.channel, u.address, u.source, u.at,
        ((extract(epoch from u.at) * 1000000)::bigint)::text as micros
      from unsubscribes u
      where u.account_id = ${accountId} ${after} ${search} ${channel}
      order by u.at desc, u.channel desc, u.address desc
      limit ${page.limit}
    )
    select p.*,
      (select c.id from contacts c where c.account_id = ${accountId}
        and ${sameAddress} limit 1) as own_contact_id,
      (select c.id from (${sharedInContactKeys(accountId)}) sc
        join contacts c on c.account_id = sc.account_id and c.id = sc.contact_id and ${sameAddress}
        limit 1) as shared_contact_id
    from page p
    order by p.at desc, p.channel desc, p.address desc`.execute(db)
  return rows.rows
}

/** Whether the account holds this unsubscribe, so a lift of nothing is a 404. */
export async function holdsUnsubscribe(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
) {
  const row = await db
    .selectFrom('unsubscribes')
    .select('address')
    .where('account_id', '=', accountId)
    .where('channel', '=', channel)
    .where('address', '=', address)
    .executeTakeFirst()
  return row !== undefined
}

/** The account's own contacts with the address are subscribed again on that channel. */
export async function markResubscribed(
  db: Db,
  accountId: string,
  channel: Channel,
  address: string,
) {
  await db
    .updateTable('contacts')
    .set({
      [channel === 'email' ? 'email_status' : 'sms_status']: 'subscribed',
      updated_at: sql<Date>`now()`,
    })
    .where('account_id', '=', accountId)
    .where(channel === 'email' ? 'email' : 'phone', '=', address)
    .execute()
}
