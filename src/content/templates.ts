import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import { abilitiesOfTemplate, type Caller } from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import { findContact } from '../audience/contacts/repository.js'
import { suppressionReasons } from '../audience/suppression/repository.js'
import { chargeTestSend, refundTestSend } from '../campaigns/credits.js'
import type { Channel } from '../db/schema.js'
import { compilePreviewText, withPreheader } from '../delivery/preheader.js'
import { throttleSystemMail } from '../delivery/system-mail-limits.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { textAsHtml } from '../html.js'
import { existingId, isUuid } from '../ids.js'
import { placeholderValues } from '../placeholders/render.js'
import * as sharing from '../sharing/service.js'
import { type ContactLike, compileTemplate, contactContext, SAMPLE_CONTACT } from './render.js'
import * as repo from './repository.js'
import type { Template, TemplateShare, TestSendResult } from './schemas.js'
import { checkVariables } from './variables.js'

/**
 * Templates (SPEC §2 templates.*): an account's library of subjects and bodies in Liquid, shared
 * read-only down to descendant sub-accounts (SPEC §1 Share). Every body is compiled when it is
 * saved, so a template that is stored always compiles.
 */

export type { TemplateRow } from './repository.js'
export { findUsableTemplate } from './repository.js'

export interface TemplateInput {
  name?: string
  category?: string | null
  channel?: Channel
  subject?: string
  html?: string
  text?: string
}

export function presentTemplate(row: repo.TemplateRow, access: Caller): Static<typeof Template> {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    category: row.category,
    channel: row.channel,
    subject: row.subject,
    html: row.html,
    text: row.text,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    shared: row.account_id !== access.accountId,
    ownerAccountId: row.account_id,
    abilities: templateAbilities(access, row.account_id),
  }
}

/** From the same shared-read-only rule and permissions the template routes enforce. */
function templateAbilities(access: Caller, ownerAccountId: string) {
  const { edit, delete: remove, share } = abilitiesOfTemplate(access, ownerAccountId)
  return { edit, delete: remove, share }
}

/** Compiles every body given, so a template that does not compile is never stored (422 naming it). */
function checkLiquid(input: TemplateInput) {
  if (input.subject !== undefined) compileTemplate(input.subject, 'subject')
  if (input.html !== undefined) compileTemplate(input.html, 'html', { escapeHtml: true })
  if (input.text !== undefined) compileTemplate(input.text, 'text')
}

function cleanName(name: string): string {
  const trimmed = name.trim()
  if (!trimmed) throw invalidField('name', 'name must not be empty')
  return trimmed
}

function cleanCategory(category: string | null): string | null {
  const trimmed = category?.trim()
  return trimmed ? trimmed : null
}

/** A template the account can read: its own or one validly shared in. Anything else is 404. */
export async function visibleTemplate(deps: Deps, accountId: string, templateId: string) {
  const row = await repo.findUsableTemplate(deps.db, accountId, templateId)
  if (!row) throw notFound('template')
  return row
}

/** A template the account owns; a shared-in one is refused as read-only, anything else is 404. */
async function ownedTemplate(deps: Deps, accountId: string, templateId: string) {
  existingId(templateId, 'template')
  const own = await repo.findOwnTemplate(deps.db, accountId, templateId)
  return sharing.ownedOrReadOnly(deps, 'template', accountId, templateId, own)
}

export async function listTemplates(deps: Deps, access: AccountAccess, category?: string) {
  const rows = await repo.listVisibleTemplates(deps.db, access.accountId, category)
  return rows.map((row) => presentTemplate(row, access))
}

export function listCategories(deps: Deps, access: AccountAccess) {
  return repo.listCategories(deps.db, access.accountId)
}

export async function getTemplate(deps: Deps, access: AccountAccess, templateId: string) {
  return presentTemplate(await visibleTemplate(deps, access.accountId, templateId), access)
}

export async function createTemplate(
  deps: Deps,
  access: AccountAccess,
  input: TemplateInput & { name: string },
) {
  const name = cleanName(input.name)
  checkLiquid(input)
  const row = await repo.insertTemplate(deps.db, {
    accountId: access.accountId,
    id: uuidv7(),
    name,
    category: cleanCategory(input.category ?? null),
    channel: input.channel ?? 'email',
    subject: input.subject ?? '',
    html: input.html ?? '',
    text: input.text ?? '',
    createdBy: access.userId,
  })
  return presentTemplate(row, access)
}

export async function updateTemplate(
  deps: Deps,
  access: AccountAccess,
  templateId: string,
  input: TemplateInput,
) {
  const current = await ownedTemplate(deps, access.accountId, templateId)
  checkLiquid(input)
  const changes: Parameters<typeof repo.updateTemplate>[3] = {}
  if (input.name !== undefined) changes.name = cleanName(input.name)
  if (input.category !== undefined) changes.category = cleanCategory(input.category)
  if (input.channel !== undefined) changes.channel = input.channel
  if (input.subject !== undefined) changes.subject = input.subject
  if (input.html !== undefined) changes.html = input.html
  if (input.text !== undefined) changes.text = input.text
  const row = await repo.updateTemplate(deps.db, access.accountId, current.id, changes)
  if (!row) throw notFound('template')
  return presentTemplate(row, access)
}

export async function deleteTemplate(deps: Deps, access: AccountAccess, templateId: string) {
  const current = await ownedTemplate(deps, access.accountId, templateId)
  await deps.db.transaction().execute(async (tx) => {
    const shares = await sharing.listShares(tx, 'template', access.accountId, current.id)
    const deleted = await repo.deleteTemplate(tx, access.accountId, current.id)
    if (!deleted) throw notFound('template')
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'template.deleted',
      target: { type: 'template', id: current.id },
      details: { name: current.name, sharedWith: shares.map((s) => s.target_account_id) },
    })
  })
}

/** Every variable the template reads and whether the account has it (seed 004). */
export async function templateVariables(deps: Deps, access: AccountAccess, templateId: string) {
  return checkVariables(
    deps,
    access.accountId,
    await visibleTemplate(deps, access.accountId, templateId),
  )
}

// Preview and test sends

const PREVIEW_UNSUBSCRIBE = '#unsubscribe-preview'

/** What a template and a campaign have in common: a message to render. */
export interface MessageContent {
  name: string
  channel: Channel
  subject: string
  html: string
  text: string
  /** A campaign's (templates have none): a hidden preheader in the HTML. */
  preview_text?: string | null
}

/** Who a message is rendered for outside a campaign: the sample contact or a chosen one. */
interface RenderTarget {
  accountId: string
  contact?: ContactLike
}

/**
 * Subject, text and HTML rendered for the target's contact (the sample contact unless one is
 * chosen), with the placeholders of the account rendering it.
 */
async function renderSample(
  deps: Deps,
  content: MessageContent,
  target: RenderTarget,
  unsubscribeUrl: string,
) {
  const placeholder = await placeholderValues(deps.db, target.accountId, [
    content.subject,
    content.text,
    content.html,
    content.preview_text ?? '',
  ])
  const context = contactContext(target.contact ?? SAMPLE_CONTACT, { unsubscribeUrl, placeholder })
  const [subject, text, html, previewText] = await Promise.all([
    compileTemplate(content.subject, 'subject').render(context),
    compileTemplate(content.text, 'text').render(context),
    compileTemplate(content.html, 'html', { escapeHtml: true }).render(context),
    compilePreviewText(content.preview_text).render(context),
  ])
  return { subject, text, html: withPreheader(html, previewText) }
}

/**
 * The HTML body rendered for the target (a text-only message shows its text). Routes serve it
 * with a sandboxing Content-Security-Policy: the app shows it in a sandboxed iframe only, never
 * inline.
 */
export async function previewContent(deps: Deps, content: MessageContent, target: RenderTarget) {
  const rendered = await renderSample(deps, content, target, PREVIEW_UNSUBSCRIBE)
  if (content.channel === 'email' && rendered.html.trim()) return rendered.html
  return textAsHtml(rendered.text)
}

/**
 * A contact's own data in a preview is contacts.view's to see (SPEC §2): without it only the
 * sample contact. Only the account's own contacts; anything else is 404.
 */
async function previewContact(deps: Deps, access: AccountAccess, contactId: string) {
  if (!access.held.has('contacts.view')) {
    throw new AppError('forbidden', 'previewing for a contact needs contacts.view', {
      permission: 'contacts.view',
    })
  }
  const contact = isUuid(contactId)
    ? await findContact(deps.db, access.accountId, contactId)
    : undefined
  if (!contact) throw notFound('contact')
  return contact
}

export async function previewTemplate(
  deps: Deps,
  access: AccountAccess,
  templateId: string,
  contactId?: string,
) {
  const template = await visibleTemplate(deps, access.accountId, templateId)
  return previewFor(deps, access, template, contactId)
}

/**
 * Unsaved work (the editor's bodies) rendered as a saved template's preview is; nothing stored.
 * Compiled first, as a save would be: invalid Liquid is 422 naming the field.
 */
export function previewDraft(
  deps: Deps,
  access: AccountAccess,
  draft: Omit<TemplateInput, 'name' | 'category'>,
  contactId?: string,
) {
  checkLiquid(draft)
  const content = {
    name: '',
    channel: draft.channel ?? 'email',
    subject: draft.subject ?? '',
    html: draft.html ?? '',
    text: draft.text ?? '',
  }
  return previewFor(deps, access, content, contactId)
}

async function previewFor(
  deps: Deps,
  access: AccountAccess,
  content: MessageContent,
  contactId?: string,
) {
  const contact = contactId ? await previewContact(deps, access, contactId) : undefined
  return previewContent(deps, content, { accountId: access.accountId, contact })
}

/**
 * The testers a test send may reach: blocklisted, unsubscribed, bounced and complained addresses
 * are left out (a tester gets no mail the account could not send it in a campaign).
 */
async function reachableTesters(deps: Deps, accountId: string) {
  const testers = await repo.listAddresses(deps.db, 'testers', accountId)
  if (testers.length === 0)
    throw new AppError('no_testers', 'add a test recipient to this account before sending a test')
  const suppressed = await suppressionReasons(
    deps.db,
    accountId,
    'email',
    testers.map((tester) => tester.email),
  )
  const skipped = testers.flatMap((tester) => {
    const reason = suppressed.get(tester.email)
    return reason ? [{ email: tester.email, reason }] : []
  })
  const recipients = testers.filter((tester) => !suppressed.has(tester.email))
  if (recipients.length === 0) {
    throw new AppError('no_testers', 'every tester of this account is suppressed', { skipped })
  }
  return { recipients, skipped }
}

/**
 * Sends a message rendered for the sample contact to every reachable tester of the account,
 * audited as `audit.action` on `audit.target`. Each message costs an email credit (refunded
 * when the mail server does not take it), and test sends are limited per account and user.
 */
export async function sendContentTest(
  deps: Deps,
  access: AccountAccess,
  content: MessageContent,
  audit: { action: string; target: { type: string; id: string }; details?: object },
): Promise<TestSendResult> {
  const { recipients, skipped } = await reachableTesters(deps, access.accountId)
  await throttleSystemMail(deps, 'test_send', access)
  const rendered = await renderSample(
    deps,
    content,
    { accountId: access.accountId },
    `${deps.config.publicUrl}/u/test`,
  )
  const subject = `[Test] ${rendered.subject || content.name}`
  const html = content.channel === 'email' && rendered.html.trim() ? rendered.html : undefined
  const charge = { accountId: access.accountId, actorUserId: access.userId }
  await chargeTestSend(deps, {
    ...charge,
    amount: recipients.length,
    showBalance: access.held.has('billing.manage'),
  })
  let sent = 0
  try {
    for (const tester of recipients) {
      await deps.mailer.send({
        accountId: access.accountId,
        to: tester.email,
        subject,
        text: rendered.text,
        ...(html ? { html } : {}),
      })
      sent += 1
    }
  } catch (error) {
    deps.log.warn({ err: error, ...audit.target }, 'test send failed')
    await refundTestSend(deps, { ...charge, amount: recipients.length - sent })
    throw new AppError('unavailable', 'the mail server did not accept the test message', { sent })
  } finally {
    await recordAudit(deps.db, actorOf(access), {
      accountId: access.accountId,
      action: audit.action,
      target: audit.target,
      details: { name: content.name, ...audit.details, recipients: sent, skipped: skipped.length },
    })
  }
  return { sent, skipped }
}

/** Sends the template, rendered for the sample contact, to every tester of the account. */
export async function sendTest(deps: Deps, access: AccountAccess, templateId: string) {
  const row = await visibleTemplate(deps, access.accountId, templateId)
  return sendContentTest(deps, access, row, {
    action: 'template.test_sent',
    target: { type: 'template', id: row.id },
    details: { ownerAccountId: row.account_id },
  })
}

// Sharing down to sub-accounts

function presentShare(share: sharing.ShareRow, access: Caller): Static<typeof TemplateShare> {
  return {
    templateId: share.resource_id,
    ...sharing.presentShareCore('template', share, access),
  }
}

function sharedTemplate(template: repo.TemplateRow): sharing.Shared {
  return { kind: 'template', id: template.id, name: template.name }
}

/** Sharing an owned template, read-only, with a live descendant sub-account of the owner. */
export const {
  share: shareTemplate,
  unshare: unshareTemplate,
  list: listTemplateShares,
} = sharing.shareOperations({ owned: ownedTemplate, shared: sharedTemplate, present: presentShare })
