import type { Static } from 'typebox'
import { abilitiesOfThread } from '../access/policies/index.js'
import { type AccountAccess, loadAccountAccess, who } from '../access/service.js'
import { verifiedBy } from '../content/sender-verification.js'
import { measureSms } from '../delivery/sms.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { existingId, isUuid } from '../ids.js'
import { byId, keysetPage } from '../paging.js'
import * as repo from './repository.js'
import type {
  AssigneeList,
  InboxMessage,
  MessagePage,
  Thread,
  ThreadList,
  ThreadPatch,
  ThreadSummary,
  UnreadCount,
} from './schemas.js'

/**
 * The account's inbox (issue 19, `inbox.view`): threads of replies by email and SMS, read,
 * assigned and closed by the account's members. Threads are the account's own: a team mate's
 * account sharing the contact's group sees none of them (its URL is another account's, so 404).
 */

type Db = Deps['db']

function decodeThreadKey(cursor: string): repo.ThreadKey {
  try {
    const [micros, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString())
    // Up to 17 digits: any key beyond would overflow bigint or the timestamp range (a 500).
    if (typeof micros === 'string' && /^\d{1,17}$/.test(micros) && isUuid(String(id))) {
      return { micros, id: String(id) }
    }
  } catch {
    // fall through: not a cursor this list gave
  }
  throw invalidField('cursor', 'cursor is not one this list gave')
}

const encodeThreadKey = (row: { micros: string; id: string }) =>
  Buffer.from(JSON.stringify([row.micros, row.id])).toString('base64url')

/** The contact is shown to those who may see contacts (the contacts API's own rule). */
function presentContact(access: AccountAccess, contact: repo.ContactRow | undefined) {
  if (!contact || !access.held.has('contacts.view')) return null
  return {
    id: contact.id,
    firstName: contact.first_name,
    lastName: contact.last_name,
    email: contact.email,
    phone: contact.phone,
  }
}

function presentSummary(
  access: AccountAccess,
  row: repo.ThreadRow,
  contact: repo.ContactRow | undefined,
): Static<typeof ThreadSummary> {
  return {
    id: row.id,
    channel: row.channel,
    address: row.address,
    subject: row.subject,
    status: row.status,
    unread: Number(row.unread),
    lastMessageAt: new Date(row.last_message_at).toISOString(),
    excerpt: row.excerpt ?? '',
    lastDirection: row.last_direction ?? null,
    assignedTo:
      row.assigned_to && row.assignee_email
        ? { userId: row.assigned_to, name: row.assignee_name ?? '', email: row.assignee_email }
        : null,
    contact: presentContact(access, contact),
  }
}

export async function listThreads(
  deps: Deps,
  access: AccountAccess,
  query: Partial<Omit<repo.ThreadFilter, 'after' | 'userId' | 'limit'>> & {
    cursor?: string
    limit?: number
  },
): Promise<Static<typeof ThreadList>> {
  const limit = query.limit ?? 50
  const rows = await repo.listThreads(deps.db, access.accountId, {
    status: query.status ?? 'open',
    assigned: query.assigned ?? 'anyone',
    userId: access.userId,
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.cursor ? { after: decodeThreadKey(query.cursor) } : {}),
    limit,
  })
  const contactIds = rows.flatMap((row) => (row.contact_id ? [row.contact_id] : []))
  const contacts = await repo.contactsOf(deps.db, access.accountId, contactIds)
  return keysetPage(
    rows,
    limit,
    (row) => presentSummary(access, row, row.contact_id ? contacts.get(row.contact_id) : undefined),
    encodeThreadKey,
  )
}

export function unreadCount(
  deps: Deps,
  access: AccountAccess,
): Promise<Static<typeof UnreadCount>> {
  return repo.unreadCounts(deps.db, access.accountId)
}

/** The account's thread, or 404 (another account's thread is not there to find). */
export async function threadRow(db: Db, accountId: string, threadId: string) {
  const row = await repo.findThread(db, accountId, existingId(threadId, 'thread'))
  if (!row) throw notFound('thread')
  return row
}

export async function contactOfThread(db: Db, accountId: string, row: repo.ThreadRow) {
  if (!row.contact_id) return undefined
  return (await repo.contactsOf(db, accountId, [row.contact_id])).get(row.contact_id)
}

/** Where an answer on each channel goes: the contact's address, else the thread's own. */
export function answerAddresses(row: repo.ThreadRow, contact: repo.ContactRow | undefined) {
  const own = (channel: 'email' | 'sms') => (row.channel === channel ? row.address : null)
  return {
    phone: contact ? (contact.phone ?? own('sms')) : own('sms'),
    email: contact ? (contact.email ?? own('email')) : own('email'),
  }
}

/** The account's verified sender addresses, by address. */
export async function verifiedSenders(db: Db, accountId: string) {
  const senders = await db
    .selectFrom('senders')
    .select(['email', 'name', 'confirmed_at'])
    .where('account_id', '=', accountId)
    .orderBy('email')
    .execute()
  const verified = []
  for (const sender of senders) {
    if (await verifiedBy(db, accountId, sender)) verified.push(sender)
  }
  return verified
}

async function presentThread(
  deps: Deps,
  access: AccountAccess,
  row: repo.ThreadRow,
): Promise<Static<typeof Thread>> {
  const contact = await contactOfThread(deps.db, access.accountId, row)
  const addresses = answerAddresses(row, contact)
  const verifiedSender =
    addresses.email !== null && (await verifiedSenders(deps.db, access.accountId)).length > 0
  return {
    ...presentSummary(access, row, contact),
    createdAt: new Date(row.created_at).toISOString(),
    abilities: abilitiesOfThread(access, { ...addresses, verifiedSender }),
  }
}

/** A thread; opening it marks it read. */
export async function openThread(deps: Deps, access: AccountAccess, threadId: string) {
  const row = await threadRow(deps.db, access.accountId, threadId)
  if (Number(row.unread) > 0) {
    await repo.updateThread(deps.db, access.accountId, row.id, { unread: 0 })
    row.unread = 0
  }
  return presentThread(deps, access, row)
}

export function presentMessage(row: repo.MessageRow): Static<typeof InboxMessage> {
  return {
    id: row.id,
    threadId: row.thread_id,
    direction: row.direction,
    channel: row.channel,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    status: row.status,
    error: row.error,
    sentBy: row.sent_by,
    campaignId: row.campaign_id,
    auth: row.auth,
    parts: row.direction === 'out' && row.channel === 'sms' ? measureSms(row.body).parts : null,
    createdAt: new Date(row.created_at).toISOString(),
  }
}

export async function listMessages(
  deps: Deps,
  access: AccountAccess,
  threadId: string,
  query: { cursor?: string; limit?: number },
): Promise<Static<typeof MessagePage>> {
  const row = await threadRow(deps.db, access.accountId, threadId)
  if (query.cursor !== undefined && !isUuid(query.cursor)) {
    throw invalidField('cursor', 'cursor is not one this list gave')
  }
  const limit = query.limit ?? 100
  const rows = await repo.listMessages(deps.db, access.accountId, row.id, {
    ...(query.cursor ? { after: query.cursor } : {}),
    limit,
  })
  return keysetPage(rows, limit, presentMessage, byId)
}

/** The assignee must reach the account and hold inbox.view there (else 422 naming the field). */
async function checkAssignee(deps: Deps, accountId: string, userId: string) {
  const assignee = isUuid(userId) ? await loadAccountAccess(deps, userId, accountId) : undefined
  if (!assignee?.held.has('inbox.view')) {
    throw invalidField('assignedTo', 'assign a member of the account who holds inbox.view')
  }
}

export async function changeThread(
  deps: Deps,
  access: AccountAccess,
  threadId: string,
  patch: Static<typeof ThreadPatch>,
) {
  const row = await threadRow(deps.db, access.accountId, threadId)
  if (typeof patch.assignedTo === 'string') {
    await checkAssignee(deps, access.accountId, patch.assignedTo)
  }
  const changes = {
    ...(patch.status ? { status: patch.status } : {}),
    ...(patch.assignedTo !== undefined ? { assigned_to: patch.assignedTo } : {}),
    ...(patch.read ? { unread: 0 } : {}),
  }
  if (Object.keys(changes).length === 0) {
    throw new AppError('validation_failed', 'say what to change: status, assignedTo or read', {
      field: 'status',
    })
  }
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateThread(tx, access.accountId, row.id, changes)
    if (patch.assignedTo !== undefined) {
      await recordAudit(tx, actorOf(access), {
        accountId: access.accountId,
        action: 'inbox.thread_assigned',
        target: { type: 'inbox_thread', id: row.id },
        details: { assignedTo: patch.assignedTo },
      })
    }
  })
  return presentThread(deps, access, await threadRow(deps.db, access.accountId, row.id))
}

/** Who a thread can be assigned to: everyone who holds inbox.view in the account. */
export async function assignees(
  deps: Deps,
  access: AccountAccess,
): Promise<Static<typeof AssigneeList>> {
  const entries = await who(deps, access.accountId, 'inbox.view')
  return { items: entries.map((e) => ({ userId: e.userId, name: e.name, email: e.email })) }
}
