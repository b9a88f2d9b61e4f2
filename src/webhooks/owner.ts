import { apiKeyPath } from '../access/grants.js'
import { maySubscribe } from '../access/policies/index.js'
import { type AccountAccess, accountAccess, loadAccountAccess } from '../access/service.js'
import type { Deps } from '../deps.js'
import type { WebhookRow } from './repository.js'

/**
 * A webhook acts for its owner: the person who created it (or last pointed it somewhere or turned
 * it back on) and the API key they did it with, if any. Like an API key or an inbound endpoint,
 * it is capped by what they hold now, so demoting or removing the person, or revoking the key,
 * disarms it.
 */

/** The columns an owner change writes: the caller becomes the owner, with their key if any. */
export function ownedBy(access: Pick<AccountAccess, 'userId' | 'apiKeyId'>) {
  return { created_by: access.userId, api_key_id: access.apiKeyId ?? null }
}

/** What the owner holds now in the webhook's account, or why they hold nothing. */
async function ownerAccess(
  deps: Deps,
  webhook: Pick<WebhookRow, 'account_id' | 'created_by' | 'api_key_id'>,
): Promise<AccountAccess | string> {
  const gone = 'its owner is no longer a member of the account'
  if (webhook.created_by === null) return gone
  const person = await loadAccountAccess(deps, webhook.created_by, webhook.account_id)
  if (person.paths.length === 0) return gone
  if (webhook.api_key_id === null) return person
  const key = await deps.db
    .selectFrom('api_keys')
    .select(['permissions', 'revoked_at'])
    .where('account_id', '=', webhook.account_id)
    .where('id', '=', webhook.api_key_id)
    .executeTakeFirst()
  if (!key || key.revoked_at !== null) return 'the API key that set it up was revoked'
  return accountAccess(webhook.account_id, webhook.created_by, [
    apiKeyPath(webhook.account_id, key.permissions, person.paths),
  ])
}

/**
 * Why the webhook's owner may no longer receive an event of `eventType` (a sentence that follows
 * "turned off because"), or null when they may. Messages a subscription does not decide (a
 * program's webhook step, the test ping) need only an owner who is still there.
 */
export async function ownerRefusal(
  deps: Deps,
  webhook: Pick<WebhookRow, 'account_id' | 'created_by' | 'api_key_id'>,
  eventType: string,
): Promise<string | null> {
  const access = await ownerAccess(deps, webhook)
  if (typeof access === 'string') return access
  const decision = maySubscribe(access, [eventType])
  if (decision.allowed) return null
  return `its owner no longer holds ${String(decision.refusal.details.permission)}`
}
