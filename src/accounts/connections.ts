import type { Insertable, Selectable, Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { inCatalogOrder, permissionsOfGrant } from '../access/grants.js'
import { isStrictSubset } from '../access/permission-sets.js'
import { isUuid } from '../access/repository.js'
import { presetRole, validateConnectionPermissions } from '../access/roles.js'
import {
  type AccountAccess,
  accessInReachableAccounts,
  forbidden,
  loadAccountAccess,
} from '../access/service.js'
import { isUniqueViolation } from '../db/errors.js'
import type { ConnectionsTable } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { type AuditActor, recordAudit } from '../developer/audit.js'
import { normaliseEmail } from '../email-address.js'
import { AppError, invalidField, notFound } from '../errors.js'
import type { SessionInfo } from '../identity/sessions.js'
import * as accounts from './repository.js'
import { assertMayGrant, type Grant, type GrantInput, parseGrant } from './service.js'

type ConnectionRow = Selectable<ConnectionsTable>

/** A connection role (Collaborator, Campaign Creator, Data Manager, Analyst) or a set outside the admin areas. */
function parseConnectionGrant(input: GrantInput): Grant {
  const grant = parseGrant(input)
  if (grant.role && !presetRole(grant.role).connection) {
    throw invalidField(
      'role',
      'a connection takes Collaborator, Campaign Creator, Data Manager, Analyst or a custom set',
    )
  }
  validateConnectionPermissions(grant.set, grant.role ? 'role' : 'permissions')
  return grant
}

function parseExpiry(deps: Deps, expiresAt: string | undefined): Date | null {
  if (expiresAt === undefined) return null
  const at = new Date(expiresAt)
  if (Number.isNaN(at.getTime()) || at <= deps.clock.now()) {
    throw invalidField('expiresAt', 'expiresAt must be a time in the future')
  }
  return at
}

export function presentConnection(row: ConnectionRow, now: Date) {
  const expired = row.expires_at !== null && new Date(row.expires_at) <= now
  return {
    id: row.id,
    type: row.type,
    accountId: row.account_id,
    userId: row.user_id,
    status: row.status === 'active' && expired ? 'expired' : row.status,
    role: row.role,
    permissions: inCatalogOrder(permissionsOfGrant(row)),
    expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null,
    requestedBy: row.requested_by,
    createdAt: new Date(row.created_at).toISOString(),
  }
}

function actor(session: SessionInfo, ip: string | null, access?: AccountAccess): AuditActor {
  return { userId: session.user.id, kind: 'user', ip, ...(access ? { paths: access.paths } : {}) }
}

async function manageAccess(
  deps: Deps,
  session: SessionInfo,
  accountId: string,
): Promise<AccountAccess> {
  const access = await loadAccountAccess(deps, session.user.id, accountId)
  if (access.paths.length === 0) throw notFound('account')
  if (!access.held.has('users.manage')) throw forbidden('users.manage')
  return access
}

/** A connection links someone from outside: a user who already reaches the account needs none. */
async function assertOutsider(deps: Deps, userId: string, accountId: string) {
  const existing = await loadAccountAccess(deps, userId, accountId)
  if (existing.paths.length > 0) {
    throw new AppError('already_member', 'this user already has access to the account')
  }
}

async function insertConnection(deps: Deps, row: Insertable<ConnectionsTable>) {
  // A connection that expired is over: it does not stand in the way of a new one for the pair.
  const now = deps.clock.now()
  await deps.db
    .updateTable('connections')
    .set({ status: 'ended', ended_at: now })
    .where('account_id', '=', row.account_id)
    .where('user_id', '=', row.user_id)
    .where('status', '=', 'active')
    .where('expires_at', '<=', now)
    .execute()
  try {
    return (await deps.db
      .insertInto('connections')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow()) as ConnectionRow
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        'there is already an open connection between this user and account',
      )
    }
    throw error
  }
}

export interface ConnectionRequest extends GrantInput {
  type: 'access_others' | 'grant_access'
  accountId: string
  email?: string | undefined
  expiresAt?: string | undefined
}

/**
 * Access Others: the signed-in user applies for access with the role they choose, pending until
 * the account accepts. Grant Access: a user with users.manage lets someone in at once, with a role
 * below their own. Either way only the four connection roles or a set outside the admin areas.
 */
export async function createConnection(
  deps: Deps,
  session: SessionInfo,
  input: ConnectionRequest,
  ip: string | null,
) {
  const grant = parseConnectionGrant(input)
  const expiresAt = parseExpiry(deps, input.expiresAt)
  if (!isUuid(input.accountId) || !(await accounts.findLiveAccount(deps.db, input.accountId))) {
    throw notFound('account')
  }
  const base = {
    account_id: input.accountId,
    id: uuidv7(),
    role: grant.role,
    permissions: grant.permissions,
    requested_by: session.user.id,
    expires_at: expiresAt,
    ended_at: null,
  }
  if (input.type === 'access_others') {
    if (input.email !== undefined)
      throw invalidField('email', 'Access Others applies for yourself; leave out email')
    await assertOutsider(deps, session.user.id, input.accountId)
    const row = await insertConnection(deps, {
      ...base,
      user_id: session.user.id,
      type: 'access_others',
      status: 'pending',
      decided_by: null,
    })
    await recordAudit(deps.db, actor(session, ip), {
      accountId: input.accountId,
      action: 'connection.requested',
      target: { type: 'connection', id: row.id },
      details: { userId: session.user.id, role: grant.role, permissions: grant.permissions },
    })
    return presentConnection(row, deps.clock.now())
  }
  const access = await manageAccess(deps, session, input.accountId)
  assertMayGrant(access, grant)
  if (!input.email)
    throw invalidField('email', 'Grant Access needs the email of the user to let in')
  const grantee = await deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', normaliseEmail(input.email))
    .executeTakeFirst()
  if (!grantee)
    throw invalidField('email', 'no Chorus user has this email address; invite them instead')
  await assertOutsider(deps, grantee.id, input.accountId)
  const row = await insertConnection(deps, {
    ...base,
    user_id: grantee.id,
    type: 'grant_access',
    status: 'active',
    decided_by: session.user.id,
  })
  await recordAudit(deps.db, actor(session, ip, access), {
    accountId: input.accountId,
    action: 'connection.granted',
    target: { type: 'connection', id: row.id },
    details: { userId: grantee.id, role: grant.role, permissions: grant.permissions, expiresAt },
  })
  return presentConnection(row, deps.clock.now())
}

async function findConnection(deps: Deps, id: string) {
  if (!isUuid(id)) return undefined
  return (await deps.db
    .selectFrom('connections')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as ConnectionRow | undefined
}

/** The account side of a connection: users.manage there; the connection stays invisible otherwise. */
async function accountSide(deps: Deps, session: SessionInfo, id: string) {
  const row = await findConnection(deps, id)
  if (!row) throw notFound('connection')
  const access = await loadAccountAccess(deps, session.user.id, row.account_id)
  if (access.paths.length === 0 && row.user_id !== session.user.id) throw notFound('connection')
  if (!access.held.has('users.manage')) throw forbidden('users.manage')
  return { row, access }
}

async function setStatus(deps: Deps, row: ConnectionRow, changes: Updateable<ConnectionsTable>) {
  return await deps.db
    .updateTable('connections')
    .set({ ...changes, updated_at: deps.clock.now() })
    .where('account_id', '=', row.account_id)
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function decideConnection(
  deps: Deps,
  session: SessionInfo,
  id: string,
  decision: 'accept' | 'decline',
  ip: string | null,
) {
  const { row, access } = await accountSide(deps, session, id)
  if (row.status !== 'pending')
    throw new AppError('conflict', `this connection is ${row.status}, not pending`)
  if (decision === 'accept') {
    assertMayGrant(
      access,
      parseGrant({ role: row.role ?? undefined, permissions: row.permissions ?? undefined }),
    )
  }
  const updated = await setStatus(deps, row, {
    status: decision === 'accept' ? 'active' : 'declined',
    decided_by: session.user.id,
  })
  await recordAudit(deps.db, actor(session, ip, access), {
    accountId: row.account_id,
    action: decision === 'accept' ? 'connection.accepted' : 'connection.declined',
    target: { type: 'connection', id: row.id },
    details: { userId: row.user_id },
  })
  return presentConnection(updated, deps.clock.now())
}

/** The account side changes the role, within the no-escalation rule, like a member's. */
export async function changeConnection(
  deps: Deps,
  session: SessionInfo,
  id: string,
  input: GrantInput,
  ip: string | null,
) {
  const grant = parseConnectionGrant(input)
  const { row, access } = await accountSide(deps, session, id)
  if (row.status !== 'active' && row.status !== 'pending') {
    throw new AppError('conflict', `this connection is ${row.status}`)
  }
  const current = new Set(permissionsOfGrant(row))
  if (!access.isOwner && !isStrictSubset(current, access.held)) {
    throw new AppError(
      'escalation_refused',
      'you can change only connections whose permissions are a strict subset of yours',
    )
  }
  assertMayGrant(access, grant)
  const updated = await setStatus(deps, row, { role: grant.role, permissions: grant.permissions })
  await recordAudit(deps.db, actor(session, ip, access), {
    accountId: row.account_id,
    action: 'connection.changed',
    target: { type: 'connection', id: row.id },
    details: { userId: row.user_id, role: grant.role, permissions: grant.permissions },
  })
  return presentConnection(updated, deps.clock.now())
}

/** Either side ends it: the connected user leaving, or a user with users.manage in the account. */
export async function endConnection(
  deps: Deps,
  session: SessionInfo,
  id: string,
  ip: string | null,
) {
  const row = await findConnection(deps, id)
  if (!row) throw notFound('connection')
  const own = row.user_id === session.user.id
  const access = own ? undefined : (await accountSide(deps, session, id)).access
  if (row.status === 'ended' || row.status === 'declined') return
  await setStatus(deps, row, { status: 'ended', ended_at: deps.clock.now() })
  await recordAudit(deps.db, actor(session, ip, access), {
    accountId: row.account_id,
    action: own ? 'connection.left' : 'connection.ended',
    target: { type: 'connection', id: row.id },
    details: { userId: row.user_id },
  })
}

/**
 * Outgoing: the signed-in user's own connections to other accounts. Incoming: connections into
 * the accounts where the signed-in user holds users.manage.
 */
export async function listConnections(
  deps: Deps,
  session: SessionInfo,
  direction: 'incoming' | 'outgoing',
) {
  const now = deps.clock.now()
  const open = ['pending', 'active'] as const
  if (direction === 'outgoing') {
    const rows = await deps.db
      .selectFrom('connections')
      .selectAll()
      .where('user_id', '=', session.user.id)
      .where('status', 'in', open)
      .orderBy('created_at', 'desc')
      .execute()
    return rows.map((r) => presentConnection(r, now))
  }
  const managed = (await accessInReachableAccounts(deps, session.user.id))
    .filter((access) => access.held.has('users.manage'))
    .map((access) => access.accountId)
  if (managed.length === 0) return []
  const rows = await deps.db
    .selectFrom('connections')
    .selectAll()
    .where('account_id', 'in', managed)
    .where('status', 'in', open)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map((r) => presentConnection(r, now))
}
