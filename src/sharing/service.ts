import type { Static } from 'typebox'
import { refusalError, sharedReadOnly } from '../access/policies/index.js'
import type { SharePath as SharePathSchema } from '../access/schemas.js'
import { type AccountAccess, type WhoEntry, who } from '../access/service.js'
import type { Deps } from '../deps.js'
import { type AuditEvent, actorOf, recordAudit } from '../developer/audit.js'
import { AppError, notFound } from '../errors.js'
import { existingId } from '../ids.js'
import * as repo from './repository.js'
import { basisOf, checkTarget, SHARE_KINDS, type ShareKind, shareBasis } from './rules.js'

/**
 * One sharing module for groups, templates and contacts (SPEC §1 Share, §4, seed 003): who may
 * share what with whom (`rules.ts`), the read-only error, the audit shape and `who?resource=`.
 * The domains find their own thing (and answer their own 404) and present their own answers.
 */

export {
  listOwnShares,
  listShares,
  listShareTargets,
  type ShareKey,
  type ShareRow,
  type ShareTargetRow,
} from './repository.js'
export { basisOf, isShareKind, SHARE_KINDS, type ShareKind, validShare } from './rules.js'

/** The thing a share is about, as the owner account has it. */
export interface Shared {
  kind: ShareKind
  id: string
  /** Its name for the audit log (a group's or template's name; null for a contact). */
  name: string | null
}

/** What every kind's share answer says of the share itself (the domain adds `<kind>Id`). */
export function presentShareCore(
  kind: ShareKind,
  share: repo.ShareRow,
  caller: { held: ReadonlySet<string> },
) {
  return {
    ownerAccountId: share.account_id,
    accountId: share.target_account_id,
    accountName: share.target_name,
    createdBy: share.created_by,
    createdAt: new Date(share.created_at).toISOString(),
    // Only the owner account lists or ends its shares, with the permission that shares.
    abilities: { remove: caller.held.has(SHARE_KINDS[kind].share) },
  }
}

/** The one read-only error: a thing shared in is changed only by its owner account (409). */
export function readOnly(kind: ShareKind, ownerAccountId: string): AppError {
  return refusalError(sharedReadOnly({ kind, ownerAccountId }))
}

/**
 * The thing the account owns (`own`, as its domain found it); one shared in from elsewhere is
 * refused with the read-only error, anything else is 404. Every write on a shareable thing starts
 * here, so a receiving account can never change what it was lent.
 */
export async function ownedOrReadOnly<T>(
  deps: Deps,
  kind: ShareKind,
  accountId: string,
  resourceId: string,
  own: T | undefined,
): Promise<T> {
  if (own) return own
  const share = await repo.findSharedIn(deps.db, kind, accountId, resourceId)
  if (share) throw readOnly(kind, share.account_id)
  throw notFound(kind)
}

/**
 * The one audit shape of a share, recorded in both accounts: `share.created` or `share.removed`,
 * on the shared thing, with the same details for every kind.
 */
export function shareEvents(
  action: 'share.created' | 'share.removed',
  kind: ShareKind,
  share: repo.ShareKey,
  details: { name?: string | null; by?: 'owner' | 'target'; reason?: string } = {},
): AuditEvent[] {
  const common = {
    kind,
    resourceId: share.resource_id,
    ownerAccountId: share.account_id,
    targetAccountId: share.target_account_id,
    basis: basisOf(share.team_id),
    teamId: share.team_id,
    ...details,
  }
  return [share.account_id, share.target_account_id].map((accountId) => ({
    accountId,
    action,
    target: { type: kind, id: share.resource_id },
    details: common,
  }))
}

/**
 * Shares an owned thing with `targetAccountId` when the rules allow that target (else 422 on
 * accountId); a second share with the same account is 409. Audited in both accounts.
 */
export async function createShare(
  deps: Deps,
  access: AccountAccess,
  shared: Shared,
  targetAccountId: string,
): Promise<repo.ShareRow> {
  checkTarget(shared.kind, access.accountId, targetAccountId)
  const key = {
    account_id: access.accountId,
    resource_id: shared.id,
    target_account_id: targetAccountId,
  }
  return deps.db.transaction().execute(async (tx) => {
    await repo.deleteLapsedShare(tx, shared.kind, key)
    const { teamId } = await shareBasis(tx, shared.kind, access.accountId, targetAccountId)
    const row = { ...key, team_id: teamId, created_by: access.userId }
    if (!(await repo.insertShare(tx, shared.kind, row)))
      throw new AppError('conflict', `the ${shared.kind} is already shared with this account`, {
        field: 'accountId',
      })
    const [share] = await repo.listShares(
      tx,
      shared.kind,
      access.accountId,
      shared.id,
      targetAccountId,
    )
    if (!share) throw notFound('share')
    const events = shareEvents('share.created', shared.kind, share, {
      name: shared.name,
      by: 'owner',
    })
    await recordAudit(tx, actorOf(access), events)
    return share
  })
}

/**
 * Ends a share, by the owner (`by: 'owner'`) or by the receiving account dropping it from its own
 * list (`by: 'target'`); the target loses it on its next request. 404 (`missing`) when there is none.
 */
export async function removeShare(
  deps: Deps,
  access: AccountAccess,
  shared: Shared,
  share: { ownerAccountId: string; targetAccountId: string; by: 'owner' | 'target' },
  missing = 'share',
) {
  if (share.by === 'owner') existingId(share.targetAccountId, missing)
  await deps.db.transaction().execute(async (tx) => {
    const ended = await repo.deleteShare(tx, shared.kind, {
      account_id: share.ownerAccountId,
      resource_id: shared.id,
      target_account_id: share.targetAccountId,
    })
    if (!ended) throw notFound(missing)
    const events = shareEvents('share.removed', shared.kind, ended, {
      name: shared.name,
      by: share.by,
    })
    await recordAudit(tx, actorOf(access), events)
  })
}

/** The owner account ends one of its shares; the target loses the thing on its next request. */
export function unshare(
  deps: Deps,
  access: AccountAccess,
  shared: Shared,
  targetAccountId: string,
) {
  const share = { ownerAccountId: access.accountId, targetAccountId, by: 'owner' as const }
  return removeShare(deps, access, shared, share)
}

/**
 * The owner's three share operations on one kind, for its routes: each finds the thing with its
 * domain's `owned` (which answers the domain's 404, or the read-only error for a thing shared in)
 * and presents each share with the domain's answer.
 */
export function shareOperations<Row, Answer>(domain: {
  owned: (deps: Deps, accountId: string, id: string) => Promise<Row>
  shared: (row: Row) => Shared
  present: (share: repo.ShareRow, access: AccountAccess) => Answer
}) {
  const find = async (deps: Deps, access: AccountAccess, id: string) =>
    domain.shared(await domain.owned(deps, access.accountId, id))
  return {
    /** Shares the owned thing with `targetAccountId` (see createShare). */
    share: async (deps: Deps, access: AccountAccess, id: string, targetAccountId: string) => {
      const share = await createShare(deps, access, await find(deps, access, id), targetAccountId)
      return domain.present(share, access)
    },
    /** The owner ends a share; the target loses the thing on its next request. */
    unshare: async (deps: Deps, access: AccountAccess, id: string, targetAccountId: string) =>
      unshare(deps, access, await find(deps, access, id), targetAccountId),
    /** The valid shares of the owned thing. */
    list: async (deps: Deps, access: AccountAccess, id: string) => {
      const shared = await find(deps, access, id)
      const rows = await repo.listShares(deps.db, shared.kind, access.accountId, shared.id)
      return rows.map((share) => domain.present(share, access))
    },
  }
}

/**
 * The account that owns a thing the account can see — itself, or the owner of a valid share into
 * it — or undefined (the caller answers its 404).
 */
export async function ownerOf(
  deps: Deps,
  kind: ShareKind,
  accountId: string,
  resourceId: string,
): Promise<{ ownerAccountId: string; share?: repo.ShareKey } | undefined> {
  if (await repo.ownsResource(deps.db, kind, accountId, resourceId))
    return { ownerAccountId: accountId }
  const share = await repo.findSharedIn(deps.db, kind, accountId, resourceId)
  return share && { ownerAccountId: share.account_id, share }
}

/** How a user reaches a shared thing: added to the paths of their own account. */
type SharePath = Static<typeof SharePathSchema>

export interface ShareReach extends Omit<WhoEntry, 'paths'> {
  /** The account through which the user reaches the thing. */
  accountId: string
  via: 'owner' | 'share'
  paths: Array<WhoEntry['paths'][number] | SharePath>
}

function throughShare(entries: WhoEntry[], kind: ShareKind, share: repo.ShareKey): ShareReach[] {
  const path = {
    kind: 'share',
    accountId: share.target_account_id,
    ownerAccountId: share.account_id,
    [`${kind}Id`]: share.resource_id,
    basis: basisOf(share.team_id),
    teamId: share.team_id,
  } as SharePath
  return entries.map((entry) => ({
    ...entry,
    accountId: share.target_account_id,
    via: 'share',
    paths: [...entry.paths, path],
  }))
}

/**
 * `who?resource=<kind>:<id>`: everyone who can see a shared-able thing, one item per user and
 * account they reach it through — users of the owner account with the kind's view permission, and
 * those of every account it is validly shared with (the share added to their paths). Asked from a
 * receiving account, the answer covers that account only: the owner's people are not its business.
 */
export async function whoCanReach(
  deps: Deps,
  access: AccountAccess,
  kind: ShareKind,
  resourceId: string,
): Promise<ShareReach[]> {
  existingId(resourceId, kind)
  const view = SHARE_KINDS[kind].view
  // As for explain: a caller who could not open the thing learns nothing about it.
  if (!access.held.has(view)) throw notFound(kind)
  const owner = await ownerOf(deps, kind, access.accountId, resourceId)
  if (!owner) throw notFound(kind)
  if (owner.share) return throughShare(await who(deps, access.accountId, view), kind, owner.share)
  const items: ShareReach[] = (await who(deps, access.accountId, view)).map((entry) => ({
    ...entry,
    accountId: access.accountId,
    via: 'owner',
  }))
  for (const share of await repo.listShares(deps.db, kind, access.accountId, resourceId)) {
    items.push(...throughShare(await who(deps, share.target_account_id, view), kind, share))
  }
  return items
}
