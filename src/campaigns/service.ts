import type { Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import {
  abilitiesOfCampaign,
  type CampaignFacts,
  enforce,
  mayDecideSubmission,
  maySeeCampaign,
  mayUseChannel,
  seesOnlyOwnCampaigns,
} from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import { segmentPredicate } from '../audience/segments/service.js'
import { sharedGroupsOf } from '../audience/sharing/repository.js'
import { compileTemplate } from '../content/render.js'
import type { TestSendResult } from '../content/schemas.js'
import { assertSenderVerified } from '../content/sender-verification.js'
import { findSenderByEmail } from '../content/senders.js'
import { findUsableTemplate, previewContent, sendContentTest } from '../content/templates.js'
import type { CampaignStatus, Channel, DB } from '../db/schema.js'
import { trackableLinks } from '../delivery/messages.js'
import { compilePreviewText } from '../delivery/preheader.js'
import { closeQueued, expandAudience } from '../delivery/recipients.js'
import { measureSms } from '../delivery/sms.js'
import { priceSmsRecipients } from '../delivery/sms-pricing.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { emailProblem, normaliseEmail } from '../email-address.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { existingId, isUuid } from '../ids.js'
import { notifyCampaignApproval } from '../notifications/campaigns.js'
import { byId, keysetPage } from '../paging.js'
import { emitWebhookEvent } from '../webhooks/events.js'
import { metersCredits, releaseCredits, reserveCredits } from './credits.js'
import { actsFrom, type CampaignAction } from './lifecycle.js'
import * as repo from './repository.js'
import type { Campaign, CampaignAbilities, CampaignEstimate } from './schemas.js'

export interface CampaignInput {
  name?: string
  channel?: Channel
  subject?: string
  previewText?: string | null
  from?: string
  fromName?: string
  html?: string
  text?: string
  templateId?: string | null
  groupIds?: string[]
  segmentIds?: string[]
}

export const SMS_SENDER = /^(\+[1-9]\d{6,14}|[A-Za-z0-9 ]{1,11})$/

/**
 * The recipient and credit figures are report data: shown with reports.view, on one's own
 * campaigns, and to an approver the recipient count of a campaign waiting for approval.
 */
function reportFigures(
  row: repo.CampaignRow,
  access: AccountAccess,
): Pick<Campaign, 'recipients' | 'creditsReserved' | 'creditsUsed'> {
  const figures = {
    recipients: row.recipient_count,
    creditsReserved: Number(row.credits_reserved),
    creditsUsed: Number(row.credits_used),
  }
  if (access.held.has('reports.view') || row.created_by === access.userId) return figures
  if (row.status === 'pending_approval' && access.held.has('campaigns.approve')) {
    return { recipients: figures.recipients }
  }
  return {}
}

const iso = (value: Date | string) => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null) => (value ? iso(value) : null)

export function presentCampaign(row: repo.CampaignRow, access: AccountAccess): Campaign {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    channel: row.channel,
    status: row.status,
    subject: row.subject,
    previewText: row.preview_text,
    from: row.from_email,
    fromName: row.from_name,
    html: row.html,
    text: row.text,
    templateId: row.template_id,
    groupIds: row.group_ids,
    segmentIds: row.segment_ids,
    scheduledAt: isoOrNull(row.scheduled_at),
    createdBy: row.created_by,
    submittedBy: row.submitted_by,
    approvedBy: row.approved_by,
    declineReason: row.decline_reason,
    ...reportFigures(row, access),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    launchedAt: isoOrNull(row.launched_at),
    finishedAt: isoOrNull(row.finished_at),
    abilities: campaignAbilities(row, access),
  }
}

/**
 * A campaign as its webhook events carry it: what a reader holding campaigns.view and
 * reports.view (what subscribing to them needs) is answered, without abilities, which are a
 * caller's.
 */
export function campaignEventData(row: repo.CampaignRow) {
  const reader: AccountAccess = {
    accountId: row.account_id,
    userId: '',
    paths: [],
    held: new Set(['campaigns.view', 'reports.view']),
    isOwner: false,
    ip: null,
  }
  const { abilities: _, ...campaign } = presentCampaign(row, reader)
  return campaign
}

/** Tells the account's webhooks, in the transaction of the change, the campaign's new status. */
export function emitStatusChanged(tx: Transaction<DB>, row: repo.CampaignRow) {
  return emitWebhookEvent(tx, row.account_id, 'campaign.status_changed', async () =>
    campaignEventData(row),
  )
}

/** The lifecycle action each ability needs the status to allow; reports are open in every status. */
const STATE_OF: Record<keyof CampaignAbilities, CampaignAction | null> = {
  edit: 'edit',
  send: 'send',
  unschedule: 'unschedule',
  sendDirect: 'send',
  approve: 'approve',
  pause: 'pause',
  resume: 'resume',
  terminate: 'terminate',
  delete: 'delete',
  viewReport: null,
  exportReport: null,
}

/**
 * Access from the policies the services enforce, narrowed by the status through the lifecycle
 * table the services check: no query, so a list computes it per row.
 */
export function campaignAbilities(row: repo.CampaignRow, access: AccountAccess): CampaignAbilities {
  const may = abilitiesOfCampaign(access, campaignFacts(row))
  const inState = (ability: keyof CampaignAbilities) => {
    const action = STATE_OF[ability]
    return action === null || actsFrom(action, row.status)
  }
  const abilities = { ...may }
  for (const ability of Object.keys(STATE_OF) as (keyof CampaignAbilities)[]) {
    abilities[ability] = may[ability] && inState(ability)
  }
  // Launching directly is a way of sending: never without the send permission itself.
  abilities.sendDirect &&= abilities.send
  return abilities
}

const campaignId = (value: string) => existingId(value, 'campaign')

/** The campaign if the caller may see it; another's campaign is 404 to who sees only their own. */
export async function loadCampaign(deps: Deps, access: AccountAccess, id: string) {
  const campaign = await repo.findCampaign(deps.db, access.accountId, campaignId(id))
  if (!campaign) throw notFound('campaign')
  enforce(maySeeCampaign(access, campaignFacts(campaign)))
  return campaign
}

/** What the campaign policies (src/access/policies/campaigns.ts) need of a row. */
export function campaignFacts(row: repo.CampaignRow): CampaignFacts {
  return { createdBy: row.created_by, submittedBy: row.submitted_by, channel: row.channel }
}

function requireChannel(access: AccountAccess, channel: Channel) {
  enforce(mayUseChannel(access, channel))
}

function invalidState(campaign: repo.CampaignRow, action: string): AppError {
  return new AppError('invalid_state', `a ${campaign.status} campaign cannot be ${action}`, {
    status: campaign.status,
  })
}

export async function listCampaigns(
  deps: Deps,
  access: AccountAccess,
  query: { q?: string; status?: CampaignStatus; cursor?: string; limit?: number },
) {
  const limit = query.limit ?? 50
  const cursor = query.cursor
    ? await repo.findCampaign(deps.db, access.accountId, campaignId(query.cursor))
    : undefined
  if (query.cursor && !cursor) throw invalidField('cursor', 'cursor does not name a campaign')
  const rows = await repo.listCampaigns(deps.db, access.accountId, {
    ...(query.q ? { q: query.q } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(seesOnlyOwnCampaigns(access) ? { createdBy: access.userId } : {}),
    ...(cursor ? { cursor } : {}),
    limit: limit + 1,
  })
  return keysetPage(rows, limit, (row) => presentCampaign(row, access), byId)
}

export async function getCampaign(deps: Deps, access: AccountAccess, id: string) {
  return presentCampaign(await loadCampaign(deps, access, id), access)
}

/** The campaign's HTML for the sample contact, for a sandboxed iframe. */
export async function previewCampaign(deps: Deps, access: AccountAccess, id: string) {
  return previewContent(deps, await loadCampaign(deps, access, id), { accountId: access.accountId })
}

/** A test send of the campaign to the account's testers (email campaigns). */
export async function testCampaign(
  deps: Deps,
  access: AccountAccess,
  id: string,
): Promise<TestSendResult> {
  const campaign = await loadCampaign(deps, access, id)
  if (campaign.channel !== 'email') {
    throw invalidField(
      'channel',
      'test sends go to the testers’ email addresses: email campaigns only',
    )
  }
  return sendContentTest(deps, access, campaign, {
    action: 'campaign.test_sent',
    target: { type: 'campaign', id: campaign.id },
  })
}

/** The groups (own or validly shared in) and segments a campaign may target, checked now. */
async function checkAudience(
  deps: Deps,
  accountId: string,
  input: { groupIds: string[]; segmentIds: string[] },
) {
  const shared = new Map(
    (await sharedGroupsOf(deps.db, accountId)).map((g) => [g.id, g.account_id] as const),
  )
  const ids = input.groupIds.filter(isUuid)
  const own = new Set(
    ids.length === 0
      ? []
      : (
          await deps.db
            .selectFrom('groups')
            .select('id')
            .where('account_id', '=', accountId)
            .where('id', 'in', ids)
            .execute()
        ).map((g) => g.id),
  )
  const unknownGroup = input.groupIds.find((id) => !own.has(id) && !shared.has(id))
  if (unknownGroup) {
    throw invalidField('groupIds', `group ${unknownGroup} is neither this account's nor shared in`)
  }
  const segments = []
  for (const segmentId of input.segmentIds) {
    try {
      segments.push(await segmentPredicate(deps, accountId, segmentId))
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') {
        throw invalidField('segmentIds', `segment ${segmentId} is not this account's`)
      }
      throw error
    }
  }
  return {
    ownGroupIds: input.groupIds.filter((id) => own.has(id)),
    sharedGroups: input.groupIds
      .filter((id) => !own.has(id))
      .map((groupId) => ({ groupId, ownerAccountId: shared.get(groupId) as string })),
    segments,
  }
}

function checkTemplates(values: { subject: string; html: string; text: string }) {
  compileTemplate(values.subject, 'subject', { escapeHtml: false })
  compileTemplate(values.html, 'html', { escapeHtml: true })
  compileTemplate(values.text, 'text', { escapeHtml: false })
}

/** Turns an input into column values, checking each field it carries. */
async function columnsOf(
  deps: Deps,
  access: AccountAccess,
  channel: Channel,
  input: CampaignInput,
): Promise<Partial<repo.CampaignRow>> {
  const values: Partial<repo.CampaignRow> = {}
  if (input.name !== undefined) {
    const name = input.name.trim()
    if (!name) throw invalidField('name', 'name must not be empty')
    values.name = name
  }
  if (input.templateId) {
    const template = await findUsableTemplate(deps.db, access.accountId, input.templateId)
    if (!template) throw invalidField('templateId', 'no such template in this account')
    Object.assign(values, {
      template_id: template.id,
      subject: template.subject,
      html: template.html,
      text: template.text,
    })
  } else if (input.templateId === null) values.template_id = null
  if (input.subject !== undefined) values.subject = input.subject
  if (input.previewText !== undefined) {
    values.preview_text = previewTextOf(channel, input.previewText)
  }
  if (input.html !== undefined) values.html = input.html
  if (input.text !== undefined) values.text = input.text
  checkTemplates({
    subject: values.subject ?? '',
    html: values.html ?? '',
    text: values.text ?? '',
  })
  if (input.from !== undefined)
    values.from_email = await checkFrom(deps, access, channel, input.from)
  if (input.fromName !== undefined) values.from_name = input.fromName.trim()
  if (input.groupIds !== undefined || input.segmentIds !== undefined) {
    const groupIds = [...new Set(input.groupIds ?? [])]
    const segmentIds = [...new Set(input.segmentIds ?? [])]
    await checkAudience(deps, access.accountId, { groupIds, segmentIds })
    if (input.groupIds !== undefined) values.group_ids = groupIds
    if (input.segmentIds !== undefined) values.segment_ids = segmentIds
  }
  return values
}

const MAX_PREVIEW_TEXT = 200

/** Blank is none; Liquid in it must compile, like the subject's, so it is refused at save. */
function previewTextOf(channel: Channel, input: string | null): string | null {
  const text = input?.trim() ?? ''
  if (!text) return null
  if (text.length > MAX_PREVIEW_TEXT) {
    throw invalidField('previewText', `previewText is longer than ${MAX_PREVIEW_TEXT} characters`)
  }
  if (channel !== 'email') throw invalidField('previewText', 'an SMS has no preview text')
  compilePreviewText(text)
  return text
}

/** Email goes out only from the account's sender addresses; SMS from a number or a short name. */
async function checkFrom(deps: Deps, access: AccountAccess, channel: Channel, from: string) {
  if (channel === 'sms') {
    if (!SMS_SENDER.test(from)) {
      throw invalidField('from', 'an SMS sender is an E.164 number or up to 11 letters and digits')
    }
    return from
  }
  const email = normaliseEmail(from)
  if (emailProblem(email) || !(await findSenderByEmail(deps.db, access.accountId, email))) {
    throw invalidField('from', 'from must be one of the account’s sender addresses')
  }
  await assertSenderVerified(deps.db, access.accountId, email)
  return email
}

export async function createCampaign(
  deps: Deps,
  access: AccountAccess,
  input: CampaignInput & { name: string; channel: Channel },
) {
  requireChannel(access, input.channel)
  const values = await columnsOf(deps, access, input.channel, input)
  return insertDraft(deps, access, { ...values, name: values.name ?? input.name }, input.channel, [
    'campaign.created',
  ])
}

/** Seed 004 "Duplicate campaigns": a new draft of the caller's with the content and audience. */
export async function duplicateCampaign(deps: Deps, access: AccountAccess, id: string) {
  const source = await loadCampaign(deps, access, id)
  requireChannel(access, source.channel)
  const copy = {
    name: `${source.name.slice(0, 193)} (copy)`,
    subject: source.subject,
    preview_text: source.preview_text,
    from_email: source.from_email,
    from_name: source.from_name,
    html: source.html,
    text: source.text,
    template_id: source.template_id,
    group_ids: source.group_ids,
    segment_ids: source.segment_ids,
  }
  return insertDraft(deps, access, copy, source.channel, [
    'campaign.duplicated',
    { source: source.id },
  ])
}

/** A new draft created by the caller, audited. */
async function insertDraft(
  deps: Deps,
  access: AccountAccess,
  values: Partial<repo.CampaignRow> & { name: string },
  channel: Channel,
  [action, details]: [string, Record<string, unknown>?],
) {
  return deps.db.transaction().execute(async (tx) => {
    const id = uuidv7()
    await repo.insertCampaign(tx, {
      account_id: access.accountId,
      id,
      name: values.name,
      channel,
      created_by: access.userId,
    })
    const row = await repo.updateCampaign(tx, access.accountId, id, values)
    await audit(tx, access, row, action, details)
    return presentCampaign(row, access)
  })
}

/**
 * What sending now would reach and cost: the recipients by the launch's own selection, and for
 * SMS the parts of the text as written (a personalised text is priced per message at sending).
 */
export async function estimateCampaign(
  deps: Deps,
  access: AccountAccess,
  input: { channel: Channel; text?: string; groupIds: string[]; segmentIds: string[] },
): Promise<CampaignEstimate> {
  requireChannel(access, input.channel)
  const sources = await checkAudience(deps, access.accountId, {
    groupIds: [...new Set(input.groupIds)],
    segmentIds: [...new Set(input.segmentIds)],
  })
  const recipients = await repo.countRecipients(
    deps.db,
    { account_id: access.accountId, channel: input.channel },
    sources,
  )
  if (input.channel === 'email') return { recipients, credits: recipients }
  const sms = measureSms(input.text ?? '')
  return { recipients, sms, credits: recipients * sms.parts }
}

/**
 * Edits a draft. A campaign waiting for approval or scheduled goes back to draft with an edit that
 * changes it (SPEC §5: editing an approved campaign sends it back), its reserved credits returned;
 * one that changes nothing leaves it as it is, so saving unchanged work never unschedules.
 */
export async function updateCampaign(
  deps: Deps,
  access: AccountAccess,
  id: string,
  input: CampaignInput,
) {
  const existing = await loadCampaign(deps, access, id)
  requireChannel(access, existing.channel)
  const values = await columnsOf(deps, access, existing.channel, input)
  return deps.db.transaction().execute(async (tx) => {
    const campaign = await lockedCampaign(tx, access, existing.id)
    if (!actsFrom('edit', campaign.status)) throw invalidState(campaign, 'edited')
    if (!changes(campaign, values)) return presentCampaign(campaign, access)
    if (campaign.status !== 'draft') await returnToDraft(tx, access, campaign, 'edited')
    const row = await repo.updateCampaign(tx, access.accountId, campaign.id, values)
    await audit(tx, access, row, 'campaign.updated')
    return presentCampaign(row, access)
  })
}

/** Whether saving `values` would change the stored row (arrays by their items, in order). */
function changes(row: repo.CampaignRow, values: Partial<repo.CampaignRow>): boolean {
  return Object.entries(values).some(([column, value]) => {
    const stored = row[column as keyof repo.CampaignRow]
    return JSON.stringify(stored) !== JSON.stringify(value)
  })
}

/** A scheduled campaign back to draft, its schedule cleared and its reserved credits returned. */
export async function unscheduleCampaign(deps: Deps, access: AccountAccess, id: string) {
  const existing = await loadCampaign(deps, access, id)
  requireChannel(access, existing.channel)
  return deps.db.transaction().execute(async (tx) => {
    const campaign = await lockedCampaign(tx, access, existing.id)
    if (!actsFrom('unschedule', campaign.status)) throw invalidState(campaign, 'unscheduled')
    return presentCampaign(await returnToDraft(tx, access, campaign, 'unscheduled'), access)
  })
}

export async function deleteCampaign(deps: Deps, access: AccountAccess, id: string) {
  const existing = await loadCampaign(deps, access, id)
  await deps.db.transaction().execute(async (tx) => {
    const campaign = await lockedCampaign(tx, access, existing.id)
    if (!actsFrom('delete', campaign.status)) {
      throw invalidState(campaign, 'deleted; pause and terminate it first')
    }
    await audit(tx, access, campaign, 'campaign.deleted')
    await repo.deleteCampaign(tx, access.accountId, campaign.id)
  })
}

async function lockedCampaign(tx: Transaction<DB>, access: AccountAccess, id: string) {
  const campaign = await repo.lockCampaign(tx, access.accountId, id)
  if (!campaign) throw notFound('campaign')
  return campaign
}

async function audit(
  tx: Transaction<DB>,
  access: AccountAccess,
  campaign: repo.CampaignRow,
  action: string,
  details: Record<string, unknown> = {},
) {
  await recordAudit(tx, actorOf(access), {
    accountId: access.accountId,
    action,
    target: { type: 'campaign', id: campaign.id },
    details: { name: campaign.name, status: campaign.status, ...details },
  })
}

/** What must hold before a campaign may go out. */
function checkSendable(campaign: repo.CampaignRow) {
  if (campaign.group_ids.length === 0 && campaign.segment_ids.length === 0) {
    throw invalidField('groupIds', 'choose at least one group or segment to send to')
  }
  if (!campaign.from_email) throw invalidField('from', 'choose who the campaign is from')
  if (campaign.channel === 'email') {
    if (!campaign.subject.trim()) throw invalidField('subject', 'an email needs a subject')
    if (!campaign.html.trim() && !campaign.text.trim()) {
      throw invalidField('html', 'an email needs an HTML or a text body')
    }
  } else if (!campaign.text.trim()) throw invalidField('text', 'an SMS needs a text body')
}

async function returnToDraft(
  tx: Transaction<DB>,
  access: AccountAccess,
  campaign: repo.CampaignRow,
  why: string,
): Promise<repo.CampaignRow> {
  await releaseReservation(tx, campaign)
  await repo.clearRecipients(tx, campaign.account_id, campaign.id)
  const row = await repo.updateCampaign(tx, campaign.account_id, campaign.id, {
    status: 'draft',
    // A draft is not scheduled (editing a scheduled campaign is how it is unscheduled); the next
    // send says when again.
    scheduled_at: null,
    approved_by: null,
    submitted_by: null,
    credits_reserved: 0,
    credits_used: 0,
    recipient_count: 0,
    launched_at: null,
  })
  await audit(tx, access, row, 'campaign.returned_to_draft', { from: campaign.status, why })
  await emitStatusChanged(tx, row)
  return row
}

async function releaseReservation(tx: Transaction<DB>, campaign: repo.CampaignRow) {
  if (!campaign.credits_from_balance) return
  const unused = Number(campaign.credits_reserved) - Number(campaign.credits_used)
  await releaseCredits(tx, {
    accountId: campaign.account_id,
    channel: campaign.channel,
    amount: unused,
    campaignId: campaign.id,
  })
}

/** SPEC §5: send goes to approval without send_direct, else it launches. */
export async function sendCampaign(
  deps: Deps,
  access: AccountAccess,
  id: string,
  input: { scheduledAt?: string },
) {
  const scheduledAt = parseSchedule(deps, input.scheduledAt)
  const existing = await loadCampaign(deps, access, id)
  requireChannel(access, existing.channel)
  const audience = await audienceOf(deps, existing)
  return deps.db.transaction().execute(async (tx) => {
    const campaign = unchangedSince(existing, await lockedCampaign(tx, access, existing.id))
    if (!actsFrom('send', campaign.status)) throw invalidState(campaign, 'sent again')
    checkSendable(campaign)
    const withSchedule = await repo.updateCampaign(tx, access.accountId, campaign.id, {
      scheduled_at: scheduledAt,
      submitted_by: access.userId,
      decline_reason: null,
    })
    if (!access.held.has('campaigns.send_direct')) {
      // The audience is fixed now: the approver sees its count, and approves exactly it.
      const recipients = await repo.snapshotRecipients(tx, campaign, audience)
      const row = await repo.updateCampaign(tx, access.accountId, campaign.id, {
        status: 'pending_approval',
        recipient_count: recipients,
      })
      await audit(tx, access, row, 'campaign.submitted_for_approval')
      await emitStatusChanged(tx, row)
      notifyCampaignApproval(deps, { kind: 'submitted', actorId: access.userId, campaign: row })
      return presentCampaign(row, access)
    }
    return presentCampaign(await launch(deps, tx, access, withSchedule, audience), access)
  })
}

function parseSchedule(deps: Deps, raw: string | undefined): Date | null {
  if (raw === undefined) return null
  const at = new Date(raw)
  if (Number.isNaN(at.getTime())) throw invalidField('scheduledAt', 'scheduledAt must be a time')
  return at.getTime() > deps.clock.now().getTime() ? at : null
}

/**
 * The audience is checked before the row is locked (the embedded database has one connection, so
 * no other query may run inside the transaction); an edit in between is refused rather than sent.
 */
function unchangedSince(checked: repo.CampaignRow, locked: repo.CampaignRow) {
  if (new Date(locked.updated_at).getTime() !== new Date(checked.updated_at).getTime()) {
    throw new AppError('conflict', 'the campaign changed meanwhile; load it and try again')
  }
  return locked
}

/** The audience as it is now: a share that lapsed since the campaign was saved fails here. */
async function audienceOf(deps: Deps, campaign: repo.CampaignRow) {
  return checkAudience(deps, campaign.account_id, {
    groupIds: campaign.group_ids,
    segmentIds: campaign.segment_ids,
  })
}

/**
 * Launch: the recipients are fixed (or were, at submission: `audience` null), the credits for all
 * of them reserved, and the campaign is scheduled or starts sending — all in the caller's
 * transaction, so a short balance (409) leaves no trace.
 */
async function launch(
  deps: Deps,
  tx: Transaction<DB>,
  access: AccountAccess,
  campaign: repo.CampaignRow,
  audience: repo.AudienceSources | null,
) {
  // The sender may have lost its verification (domain deleted, address changed) since the save.
  if (campaign.channel === 'email') {
    await assertSenderVerified(tx, campaign.account_id, campaign.from_email)
  }
  const recipients = audience
    ? await repo.snapshotRecipients(tx, campaign, audience)
    : campaign.recipient_count
  await repo.replaceLinks(tx, campaign.account_id, campaign.id, trackableLinks(campaign.html))
  // An email costs one credit; an SMS as many as its personalised body has parts.
  const need =
    campaign.channel === 'sms' ? await priceSmsRecipients(deps, tx, campaign) : recipients
  // An installation that does not meter still counts what the campaign uses, from no balance.
  const fromBalance = metersCredits(deps)
  if (fromBalance) {
    await reserveCredits(tx, {
      accountId: campaign.account_id,
      channel: campaign.channel,
      amount: need,
      campaignId: campaign.id,
      actorUserId: access.userId,
      // SPEC §2: balances are billing's; a sender without billing.manage learns only `need`.
      showBalance: access.held.has('billing.manage'),
    })
  }
  const scheduled = campaign.scheduled_at !== null
  const row = await repo.updateCampaign(tx, campaign.account_id, campaign.id, {
    status: scheduled ? 'scheduled' : 'sending',
    recipient_count: recipients,
    credits_from_balance: fromBalance,
    credits_reserved: need,
    credits_used: 0,
    launched_at: deps.clock.now(),
  })
  await audit(tx, access, row, scheduled ? 'campaign.scheduled' : 'campaign.launched', {
    recipients,
    creditsReserved: need,
  })
  await emitStatusChanged(tx, row)
  return row
}

export async function approveCampaign(deps: Deps, access: AccountAccess, id: string) {
  const existing = await loadCampaign(deps, access, id)
  requireChannel(access, existing.channel)
  // The audience was fixed at submission; this only refuses one whose shares lapsed meanwhile.
  await audienceOf(deps, existing)
  return deps.db.transaction().execute(async (tx) => {
    const campaign = unchangedSince(existing, await lockedCampaign(tx, access, existing.id))
    if (!actsFrom('approve', campaign.status)) throw invalidState(campaign, 'approved')
    enforce(mayDecideSubmission(access, campaignFacts(campaign), 'approved'))
    checkSendable(campaign)
    const approved = await repo.updateCampaign(tx, access.accountId, campaign.id, {
      approved_by: access.userId,
      // A schedule that passed while waiting means "now".
      scheduled_at:
        campaign.scheduled_at && new Date(campaign.scheduled_at) > deps.clock.now()
          ? campaign.scheduled_at
          : null,
    })
    await audit(tx, access, approved, 'campaign.approved')
    const launched = await launch(deps, tx, access, approved, null)
    notifyCampaignApproval(deps, { kind: 'approved', actorId: access.userId, campaign: launched })
    return presentCampaign(launched, access)
  })
}

export async function declineCampaign(
  deps: Deps,
  access: AccountAccess,
  id: string,
  reason: string,
) {
  const trimmed = reason.trim()
  if (!trimmed) throw invalidField('reason', 'say why the campaign is declined')
  const existing = await loadCampaign(deps, access, id)
  return deps.db.transaction().execute(async (tx) => {
    const campaign = await lockedCampaign(tx, access, existing.id)
    if (!actsFrom('approve', campaign.status)) throw invalidState(campaign, 'declined')
    enforce(mayDecideSubmission(access, campaignFacts(campaign), 'declined'))
    await repo.clearRecipients(tx, campaign.account_id, campaign.id)
    const row = await repo.updateCampaign(tx, access.accountId, campaign.id, {
      status: 'draft',
      scheduled_at: null,
      decline_reason: trimmed,
      submitted_by: null,
      recipient_count: 0,
    })
    await audit(tx, access, row, 'campaign.declined', { reason: trimmed })
    await emitStatusChanged(tx, row)
    notifyCampaignApproval(deps, {
      kind: 'declined',
      actorId: access.userId,
      campaign: { ...row, submitted_by: campaign.submitted_by },
      reason: trimmed,
    })
    return presentCampaign(row, access)
  })
}

/** Where each control action leads; where it acts from is `ACTS_FROM` (lifecycle.ts). */
const CONTROL: Record<
  'pause' | 'resume' | 'terminate',
  { to: CampaignStatus; done: CampaignStatus[] }
> = {
  // Idempotent: pausing a paused campaign or resuming a sending one answers the campaign as is.
  pause: { to: 'paused', done: ['paused'] },
  resume: { to: 'sending', done: ['sending', 'scheduled'] },
  terminate: { to: 'terminated', done: ['terminated'] },
}

/** A resumed campaign goes back on its schedule while that time is still ahead, else it sends. */
function resumedStatus(campaign: repo.CampaignRow, now: Date): CampaignStatus {
  const at = campaign.scheduled_at ? new Date(campaign.scheduled_at) : null
  return at && at > now ? 'scheduled' : 'sending'
}

export async function controlCampaign(
  deps: Deps,
  access: AccountAccess,
  id: string,
  action: keyof typeof CONTROL,
) {
  const rule = CONTROL[action]
  const existing = await loadCampaign(deps, access, id)
  return deps.db.transaction().execute(async (tx) => {
    const campaign = await lockedCampaign(tx, access, existing.id)
    if (rule.done.includes(campaign.status)) return presentCampaign(campaign, access)
    if (!actsFrom(action, campaign.status)) throw invalidState(campaign, `${action}d`)
    let row = await repo.updateCampaign(tx, access.accountId, campaign.id, {
      status: action === 'resume' ? resumedStatus(campaign, deps.clock.now()) : rule.to,
    })
    if (rule.to === 'terminated') row = await finish(tx, row, 'terminated', deps.clock.now())
    await audit(tx, access, row, `campaign.${action}d`, { from: campaign.status })
    await emitStatusChanged(tx, row)
    return presentCampaign(row, access)
  })
}

/**
 * Ends a campaign: recipients not reached are skipped, the unused reservation goes back to the
 * balance. Called by terminate and by the sender when the ledger has nothing left to send.
 */
export async function finish(
  tx: Transaction<DB>,
  campaign: repo.CampaignRow,
  status: 'sent' | 'terminated',
  now: Date,
) {
  await expandAudience(tx, campaign, { everything: true, skip: status })
  await closeQueued(tx, campaign, 'skipped', status)
  await releaseReservation(tx, campaign)
  return repo.updateCampaign(tx, campaign.account_id, campaign.id, {
    status,
    credits_reserved: Number(campaign.credits_used),
    finished_at: now,
    lease_owner: null,
    lease_until: null,
  })
}
