import { type Kysely, sql, type Transaction } from 'kysely'
import type { AccessPath } from '../access/grants.js'
import type { AccountAccess } from '../access/service.js'
import type { DB } from '../db/schema.js'
import type { SessionInfo } from '../identity/sessions.js'
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

/** Newest first, by keyset on the log's own sequence: page 1,000 costs what page 1 costs. */
export async function listAudit(
  db: Db,
  accountId: string,
  page: { cursor?: string; limit: number },
): Promise<AuditPage> {
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
    .limit(page.limit + 1)
  if (page.cursor && /^\d+$/.test(page.cursor)) query = query.where('l.id', '<', page.cursor)
  const rows = await query.execute()
  const items = rows.slice(0, page.limit).map((row) => ({
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
  }))
  return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null }
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
