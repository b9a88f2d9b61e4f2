import { type Kysely, sql, type Transaction } from 'kysely'
import type { ContactLike } from '../content/render.js'
import type { Channel, DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export interface ClaimedRecipient {
  contactId: string
  contactAccountId: string
  address: string
  credits: number
  /** Times a server answered "not now" for this recipient (claims and outages do not count). */
  attempts: number
}

interface CampaignRef {
  account_id: string
  id: string
}

/**
 * Claims up to `limit` queued rows after `cursor` (contact id order) for this process. SKIP
 * LOCKED lets several workers claim side by side; the cursor keeps each claim an index range
 * scan instead of a walk over the rows already sent. The rows are named by `ctid` from the
 * locking select, so the update is a TID scan whatever the planner believes about a ledger just
 * filled (as a join, a fresh campaign's rows looked like one row to it and one claim took seconds;
 * as a plain subquery it could be rescanned and claim the whole campaign at once).
 */
export async function claimRecipients(
  db: Db,
  campaign: CampaignRef,
  cursor: string | null,
  limit: number,
  now: Date,
): Promise<ClaimedRecipient[]> {
  const after = cursor ? sql`and contact_id > ${cursor}` : sql``
  const result = await sql<{
    contact_id: string
    contact_account_id: string
    address: string
    credits: number
    attempts: number
  }>`
    update campaign_recipients r
    set status = 'claimed', claimed_at = ${now}
    where r.ctid = any(array(
      select ctid from campaign_recipients
      where account_id = ${campaign.account_id} and campaign_id = ${campaign.id}
        and status = 'queued' ${after}
      order by contact_id
      limit ${limit}
      for update skip locked
    ))
    returning r.contact_id, r.contact_account_id, r.address, r.credits, r.attempts`.execute(db)
  return result.rows
    .map((row) => ({
      contactId: row.contact_id,
      contactAccountId: row.contact_account_id,
      address: row.address,
      credits: Number(row.credits),
      attempts: Number(row.attempts),
    }))
    .sort((a, b) => (a.contactId < b.contactId ? -1 : 1))
}

/** Rows a process that died had claimed: they were in flight, so they go out again. */
export async function requeueClaimed(db: Db, campaign: CampaignRef): Promise<number> {
  const result = await db
    .updateTable('campaign_recipients')
    .set({ status: 'queued' })
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .where('status', '=', 'claimed')
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * Marks claimed rows sent and adds their credits to the campaign's use, in one statement: the
 * debit happens exactly when the row turns sent, so credits used always equal rows sent. A row
 * no longer claimed (the campaign was terminated meanwhile) is neither marked nor charged.
 */
export async function markSent(db: Db, campaign: CampaignRef, contactIds: string[], now: Date) {
  if (contactIds.length === 0) return
  await sql`
    with done as (
      update campaign_recipients set status = 'sent', sent_at = ${now}, error = null
      where account_id = ${campaign.account_id} and campaign_id = ${campaign.id}
        and contact_id = any(${contactIds}::uuid[]) and status = 'claimed'
      returning credits
    )
    update campaigns set credits_used = credits_used + (select coalesce(sum(credits), 0) from done)
    where account_id = ${campaign.account_id} and id = ${campaign.id}`.execute(db)
}

/** Claimed rows that were not sent: back to the queue, failed or skipped, in one statement. */
export async function markUnsent(
  db: Db,
  campaign: CampaignRef,
  outcome: {
    status: 'queued' | 'failed' | 'skipped'
    contactIds: string[]
    /** One reason for all, or one per contact id (same order). */
    error: string | string[]
    /** A server answered "not now": the recipient used up one of its attempts. */
    countAttempt?: boolean
  },
) {
  if (outcome.contactIds.length === 0) return
  const errors = outcome.contactIds.map((_, i) =>
    (typeof outcome.error === 'string' ? outcome.error : (outcome.error[i] ?? '')).slice(0, 500),
  )
  await sql`
    update campaign_recipients r
    set status = ${outcome.status}, error = u.error,
      attempts = r.attempts + ${outcome.countAttempt ? 1 : 0}
    from unnest(${outcome.contactIds}::uuid[], ${errors}::text[]) as u(contact_id, error)
    where r.account_id = ${campaign.account_id} and r.campaign_id = ${campaign.id}
      and r.contact_id = u.contact_id and r.status = 'claimed'`.execute(db)
}

/**
 * Moves recipients fixed at launch (`campaign_audience`) into the send ledger: the next batch, or
 * with `everything` all that are left, as `queued` rows (or `skipped` ones when the campaign ends
 * first). One statement deletes the batches and inserts their rows, so a crash leaves a batch in
 * one place or the other, and running it twice adds nothing (the ledger's key). Returns the rows
 * added.
 */
export async function expandAudience(
  db: Db,
  campaign: CampaignRef,
  options: { everything?: boolean; skip?: string } = {},
): Promise<number> {
  // The worker takes the next batch nobody holds; taking everything (a campaign ending) waits for
  // a batch the worker is moving, so its rows are there to be skipped too.
  const next = options.everything
    ? sql`for update`
    : sql`order by batch limit 1 for update skip locked`
  const status = options.skip === undefined ? 'queued' : 'skipped'
  const result = await sql`
    with taken as (
      delete from campaign_audience
      where account_id = ${campaign.account_id} and campaign_id = ${campaign.id}
        and batch in (
          select batch from campaign_audience
          where account_id = ${campaign.account_id} and campaign_id = ${campaign.id}
          ${next}
        )
      returning contact_ids, contact_account_ids, addresses
    )
    insert into campaign_recipients
      (account_id, campaign_id, contact_id, contact_account_id, address, status, error)
    select ${campaign.account_id}, ${campaign.id}, r.contact_id, r.contact_account_id, r.address,
      ${status}, ${options.skip ?? null}
    from taken, unnest(taken.contact_ids, taken.contact_account_ids, taken.addresses)
      as r(contact_id, contact_account_id, address)
    order by r.contact_id
    on conflict do nothing`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}

/** Every recipient not sent yet (fixed at launch or queued) fails with `reason`, at once. */
export async function failUnsent(db: Kysely<DB>, campaign: CampaignRef, reason: string) {
  await db.transaction().execute(async (tx) => {
    await expandAudience(tx, campaign, { everything: true })
    await closeQueued(tx, campaign, 'failed', reason.slice(0, 500))
  })
}

/** The rows still queued or claimed end `status`, with `error` as their reason. */
export async function closeQueued(
  db: Db,
  campaign: CampaignRef,
  status: 'failed' | 'skipped',
  error: string,
) {
  await db
    .updateTable('campaign_recipients')
    .set({ status, error })
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .where('status', 'in', ['queued', 'claimed'])
    .execute()
}

export async function hasUnfinished(db: Db, campaign: CampaignRef): Promise<boolean> {
  const pending = await db
    .selectFrom('campaign_audience')
    .select('batch')
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .limit(1)
    .executeTakeFirst()
  if (pending) return true
  const row = await db
    .selectFrom('campaign_recipients')
    .select('contact_id')
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .where('status', 'in', ['queued', 'claimed'])
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * The contacts behind claimed rows, with only the fields a message may use (the basic fields of
 * SPEC §4, the same for own and shared-in contacts).
 */
export async function contactsOf(
  db: Db,
  recipients: ReadonlyArray<Pick<ClaimedRecipient, 'contactId' | 'contactAccountId'>>,
): Promise<Map<string, ContactLike>> {
  if (recipients.length === 0) return new Map()
  const accounts = [...new Set(recipients.map((r) => r.contactAccountId))]
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'email', 'phone', 'first_name', 'last_name', 'fields'])
    .where('account_id', 'in', accounts)
    .where(
      'id',
      'in',
      recipients.map((r) => r.contactId),
    )
    .execute()
  return new Map(rows.map((row) => [row.id, row]))
}

/** A send-ledger row with its campaign's channel and name: what links and provider events name. */
export interface LedgerRecipient {
  accountId: string
  campaignId: string
  contactId: string
  address: string
  channel: Channel
  campaignName: string
}

/**
 * The ledger row of a recipient. Links carry the sending account; a Message-ID names only the
 * campaign and contact (campaign ids are unique on their own).
 */
export async function findLedgerRecipient(
  db: Db,
  ref: { accountId?: string; campaignId: string; contactId: string },
): Promise<LedgerRecipient | undefined> {
  let query = db
    .selectFrom('campaign_recipients as r')
    .innerJoin('campaigns as c', (join) =>
      join.onRef('c.account_id', '=', 'r.account_id').onRef('c.id', '=', 'r.campaign_id'),
    )
    .select(['r.account_id', 'r.campaign_id', 'r.contact_id', 'r.address', 'c.channel', 'c.name'])
    .where('r.campaign_id', '=', ref.campaignId)
    .where('r.contact_id', '=', ref.contactId)
  if (ref.accountId) query = query.where('r.account_id', '=', ref.accountId)
  const row = await query.executeTakeFirst()
  return row
    ? {
        accountId: row.account_id,
        campaignId: row.campaign_id,
        contactId: row.contact_id,
        address: row.address,
        channel: row.channel,
        campaignName: row.name,
      }
    : undefined
}
