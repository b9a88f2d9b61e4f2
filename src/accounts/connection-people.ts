import type { Deps } from '../deps.js'
import type { Connection, ConnectionListItem } from './schemas.js'

/**
 * The names a listing shows beside each connection: the account side must see who applied or was
 * let in (an id tells a manager nothing), the connected user which account it is. Either side
 * already sees the connection itself, so nothing new is told.
 */
export async function withNames(
  deps: Deps,
  connections: readonly Connection[],
): Promise<ConnectionListItem[]> {
  if (connections.length === 0) return []
  const users = await deps.db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', 'in', [...new Set(connections.map((c) => c.userId))])
    .execute()
  const accounts = await deps.db
    .selectFrom('accounts')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(connections.map((c) => c.accountId))])
    .execute()
  const userById = new Map(users.map((u) => [u.id, u]))
  const accountName = new Map(accounts.map((a) => [a.id, a.name]))
  return connections.map((connection) => ({
    ...connection,
    userName: userById.get(connection.userId)?.name ?? '',
    userEmail: userById.get(connection.userId)?.email ?? '',
    accountName: accountName.get(connection.accountId) ?? '',
  }))
}
