import type { Transaction } from 'kysely'
import { type CampaignRow, recipientCredits } from '../campaigns/repository.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { buildSms, prepareCampaign } from './messages.js'
import { contactsOf, expandAudience } from './recipients.js'
import { smsSegments } from './sms.js'

const PRICING_BATCH = 2_000

/**
 * An SMS costs as many credits as it has parts, and personalisation changes the length: each
 * recipient's message is rendered at launch so the reservation is exact. The recipients go into the
 * send ledger at once to carry their price. Returns the credits the campaign needs.
 */
export async function priceSmsRecipients(deps: Deps, tx: Transaction<DB>, campaign: CampaignRow) {
  await expandAudience(tx, campaign, { everything: true })
  await priceLedgerRows(deps, tx, campaign)
  return recipientCredits(tx, campaign.account_id, campaign.id)
}

async function priceLedgerRows(deps: Deps, tx: Transaction<DB>, campaign: CampaignRow) {
  const prepared = await prepareCampaign(deps, campaign)
  let cursor: string | null = null
  for (;;) {
    let query = tx
      .selectFrom('campaign_recipients')
      .select(['contact_id', 'contact_account_id', 'address'])
      .where('account_id', '=', campaign.account_id)
      .where('campaign_id', '=', campaign.id)
      .orderBy('contact_id')
      .limit(PRICING_BATCH)
    if (cursor) query = query.where('contact_id', '>', cursor)
    const rows = await query.execute()
    if (rows.length === 0) return
    const recipients = rows.map((row) => ({
      contactId: row.contact_id,
      contactAccountId: row.contact_account_id,
      address: row.address,
    }))
    const contacts = await contactsOf(tx, recipients)
    const byParts = new Map<number, string[]>()
    for (const recipient of recipients) {
      const contact = contacts.get(recipient.contactId)
      if (!contact) continue
      const parts = smsSegments((await buildSms(prepared, recipient, contact)).body)
      if (parts !== 1) byParts.set(parts, [...(byParts.get(parts) ?? []), recipient.contactId])
    }
    for (const [parts, contactIds] of byParts) {
      await tx
        .updateTable('campaign_recipients')
        .set({ credits: parts })
        .where('account_id', '=', campaign.account_id)
        .where('campaign_id', '=', campaign.id)
        .where('contact_id', 'in', contactIds)
        .execute()
    }
    cursor = rows.at(-1)?.contact_id ?? null
  }
}
