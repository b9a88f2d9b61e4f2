import type { Insertable, Transaction, Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { inCatalogOrder, permissionsOfGrant } from '../access/grants.js'
import { enforce, mayChangeConnection, mayGrant } from '../access/policies/index.js'
import { presetRole, validateConnectionPermissions } from '../access/roles.js'
import {
  type AccountAccess,
  accessInReachableAccounts,
  closedForTwoFactor,
  loadAccountAccess,
} from '../access/service.js'
import type { ConnectionsTable, DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { type AuditActor, actorOf, recordAudit, sessionActor } from '../developer/audit.js'
import { assertEmail, normaliseEmail } from '../email-address.js'
import { AppError, invalidField, notFound } from '../errors.js'
import type { SessionInfo } from '../identity/sessions.js'
import { isUuid } from '../ids.js'
import { appPaths, holdersOf, notifyLater } from '../notifications/notify.js'
import { byId, keysetPage } from '../paging.js'
import { emitWebhookEvent } from '../webhooks/events.js'
import * as repo from './connections-repository.js'
import { accountManagedBy, confirmedUser } from './people.js'
import * as accounts from './repository.js'
import type { Connection, ConnectionRequestSent } from './schemas.js'
import { assertMayGrant, type Grant, type GrantInput, parseGrant } from './service.js'

type ConnectionRow = repo.ConnectionRow
type Tx = Transaction<DB>

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

/** Who looks at a connection: its connected user, or someone acting for its account. */
type Side = { user: true } | { account: AccountAccess }

export function presentConnection(row: ConnectionRow, now: Date, side: Side): Connection {
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
    abilities: connectionAbilities(row, side),
  }
}

/**
 * What the viewer may do to the connection from their side, by the checks `decideConnection`,
 * `changeConnection` and `endConnection` make (the account side's users.manage is why it sees it).
 */
function connectionAbilities(row: ConnectionRow, side: Side): Connection['abilities'] {
  const open = row.status === 'pending' || row.status === 'active'
  if (!('account' in side)) return { accept: false, decline: false, change: false, end: open }
  const pending = row.status === 'pending'
  const grant = parseGrant({
    role: row.role ?? undefined,
    permissions: row.permissions ?? undefined,
  })
  return {
    accept: pending && mayGrant(side.account, grant).allowed,
    decline: pending,
    change: open && mayChangeConnection(side.account, new Set(permissionsOfGrant(row))).allowed,
    end: open,
  }
}

/** Connection routes take no API key: the signed-in user, with the path when one decided. */
function actor(session: SessionInfo, access?: AccountAccess): AuditActor {
  return access ? actorOf(access) : sessionActor(session)
}

/** The new connection; undefined (nothing to add, nothing to tell) when the two have an open one. */
async function insertConnection(deps: Deps, tx: Tx, row: Insertable<ConnectionsTable>) {
  // A connection that expired is over: it does not stand in the way of a new one for the pair.
  const pair = { accountId: row.account_id, userId: row.user_id }
  await repo.endExpiredConnection(tx, pair, deps.clock.now())
  return repo.insertConnection(tx, row)
}

/** What a change of a connection records: its audit entry and the webhook event's change. */
interface ConnectionNews {
  actor: AuditActor
  action: string
  details: Record<string, unknown>
  change: keyof typeof CONNECTION_NEWS
}

/**
 * A connection's change, its audit entry and its connection.changed event in one transaction, so
 * the event exists exactly when the change does. `write` answers the row it wrote, or undefined
 * when there was nothing to do (nothing is recorded then); a throw undoes everything.
 */
function recordChange<Row extends ConnectionRow | undefined>(
  deps: Deps,
  write: (tx: Tx) => Promise<Row>,
  news: ConnectionNews,
): Promise<Row> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await write(tx)
    if (!row) return row
    await recordAudit(tx, news.actor, {
      accountId: row.account_id,
      action: news.action,
      target: { type: 'connection', id: row.id },
      details: news.details,
    })
    await connectionChanged(tx, deps.clock.now(), row, news.change)
    return row
  })
}

export interface ConnectionRequest extends GrantInput {
  type: 'access_others' | 'grant_access'
  /** Grant Access: the account to let someone into. Access Others: optional, see below. */
  accountId?: string | undefined
  /** The other side: the grantee, or someone who manages the account applied to. */
  email: string
  expiresAt?: string | undefined
}

/** The one answer of a connection request, whatever became of it (no enumeration). */
function sent(input: ConnectionRequest): ConnectionRequestSent {
  return {
    type: input.type,
    email: normaliseEmail(input.email),
    ...(input.type === 'grant_access' ? { accountId: input.accountId } : {}),
    status: 'sent' as const,
  }
}

/** A user who already reaches the account needs no connection (an open one is the unique index's). */
async function mayConnect(deps: Deps, userId: string, accountId: string) {
  return (await loadAccountAccess(deps, userId, accountId)).paths.length === 0
}

/**
 * People are named by email, and the answer is the same whether or not the email leads anywhere,
 * so the route cannot be used to find who has a user (see accounts/people.ts).
 * Access Others: the signed-in user applies, with the role they choose, to the account of the
 * person named — the one given in `accountId` when that person manages it, else the top-level
 * account they own — pending until someone with users.manage there accepts.
 * Grant Access: a user with users.manage in `accountId` (`access`, decided by the request gate)
 * lets the person named in at once, with a role below their own. Either way only the four
 * connection roles or a set outside the admin areas.
 */
export async function createConnection(
  deps: Deps,
  session: SessionInfo,
  access: AccountAccess | null,
  input: ConnectionRequest,
) {
  const grant = parseConnectionGrant(input)
  const expiresAt = parseExpiry(deps, input.expiresAt)
  assertEmail(normaliseEmail(input.email))
  if (input.type === 'access_others') {
    await applyForAccess(deps, session, input, grant, expiresAt)
    return sent(input)
  }
  if (access === null)
    throw invalidField('accountId', 'Grant Access needs the account to let someone into')
  assertMayGrant(access, grant)
  const grantee = await confirmedUser(deps, input.email)
  if (!grantee || !(await mayConnect(deps, grantee.id, access.accountId))) return sent(input)
  const row = await recordChange(
    deps,
    (tx) =>
      insertConnection(deps, tx, {
        ...baseRow(session, access.accountId, grant, expiresAt),
        user_id: grantee.id,
        type: 'grant_access',
        status: 'active',
        decided_by: session.user.id,
      }),
    {
      actor: actor(session, access),
      action: 'connection.granted',
      details: { userId: grantee.id, role: grant.role, permissions: grant.permissions, expiresAt },
      change: 'granted',
    },
  )
  if (!row) return sent(input)
  notifyConnection(deps, session, row, 'granted')
  return sent(input)
}

function baseRow(session: SessionInfo, accountId: string, grant: Grant, expiresAt: Date | null) {
  return {
    account_id: accountId,
    id: uuidv7(),
    role: grant.role,
    permissions: grant.permissions,
    requested_by: session.user.id,
    expires_at: expiresAt,
    ended_at: null,
  }
}

async function applyForAccess(
  deps: Deps,
  session: SessionInfo,
  input: ConnectionRequest,
  grant: Grant,
  expiresAt: Date | null,
) {
  const target = await accountManagedBy(deps, input.email, input.accountId)
  if (!target || !(await mayConnect(deps, session.user.id, target.accountId))) return
  const row = await recordChange(
    deps,
    (tx) =>
      insertConnection(deps, tx, {
        ...baseRow(session, target.accountId, grant, expiresAt),
        user_id: session.user.id,
        type: 'access_others',
        status: 'pending',
        decided_by: null,
      }),
    {
      actor: actor(session),
      action: 'connection.requested',
      details: { userId: session.user.id, role: grant.role, permissions: grant.permissions },
      change: 'requested',
    },
  )
  if (!row) return
  notifyConnection(deps, session, row, 'requested')
}

/**
 * Tells the account's webhooks (connection.changed): the connection as the account side sees it,
 * without abilities (a caller's), and what happened.
 */
async function connectionChanged(
  tx: Tx,
  now: Date,
  row: ConnectionRow,
  change: keyof typeof CONNECTION_NEWS,
) {
  await emitWebhookEvent(tx, row.account_id, 'connection.changed', async () => {
    const { abilities: _, ...connection } = presentConnection(row, now, { user: true })
    return { change, ...connection }
  })
}

const CONNECTION_NEWS = {
  requested: { subject: 'asks for access to your account', toAccount: true },
  accepted: { subject: 'accepted your application', toAccount: false },
  declined: { subject: 'declined your application', toAccount: false },
  granted: { subject: 'gave you access to an account', toAccount: false },
  changed: { subject: 'changed your role in an account', toAccount: false },
  ended: { subject: 'ended your access to an account', toAccount: false },
  left: { subject: 'left your account', toAccount: true },
} as const

/**
 * Tells the other side: the account's managers (users.manage) of an application or a leave, the
 * connected user of everything the account side does.
 */
function notifyConnection(
  deps: Deps,
  session: SessionInfo,
  row: ConnectionRow,
  what: keyof typeof CONNECTION_NEWS,
) {
  const news = CONNECTION_NEWS[what]
  setImmediate(async () => {
    try {
      const account = await accounts.findLiveAccount(deps.db, row.account_id)
      const role = row.role ?? 'a custom set of permissions'
      notifyLater(deps, {
        actorId: session.user.id,
        accountId: row.account_id,
        userIds: news.toAccount
          ? await holdersOf(deps, row.account_id, 'users.manage')
          : [row.user_id],
        subject: `${session.user.name} ${news.subject} on Chorus`,
        lines: [`Connection ${what}: account "${account?.name ?? row.account_id}", role ${role}.`],
        path: appPaths.connections,
      })
    } catch (error) {
      deps.log.error({ err: error }, 'connection notification failed')
    }
  })
}

async function findConnection(deps: Deps, id: string) {
  return isUuid(id) ? repo.findConnection(deps.db, id) : undefined
}

/**
 * The account a connection leads to, for the request gate (routes on a connection id declare
 * users.manage there); the connected user is its other side.
 */
export async function connectionAccount(deps: Deps, id: string, userId: string) {
  const row = await findConnection(deps, id)
  return row && { accountId: row.account_id, party: row.user_id === userId }
}

/** The connection as the account side acts on it: `access` is what the gate decided there. */
async function accountSide(deps: Deps, access: AccountAccess, id: string) {
  const row = await findConnection(deps, id)
  if (!row || row.account_id !== access.accountId) throw notFound('connection')
  return { row, access }
}

/**
 * Changes the connection if its status is still one of `from` (read before the transaction: a
 * concurrent decision may have moved it since); else a conflict, which undoes the transaction.
 */
async function setStatus(
  deps: Deps,
  tx: Tx,
  row: ConnectionRow,
  from: readonly ConnectionRow['status'][],
  changes: Updateable<ConnectionsTable>,
) {
  const changed = await repo.updateConnection(tx, row, from, {
    ...changes,
    updated_at: deps.clock.now(),
  })
  if (!changed) throw new AppError('conflict', 'this connection changed meanwhile; reload it')
  return changed
}

export async function decideConnection(
  deps: Deps,
  session: SessionInfo,
  accountAccess: AccountAccess,
  id: string,
  decision: 'accept' | 'decline',
) {
  const { row, access } = await accountSide(deps, accountAccess, id)
  if (row.status !== 'pending')
    throw new AppError('conflict', `this connection is ${row.status}, not pending`)
  if (decision === 'accept') {
    assertMayGrant(
      access,
      parseGrant({ role: row.role ?? undefined, permissions: row.permissions ?? undefined }),
    )
  }
  const updated = await recordChange(
    deps,
    (tx) =>
      setStatus(deps, tx, row, ['pending'], {
        status: decision === 'accept' ? 'active' : 'declined',
        decided_by: session.user.id,
      }),
    {
      actor: actor(session, access),
      action: decision === 'accept' ? 'connection.accepted' : 'connection.declined',
      details: { userId: row.user_id },
      change: decision === 'accept' ? 'accepted' : 'declined',
    },
  )
  notifyConnection(deps, session, updated, decision === 'accept' ? 'accepted' : 'declined')
  return presentConnection(updated, deps.clock.now(), { account: access })
}

/** The account side changes the role, within the no-escalation rule, like a member's. */
export async function changeConnection(
  deps: Deps,
  session: SessionInfo,
  accountAccess: AccountAccess,
  id: string,
  input: GrantInput,
) {
  const grant = parseConnectionGrant(input)
  const { row, access } = await accountSide(deps, accountAccess, id)
  if (row.status !== 'active' && row.status !== 'pending') {
    throw new AppError('conflict', `this connection is ${row.status}`)
  }
  const current = new Set(permissionsOfGrant(row))
  enforce(mayChangeConnection(access, current))
  assertMayGrant(access, grant)
  const updated = await recordChange(
    deps,
    (tx) =>
      setStatus(deps, tx, row, ['active', 'pending'], {
        role: grant.role,
        permissions: grant.permissions,
      }),
    {
      actor: actor(session, access),
      action: 'connection.changed',
      details: { userId: row.user_id, role: grant.role, permissions: grant.permissions },
      change: 'changed',
    },
  )
  notifyConnection(deps, session, updated, 'changed')
  return presentConnection(updated, deps.clock.now(), { account: access })
}

/**
 * Either side ends it: the connected user leaving (`access` null: the gate let them through as
 * themselves), or a user with users.manage in the account (`access`, decided by the gate).
 */
export async function endConnection(
  deps: Deps,
  session: SessionInfo,
  accountAccess: AccountAccess | null,
  id: string,
) {
  const row = await findConnection(deps, id)
  if (!row) throw notFound('connection')
  const own = row.user_id === session.user.id
  const access = own ? undefined : (await accountSide(deps, requireGate(accountAccess), id)).access
  if (row.status === 'ended' || row.status === 'declined') return
  await recordChange(
    deps,
    (tx) =>
      setStatus(deps, tx, row, ['active', 'pending'], {
        status: 'ended',
        ended_at: deps.clock.now(),
      }),
    {
      actor: actor(session, access),
      action: own ? 'connection.left' : 'connection.ended',
      details: { userId: row.user_id },
      change: own ? 'left' : 'ended',
    },
  )
  // A pending application withdrawn by its applicant is nobody else's news.
  if (row.status === 'active') notifyConnection(deps, session, row, own ? 'left' : 'ended')
}

/** The account side's access, which the gate decided; its absence is a wiring mistake. */
function requireGate(access: AccountAccess | null): AccountAccess {
  if (!access) throw new Error('the request gate did not decide the connection route')
  return access
}

/** The most connections one page answers, and how many without `limit`. */
export const CONNECTIONS_PAGE = { max: 500, default: 100 }

export interface ConnectionListQuery {
  direction?: 'incoming' | 'outgoing'
  cursor?: string
  limit?: number
}

/** One page of `listOpenConnections`, with the cursor of the next. */
export async function listConnections(
  deps: Deps,
  session: SessionInfo,
  query: ConnectionListQuery,
) {
  if (query.cursor !== undefined && !isUuid(query.cursor))
    throw invalidField('cursor', 'not a cursor this API gave out')
  const limit = query.limit ?? CONNECTIONS_PAGE.default
  const page = { after: query.cursor, limit: limit + 1 }
  const rows = await listOpenConnections(deps, session, query.direction ?? 'outgoing', page)
  return keysetPage(rows, limit, (row) => row, byId)
}

/**
 * Outgoing: the signed-in user's own connections to other accounts. Incoming: connections into
 * the accounts where the signed-in user holds users.manage.
 */
async function listOpenConnections(
  deps: Deps,
  session: SessionInfo,
  direction: 'incoming' | 'outgoing',
  page: repo.ConnectionPage,
) {
  const now = deps.clock.now()
  if (direction === 'outgoing') {
    // A pending application is not shown to its applicant: that it exists would tell that the
    // email they named leads to an account. They hear by email when it is decided.
    const rows = await repo.activeConnectionsOf(deps.db, session.user.id, page)
    return rows.map((r) => presentConnection(r, now, { user: true }))
  }
  const accessByAccount = new Map(
    (await accessInReachableAccounts(deps, session.user.id))
      .filter((access) => access.held.has('users.manage'))
      .map((access) => [access.accountId, access]),
  )
  const manages = [...accessByAccount.keys()]
  // An account closed to the caller for want of 2FA shows them nothing (SPEC §3).
  const closed = await closedForTwoFactor(deps, session.user, manages)
  const managed = manages.filter((accountId) => !closed.has(accountId))
  if (managed.length === 0) return []
  const rows = await repo.openConnectionsInto(deps.db, managed, page)
  return rows.map((r) =>
    presentConnection(r, now, { account: accessByAccount.get(r.account_id) as AccountAccess }),
  )
}
