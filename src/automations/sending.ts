import { sql, type Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { metersCredits, reserveCredits } from '../campaigns/credits.js'
import * as campaignsRepo from '../campaigns/repository.js'
import { finish } from '../campaigns/service.js'
import { assertSenderVerified } from '../content/sender-verification.js'
import { findUsableTemplate } from '../content/templates.js'
import type { Channel, DB } from '../db/schema.js'
import { trackableLinks } from '../delivery/messages.js'
import { measureSms } from '../delivery/sms.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import type { ProgramRow } from './repository.js'
import type { Step } from './schemas.js'
import { isSending, locateSteps } from './steps.js'

/**
 * Program messages go out through the send ledger (DESIGN.md "Programs"): each send step owns a
 * hidden campaign (`campaigns.program_id`, left out of the campaign list) whose content is fixed
 * when the program goes live (activation or approval). A contact reaching the step is put in its
 * ledger in the transaction that moves it on, and the delivery worker sends, tracks and charges
 * as for any campaign — so a crash neither loses nor repeats a message beyond the in-flight batch.
 */

type SendStep = Extract<Step, { type: 'send_email' | 'send_sms' }>

/** The account's sender for an email step: the one it names, else the first confirmed one. */
async function senderOf(tx: Transaction<DB>, accountId: string, step: SendStep) {
  let query = tx
    .selectFrom('senders')
    .select(['email', 'name'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
  if (step.type === 'send_email' && step.fromAddressId) {
    query = query.where('id', '=', step.fromAddressId)
  }
  return query.executeTakeFirst()
}

/** The content a send step's hidden campaign carries, checked as a launch checks it. */
async function contentOf(tx: Transaction<DB>, accountId: string, step: SendStep) {
  if (step.type === 'send_sms') {
    return {
      channel: 'sms' as Channel,
      subject: '',
      html: '',
      text: step.text,
      from_email: step.senderId ?? 'Chorus',
      from_name: '',
      template_id: null,
    }
  }
  const template = step.templateId
    ? await findUsableTemplate(tx, accountId, step.templateId)
    : undefined
  if (!template) throw new AppError('validation_failed', 'an email step needs a template')
  const sender = await senderOf(tx, accountId, step)
  if (!sender) throw new AppError('validation_failed', 'the account has no sender address')
  await assertSenderVerified(tx, accountId, sender.email)
  return {
    channel: 'email' as Channel,
    subject: step.subject?.trim() || template.subject,
    html: template.html,
    text: template.text,
    from_email: sender.email,
    from_name: sender.name,
    template_id: template.id,
  }
}

/**
 * Gives every send step of the program a hidden campaign with the step's content as it is now
 * (called when the program goes live). A campaign keeps its ledger, so statistics run on.
 */
export async function prepareStepCampaigns(deps: Deps, tx: Transaction<DB>, program: ProgramRow) {
  const steps = [...locateSteps(program.steps as Step[]).values()].map((l) => l.step)
  for (const step of steps.filter(isSending) as SendStep[]) {
    const content = await contentOf(tx, program.account_id, step)
    const existing = await stepCampaign(tx, program.account_id, program.id, step.id)
    const id = existing?.id ?? uuidv7()
    const { channel, ...columns } = content
    if (!existing) {
      await tx
        .insertInto('campaigns')
        .values({
          account_id: program.account_id,
          id,
          name: `${program.name.slice(0, 150)} · ${step.type === 'send_sms' ? 'SMS' : 'email'}`,
          channel,
          status: 'sent',
          created_by: program.created_by,
          program_id: program.id,
          program_step_id: step.id,
          launched_at: deps.clock.now(),
          credits_from_balance: metersCredits(deps),
        })
        .execute()
    }
    await campaignsRepo.updateCampaign(tx, program.account_id, id, columns)
    await campaignsRepo.replaceLinks(tx, program.account_id, id, trackableLinks(content.html))
  }
}

function stepCampaign(tx: Transaction<DB>, accountId: string, programId: string, stepId: string) {
  return tx
    .selectFrom('campaigns')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('program_id', '=', programId)
    .where('program_step_id', '=', stepId)
    .forUpdate()
    .executeTakeFirst()
}

export type Enqueued = { kind: 'queued'; recipients: number } | { kind: 'short' }

/**
 * The contacts (of those listed) the step's message goes to now: with an address on the channel,
 * subscribed, the address not suppressed for the account (its unsubscribes and blocklist, the
 * platform's bounces and complaints), and no message of the step still in flight for them (one
 * from a previous pass keeps it). Exactly the rows the ledger gains, so exactly what is reserved.
 */
function queueable(
  program: ProgramRow,
  campaign: { id: string; channel: Channel },
  contactIds: string[],
) {
  const account = program.account_id
  const channel = campaign.channel
  const address = sql.ref(channel === 'sms' ? 'k.phone' : 'k.email')
  const status = sql.ref(channel === 'sms' ? 'k.sms_status' : 'k.email_status')
  return sql<{ id: string; address: string }>`
    select k.id, ${address} as address from contacts k
    where k.account_id = ${account} and k.id = any(${contactIds}::uuid[])
      and ${address} is not null and ${status} = 'subscribed'
      and not exists (select 1 from unsubscribes x where x.account_id = ${account}
        and x.channel = ${channel} and x.address = ${address})
      and not exists (select 1 from blocklist b where b.account_id = ${account}
        and b.channel = ${channel} and b.address = ${address})
      and not exists (select 1 from platform_suppressions p where p.channel = ${channel}
        and p.address = ${address})
      and not exists (select 1 from campaign_recipients r where r.account_id = ${account}
        and r.campaign_id = ${campaign.id} and r.contact_id = k.id
        and r.status not in ('sent', 'skipped', 'failed'))`
}

/**
 * Puts the contacts who may receive the step's message in its campaign's ledger and reserves
 * the credits of exactly those messages, in the caller's transaction; the others are passed over
 * (`queueable`; suppression is checked again just before sending). A short balance queues nobody
 * ('short': the caller holds the contacts at the step and tries later).
 */
export async function enqueueStep(
  deps: Deps,
  tx: Transaction<DB>,
  program: ProgramRow,
  step: SendStep,
  contactIds: string[],
): Promise<Enqueued> {
  // Locked FOR UPDATE: no other move queues on this step's ledger until this one commits.
  const campaign = await stepCampaign(tx, program.account_id, program.id, step.id)
  if (!campaign) throw new Error(`send step ${step.id} has no campaign; was the program prepared?`)
  const channel = campaign.channel
  const credits = channel === 'sms' ? measureSms(campaign.text).parts : 1
  const recipients = (await queueable(program, campaign, contactIds).execute(tx)).rows
  const count = recipients.length
  if (count === 0) return { kind: 'queued', recipients: 0 }
  const metered = metersCredits(deps)
  if (metered) {
    try {
      await reserveCredits(tx, {
        accountId: program.account_id,
        channel,
        amount: count * credits,
        campaignId: campaign.id,
      })
    } catch (error) {
      if (error instanceof AppError && error.code === 'insufficient_credits')
        return { kind: 'short' }
      throw error
    }
  }
  // A contact that comes round again (entry "again") is queued once more on its row.
  const queued = await sql`
    insert into campaign_recipients
      (account_id, campaign_id, contact_id, contact_account_id, address, status, credits)
    select ${program.account_id}, ${campaign.id}, r.id, ${program.account_id}, r.address,
      'queued', ${credits}
    from unnest(${recipients.map((r) => r.id)}::uuid[],
      ${recipients.map((r) => r.address)}::text[]) as r(id, address)
    on conflict (account_id, campaign_id, contact_id) do update
      set status = 'queued', credits = excluded.credits, attempts = 0, error = null,
        sent_at = null, claimed_at = null, address = excluded.address
      where campaign_recipients.status in ('sent', 'skipped', 'failed')`.execute(tx)
  if (Number(queued.numAffectedRows) !== count) {
    // Cannot happen under the campaign's lock; if it did, the move rolls back and runs again.
    throw new Error(`send step ${step.id}: queued ${queued.numAffectedRows} of ${count}`)
  }
  await sql`
    update campaigns set status = 'sending', finished_at = null,
      credits_from_balance = ${metered},
      credits_reserved = credits_reserved + ${metered ? count * credits : 0},
      recipient_count = recipient_count + ${count}
    where account_id = ${program.account_id} and id = ${campaign.id}`.execute(tx)
  return { kind: 'queued', recipients: count }
}

/** Ends the program's step campaigns: nothing queued goes out, unused credits go back. */
export async function stopStepCampaigns(deps: Deps, tx: Transaction<DB>, program: ProgramRow) {
  const campaigns = await tx
    .selectFrom('campaigns')
    .select('id')
    .where('account_id', '=', program.account_id)
    .where('program_id', '=', program.id)
    .execute()
  for (const { id } of campaigns) {
    const row = await campaignsRepo.lockCampaign(tx, program.account_id, id)
    if (row?.status === 'sending') await finish(tx, row, 'terminated', deps.clock.now())
  }
}
