import { loadAccountAccess } from '../access/service.js'
import type { Deps } from '../deps.js'
import { normaliseEmail } from '../email-address.js'
import { findConfirmedUserByEmail } from '../identity/repository.js'
import { isUuid } from '../ids.js'
import { findLiveAccount } from './repository.js'

/**
 * People are named by email (Access Others, Grant Access, team invitations). Every lookup here
 * answers `undefined` alike for an unknown address, an unconfirmed one and one that does not fit,
 * and callers answer the same in every case, so the routes cannot tell who has a user.
 */

/** The user behind a confirmed address. */
export async function confirmedUser(deps: Deps, email: string) {
  return findConfirmedUserByEmail(deps.db, normaliseEmail(email))
}

/** The oldest live top-level account the user owns: "their account" (seed 000). */
export async function ownedAccountOf(deps: Deps, userId: string) {
  const row = await deps.db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select('a.id')
    .where('m.user_id', '=', userId)
    .where('m.role', '=', 'owner')
    .where('a.parent_id', 'is', null)
    .where('a.deleted_at', 'is', null)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .executeTakeFirst()
  return row?.id
}

/**
 * The account someone named by email lets people into: the one given, when that person holds
 * users.manage there, else the top-level account they own.
 */
export async function accountManagedBy(
  deps: Deps,
  email: string,
  accountId: string | undefined,
): Promise<{ accountId: string; managerId: string } | undefined> {
  const manager = await confirmedUser(deps, email)
  if (!manager) return undefined
  if (accountId === undefined) {
    const owned = await ownedAccountOf(deps, manager.id)
    return owned ? { accountId: owned, managerId: manager.id } : undefined
  }
  if (!isUuid(accountId) || !(await findLiveAccount(deps.db, accountId))) return undefined
  const access = await loadAccountAccess(deps, manager.id, accountId)
  return access.held.has('users.manage') ? { accountId, managerId: manager.id } : undefined
}
