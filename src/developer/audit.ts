import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify/sync'
import { type Kysely, sql, type Transaction } from 'kysely'
import type { AccessPath } from '../access/grants.js'
import type { AccountAccess } from '../access/service.js'
import { neutraliseCell } from '../audience/contact-input.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { normaliseEmail } from '../email-address.js'
import type { SessionInfo } from '../identity/sessions.js'
import { isUuid } from '../ids.js'
import { keysetPage } from '../paging.js'
import type { AuditPage } from './schemas.js'

type Entry = AuditPage['items'][number]

type Db = Kysely<DB> | Transaction<DB>

export interface AuditActor {
  userId: string | null
  kind: 'user' | 'api_key' | 'system'
  ip?: string | null
  /** The access paths that allowed the action, so the log answers "by what right". */
  paths?: readonly AccessPath[]
}

export interface AuditEvent {
  accountId: string
  action: string
  target?: { type: string; id: string }
  details?: Record<string, unknown>
}

/** Appends to the account's audit log; call it in the transaction of the change it records. */
export async function recordAudit(db: Db, actor: AuditActor, events: AuditEvent | AuditEvent[]) {
  const list = [events].flat()
  if (list.length === 0) return
  await db
    .insertInto('audit_log')
    .values(
      list.map((event) => ({
        account_id: event.accountId,
        actor_user_id: actor.userId,
        actor_kind: actor.kind,
        action: event.action,
        target_type: event.target?.type ?? null,
        target_id: event.target?.id ?? null,
        path: actor.paths
          ? JSON.stringify(
              actor.paths.map(({ kind, accountId, role }) => ({ kind, accountId, role })),
            )
          : null,
        details: event.details ? JSON.stringify(event.details) : null,
        ip: actor.ip ?? null,
      })),
    )
    .execute()
}

/** What the log is narrowed to; every part is optional and they combine with "and". */
export interface AuditFilter {
  /** A user id, or the address the user signs in with (case does not matter). */
  actor?: string | undefined
  /** An action (`member.updated`), or the family before its dot (`member`). */
  action?: string | undefined
  targetType?: string | undefined
  targetId?: string | undefined
  /** From this instant, inclusive. */
  from?: string | undefined
  /** Before this instant. */
  to?: string | undefined
}

function entriesOf(db: Db, accountId: string, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .select([
      sql<string>`l.id::text`.as('id'),
      'l.at',
      'l.actor_user_id',
      'l.actor_kind',
      'u.email',
      'l.action',
      'l.target_type',
      'l.target_id',
      'l.path',
      'l.details',
      'l.ip',
    ])
    .where('l.account_id', '=', accountId)
    .orderBy('l.id', 'desc')
  const { actor, action, targetType, targetId, from, to } = filter
  if (actor !== undefined) {
    query = isUuid(actor)
      ? query.where('l.actor_user_id', '=', actor)
      : query.where('u.email', '=', normaliseEmail(actor))
  }
  if (action !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('l.action', '=', action),
        eb(sql<boolean>`starts_with(l.action, ${`${action}.`})`, '=', true),
      ]),
    )
  }
  if (targetType !== undefined) query = query.where('l.target_type', '=', targetType)
  if (targetId !== undefined) query = query.where('l.target_id', '=', targetId)
  if (from !== undefined) query = query.where('l.at', '>=', new Date(from))
  if (to !== undefined) query = query.where('l.at', '<', new Date(to))
  return query
}

type Row = Awaited<ReturnType<ReturnType<typeof entriesOf>['execute']>>[number]

function presentEntry(row: Row): Entry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    // The JSON columns and the kind hold only what recordAudit writes.
    actor: {
      userId: row.actor_user_id,
      kind: row.actor_kind as Entry['actor']['kind'],
      email: row.email,
    },
    action: row.action,
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    path: row.path as Entry['path'],
    details: row.details as Entry['details'],
    ip: row.ip,
  }
}

/** One keyset page, newest first: the entries older than `before` (an entry's id). */
async function auditPage(
  db: Db,
  accountId: string,
  filter: AuditFilter,
  page: { before?: string | undefined; limit: number },
): Promise<AuditPage> {
  let query = entriesOf(db, accountId, filter).limit(page.limit + 1)
  if (page.before && /^\d+$/.test(page.before)) query = query.where('l.id', '<', page.before)
  return keysetPage(await query.execute(), page.limit, presentEntry, (row) => String(row.id))
}

/** Newest first, by keyset on the log's own sequence: page 1,000 costs what page 1 costs. */
export function listAudit(
  db: Db,
  accountId: string,
  page: { cursor?: string | undefined; limit: number },
  filter: AuditFilter = {},
): Promise<AuditPage> {
  return auditPage(db, accountId, filter, { before: page.cursor, limit: page.limit })
}

const EXPORT_PAGE = 1000
const EXPORT_COLUMNS = [
  'at',
  'actor',
  'actorKind',
  'action',
  'targetType',
  'targetId',
  'ip',
  'details',
]

function csvLines(rows: Array<Array<string | null>>): string {
  return stringify(
    rows.map((cells) => cells.map((cell) => neutraliseCell(cell ?? ''))),
    { record_delimiter: 'windows' },
  )
}

function csvRecord(entry: Entry): Array<string | null> {
  return [
    entry.at,
    entry.actor.email ?? entry.actor.userId,
    entry.actor.kind,
    entry.action,
    entry.target?.type ?? null,
    entry.target?.id ?? null,
    entry.ip,
    entry.details ? JSON.stringify(entry.details) : null,
  ]
}

/**
 * The CSV text, a keyset page at a time (one chunk per page); the export is audited once the walk
 * ends, however it ends, after the pages it read (so it does not list itself).
 */
async function* auditCsv(
  deps: Deps,
  access: AccountAccess,
  filter: AuditFilter,
): AsyncGenerator<string> {
  yield csvLines([EXPORT_COLUMNS])
  let rows = 0
  let before: string | undefined
  try {
    for (;;) {
      const page = await auditPage(deps.db, access.accountId, filter, {
        before,
        limit: EXPORT_PAGE,
      })
      if (page.items.length > 0) yield csvLines(page.items.map(csvRecord))
      rows += page.items.length
      if (!page.nextCursor) break
      before = page.nextCursor
    }
  } finally {
    await recordAudit(deps.db, actorOf(access), {
      accountId: access.accountId,
      action: 'audit.exported',
      details: { ...filter, rows },
    })
  }
}

/** The filtered log as a streamed CSV (RFC 4180), newest first; the export is audited. */
export function exportAudit(deps: Deps, access: AccountAccess, filter: AuditFilter) {
  const day = deps.clock.now().toISOString().slice(0, 10)
  return {
    filename: `audit-${day}.csv`,
    stream: Readable.from(auditCsv(deps, access, filter), { objectMode: false }),
  }
}

/** Who did it, by what right and from where (the request's address, which the access carries). */
export function actorOf(access: AccountAccess): AuditActor {
  const kind = access.paths.some((p) => p.kind === 'api_key') ? 'api_key' : 'user'
  return { userId: access.userId, kind, ip: access.ip, paths: access.paths }
}

/** The signed-in user acting on their own behalf (no account access decided it): no path. */
export function sessionActor(session: SessionInfo): AuditActor {
  return { userId: session.user.id, kind: 'user', ip: session.ip }
}
