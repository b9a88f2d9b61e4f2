import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { createSubaccount, createUser, grant } from '../../test/helpers/factories.js'
import { listReachableAccounts } from '../accounts/repository.js'
import { findSessionWithUser, insertSession } from '../identity/repository.js'
import { randomToken, sha256 } from '../identity/tokens.js'
import type { GrantRow } from './grants.js'
import { loadAllGrantRows, loadGrantRows, loadGrantRowsByAccount } from './repository.js'

const HOUR = 3600 * 1000

/** Rows compared as sets: the reads may list a user's paths in any order. */
function sorted(rows: readonly GrantRow[]) {
  return rows
    .map(({ account_id, role, permissions, kind }) => ({
      account_id,
      role,
      permissions,
      kind: kind ?? null,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

/**
 * The session lookup (every request), the access reads of one account and of all of them, and
 * `/me` all take a user's paths from `reachOf`, and the members listing spells the same rule out
 * in its own, faster text: here they must agree, path for path, for memberships, cascades, a role
 * that does not cascade, connections live, expired and pending, and a deleted account.
 */
describe('every path by which a user reaches an account', () => {
  const t = useTestApp()

  async function connect(
    userId: string,
    accountId: string,
    status: string,
    expiresAt: Date | null,
  ) {
    await t.deps.db
      .insertInto('connections')
      .values({
        id: uuidv7(),
        account_id: accountId,
        user_id: userId,
        type: 'grant_access',
        status: status as 'active',
        role: 'analyst',
        permissions: null,
        requested_by: userId,
        expires_at: expiresAt,
      })
      .execute()
  }

  async function sessionOf(userId: string) {
    const id = randomToken(16)
    const now = t.deps.clock.now()
    await insertSession(t.deps.db, {
      id,
      userId,
      secretHash: sha256(randomToken(32)),
      expiresAt: new Date(now.getTime() + HOUR),
      now,
      ip: null,
      userAgent: null,
    })
    return id
  }

  it('is the same for the session lookup, the access reads and /me', async () => {
    const owner = await createUser(t.deps, 'owner')
    const top = owner.ownAccountId
    const sub = await createSubaccount(t.deps, top, 'brand')
    const deeper = await createSubaccount(t.deps, sub.id, 'region')
    const gone = await createSubaccount(t.deps, top, 'closed brand')
    await t.deps.db
      .updateTable('accounts')
      .set({ deleted_at: new Date() })
      .where('id', '=', gone.id)
      .execute()
    const admin = await createUser(t.deps, 'admin')
    await grant(t.deps, top, admin.id, { role: 'admin' })
    const author = await createUser(t.deps, 'author')
    await grant(t.deps, top, author.id, { role: 'author' })
    await grant(t.deps, deeper.id, author.id, { permissions: ['contacts.view'] })
    const guest = await createUser(t.deps, 'guest')
    const now = t.deps.clock.now()
    await connect(guest.id, sub.id, 'active', new Date(now.getTime() + HOUR))
    await connect(guest.id, deeper.id, 'active', new Date(now.getTime() - HOUR))
    await connect(guest.id, top, 'pending', null)
    const accounts = [top, sub.id, deeper.id, gone.id, admin.ownAccountId]

    for (const user of [owner, admin, author, guest]) {
      const sessionId = await sessionOf(user.id)
      const byAccount = await loadGrantRowsByAccount(t.deps.db, user.id, now)
      const reachable = await listReachableAccounts(t.deps.db, user.id, now)
      for (const accountId of accounts) {
        const session = await findSessionWithUser(t.deps.prepared, sessionId, accountId, now)
        const rows = sorted(await loadGrantRows(t.deps.db, user.id, accountId, now))
        expect(sorted(session?.grant_rows ?? []), `${user.email} in ${accountId}`).toEqual(rows)
        expect(sorted(byAccount.get(accountId) ?? [])).toEqual(rows)
        // The members listing keeps its own text, split for speed (see loadAllGrantRows).
        const listed = await loadAllGrantRows(t.deps.db, accountId, now)
        expect(sorted(listed.filter((row) => row.user_id === user.id))).toEqual(rows)
        expect(reachable.some((a) => a.id === accountId)).toBe(rows.length > 0)
      }
    }

    const reached = async (userId: string) =>
      (await listReachableAccounts(t.deps.db, userId, now)).map((a) => [a.name, a.via])
    expect(await reached(owner.id)).toEqual(
      expect.arrayContaining([
        ['brand', 'cascade'],
        ['region', 'cascade'],
      ]),
    )
    // An Author's role does not reach down; their own set in the region does.
    expect(await reached(author.id)).toEqual([
      ["author's account", 'member'],
      ["owner's account", 'member'],
      ['region', 'member'],
    ])
    // Only the live connection counts: not the expired one, not the pending one.
    expect(await reached(guest.id)).toEqual([
      ["guest's account", 'member'],
      ['brand', 'connection'],
    ])
  })
})
