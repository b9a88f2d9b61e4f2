import type { Static } from 'typebox'
import type { AccountAccess } from '../../access/service.js'
import type { Channel } from '../../db/schema.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { invalidField, notFound } from '../../errors.js'
import { emailProblem, normaliseEmail, normalisePhone, phoneProblem } from '../contact-input.js'
import * as repo from './repository.js'
import type { BlocklistEntry, SuppressionCheck } from './schemas.js'

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

export async function listBlocklist(deps: Deps, access: AccountAccess) {
  return (await repo.listBlocklist(deps.db, access.accountId)).map(presentBlocklistEntry)
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
