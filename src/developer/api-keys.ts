import type { Kysely, Transaction } from 'kysely'
import { apiKeyPath, type GrantRow, inCatalogOrder, pathsTo } from '../access/grants.js'
import { validatePermissionSet } from '../access/permission-sets.js'
import { enforce, mayKeyCarry } from '../access/policies/index.js'
import { grantRowsOf } from '../access/repository.js'
import { type AccountAccess, accountAccess } from '../access/service.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { randomToken, sameBytes, sha256 } from '../identity/tokens.js'
import { isUuid } from '../ids.js'
import { recordAudit } from './audit.js'
import type { ApiKey, CreatedApiKey } from './schemas.js'

type Db = Kysely<DB> | Transaction<DB>

const KEY_PATTERN = /^chorus_([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/
/** last_used_at is written at most this often. */
const TOUCH_INTERVAL_MS = 60 * 1000

function presentKey(row: {
  id: string
  account_id: string
  name: string
  permissions: string[]
  created_by: string
  created_at: Date
  last_used_at: Date | null
}): ApiKey {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    permissions: row.permissions,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
  }
}

const keyColumns = [
  'id',
  'account_id',
  'name',
  'permissions',
  'created_by',
  'created_at',
  'last_used_at',
] as const

/**
 * A key carries a subset of its creator's permissions here (SPEC §2 rule 2). The secret is shown
 * once; only its hash is kept.
 */
export async function createApiKey(
  deps: Deps,
  access: AccountAccess,
  input: { name: string; permissions: string[] },
): Promise<CreatedApiKey> {
  const name = input.name.trim()
  if (!name) throw invalidField('name', 'name must not be empty')
  const set = validatePermissionSet(input.permissions)
  enforce(mayKeyCarry(access, set))
  const id = randomToken(16)
  const secret = randomToken(32)
  const permissions = inCatalogOrder(set)
  const row = await deps.db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('api_keys')
      .values({
        account_id: access.accountId,
        id,
        name,
        secret_hash: sha256(secret),
        permissions,
        created_by: access.userId,
      })
      .returning(keyColumns)
      .executeTakeFirstOrThrow()
    await recordAudit(
      tx,
      { userId: access.userId, kind: 'user', ip: access.ip, paths: access.paths },
      {
        accountId: access.accountId,
        action: 'api_key.created',
        target: { type: 'api_key', id },
        details: { name, permissions },
      },
    )
    return inserted
  })
  return { ...presentKey(row), key: `chorus_${id}.${secret}` }
}

export async function listApiKeys(deps: Deps, access: AccountAccess): Promise<ApiKey[]> {
  const rows = await deps.db
    .selectFrom('api_keys')
    .select(keyColumns)
    .where('account_id', '=', access.accountId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(presentKey)
}

export async function revokeApiKey(deps: Deps, access: AccountAccess, id: string) {
  await deps.db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('api_keys')
      .set({ revoked_at: deps.clock.now() })
      .where('account_id', '=', access.accountId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    if (result.numUpdatedRows !== 1n) throw notFound('api key')
    await recordAudit(
      tx,
      { userId: access.userId, kind: 'user', ip: access.ip, paths: access.paths },
      {
        accountId: access.accountId,
        action: 'api_key.revoked',
        target: { type: 'api_key', id },
      },
    )
  })
}

function findKeyWithCreatorGrants(db: Db, id: string, accountId: string) {
  return db
    .selectFrom('api_keys as k')
    .select((eb) => [
      'k.id',
      'k.account_id',
      'k.secret_hash',
      'k.permissions',
      'k.created_by',
      'k.last_used_at',
      'k.revoked_at',
      grantRowsOf(db, eb.ref('k.created_by'), accountId).as('grant_rows'),
    ])
    .where('k.id', '=', id)
    .executeTakeFirst()
}

/**
 * Resolves `Authorization: Bearer chorus_…` for a request to `accountId`, in one read with the
 * creator's memberships. A key works only in its own account; its permissions are capped by what
 * its creator holds now, so removing or demoting the creator disarms their keys at once.
 */
export async function resolveApiKey(
  deps: Deps,
  bearer: string,
  accountId: string,
): Promise<AccountAccess> {
  const match = KEY_PATTERN.exec(bearer)
  if (!match || !isUuid(accountId)) throw notFound('account')
  const [, id, secret] = match as unknown as [string, string, string]
  const key = await findKeyWithCreatorGrants(deps.db, id, accountId)
  if (!key || !sameBytes(Buffer.from(key.secret_hash), sha256(secret))) {
    throw new AppError('unauthenticated', 'this API key is not valid')
  }
  if (key.revoked_at) throw new AppError('unauthenticated', 'this API key was revoked')
  if (key.account_id !== accountId) throw notFound('account')
  const creatorPaths = pathsTo(accountId, key.grant_rows as GrantRow[])
  if (creatorPaths.length === 0) throw notFound('account')
  const now = deps.clock.now()
  if (
    !key.last_used_at ||
    now.getTime() - new Date(key.last_used_at).getTime() > TOUCH_INTERVAL_MS
  ) {
    await deps.db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute()
  }
  return {
    ...accountAccess(accountId, key.created_by, [
      apiKeyPath(accountId, key.permissions, creatorPaths),
    ]),
    apiKeyId: key.id,
  }
}
