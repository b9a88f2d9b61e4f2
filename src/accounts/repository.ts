import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export async function insertAccount(
  db: Db,
  account: { name: string; parentId: string | null; level: number },
) {
  return db
    .insertInto('accounts')
    .values({ name: account.name, parent_id: account.parentId, level: account.level })
    .returning(['id', 'name', 'parent_id', 'level', 'created_at'])
    .executeTakeFirstOrThrow()
}

export async function insertMembership(
  db: Db,
  membership: {
    accountId: string
    userId: string
    role: string | null
    permissions: string[] | null
  },
) {
  await db
    .insertInto('memberships')
    .values({
      account_id: membership.accountId,
      user_id: membership.userId,
      role: membership.role,
      permissions: membership.permissions,
    })
    .execute()
}

export interface ReachableAccount {
  id: string
  name: string
  parent_id: string | null
  level: number
  role: string | null
  via: 'member' | 'cascade'
}

/**
 * Every live account the user reaches: direct memberships, and the descendants of accounts where
 * the user is Owner or Admin (those roles cascade down the tree). A direct membership is listed as
 * such even when a cascade also reaches the account.
 */
export async function listReachableAccounts(db: Db, userId: string): Promise<ReachableAccount[]> {
  const result = await sql<ReachableAccount>`
    with recursive reach(id, name, parent_id, level, role, via, cascades) as (
      select a.id, a.name, a.parent_id, a.level, m.role, 'member'::text,
             coalesce(m.role in ('owner', 'admin'), false)
      from memberships m
      join accounts a on a.id = m.account_id
      where m.user_id = ${userId} and a.deleted_at is null
      union all
      select c.id, c.name, c.parent_id, c.level, r.role, 'cascade'::text, true
      from reach r
      join accounts c on c.parent_id = r.id
      where r.cascades and c.deleted_at is null
    )
    select distinct on (id) id, name, parent_id, level, role, via
    from reach
    order by id, (via = 'member') desc`.execute(db)
  return result.rows.sort((a, b) => a.level - b.level || a.name.localeCompare(b.name))
}
