import { parse } from 'csv-parse/sync'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf, type TestUser } from '../../test/helpers/factories.js'
import { recordAudit } from './audit.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

/** An account whose log holds four known entries, by two people, at known times. */
async function accountWithLog() {
  const owner = await createUser(t.deps, 'owner')
  const other = await createUser(t.deps, 'other')
  const accountId = owner.ownAccountId
  const entries = [
    { by: owner, action: 'api_key.created', target: 'key-1', at: '2026-01-01T10:00:00.000Z' },
    { by: owner, action: 'api_key.revoked', target: 'key-1', at: '2026-01-02T10:00:00.000Z' },
    { by: other, action: 'member.updated', target: '=HYPERLINK("x")', at: '2026-01-03T10:00:00Z' },
    { by: other, action: 'api_keys.listed', target: 'key-2', at: '2026-01-04T10:00:00.000Z' },
  ]
  for (const entry of entries) {
    await recordAudit(
      t.deps.db,
      { userId: entry.by.id, kind: 'user' },
      { accountId, action: entry.action, target: { type: 'thing', id: entry.target } },
    )
    // The log never updates a time; the test moves it to a known instant.
    await sql`update audit_log set at = ${new Date(entry.at)}
      where account_id = ${accountId} and action = ${entry.action}`.execute(t.deps.db)
  }
  return { owner, other, accountId, browser: await logIn(t.app, owner) }
}

function actions(body: { items: Array<{ action: string }> }) {
  return body.items.map((entry) => entry.action)
}

describe('the audit log’s filters', () => {
  let log: Awaited<ReturnType<typeof accountWithLog>>
  let url: string
  beforeAll(async () => {
    log = await accountWithLog()
    url = `/api/v1/accounts/${log.accountId}/audit`
  })

  it('narrow by actor, given as a user id or as an email in any case', async () => {
    const byId = await log.browser.get(`${url}?actor=${log.other.id}`)
    expect(actions(byId.body)).toEqual(['api_keys.listed', 'member.updated'])
    const byEmail = await log.browser.get(
      `${url}?actor=${encodeURIComponent(log.other.email.toUpperCase())}`,
    )
    expect(actions(byEmail.body)).toEqual(['api_keys.listed', 'member.updated'])
  })

  it('narrow by an action or its family before the dot, never by a longer name', async () => {
    const family = await log.browser.get(`${url}?action=api_key`)
    expect(actions(family.body)).toEqual(['api_key.revoked', 'api_key.created'])
    const exact = await log.browser.get(`${url}?action=member.updated`)
    expect(actions(exact.body)).toEqual(['member.updated'])
  })

  it('narrow by target and by time (from inclusive, to exclusive), combined', async () => {
    const target = await log.browser.get(`${url}?targetType=thing&targetId=key-1`)
    expect(actions(target.body)).toEqual(['api_key.revoked', 'api_key.created'])
    const window = await log.browser.get(`${url}?from=2026-01-02T10:00:00Z&to=2026-01-04T10:00:00Z`)
    expect(actions(window.body)).toEqual(['member.updated', 'api_key.revoked'])
    const both = await log.browser.get(
      `${url}?from=2026-01-02T10:00:00Z&to=2026-01-03T00:00:00Z&actor=${log.owner.id}`,
    )
    expect(actions(both.body)).toEqual(['api_key.revoked'])
  })

  it('keep keyset paging within the filter', async () => {
    const first = await log.browser.get(`${url}?action=api_key&limit=1`)
    expect(actions(first.body)).toEqual(['api_key.revoked'])
    const second = await log.browser.get(
      `${url}?action=api_key&limit=1&cursor=${first.body.nextCursor}`,
    )
    expect(actions(second.body)).toEqual(['api_key.created'])
    expect(second.body.nextCursor).toBeNull()
  })

  it('refuse an impossible date naming the field', async () => {
    const reply = await log.browser.get(`${url}?from=2026-02-30T00:00:00Z`)
    expect(reply.status).toBe(422)
    expect(reply.body.error.field).toBe('from')
  })
})

describe('GET …/audit/export', () => {
  it('streams the filtered log as CSV, makes formulas inert, and is audited itself', async () => {
    const log = await accountWithLog()
    const reply = await log.browser.get(
      `/api/v1/accounts/${log.accountId}/audit/export?actor=${log.other.id}`,
    )
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toContain('text/csv')
    expect(reply.headers['content-disposition']).toMatch(/attachment; filename="audit-.*\.csv"/)
    const rows: string[][] = parse(reply.body as string)
    expect(rows[0]?.join(',')).toBe('at,actor,actorKind,action,targetType,targetId,ip,details')
    expect(rows.slice(1).map((row) => [row[1], row[3], row[5]])).toEqual([
      [log.other.email, 'api_keys.listed', 'key-2'],
      [log.other.email, 'member.updated', `'=HYPERLINK("x")`],
    ])

    const latest = await log.browser.get(`/api/v1/accounts/${log.accountId}/audit?limit=1`)
    expect(latest.body.items[0]).toMatchObject({
      action: 'audit.exported',
      actor: { userId: log.owner.id },
      details: { actor: log.other.id, rows: 2 },
    })
  })

  it('needs users.manage, as the log does', async () => {
    const owner: TestUser = await createUser(t.deps, 'owner')
    const { browser } = await memberOf(t.deps, t.app, owner.ownAccountId, { role: 'manager' })
    const reply = await browser.get(`/api/v1/accounts/${owner.ownAccountId}/audit/export`)
    expect(reply.status).toBe(403)
    expect(reply.body.error.permission).toBe('users.manage')
  })
})
