import fs from 'node:fs/promises'
import path from 'node:path'
import type { Static } from 'typebox'
import type { AccountAccess } from '../access/service.js'
import { campaignLinks } from '../campaigns/repository.js'
import type { Deps } from '../deps.js'
import { notFound } from '../errors.js'
import { textAsHtml } from '../html.js'
import { accountMailboxDir, type CapturedMail } from './mailer.js'
import { OPEN_PIXEL_ATTRIBUTES } from './messages.js'
import type { CapturedList } from './schemas.js'
import { parseRecipientToken } from './tokens.js'

const ID = /^\d+-[0-9a-f]{12}$/

function dirOf(deps: Deps, accountId: string) {
  return accountMailboxDir(path.join(deps.config.dataDir, 'mailbox'), accountId)
}

async function readCaptured(dir: string, id: string): Promise<CapturedMail | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, `${id}.json`), 'utf8')) as CapturedMail
  } catch {
    return undefined
  }
}

/**
 * Without SMTP_URL, the account's outgoing mail (campaigns, test sends) is captured in the data
 * folder; this lists the newest first so a laptop install shows what would have been sent.
 */
export async function listCaptured(
  deps: Deps,
  access: AccountAccess,
  limit = 50,
): Promise<Static<typeof CapturedList>> {
  const dir = dirOf(deps, access.accountId)
  const names = await fs.readdir(dir).catch(() => [] as string[])
  const ids = names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => ID.test(id))
    .sort((a, b) => (a < b ? 1 : -1))
    .slice(0, limit)
  const items = []
  for (const id of ids) {
    const mail = await readCaptured(dir, id)
    if (mail)
      items.push({ id, from: mail.from, to: mail.to, subject: mail.subject, date: mail.date })
  }
  return { capturing: deps.mailer.capturing, items }
}

export async function getCaptured(deps: Deps, access: AccountAccess, id: string) {
  const mail = ID.test(id) ? await readCaptured(dirOf(deps, access.accountId), id) : undefined
  if (!mail) throw notFound('message')
  return mail
}

/**
 * The open pixel as withTracking writes it (its attributes hold no regular-expression syntax),
 * whatever address it points at: PUBLIC_URL or PORT may have changed since the message was
 * captured.
 */
const OPEN_PIXEL = new RegExp(`<img src="[^"]*/t/o/[A-Za-z0-9_-]*" ${OPEN_PIXEL_ATTRIBUTES}>`, 'g')
/** A tracked link as withTracking writes it: `href="{publicUrl}/t/c/{token}/{position}"`. */
const TRACKED_LINK = /href="[^"]*\/t\/c\/([A-Za-z0-9_-]+)\/(\d+)"/g

/**
 * A captured message's HTML as the Mailbox shows it: without the open pixel, and with every
 * tracked link pointing at its destination (the campaign's link at that position, else `#`).
 * Looking at what would have been sent, or following one of its links from the frame, must not
 * count as its recipient opening or clicking it. A text-only message is shown as its text.
 */
export async function capturedHtml(
  deps: Deps,
  accountId: string,
  mail: CapturedMail,
): Promise<string> {
  if (mail.html === null) return textAsHtml(mail.text)
  const destinations = await linkDestinations(deps, accountId, mail.html)
  return mail.html
    .replace(OPEN_PIXEL, '')
    .replace(TRACKED_LINK, (_link, token: string, position: string) => {
      const url = destinations.get(token)?.get(Number(position))
      // Stored as the author wrote the attribute (no quotes: messages.ts TRACKABLE_LINK).
      return `href="${url ?? '#'}"`
    })
}

/**
 * The link destinations of the campaigns the message's tokens name, by token then position: one
 * query per distinct token (a message has one). A token of another account, or forged, has none.
 */
async function linkDestinations(deps: Deps, accountId: string, html: string) {
  const tokens = new Set([...html.matchAll(TRACKED_LINK)].map((match) => match[1] as string))
  const byToken = new Map<string, Map<number, string>>()
  for (const token of tokens) {
    const ref = await parseRecipientToken(deps.db, token)
    if (ref?.accountId !== accountId) continue
    const links = await campaignLinks(deps.db, accountId, ref.campaignId)
    byToken.set(token, new Map(links.map((link) => [link.position, link.url])))
  }
  return byToken
}
