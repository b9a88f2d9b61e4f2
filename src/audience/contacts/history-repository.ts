import { type Kysely, sql, type Transaction } from 'kysely'
import type { Channel, DB } from '../../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export interface HistoryRow {
  id: string
  type: string
  channel: Channel | null
  at: Date
  details: unknown
  /** Orders rows of one source recorded at the same time (one transaction's events share `at`). */
  sequence: string | number
}

/** Events recorded on the contact itself by the audience module (consent and the like). */
function contactEventRows(db: Db, accountId: string, contactId: string, limit: number) {
  return db
    .selectFrom('contact_events')
    .select([
      sql<string>`'contact:' || id`.as('id'),
      'type',
      'channel',
      sql<Date>`at`.as('at'),
      sql<unknown>`details`.as('details'),
      sql<string>`id`.as('sequence'),
    ])
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .orderBy('contact_events.id', 'desc')
    .limit(limit)
}

/**
 * Messages the owner's own campaigns sent to the contact, or gave up on. Sends by other accounts
 * through a group share are left out: their campaigns (names included) are the sender's data.
 */
function ownSendRows(db: Db, accountId: string, contactId: string, limit: number) {
  const at = sql<Date>`case when r.status = 'sent' then r.sent_at else r.claimed_at end`
  return db
    .selectFrom('campaign_recipients as r')
    .innerJoin('campaigns as c', (join) =>
      join.onRef('c.account_id', '=', 'r.account_id').onRef('c.id', '=', 'r.campaign_id'),
    )
    .select([
      sql<string>`'send:' || r.campaign_id`.as('id'),
      sql<string>`case when r.status = 'sent' then 'sent' else 'send_failed' end`.as('type'),
      'c.channel',
      at.as('at'),
      // A sent row has no error (marking it sent clears any from earlier attempts).
      sql<unknown>`jsonb_strip_nulls(jsonb_build_object(
        'campaignId', r.campaign_id, 'campaignName', c.name, 'error', r.error))`.as('details'),
      sql<string>`0::bigint`.as('sequence'),
    ])
    .where('r.contact_account_id', '=', accountId)
    .where('r.contact_id', '=', contactId)
    .where('r.account_id', '=', accountId)
    .where('r.status', 'in', ['sent', 'failed'])
    .orderBy(at, 'desc')
    .limit(limit)
}

/**
 * Deliveries, opens, clicks, bounces, complaints and unsubscribes from the owner's own campaigns.
 * The ledger row proves the contact is the owner's (an event row names only the sending account).
 * Event rows have no key of their own, so an id numbers a campaign's events of one kind by time.
 */
function ownCampaignEventRows(db: Db, accountId: string, contactId: string, limit: number) {
  const eventNumber = sql<string>`row_number() over (
    partition by e.campaign_id, e.kind order by e.at, e.detail)`
  return db
    .selectFrom('campaign_events as e')
    .innerJoin('campaign_recipients as r', (join) =>
      join
        .onRef('r.account_id', '=', 'e.account_id')
        .onRef('r.campaign_id', '=', 'e.campaign_id')
        .onRef('r.contact_id', '=', 'e.contact_id'),
    )
    .innerJoin('campaigns as c', (join) =>
      join.onRef('c.account_id', '=', 'e.account_id').onRef('c.id', '=', 'e.campaign_id'),
    )
    .select([
      sql<string>`'campaign:' || e.campaign_id || ':' || e.kind || ':' || ${eventNumber}`.as('id'),
      sql<string>`e.kind`.as('type'),
      'c.channel',
      sql<Date>`e.at`.as('at'),
      sql<unknown>`jsonb_build_object(
        'campaignId', e.campaign_id, 'campaignName', c.name, 'detail', e.detail)`.as('details'),
      eventNumber.as('sequence'),
    ])
    .where('e.account_id', '=', accountId)
    .where('e.contact_id', '=', contactId)
    .where('r.contact_account_id', '=', accountId)
    .orderBy('e.at', 'desc')
    .limit(limit)
}

/** A contact's history from its events and the owner's campaigns, newest first. */
export function listContactHistory(
  db: Db,
  accountId: string,
  contactId: string,
  limit: number,
): Promise<HistoryRow[]> {
  // Each source is cut to `limit` first, so none is read further than the answer can reach.
  const contactEvents = contactEventRows(db, accountId, contactId, limit)
  const sends = ownSendRows(db, accountId, contactId, limit)
  const campaignEvents = ownCampaignEventRows(db, accountId, contactId, limit)
  return db
    .selectFrom(contactEvents.as('contact_event_rows'))
    .selectAll()
    .unionAll(db.selectFrom(sends.as('send_rows')).selectAll())
    .unionAll(db.selectFrom(campaignEvents.as('campaign_event_rows')).selectAll())
    .orderBy('at', 'desc')
    .orderBy('sequence', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

export async function recordContactEvent(
  db: Db,
  event: {
    accountId: string
    contactId: string
    type: string
    channel?: Channel | null
    details?: unknown
  },
) {
  await db
    .insertInto('contact_events')
    .values({
      account_id: event.accountId,
      contact_id: event.contactId,
      type: event.type,
      channel: event.channel ?? null,
      details: event.details === undefined ? null : JSON.stringify(event.details),
    })
    .execute()
}
