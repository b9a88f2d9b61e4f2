import type { Transaction } from 'kysely'
import type { Permission } from '../access/catalog.js'
import { type AccessPath, inCatalogOrder, permissionsOfGrant, unionOf } from '../access/grants.js'
import { validatePermissionSet } from '../access/permission-sets.js'
import {
  abilitiesOfMember,
  enforce,
  mayGrant,
  mayManageMember,
  refusalError,
} from '../access/policies/index.js'
import { isRoleKey, presetRole, type RoleKey } from '../access/roles.js'
import {
  type AccountAccess,
  accessInReachableAccounts,
  assertTwoFactorIn,
  callerAccessIn,
  everyoneWithAccess,
  forbidden,
  loadAccountAccess,
} from '../access/service.js'
import { dateJobsFollowZone } from '../automations/date-jobs.js'
import { isUniqueViolation } from '../db/errors.js'
import type { DB } from '../db/schema.js'
import { throttleSystemMail } from '../delivery/system-mail-limits.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit, sessionActor } from '../developer/audit.js'
import { assertEmail, normaliseEmail } from '../email-address.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { LIMITS, takeAttempt } from '../identity/rate-limit.js'
import type { RequestMeta, SessionInfo } from '../identity/sessions.js'
import { randomToken, sha256Hex } from '../identity/tokens.js'
import { existingId, isUuid } from '../ids.js'
import { emitWebhookEvent } from '../webhooks/events.js'
import { insertInvitedUser } from './invited-users.js'
import type { AccountLanguage } from './language.js'
import * as repo from './repository.js'
import type {
  AcceptedInvitation,
  Account,
  AccountDescription,
  CreatedInvitation,
  Invitation,
  Member,
  Membership,
  TreeAccess,
} from './schemas.js'
import { canonicalTimeZone } from './time-zone.js'

export const MAX_ACCOUNT_LEVEL = 5
const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000

export function presentAccount(account: repo.AccountRow): Account {
  return {
    id: account.id,
    name: account.name,
    parentId: account.parent_id,
    level: account.level,
    requireTwoFactor: account.require_two_factor,
    timeZone: account.time_zone,
    language: account.language,
  }
}

/** SPEC §2 rule 2: ownership, leaving and deleting an account are for a person, never an API key. */
function assertPerson(access: AccountAccess, action: string) {
  if (access.paths.some((p) => p.kind === 'api_key')) {
    throw new AppError('person_required', `only a signed-in person can ${action}, not an API key`)
  }
}

async function liveAccount(deps: Deps, accountId: string) {
  const account = await repo.findLiveAccount(deps.db, accountId)
  if (!account) throw notFound('account')
  return account
}

/** The account as its caller sees it, with what they may do there (the UI shows actions from it). */
export async function describeAccount(
  deps: Deps,
  access: AccountAccess,
): Promise<AccountDescription> {
  const account = await liveAccount(deps, access.accountId)
  return {
    account: presentAccount(account),
    permissions: inCatalogOrder(access.held),
    paths: access.paths,
  }
}

export interface AccountSettings {
  name?: string | undefined
  requireTwoFactor?: boolean | undefined
  timeZone?: string | undefined
  language?: AccountLanguage | undefined
}

/**
 * Renames the account, sets whether its members (here and below) need 2FA, its time zone
 * (programs' dated triggers and waits) and/or its language (the words of its public pages). Whoever turns the 2FA requirement on must have 2FA
 * themselves, or the change would lock them out of the account.
 */
export async function updateAccount(
  deps: Deps,
  access: AccountAccess,
  input: AccountSettings,
  session: SessionInfo | null,
) {
  const name = input.name?.trim()
  if (name === '') throw invalidField('name', 'name must not be empty')
  const timeZone = input.timeZone === undefined ? undefined : canonicalTimeZone(input.timeZone)
  if (input.requireTwoFactor && !session?.user.two_factor_enabled) {
    throw new AppError(
      'two_factor_required',
      'turn on two-factor authentication for yourself before requiring it of the members',
    )
  }
  return deps.db.transaction().execute(async (tx) => {
    const account = await repo.updateAccount(tx, access.accountId, {
      ...(name === undefined ? {} : { name }),
      ...(input.requireTwoFactor === undefined
        ? {}
        : { require_two_factor: input.requireTwoFactor }),
      ...(timeZone === undefined ? {} : { time_zone: timeZone }),
      ...(input.language === undefined ? {} : { language: input.language }),
    })
    const target = { type: 'account', id: access.accountId }
    const events = []
    if (name !== undefined) {
      events.push({
        accountId: access.accountId,
        action: 'account.renamed',
        target,
        details: { name },
      })
    }
    if (input.requireTwoFactor !== undefined) {
      events.push({
        accountId: access.accountId,
        action: 'account.two_factor_requirement_changed',
        target,
        details: { requireTwoFactor: input.requireTwoFactor },
      })
    }
    if (timeZone !== undefined) {
      await dateJobsFollowZone(tx, access.accountId)
      events.push({
        accountId: access.accountId,
        action: 'account.time_zone_changed',
        target,
        details: { timeZone },
      })
    }
    if (input.language !== undefined) {
      events.push({
        accountId: access.accountId,
        action: 'account.language_changed',
        target,
        details: { language: input.language },
      })
    }
    await recordAudit(tx, actorOf(access), events)
    return presentAccount(account)
  })
}

/** How many live top-level accounts one user may own (sign-up's first one included). */
export const MAX_OWNED_TOP_LEVEL_ACCOUNTS = 20

/**
 * Another top-level account of the signed-in user's own, which they own (seed 004, "create new
 * projects"). It starts with no credits: only sign-up's first account gets the installation's
 * sign-up credits, so creating accounts never mints any. Creation is limited per user and hour
 * (429), and a user owns at most MAX_OWNED_TOP_LEVEL_ACCOUNTS live top-level accounts (409
 * `conflict`, `reason: "account_limit"`, counted under a lock of the user's row so parallel
 * requests cannot overshoot).
 */
export async function createTopLevelAccount(deps: Deps, session: SessionInfo, name: string) {
  const trimmed = name.trim()
  if (!trimmed) throw invalidField('name', 'name must not be empty')
  const keys = [
    { key: `account-create:user:${session.user.id}`, limit: LIMITS.accountCreationPerUser },
  ]
  await takeAttempt(deps.db, keys, deps.clock.now())
  return deps.db.transaction().execute(async (tx) => {
    await tx
      .selectFrom('users')
      .select('id')
      .where('id', '=', session.user.id)
      .forUpdate()
      .execute()
    const { count } = await tx
      .selectFrom('memberships')
      .innerJoin('accounts', 'accounts.id', 'memberships.account_id')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('memberships.user_id', '=', session.user.id)
      .where('memberships.role', '=', 'owner')
      .where('accounts.parent_id', 'is', null)
      .where('accounts.deleted_at', 'is', null)
      .executeTakeFirstOrThrow()
    if (Number(count) >= MAX_OWNED_TOP_LEVEL_ACCOUNTS) {
      throw new AppError(
        'conflict',
        `a user owns at most ${MAX_OWNED_TOP_LEVEL_ACCOUNTS} top-level accounts`,
        { reason: 'account_limit', limit: MAX_OWNED_TOP_LEVEL_ACCOUNTS },
      )
    }
    const account = await repo.insertAccount(tx, { name: trimmed, parent: null })
    await repo.insertMembership(tx, {
      accountId: account.id,
      userId: session.user.id,
      role: 'owner',
      permissions: null,
    })
    await recordAudit(tx, sessionActor(session), {
      accountId: account.id,
      action: 'account.created',
      target: { type: 'account', id: account.id },
      details: { name: trimmed, owner: session.user.id },
    })
    return presentAccount(account)
  })
}

export async function listSubaccounts(deps: Deps, access: AccountAccess): Promise<Account[]> {
  return (await repo.listChildren(deps.db, access.accountId)).map(presentAccount)
}

/**
 * A sub-account one level down (at most five levels). Owners and Admins reach it through the
 * cascade; a creator whose access does not cascade gets a membership there with the permissions
 * they hold here, no more, so creating an account never widens anyone's rights.
 */
export async function createSubaccount(deps: Deps, access: AccountAccess, name: string) {
  const trimmed = name.trim()
  if (!trimmed) throw invalidField('name', 'name must not be empty')
  const parent = await liveAccount(deps, access.accountId)
  if (parent.level >= MAX_ACCOUNT_LEVEL) {
    throw new AppError(
      'max_depth_reached',
      `accounts nest at most ${MAX_ACCOUNT_LEVEL} levels deep`,
      {
        maxLevel: MAX_ACCOUNT_LEVEL,
      },
    )
  }
  const cascades = access.paths.some((p) => p.role === 'owner' || p.role === 'admin')
  return deps.db.transaction().execute(async (tx) => {
    const account = await repo.insertAccount(tx, { name: trimmed, parent })
    if (!cascades) {
      await repo.insertMembership(tx, {
        accountId: account.id,
        userId: access.userId,
        role: null,
        // What the creator holds here through memberships, never through a connection: a
        // connection reaches its one account only, and ends without leaving access behind.
        permissions: inCatalogOrder(unionOf(access.paths.filter((p) => p.kind !== 'connection'))),
        grantedBy: access.userId,
      })
    }
    await recordAudit(tx, actorOf(access), [
      {
        accountId: parent.id,
        action: 'subaccount.created',
        target: { type: 'account', id: account.id },
      },
      {
        accountId: account.id,
        action: 'account.created',
        details: { parentId: parent.id, name: trimmed },
      },
    ])
    return presentAccount(account)
  })
}

/**
 * Soft-deletes the account with everything below it. A top-level account: only its Owner, and
 * only while they keep another account. A sub-account: the Owner or an Admin of an ancestor.
 */
export async function deleteAccount(deps: Deps, access: AccountAccess) {
  assertPerson(access, 'delete an account')
  const account = await liveAccount(deps, access.accountId)
  const allowed =
    account.parent_id === null ? access.isOwner : access.paths.some((p) => p.kind === 'cascade')
  if (!allowed) {
    throw new AppError(
      'escalation_refused',
      account.parent_id === null
        ? 'only the Owner can delete a top-level account'
        : 'only the Owner or an Admin of a parent account can delete a sub-account',
    )
  }
  if (
    account.parent_id === null &&
    (await repo.countOtherLiveMemberships(deps.db, access.userId, account.id)) === 0
  ) {
    throw new AppError(
      'last_membership',
      'this is your only account; every user keeps at least one',
    )
  }
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteAccountTree(tx, account.id, deps.clock.now())
    const events = [
      {
        accountId: account.id,
        action: 'account.deleted',
        target: { type: 'account', id: account.id },
      },
    ]
    if (account.parent_id) {
      events.push({
        accountId: account.parent_id,
        action: 'subaccount.deleted',
        target: { type: 'account', id: account.id },
      })
    }
    await recordAudit(tx, actorOf(access), events)
  })
}

export interface GrantInput {
  role?: string | undefined
  permissions?: string[] | undefined
}

export interface Grant {
  role: RoleKey | null
  permissions: Permission[] | null
  set: Set<Permission>
}

/** A preset role or a closed custom set; never ownership, which is only transferred. */
export function parseGrant(input: GrantInput): Grant {
  if ((input.role === undefined) === (input.permissions === undefined)) {
    throw invalidField('role', 'give either role or permissions')
  }
  if (input.role !== undefined) {
    if (!isRoleKey(input.role)) throw invalidField('role', `${input.role} is not a role`)
    if (input.role === 'owner') {
      throw invalidField(
        'role',
        'ownership cannot be granted; the Owner can transfer it to an Admin',
      )
    }
    return { role: input.role, permissions: null, set: new Set(presetRole(input.role).permissions) }
  }
  const set = validatePermissionSet(input.permissions ?? [])
  return { role: null, permissions: inCatalogOrder(set), set }
}

/** SPEC §2 rule 2 (`no_escalation`, src/access/policies/members.ts), or why not. */
function grantRefusal(access: AccountAccess, grant: Grant): AppError | undefined {
  const decision = mayGrant(access, grant)
  return decision.allowed ? undefined : refusalError(decision)
}

export function assertMayGrant(access: AccountAccess, grant: Grant) {
  const refusal = grantRefusal(access, grant)
  if (refusal) throw refusal
}

/**
 * Access from higher in the tree outranks access given lower down (SPEC §2 rule 2): the actor's
 * cascade starts in an ancestor strictly above every account the target's access here starts from.
 * So an ancestor's Admin manages a sub-account's Admins, and never an ancestor's Owner or a peer.
 */
function outranks(
  ancestry: readonly string[],
  actor: AccountAccess,
  target: { paths: readonly Pick<AccessPath, 'accountId'>[] },
) {
  const depth = (path: Pick<AccessPath, 'accountId'>) => ancestry.indexOf(path.accountId)
  const actorTop = Math.min(...actor.paths.filter((p) => p.kind === 'cascade').map(depth))
  return target.paths.every((path) => depth(path) > actorTop)
}

const FROM_ELSEWHERE = 'this access comes from a parent account; change it there'
const OWNER_STAYS = 'the Owner cannot leave; transfer ownership to an Admin first'

/**
 * Change or remove only members whose permissions here are a strict subset of yours, or whom your
 * access from higher in the tree outranks. Nobody but the Owner touches an Admin-equal peer, and
 * nobody touches the Owner's membership.
 */
async function assertMayManage(deps: Deps, access: AccountAccess, targetUserId: string) {
  existingId(targetUserId, 'member')
  const target = await loadAccountAccess(deps, targetUserId, access.accountId)
  const membership = await repo.findMembership(deps.db, access.accountId, targetUserId)
  if (!membership) {
    if (target.paths.length > 0) {
      throw new AppError('conflict', FROM_ELSEWHERE, {
        accountId: target.paths[0]?.accountId,
      })
    }
    throw notFound('member')
  }
  const member = { role: membership.role, held: target.held, outrankedByCaller: false }
  if (!mayManageMember(access, member).allowed) {
    // Only worth a read of the tree when nothing else lets the caller manage them.
    member.outrankedByCaller = outranks(
      (await liveAccount(deps, access.accountId)).ancestry,
      access,
      target,
    )
  }
  enforce(mayManageMember(access, member))
  return { target, membership }
}

const VIA = { membership: 'member', cascade: 'cascade', connection: 'connection' } as const

/** The path a listing names a member by, as `/me` does: their own membership, else the strongest. */
function shownPath<P extends Pick<AccessPath, 'kind' | 'role'>>(
  paths: readonly P[],
): P | undefined {
  return (
    paths.find((p) => p.kind === 'membership') ??
    paths.find((p) => p.kind === 'cascade' && p.role === 'owner') ??
    paths.find((p) => p.kind === 'cascade') ??
    paths[0]
  )
}

/**
 * Everyone who reaches the account, with the role that reaches them and the account it comes from.
 * Holders of users.security also see whether 2FA is on and the last sign-in (seed 004).
 */
export async function listMembers(deps: Deps, access: AccountAccess): Promise<Member[]> {
  const everyone = await everyoneWithAccess(deps, access.accountId)
  const { ancestry } = await liveAccount(deps, access.accountId)
  const security = access.held.has('users.security')
    ? await repo.securityOf(
        deps.db,
        everyone.map((entry) => entry.userId),
      )
    : undefined
  return everyone.map((entry) => {
    const shown = shownPath(entry.paths)
    const status = security?.get(entry.userId)
    return {
      userId: entry.userId,
      email: entry.email,
      name: entry.name,
      role: shown?.role ?? null,
      via: shown && shown.kind !== 'api_key' ? VIA[shown.kind] : 'member',
      fromAccountId: shown?.accountId ?? access.accountId,
      permissions: entry.permissions,
      paths: entry.paths,
      abilities: memberAbilities(access, entry, ancestry),
      ...(security
        ? {
            twoFactorEnabled: status?.twoFactorEnabled ?? false,
            lastSignInAt: status?.lastSignInAt ? new Date(status.lastSignInAt).toISOString() : null,
          }
        : {}),
    }
  })
}

const refused = (reason: string) => ({ allowed: false as const, reason })

/**
 * What the caller may do to a listed member, by the rules `assertMayManage` and `leaveAccount`
 * enforce (no_escalation, the Owner, access from elsewhere), from what the listing already read.
 * Not foreseen: removing someone's last membership (409 `last_membership`).
 */
function memberAbilities(
  access: AccountAccess,
  member: {
    userId: string
    permissions: Iterable<Permission>
    paths: readonly Pick<AccessPath, 'kind' | 'role' | 'accountId'>[]
  },
  ancestry: readonly string[],
): Member['abilities'] {
  const own = member.paths.find((path) => path.kind === 'membership')
  if (!own) return { edit: refused(FROM_ELSEWHERE), remove: refused(FROM_ELSEWHERE) }
  const facts = {
    role: own.role,
    held: new Set(member.permissions),
    outrankedByCaller: outranks(ancestry, access, member),
  }
  const abilities = abilitiesOfMember(access, facts)
  if (member.userId !== access.userId) return abilities
  // Removing oneself is leaving: anyone but the Owner, still through the route's users.manage.
  if (!access.held.has('users.manage')) return abilities
  return { ...abilities, remove: own.role === 'owner' ? refused(OWNER_STAYS) : { allowed: true } }
}

/**
 * Tells the account's webhooks (membership.changed) who gained, changed or lost access: the
 * grant as the membership answers show it (account, user, role, permissions), none once gone.
 */
function membershipChanged(
  tx: Transaction<DB>,
  change: 'added' | 'updated' | 'removed' | 'left',
  accountId: string,
  userId: string,
  grant?: Grant,
) {
  return emitWebhookEvent(tx, accountId, 'membership.changed', {
    change,
    accountId,
    userId,
    role: grant?.role ?? null,
    permissions: grant ? inCatalogOrder(grant.set) : [],
  })
}

export async function updateMember(
  deps: Deps,
  access: AccountAccess,
  targetUserId: string,
  input: GrantInput,
) {
  const grant = parseGrant(input)
  await assertMayManage(deps, access, targetUserId)
  assertMayGrant(access, grant)
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateMembership(tx, access.accountId, targetUserId, grant)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'member.updated',
      target: { type: 'user', id: targetUserId },
      details: { role: grant.role, permissions: grant.permissions },
    })
    await membershipChanged(tx, 'updated', access.accountId, targetUserId, grant)
  })
  return presentMembership(deps, access, targetUserId)
}

/**
 * A membership as a change answers it, with what the caller may do to the member now, by the
 * members list's own rule (a grant at the caller's level leaves it unchangeable by them).
 */
async function presentMembership(
  deps: Deps,
  access: AccountAccess,
  userId: string,
): Promise<Membership> {
  const membership = await repo.findMembership(deps.db, access.accountId, userId)
  if (!membership) throw notFound('member')
  const target = await loadAccountAccess(deps, userId, access.accountId)
  const { ancestry } = await liveAccount(deps, access.accountId)
  return {
    accountId: access.accountId,
    userId,
    role: membership.role,
    permissions: inCatalogOrder(permissionsOfGrant(membership)),
    createdAt: new Date(membership.created_at).toISOString(),
    abilities: memberAbilities(
      access,
      { userId, permissions: target.held, paths: target.paths },
      ancestry,
    ),
  }
}

export async function removeMember(deps: Deps, access: AccountAccess, targetUserId: string) {
  if (targetUserId === access.userId) return leaveAccount(deps, access)
  await assertMayManage(deps, access, targetUserId)
  await assertKeepsAnAccount(deps, targetUserId, access.accountId)
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteMembership(tx, access.accountId, targetUserId)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'member.removed',
      target: { type: 'user', id: targetUserId },
    })
    await membershipChanged(tx, 'removed', access.accountId, targetUserId)
  })
}

/** The target is a member of the caller's account: their own membership or a cascade (404 else). */
async function assertMemberHere(deps: Deps, access: AccountAccess, targetUserId: string) {
  existingId(targetUserId, 'member')
  const target = await loadAccountAccess(deps, targetUserId, access.accountId)
  if (!target.paths.some((p) => p.kind === 'membership' || p.kind === 'cascade')) {
    throw notFound('member')
  }
}

/**
 * What the caller holds in another account of the same top-level tree, for seed 002's Accounts tab:
 * the target must be a member here (own membership or cascade), and the caller needs users.manage
 * there as well. An account outside the tree, or one the caller cannot reach, is a 404; an API key
 * works in its own account only. An account that requires 2FA is closed to a caller without it.
 */
async function callerInTreeAccount(
  deps: Deps,
  access: AccountAccess,
  session: SessionInfo | null,
  targetUserId: string,
  otherAccountId: string,
): Promise<AccountAccess> {
  await assertMemberHere(deps, access, targetUserId)
  const here = await liveAccount(deps, access.accountId)
  const other = isUuid(otherAccountId)
    ? await repo.findLiveAccount(deps.db, otherAccountId)
    : undefined
  if (!session || !other || other.ancestry[0] !== here.ancestry[0]) throw notFound('account')
  const caller = await callerAccessIn(deps, access, other.id)
  if (caller.paths.length === 0) throw notFound('account')
  if (!caller.held.has('users.manage')) throw forbidden('users.manage')
  await assertTwoFactorIn(deps, session.user, other.id)
  return caller
}

/**
 * Gives a member of this account access to another account of the tree, or changes it there
 * (seed 002, "select YES"), without an invitation; the rules of that account apply as if the
 * caller acted there. Someone who reaches it from a parent account already has access there.
 */
export async function setTreeAccess(
  deps: Deps,
  access: AccountAccess,
  session: SessionInfo | null,
  target: { userId: string; accountId: string },
  input: GrantInput,
) {
  const grant = parseGrant(input)
  const caller = await callerInTreeAccount(deps, access, session, target.userId, target.accountId)
  if (await repo.findMembership(deps.db, caller.accountId, target.userId)) {
    return updateMember(deps, caller, target.userId, input)
  }
  if ((await loadAccountAccess(deps, target.userId, caller.accountId)).paths.length > 0) {
    throw new AppError('conflict', 'this user already reaches that account', {
      accountId: caller.accountId,
    })
  }
  assertMayGrant(caller, grant)
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertMembership(tx, {
      accountId: caller.accountId,
      userId: target.userId,
      role: grant.role,
      permissions: grant.permissions,
      grantedBy: caller.userId,
    })
    await recordAudit(tx, actorOf(caller), {
      accountId: caller.accountId,
      action: 'member.added',
      target: { type: 'user', id: target.userId },
      details: { role: grant.role, permissions: grant.permissions, from: access.accountId },
    })
    await membershipChanged(tx, 'added', caller.accountId, target.userId, grant)
  })
  return presentMembership(deps, caller, target.userId)
}

/**
 * The Accounts tab (seed 002): every account of the tree where the caller holds users.view, with
 * the member's access there (`via` null: none), by level and name. An API key sees its own account only.
 */
export async function listTreeAccess(
  deps: Deps,
  access: AccountAccess,
  targetUserId: string,
): Promise<TreeAccess[]> {
  await assertMemberHere(deps, access, targetUserId)
  const here = await liveAccount(deps, access.accountId)
  const viewable = access.paths.some((p) => p.kind === 'api_key')
    ? new Set([access.accountId])
    : new Set(
        (await accessInReachableAccounts(deps, access.userId))
          .filter((a) => a.held.has('users.view'))
          .map((a) => a.accountId),
      )
  const reached = new Map(
    (await repo.listReachableAccounts(deps.db, targetUserId, deps.clock.now())).map((a) => [
      a.id,
      a,
    ]),
  )
  const tree = await repo.listTree(deps.db, here.ancestry[0] as string)
  return tree
    .filter((account) => viewable.has(account.id))
    .map((account) => ({
      ...presentAccount(account),
      via: reached.get(account.id)?.via ?? null,
      role: reached.get(account.id)?.role ?? null,
    }))
}

/** Takes a member's access to another account of the tree away ("select NO"), by its rules. */
export async function removeTreeAccess(
  deps: Deps,
  access: AccountAccess,
  session: SessionInfo | null,
  target: { userId: string; accountId: string },
) {
  const caller = await callerInTreeAccount(deps, access, session, target.userId, target.accountId)
  await removeMember(deps, caller, target.userId)
}

async function assertKeepsAnAccount(deps: Deps, userId: string, accountId: string) {
  if ((await repo.countOtherLiveMemberships(deps.db, userId, accountId)) === 0) {
    throw new AppError(
      'last_membership',
      'this is the user’s only account; every user keeps at least one',
    )
  }
}

/** Anyone but the Owner may leave an account they are a member of, unless it is their last. */
export async function leaveAccount(deps: Deps, access: AccountAccess) {
  assertPerson(access, 'leave an account')
  const membership = await repo.findMembership(deps.db, access.accountId, access.userId)
  if (!membership) {
    throw new AppError(
      'conflict',
      'your access comes from a parent account; leave that account instead',
    )
  }
  if (membership.role === 'owner') {
    throw new AppError('escalation_refused', OWNER_STAYS)
  }
  await assertKeepsAnAccount(deps, access.userId, access.accountId)
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteMembership(tx, access.accountId, access.userId)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'member.left',
      target: { type: 'user', id: access.userId },
    })
    await membershipChanged(tx, 'left', access.accountId, access.userId)
  })
}

/** The Owner hands ownership of a top-level account to one of its Admins and becomes an Admin. */
export async function transferOwnership(deps: Deps, access: AccountAccess, targetUserId: string) {
  assertPerson(access, 'transfer ownership')
  const own = await repo.findMembership(deps.db, access.accountId, access.userId)
  if (own?.role !== 'owner')
    throw new AppError('escalation_refused', 'only the Owner can transfer ownership')
  const target = isUuid(targetUserId)
    ? await repo.findMembership(deps.db, access.accountId, targetUserId)
    : undefined
  if (!target) throw notFound('member')
  if (target.role !== 'admin')
    throw invalidField('userId', 'ownership can be transferred only to an Admin')
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateMembership(tx, access.accountId, access.userId, {
      role: 'admin',
      permissions: null,
    })
    await repo.updateMembership(tx, access.accountId, targetUserId, {
      role: 'owner',
      permissions: null,
    })
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'ownership.transferred',
      target: { type: 'user', id: targetUserId },
      details: { from: access.userId },
    })
  })
}

function presentInvitation(
  invitation: Omit<repo.InvitationRow, 'accepted_at' | 'revoked_at'>,
): Invitation {
  return {
    id: invitation.id,
    accountId: invitation.account_id,
    email: invitation.email,
    role: invitation.role,
    permissions: invitation.permissions,
    invitedBy: invitation.invited_by,
    createdAt: new Date(invitation.created_at).toISOString(),
    expiresAt: new Date(invitation.expires_at).toISOString(),
  }
}

/**
 * Invites by email with a role or a custom set (never more than the inviter holds). The token is
 * returned to the inviter, who holds users.manage, and emailed to the invitee.
 */
export async function invite(
  deps: Deps,
  access: AccountAccess,
  input: GrantInput & { email: string },
): Promise<CreatedInvitation> {
  const email = normaliseEmail(input.email)
  assertEmail(email)
  const grant = parseGrant(input)
  assertMayGrant(access, grant)
  const account = await liveAccount(deps, access.accountId)
  const already = await deps.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.account_id', '=', access.accountId)
    .where('u.email', '=', email)
    .executeTakeFirst()
  if (already)
    throw new AppError('already_member', 'this person is already a member of the account', {
      field: 'email',
    })
  await throttleSystemMail(deps, 'invitation', access)
  const token = randomToken(32)
  const invitation = await deps.db.transaction().execute(async (tx) => {
    const row = await repo.insertInvitation(tx, {
      accountId: access.accountId,
      email,
      role: grant.role,
      permissions: grant.permissions,
      tokenHash: sha256Hex(token),
      invitedBy: access.userId,
      expiresAt: new Date(deps.clock.now().getTime() + INVITATION_TTL_MS),
    })
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'invitation.created',
      target: { type: 'invitation', id: row.id },
      details: { email, role: grant.role, permissions: grant.permissions },
    })
    return row
  })
  const acceptUrl = `${deps.config.publicUrl}/invitations#token=${token}`
  setImmediate(() => {
    deps.mailer
      .send({
        to: email,
        subject: `You are invited to ${account.name} on Chorus`,
        text: [
          `You are invited to join ${account.name} on Chorus${grant.role ? ` as ${presetRole(grant.role).label}` : ''}.`,
          `To accept, open ${acceptUrl} and sign in; without a Chorus user, choose your name and password there.`,
          `(API: POST /api/v1/invitations/${token}/accept signed in, or …/signup with {"name", "password"}.)`,
          'The invitation works once, for seven days.',
        ].join('\n\n'),
      })
      .catch((error) => deps.log.error({ err: error }, 'invitation email failed'))
  })
  return { ...presentInvitation(invitation), token, acceptUrl }
}

export async function listInvitations(deps: Deps, access: AccountAccess): Promise<Invitation[]> {
  return (await repo.listOpenInvitations(deps.db, access.accountId, deps.clock.now())).map(
    presentInvitation,
  )
}

export async function revokeInvitation(deps: Deps, access: AccountAccess, id: string) {
  existingId(id, 'invitation')
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.revokeInvitation(tx, access.accountId, id, deps.clock.now())))
      throw notFound('invitation')
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'invitation.revoked',
      target: { type: 'invitation', id },
    })
  })
}

/** A new user joining from an invitation (the identity route's sign-up), from the request `meta`. */
export interface InvitationSignUp {
  newUser: { name: string; passwordHash: string }
  meta: RequestMeta
}

/**
 * Accepts an invitation for the signed-in user whose email it was sent to, or for a new user
 * created from it (accounts/invited-users.ts). The inviter's right to
 * grant it is checked again now: an inviter who lost users.manage, or the permissions granted,
 * since sending it can no longer let anyone in.
 */
export async function acceptInvitation(
  deps: Deps,
  acceptor: SessionInfo | InvitationSignUp,
  token: string,
): Promise<AcceptedInvitation> {
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (tx) => {
    const signUp = 'newUser' in acceptor
    const user = signUp ? await insertInvitedUser(tx, token, acceptor.newUser, now) : acceptor.user
    const invitation = await repo.claimInvitation(tx, sha256Hex(token), user.id, now)
    if (!invitation) {
      throw new AppError(
        'invalid_token',
        'this invitation is not valid, was used already or has expired',
      )
    }
    if (invitation.email !== user.email) {
      throw new AppError(
        'invitation_email_mismatch',
        'this invitation was sent to another email address',
      )
    }
    const inviter = await loadAccountAccess(
      { ...deps, db: tx },
      invitation.invited_by,
      invitation.account_id,
    )
    const grant = parseGrant({
      role: invitation.role ?? undefined,
      permissions: invitation.permissions ?? undefined,
    })
    const stillEntitled = inviter.held.has('users.manage') && !grantRefusal(inviter, grant)
    if (!stillEntitled) {
      throw new AppError(
        'invalid_token',
        'the person who sent this invitation can no longer grant it',
      )
    }
    try {
      await repo.insertMembership(tx, {
        accountId: invitation.account_id,
        userId: user.id,
        role: grant.role,
        permissions: grant.permissions,
        grantedBy: invitation.invited_by,
      })
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('already_member', 'you are already a member of this account')
      throw error
    }
    await recordAudit(
      tx,
      { userId: user.id, kind: 'user', ip: signUp ? acceptor.meta.ip : acceptor.ip },
      {
        accountId: invitation.account_id,
        action: 'invitation.accepted',
        target: { type: 'invitation', id: invitation.id },
        details: {
          invitedBy: invitation.invited_by,
          role: grant.role,
          permissions: grant.permissions,
        },
      },
    )
    await membershipChanged(tx, 'added', invitation.account_id, user.id, grant)
    return {
      accountId: invitation.account_id,
      userId: user.id,
      role: grant.role,
      permissions: inCatalogOrder(grant.set),
    }
  })
}
