import type { ExpressionBuilder, Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * The delivery worker's reads and writes of campaign rows: scheduled starts and the lease that
 * makes one worker the leader of a campaign. The send ledger's own are in recipients.ts.
 */

type Db = Kysely<DB> | Transaction<DB>

interface CampaignRef {
  account_id: string
  id: string
}

/** Scheduled campaigns whose time has come turn sending: the ones it started. */
export function startDueCampaigns(db: Db, now: Date) {
  return db
    .updateTable('campaigns')
    .set({ status: 'sending' })
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .returningAll()
    .execute()
}

/** A campaign the worker may lead: nobody leads it, this worker does, or the lease lapsed. */
function leadableBy(workerId: string, now: Date) {
  return (eb: ExpressionBuilder<DB, 'campaigns'>) =>
    eb.or([
      eb('lease_owner', 'is', null),
      eb('lease_owner', '=', workerId),
      eb('lease_until', '<', now),
    ])
}

/** Sending campaigns the worker may lead now. */
export function leadableCampaigns(db: Db, workerId: string, now: Date) {
  return db
    .selectFrom('campaigns')
    .select(['account_id', 'id'])
    .where('status', '=', 'sending')
    .where(leadableBy(workerId, now))
    .execute()
}

/** Takes the lead of a sending campaign until `until`: the row, or undefined when another has it. */
export function takeLease(db: Db, ref: CampaignRef, workerId: string, now: Date, until: Date) {
  return db
    .updateTable('campaigns')
    .set({ lease_owner: workerId, lease_until: until })
    .where('account_id', '=', ref.account_id)
    .where('id', '=', ref.id)
    .where('status', '=', 'sending')
    .where(leadableBy(workerId, now))
    .returningAll()
    .executeTakeFirst()
}

/** Extends the worker's lease: the campaign's status, or undefined when it leads no more. */
export async function renewLease(db: Db, ref: CampaignRef, workerId: string, until: Date) {
  const row = await db
    .updateTable('campaigns')
    .set({ lease_until: until })
    .where('account_id', '=', ref.account_id)
    .where('id', '=', ref.id)
    .where('lease_owner', '=', workerId)
    .returning('status')
    .executeTakeFirst()
  return row?.status
}

export async function releaseLease(db: Db, ref: CampaignRef, workerId: string) {
  await db
    .updateTable('campaigns')
    .set({ lease_owner: null, lease_until: null })
    .where('account_id', '=', ref.account_id)
    .where('id', '=', ref.id)
    .where('lease_owner', '=', workerId)
    .execute()
}

/** Every campaign's lease, whoever holds it. */
export async function clearLeases(db: Db) {
  await db
    .updateTable('campaigns')
    .set({ lease_owner: null, lease_until: null })
    .where('lease_owner', 'is not', null)
    .execute()
}

/** A secret of the installation (base64url), by name. */
export async function readInstanceSecret(db: Db, name: string): Promise<string> {
  const row = await db
    .selectFrom('instance_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow()
  return row.value
}
