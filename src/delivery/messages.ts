import { compile as htmlToTextConverter } from 'html-to-text'
import type { CampaignRow } from '../campaigns/repository.js'
import { dkimKeyFor } from '../content/domains.js'
import {
  type CompiledTemplate,
  type ContactLike,
  compileTemplate,
  contactContext,
  renderTemplates,
} from '../content/render.js'
import { findSenderByEmail } from '../content/senders.js'
import type { Deps } from '../deps.js'
import { isUuid } from '../ids.js'
import { type CampaignAddresses, campaignAddresses } from '../inbound-mail/addresses.js'
import { placeholderValues } from '../placeholders/render.js'
import type { DkimKey, MailAddress, OutgoingMail } from './mailer.js'
import { compilePreviewText, withPreheader } from './preheader.js'
import type { OutgoingSms } from './sms.js'
import { recipientTokenMaker } from './tokens.js'

/** Absolute http(s) links of an HTML body, in order; links with Liquid in them are not tracked. */
const TRACKABLE_LINK = /href\s*=\s*"(https?:\/\/[^"{}<>\s]+)"/gi

export function trackableLinks(html: string): string[] {
  return [...html.matchAll(TRACKABLE_LINK)].map((match) => match[1] as string)
}

/** Everything a campaign's messages share, worked out once per campaign, not per message. */
export interface PreparedCampaign {
  campaign: CampaignRow
  subject: CompiledTemplate
  /** Shown by inboxes after the subject: a hidden preheader in the HTML (./preheader.ts). */
  previewText: CompiledTemplate
  html: CompiledTemplate | undefined
  text: CompiledTemplate
  /** No text was written: the text part is made from each recipient's rendered HTML. */
  textFromHtml: boolean
  from: MailAddress
  fromDomain: string
  dkim: DkimKey | undefined
  tokenFor: (contactId: string) => string
  publicUrl: string
  /** The default values of the placeholders the campaign prints, by name. */
  placeholders: Record<string, string>
  /** Reply-To and VERP return path at the inbound domain, when Chorus receives mail. */
  inbound: CampaignAddresses | undefined
}

export async function prepareCampaign(
  deps: Deps,
  campaign: CampaignRow,
): Promise<PreparedCampaign> {
  const publicUrl = deps.config.publicUrl
  const makeToken = await recipientTokenMaker(deps.db)
  const ref = { accountId: campaign.account_id, campaignId: campaign.id }
  const fromDomain = campaign.from_email.split('@')[1] ?? 'localhost'
  const html =
    campaign.channel === 'email' && campaign.html.trim()
      ? compileTemplate(withTracking(campaign.html, publicUrl), 'html', { escapeHtml: true })
      : undefined
  const textFromHtml = html !== undefined && !campaign.text.trim()
  return {
    campaign,
    subject: compileTemplate(campaign.subject, 'subject'),
    previewText: compilePreviewText(campaign.preview_text),
    html,
    text: compileTemplate(textFromHtml ? '' : withUnsubscribeLine(campaign), 'text'),
    textFromHtml,
    // Email only, like the DKIM key: SMS pricing prepares a campaign inside the launch's
    // transaction, and a read outside it would wait for it on the embedded database.
    from:
      campaign.channel === 'email'
        ? await fromAddress(deps, campaign)
        : { name: '', address: campaign.from_email },
    fromDomain,
    dkim:
      campaign.channel === 'email'
        ? await dkimKeyFor(deps.db, campaign.account_id, campaign.from_email)
        : undefined,
    tokenFor: (contactId) => makeToken({ ...ref, contactId }),
    publicUrl,
    placeholders: await placeholderValues(deps.db, campaign.account_id, [
      campaign.subject,
      campaign.preview_text ?? '',
      campaign.html,
      campaign.text,
    ]),
    inbound: await inboundAddresses(deps, campaign),
  }
}

/**
 * With an inbound domain, replies go to the account's inbox (campaigns name no Reply-To of their
 * own) and bounces to a return path naming the recipient (docs/DESIGN.md, Inbound mail).
 */
async function inboundAddresses(deps: Deps, campaign: CampaignRow) {
  const domain = deps.config.inboundMail.domains[0]
  if (campaign.channel !== 'email' || domain === undefined) return undefined
  return campaignAddresses(deps.db, domain, campaign.id)
}

/**
 * The campaign's From: its own display name, else the name of the account's sender with that
 * address. An address object, so nodemailer quotes or encodes the name (a name ending in `\`
 * or holding quotes or line breaks cannot break the header).
 */
async function fromAddress(deps: Deps, campaign: CampaignRow): Promise<MailAddress> {
  const sender = campaign.from_name
    ? undefined
    : await findSenderByEmail(deps.db, campaign.account_id, campaign.from_email)
  return { name: campaign.from_name || sender?.name || '', address: campaign.from_email }
}

/**
 * The text part made from rendered HTML: links keep their address, images (the open pixel) go.
 * It runs on the delivery worker's thread for every recipient, so the HTML it reads is bounded
 * (mail clients clip messages far shorter than this anyway).
 */
const htmlAsText = htmlToTextConverter({
  limits: { maxInputLength: 256 * 1024 },
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
  ],
})

/**
 * Click tracking, an open pixel and an unsubscribe link written into the HTML source once: the
 * per-recipient part is the `trackingToken` placeholder the renderer fills (base64url, so HTML
 * escaping leaves it as it is).
 */
function withTracking(html: string, publicUrl: string): string {
  let position = 0
  let tracked = html.replace(TRACKABLE_LINK, () => {
    const link = `href="${publicUrl}/t/c/{{ trackingToken }}/${position}"`
    position += 1
    return link
  })
  if (!/unsubscribeUrl/.test(html)) {
    tracked = appendToBody(
      tracked,
      '<p style="font-size:12px;color:#666"><a href="{{ unsubscribeUrl }}">Unsubscribe</a></p>',
    )
  }
  return appendToBody(
    tracked,
    `<img src="${publicUrl}/t/o/{{ trackingToken }}" ${OPEN_PIXEL_ATTRIBUTES}>`,
  )
}

/** How the open pixel is written after its address; the Mailbox finds it by them. */
export const OPEN_PIXEL_ATTRIBUTES = 'width="1" height="1" alt="" style="display:block"'

function appendToBody(html: string, fragment: string): string {
  const end = html.search(/<\/body>/i)
  return end === -1 ? `${html}${fragment}` : `${html.slice(0, end)}${fragment}${html.slice(end)}`
}

/** Every email's text part ends with the unsubscribe link unless the author placed it. */
function withUnsubscribeLine(campaign: CampaignRow): string {
  if (campaign.channel === 'sms' || /unsubscribeUrl/.test(campaign.text)) return campaign.text
  const body = campaign.text.trim() ? campaign.text : ''
  return `${body}\n\n--\nUnsubscribe: {{ unsubscribeUrl }}\n`
}

function contextFor(prepared: PreparedCampaign, contactId: string, contact: ContactLike) {
  const token = prepared.tokenFor(contactId)
  return {
    token,
    context: contactContext(contact, {
      unsubscribeUrl: `${prepared.publicUrl}/u/${token}`,
      trackingToken: token,
      placeholder: prepared.placeholders,
    }),
  }
}

/** A recipient's stable Message-ID; provider events name the recipient by it (parseMessageId). */
export function messageId(prepared: PreparedCampaign, contactId: string): string {
  return `<${prepared.campaign.id}.${contactId}@${prepared.fromDomain}>`
}

/** The campaign and contact a Message-ID made by `messageId` names. */
export function parseMessageId(
  messageId: string,
): { campaignId: string; contactId: string } | undefined {
  const match = /^<?([0-9a-f-]{36})\.([0-9a-f-]{36})@[^\s<>@]+>?$/i.exec(messageId.trim())
  if (!match) return undefined
  const [, campaignId, contactId] = match as unknown as [string, string, string]
  if (!isUuid(campaignId) || !isUuid(contactId)) return undefined
  return { campaignId: campaignId.toLowerCase(), contactId: contactId.toLowerCase() }
}

export async function buildEmail(
  prepared: PreparedCampaign,
  recipient: { contactId: string; address: string },
  contact: ContactLike,
): Promise<OutgoingMail> {
  const { token, context } = contextFor(prepared, recipient.contactId, contact)
  const unsubscribeUrl = `${prepared.publicUrl}/u/${token}`
  // One trip to the render pool for the parts of the message.
  const [subject = '', text = '', previewText = '', html] = await renderTemplates(
    prepared.html
      ? [prepared.subject, prepared.text, prepared.previewText, prepared.html]
      : [prepared.subject, prepared.text, prepared.previewText],
    context,
  )
  return {
    accountId: prepared.campaign.account_id,
    to: recipient.address,
    from: prepared.from,
    subject: subject.replace(/[\r\n]+/g, ' '),
    // The text part is made from the HTML as written: the hidden preheader is not part of it.
    text: prepared.textFromHtml && html !== undefined ? htmlAsText(html) : text,
    ...(html !== undefined ? { html: withPreheader(html, previewText) } : {}),
    messageId: messageId(prepared, recipient.contactId),
    headers: {
      // Only the one-click https link: Chorus reads no mailbox a mailto: could name.
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    ...(prepared.dkim ? { dkim: prepared.dkim } : {}),
    ...(prepared.inbound
      ? {
          replyTo: prepared.inbound.replyTo,
          envelopeFrom: prepared.inbound.bounce(recipient.contactId),
        }
      : {}),
  }
}

export async function buildSms(
  prepared: PreparedCampaign,
  recipient: { contactId: string; address: string },
  contact: ContactLike,
): Promise<OutgoingSms> {
  const { context } = contextFor(prepared, recipient.contactId, contact)
  return {
    to: recipient.address,
    from: prepared.campaign.from_email,
    body: await prepared.text.render(context),
  }
}
