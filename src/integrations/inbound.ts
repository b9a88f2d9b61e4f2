import type { Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Permission } from '../access/catalog.js'
import { type AccountAccess, forbidden } from '../access/service.js'
import * as groupsRepo from '../audience/groups/repository.js'
import { planTags } from '../audience/tags/service.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { invalidField, notFound } from '../errors.js'
import { randomToken, sha256 } from '../identity/tokens.js'
import { isUuid } from '../ids.js'
import { checkMapping, type StoredMapping } from './mapping.js'
import type {
  CreateInboundBody,
  InboundEndpoint,
  InboundEndpointWithUrl,
  UpdateInboundBody,
} from './schemas.js'

export type EndpointRow = Pick<
  DB['inbound_endpoints'],
  'account_id' | 'id' | 'name' | 'kind' | 'group_id' | 'created_by'
> & {
  mapping: unknown
  tags: string[]
  created_at: Date
  updated_at: Date
  disabled_at: Date | null
  last_post_at: Date | null
}

export const endpointColumns = [
  'account_id',
  'id',
  'name',
  'kind',
  'mapping',
  'group_id',
  'tags',
  'created_by',
  'created_at',
  'updated_at',
  'disabled_at',
  'last_post_at',
] as const

/** What posts to an endpoint of each kind do in the account, which its configurer must hold. */
const KIND_PERMISSIONS: Record<'contacts' | 'events', Permission[]> = {
  contacts: ['contacts.create', 'contacts.edit'],
  events: ['contacts.edit'],
}

export const INBOUND_PATH = '/api/v1/inbound/'

const iso = (date: Date) => new Date(date).toISOString()

export function presentEndpoint(row: EndpointRow): InboundEndpoint {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    mapping: row.mapping as StoredMapping,
    groupId: row.group_id,
    tags: row.tags,
    enabled: row.disabled_at === null,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lastPostAt: row.last_post_at ? iso(row.last_post_at) : null,
  }
}

/** A new secret for the URL: 32 random bytes; only its hash is kept. */
function newToken() {
  const token = randomToken(32)
  return { token, hash: sha256(token) }
}

function withUrl(deps: Deps, row: EndpointRow, token: string): InboundEndpointWithUrl {
  return { ...presentEndpoint(row), url: `${deps.config.publicUrl}${INBOUND_PATH}${token}` }
}

/** The configurer holds what the endpoint's posts will do: no door wider than their own. */
function assertMayConfigure(access: AccountAccess, kind: 'contacts' | 'events') {
  for (const permission of KIND_PERMISSIONS[kind]) {
    if (!access.held.has(permission)) throw forbidden(permission)
  }
}

async function checkTarget(
  deps: Deps,
  access: AccountAccess,
  input: { groupId?: string | null | undefined; tags?: string[] | undefined },
) {
  if (input.groupId) {
    const group = isUuid(input.groupId)
      ? await groupsRepo.findGroup(deps.db, access.accountId, input.groupId)
      : undefined
    if (!group) throw invalidField('groupId', 'name a group of this account')
  }
  // Tags a post would create need tags.manage, checked now rather than at each post.
  if (input.tags?.length) await planTags(deps, access, input.tags)
}

function checkName(name: string) {
  const trimmed = name.trim()
  if (!trimmed) throw invalidField('name', 'name must not be empty')
  return trimmed
}

export async function createEndpoint(
  deps: Deps,
  access: AccountAccess,
  input: CreateInboundBody,
): Promise<InboundEndpointWithUrl> {
  const name = checkName(input.name)
  assertMayConfigure(access, input.kind)
  const mapping = checkMapping(input.kind, input.mapping)
  await checkTarget(deps, access, input)
  const { token, hash } = newToken()
  const id = uuidv7()
  const row = await deps.db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('inbound_endpoints')
      .values({
        account_id: access.accountId,
        id,
        name,
        kind: input.kind,
        mapping: JSON.stringify(mapping),
        group_id: input.groupId ?? null,
        tags: input.tags ?? [],
        token_hash: hash,
        created_by: access.userId,
      })
      .returning(endpointColumns)
      .executeTakeFirstOrThrow()
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'inbound.created',
      target: { type: 'inbound_endpoint', id },
      details: { name, kind: input.kind },
    })
    return inserted
  })
  return withUrl(deps, row, token)
}

export async function listEndpoints(deps: Deps, access: AccountAccess) {
  const rows = await deps.db
    .selectFrom('inbound_endpoints')
    .select(endpointColumns)
    .where('account_id', '=', access.accountId)
    .orderBy('id')
    .execute()
  return { items: rows.map(presentEndpoint) }
}

export async function findEndpoint(deps: Deps, accountId: string, endpointId: string) {
  const row = isUuid(endpointId)
    ? await deps.db
        .selectFrom('inbound_endpoints')
        .select(endpointColumns)
        .where('account_id', '=', accountId)
        .where('id', '=', endpointId)
        .executeTakeFirst()
    : undefined
  if (!row) throw notFound('inbound endpoint')
  return row
}

export async function getEndpoint(deps: Deps, access: AccountAccess, endpointId: string) {
  return presentEndpoint(await findEndpoint(deps, access.accountId, endpointId))
}

/** Changes an endpoint's row and records the change in the audit log, in one transaction. */
function changeEndpoint(
  deps: Deps,
  access: AccountAccess,
  endpointId: string,
  set: Updateable<DB['inbound_endpoints']>,
  audit: { action: string; details?: Record<string, unknown> },
) {
  return deps.db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('inbound_endpoints')
      .set(set)
      .where('account_id', '=', access.accountId)
      .where('id', '=', endpointId)
      .returning(endpointColumns)
      .executeTakeFirstOrThrow()
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      target: { type: 'inbound_endpoint', id: endpointId },
      ...audit,
    })
    return updated
  })
}

export async function updateEndpoint(
  deps: Deps,
  access: AccountAccess,
  endpointId: string,
  input: UpdateInboundBody,
) {
  const current = await findEndpoint(deps, access.accountId, endpointId)
  assertMayConfigure(access, current.kind)
  const mapping = input.mapping ? checkMapping(current.kind, input.mapping) : undefined
  await checkTarget(deps, access, input)
  const now = deps.clock.now()
  const row = await changeEndpoint(
    deps,
    access,
    current.id,
    {
      ...(input.name !== undefined ? { name: checkName(input.name) } : {}),
      ...(mapping ? { mapping: JSON.stringify(mapping) } : {}),
      ...(input.groupId !== undefined ? { group_id: input.groupId } : {}),
      ...(input.tags !== undefined ? { tags: input.tags } : {}),
      ...(input.enabled !== undefined
        ? { disabled_at: input.enabled ? null : (current.disabled_at ?? now) }
        : {}),
      updated_at: now,
    },
    { action: 'inbound.updated', details: { changed: Object.keys(input) } },
  )
  return presentEndpoint(row)
}

/** A new secret URL; the old one stops working at once. */
export async function rotateEndpoint(deps: Deps, access: AccountAccess, endpointId: string) {
  const current = await findEndpoint(deps, access.accountId, endpointId)
  // Whoever holds the new URL acts with the endpoint's powers: the same check as configuring it.
  assertMayConfigure(access, current.kind)
  const { token, hash } = newToken()
  const row = await changeEndpoint(
    deps,
    access,
    current.id,
    { token_hash: hash, updated_at: deps.clock.now() },
    { action: 'inbound.rotated' },
  )
  return withUrl(deps, row, token)
}

export async function deleteEndpoint(deps: Deps, access: AccountAccess, endpointId: string) {
  const current = await findEndpoint(deps, access.accountId, endpointId)
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('inbound_endpoints')
      .where('account_id', '=', access.accountId)
      .where('id', '=', current.id)
      .execute()
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'inbound.deleted',
      target: { type: 'inbound_endpoint', id: current.id },
      details: { name: current.name },
    })
  })
}
