import type { Static } from 'typebox'
import type { AccountAccess } from '../../access/service.js'
import type { Channel } from '../../db/schema.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { invalidField, notFound } from '../../errors.js'
import { keysetPage } from '../../paging.js'
import { emailProblem, normaliseEmail, normalisePhone, phoneProblem } from '../contact-input.js'
import * as repo from './repository.js'
import type {
  BlocklistEntry,
  LiftedUnsubscribe,
  SuppressionCheck,
  Unsubscribe,
  Unsubscribes,
} from './schemas.js'

function normaliseAddress(channel: Channel, value: string): string {
  const normal = channel === 'email' ? normaliseEmail(value) : normalisePhone(value)
  const problem = channel === 'email' ? emailProblem(normal) : phoneProblem(normal)
  if (problem) throw invalidField('address', problem)
  return normal
}

function presentBlocklistEntry(entry: {
  channel: Channel
  address: string
  reason: string
  created_at: Date
}): Static<typeof BlocklistEntry> {
  return {
    channel: entry.channel,
    address: entry.address,
    reason: entry.reason,
    createdAt: new Date(entry.created_at).toISOString(),
  }
}

export async function listBlocklist(deps: Deps, access: AccountAccess, q?: string) {
  const search = q?.trim().toLowerCase() || undefined
  return (await repo.listBlocklist(deps.db, access.accountId, search)).map(presentBlocklistEntry)
}

export async function block(
  deps: Deps,
  access: AccountAccess,
  input: { channel: Channel; address: string; reason?: string },
) {
  const addr = normaliseAddress(input.channel, input.address)
  const reason = input.reason ?? ''
  const createdAt = await deps.db.transaction().execute(async (tx) => {
    const created = await repo.addToBlocklist(tx, {
      accountId: access.accountId,
      channel: input.channel,
      address: addr,
      reason,
      createdBy: access.userId,
    })
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'blocklist.added',
      details: { channel: input.channel, address: addr },
    })
    return created
  })
  return presentBlocklistEntry({
    channel: input.channel,
    address: addr,
    reason,
    created_at: createdAt,
  })
}

export async function unblock(
  deps: Deps,
  access: AccountAccess,
  input: { channel: Channel; address: string },
) {
  const addr = normaliseAddress(input.channel, input.address)
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.removeFromBlocklist(tx, access.accountId, input.channel, addr)))
      throw notFound('blocklist entry')
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'blocklist.removed',
      details: { channel: input.channel, address: addr },
    })
  })
}

export async function checkSuppression(
  deps: Deps,
  access: AccountAccess,
  channel: Channel,
  value: string,
): Promise<Static<typeof SuppressionCheck>> {
  const addr = normaliseAddress(channel, value)
  return {
    channel,
    address: addr,
    ...(await repo.mayContact(deps.db, access.accountId, channel, addr)),
  }
}

type UnsubscribeRow = Awaited<ReturnType<typeof repo.listUnsubscribes>>[number]

function howOf(source: string): Static<typeof Unsubscribe>['how'] {
  if (source.startsWith('campaign:')) return 'link'
  if (source === 'api') return 'manual'
  if (source === 'provider') return 'provider'
  return 'other'
}

function presentUnsubscribe(row: UnsubscribeRow): Static<typeof Unsubscribe> {
  return {
    channel: row.channel,
    address: row.address,
    unsubscribedAt: new Date(row.at).toISOString(),
    how: howOf(row.source),
    source: row.source,
    campaignId: row.source.startsWith('campaign:') ? row.source.slice('campaign:'.length) : null,
    sharedIn: row.own_contact_id === null && row.shared_contact_id !== null,
    contactId: row.own_contact_id ?? row.shared_contact_id,
  }
}

function encodeKey(row: UnsubscribeRow): string {
  return Buffer.from(JSON.stringify([row.micros, row.channel, row.address])).toString('base64url')
}

function decodeKey(cursor: string): repo.UnsubscribeKey {
  try {
    const [micros, channel, address] = JSON.parse(Buffer.from(cursor, 'base64url').toString())
    if (/^\d{1,17}$/.test(micros) && (channel === 'email' || channel === 'sms')) {
      if (typeof address === 'string') return { micros, channel, address }
    }
  } catch {
    // falls through to the 422 below
  }
  throw invalidField('cursor', 'cursor is not one this list gave')
}

/** The unsubscribes the account holds, newest first, keyset paged (SPEC §4). */
export async function listUnsubscribes(
  deps: Deps,
  access: AccountAccess,
  query: { cursor?: string; q?: string; channel?: Channel; limit?: number },
): Promise<Static<typeof Unsubscribes>> {
  const limit = query.limit ?? 50
  const rows = await repo.listUnsubscribes(deps.db, access.accountId, {
    ...(query.cursor ? { after: decodeKey(query.cursor) } : {}),
    ...(query.q?.trim() ? { q: query.q.trim().toLowerCase() } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
    limit: limit + 1,
  })
  return keysetPage(rows, limit, presentUnsubscribe, encodeKey)
}

/**
 * Lifts one of the account's unsubscribes by address (contacts.resubscribe, audited), whether the
 * address is an own contact's, a shared-in contact's or nobody's any more; the account's own
 * contacts with it are subscribed again. Platform suppressions stay (bounces, complaints).
 */
export async function liftUnsubscribe(
  deps: Deps,
  access: AccountAccess,
  input: { channel: Channel; address: string },
): Promise<Static<typeof LiftedUnsubscribe>> {
  const address = normaliseAddress(input.channel, input.address)
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.holdsUnsubscribe(tx, access.accountId, input.channel, address)))
      throw notFound('unsubscribe')
    await repo.liftUnsubscribe(tx, access.accountId, input.channel, address)
    await repo.markResubscribed(tx, access.accountId, input.channel, address)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'unsubscribe.lifted',
      details: { channel: input.channel, address },
    })
  })
  return { channel: input.channel, address, lifted: true }
}
