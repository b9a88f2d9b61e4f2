import { presentedContactByAddress } from '../audience/contacts/service.js'
import { recordUnsubscribe } from '../audience/suppression/repository.js'
import { campaignLinks } from '../campaigns/repository.js'
import type { CampaignEventKind } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { emitWebhookEvent } from '../webhooks/events.js'
import { findLedgerRecipient } from './recipients.js'
import { parseRecipientToken, type RecipientRef } from './tokens.js'

type Db = Deps['db']

/** The send-ledger row a link names; undefined for a forged, cut or stale link. */
async function recipientOf(deps: Deps, token: string) {
  const ref = await parseRecipientToken(deps.db, token)
  return ref ? findLedgerRecipient(deps.db, ref) : undefined
}

/** Records an engagement once per recipient and kind (and link, for clicks). */
async function recordOnce(
  db: Db,
  ref: RecipientRef,
  kind: CampaignEventKind,
  detail: string | null,
) {
  const seen = await db
    .selectFrom('campaign_events')
    .select('kind')
    .where('account_id', '=', ref.accountId)
    .where('campaign_id', '=', ref.campaignId)
    .where('contact_id', '=', ref.contactId)
    .where('kind', '=', kind)
    .where((eb) => (detail === null ? eb('detail', 'is', null) : eb('detail', '=', detail)))
    .executeTakeFirst()
  if (seen) return
  await db
    .insertInto('campaign_events')
    .values({
      account_id: ref.accountId,
      campaign_id: ref.campaignId,
      contact_id: ref.contactId,
      kind,
      detail,
    })
    .execute()
}

export async function campaignNameFor(deps: Deps, token: string) {
  return (await recipientOf(deps, token))?.campaignName
}

/**
 * Unsubscribes the recipient from the account that SENT the campaign (SPEC §4): that account's
 * later sends skip the address; a team mate's campaigns to the same shared group do not.
 */
export async function unsubscribe(deps: Deps, token: string): Promise<boolean> {
  const recipient = await recipientOf(deps, token)
  if (!recipient) return false
  await deps.db.transaction().execute(async (tx) => {
    const fresh = await recordUnsubscribe(
      tx,
      recipient.accountId,
      recipient.channel,
      recipient.address,
      `campaign:${recipient.campaignId}`,
    )
    await recordOnce(tx, recipient, 'unsubscribed', null)
    // A second click (or a link scanner's) unsubscribes no one: no second event.
    if (fresh) {
      await emitWebhookEvent(tx, recipient.accountId, 'contact.unsubscribed', () =>
        presentedContactByAddress(tx, recipient.accountId, recipient.channel, recipient.address),
      )
    }
  })
  return true
}

export async function recordOpen(deps: Deps, token: string) {
  const recipient = await recipientOf(deps, token)
  if (recipient) await recordOnce(deps.db, recipient, 'opened', null)
}

/** The link's target, recorded as a click; undefined for a link the campaign does not have. */
export async function recordClick(deps: Deps, token: string, position: number) {
  const recipient = await recipientOf(deps, token)
  if (!recipient) return undefined
  const [link] = await campaignLinks(deps.db, recipient.accountId, recipient.campaignId, position)
  if (!link) return undefined
  await recordOnce(deps.db, recipient, 'clicked', String(position))
  // A click is also an open: images are often blocked.
  await recordOnce(deps.db, recipient, 'opened', null)
  return link.url
}
