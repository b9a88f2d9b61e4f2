import type { Transaction } from 'kysely'
import { type CampaignRow, recipientCredits } from '../campaigns/repository.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { buildSms, prepareCampaign } from './messages.js'
import { contactsOf, expandAudience } from './recipients.js'
import { smsSegments } from './sms.js'

/**
 * An SMS costs as many credits as it has parts. Launch prices the campaign without rendering every
 * recipient's message (that ran inside the launch request and its transaction: 9.5 s for 40
 * recipients of a slow template): the message of the first recipient (by contact id) is rendered
 * in the render pool and every recipient is charged its parts — exact for a text without Liquid,
 * an estimate for a personalised one, which the sender corrects per message just before it goes
 * out (`repriceSmsRecipient`). The recipients go into the send ledger at once to carry
 * their price. Returns the credits the campaign needs.
 */
export async function priceSmsRecipients(deps: Deps, tx: Transaction<DB>, campaign: CampaignRow) {
  await expandAudience(tx, campaign, { everything: true })
  const parts = await partsOfFirstMessage(deps, tx, campaign)
  if (parts !== undefined && parts !== 1) {
    await tx
      .updateTable('campaign_recipients')
      .set({ credits: parts })
      .where('account_id', '=', campaign.account_id)
      .where('campaign_id', '=', campaign.id)
      .execute()
  }
  return recipientCredits(tx, campaign.account_id, campaign.id)
}

/** The parts of the first recipient's message; undefined when there is no recipient. */
async function partsOfFirstMessage(deps: Deps, tx: Transaction<DB>, campaign: CampaignRow) {
  const first = await tx
    .selectFrom('campaign_recipients')
    .select(['contact_id as contactId', 'contact_account_id as contactAccountId', 'address'])
    .where('account_id', '=', campaign.account_id)
    .where('campaign_id', '=', campaign.id)
    .orderBy('contact_id')
    .limit(1)
    .executeTakeFirst()
  if (!first) return undefined
  const contact = (await contactsOf(tx, [first])).get(first.contactId)
  if (!contact) return undefined
  // Read through the launch's transaction: the embedded database has one connection, and the link
  // key is not read yet in a process that has sent nothing.
  const prepared = await prepareCampaign({ ...deps, db: tx }, campaign)
  try {
    return smsSegments((await buildSms(prepared, first, contact)).body)
  } catch {
    // This contact's message cannot be rendered: it fails at delivery, and the launch goes on.
    // Every message is priced again by its own parts just before it is sent.
    return undefined
  }
}
