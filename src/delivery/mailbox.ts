import fs from 'node:fs/promises'
import path from 'node:path'
import type { Static } from 'typebox'
import type { AccountAccess } from '../access/service.js'
import type { Deps } from '../deps.js'
import { notFound } from '../errors.js'
import { accountMailboxDir, type CapturedMail } from './mailer.js'
import type { CapturedList } from './schemas.js'

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
