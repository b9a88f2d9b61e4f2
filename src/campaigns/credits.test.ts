import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, createTestApp, type TestApp } from '../../test/helpers/app.js'
import { testDatabaseKind } from '../../test/helpers/database.js'
import {
  createSubaccount,
  createUser,
  logIn,
  memberOf,
  type TestUser,
} from '../../test/helpers/factories.js'
import { newOwner } from '../../test/helpers/sharing.js'
import type { Channel } from '../db/schema.js'
import { AppError } from '../errors.js'
import { setOperator } from '../identity/operators.js'
import { grantSignupCredits, releaseCredits, reserveCredits } from './credits.js'

let t: TestApp
/** An operator of the installation, signed in: adds credits to top-level accounts. */
let operator: { user: TestUser; browser: Browser }
beforeAll(async () => {
  t = await createTestApp({ config: { signupCredits: { email: 1000, sms: 100 } } })
  const user = await createUser(t.deps, 'operator')
  await setOperator(t.deps.db, user.email, true)
  operator = { user, browser: await logIn(t.app, user) }
})
afterAll(async () => {
  await t.close()
})

const base = (accountId: string) => `/api/v1/accounts/${accountId}`
const operatorCredits = (accountId: string) => `/api/v1/operator/accounts/${accountId}/credits`

const owner = () => newOwner(t, 'owner')

async function balance(accountId: string) {
  const row = await t.deps.db
    .selectFrom('accounts')
    .select(['email_credits', 'sms_credits'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
  return { email: Number(row.email_credits), sms: Number(row.sms_credits) }
}

async function setBalance(accountId: string, channel: Channel, amount: number) {
  await t.deps.db
    .updateTable('accounts')
    .set(channel === 'email' ? { email_credits: amount } : { sms_credits: amount })
    .where('id', '=', accountId)
    .execute()
}

async function ledger(accountId: string) {
  const rows = await t.deps.db
    .selectFrom('credit_ledger')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    ...row,
    amount: Number(row.amount),
    balance_after: Number(row.balance_after),
  }))
}

/** The ledger adds up to the balance, per channel (for accounts the test did not set by hand). */
async function expectLedgerMatchesBalance(accountId: string) {
  const rows = await ledger(accountId)
  const sums = { email: 0, sms: 0 }
  for (const row of rows) sums[row.channel] += row.amount
  expect(sums).toEqual(await balance(accountId))
}

async function audit(accountId: string, action: string) {
  return t.deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('action', '=', action)
    .execute()
}

async function insertCampaign(
  accountId: string,
  fields: { channel: Channel; status: string; reserved: number; used: number },
) {
  await t.deps.db
    .insertInto('campaigns')
    .values({
      account_id: accountId,
      id: randomUUID(),
      name: 'c',
      channel: fields.channel,
      status: fields.status as 'draft',
      credits_reserved: fields.reserved,
      credits_used: fields.used,
    })
    .execute()
}

describe('signup credits', () => {
  it('a new top-level account starts with the configured credits, each with a ledger row', async () => {
    const o = await owner()
    expect(await balance(o.accountId)).toEqual({ email: 1000, sms: 100 })
    const rows = await ledger(o.accountId)
    expect(rows.map((r) => [r.channel, r.amount, r.balance_after, r.reason])).toEqual([
      ['email', 1000, 1000, 'signup'],
      ['sms', 100, 100, 'signup'],
    ])
    expect(rows.every((r) => r.actor_user_id === o.user.id)).toBe(true)
  })

  it('skips a ledger row for a zero amount', async () => {
    const sub = await createSubaccount(t.deps, (await owner()).accountId)
    await grantSignupCredits(t.deps.db, sub.id, { email: 0, sms: 5 })
    expect(await balance(sub.id)).toEqual({ email: 0, sms: 5 })
    expect((await ledger(sub.id)).map((r) => r.channel)).toEqual(['sms'])
  })

  it('sub-accounts start at 0', async () => {
    const o = await owner()
    const created = await o.browser.post(`${base(o.accountId)}/subaccounts`, { name: 'Brand' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const reply = await o.browser.get(`${base(created.body.id)}/credits`)
    expect(reply.body).toEqual({ email: 0, sms: 0, reserved: { email: 0, sms: 0 } })
    expect(await ledger(created.body.id)).toEqual([])
  })
})

describe('GET credits', () => {
  it('shows balances and what launched campaigns still hold', async () => {
    const o = await owner()
    await insertCampaign(o.accountId, {
      channel: 'email',
      status: 'sending',
      reserved: 10,
      used: 3,
    })
    await insertCampaign(o.accountId, { channel: 'email', status: 'paused', reserved: 5, used: 0 })
    await insertCampaign(o.accountId, { channel: 'sms', status: 'scheduled', reserved: 4, used: 0 })
    await insertCampaign(o.accountId, { channel: 'email', status: 'sent', reserved: 9, used: 9 })
    await insertCampaign(o.accountId, { channel: 'sms', status: 'draft', reserved: 0, used: 0 })
    const reply = await o.browser.get(`${base(o.accountId)}/credits`)
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({ email: 1000, sms: 100, reserved: { email: 12, sms: 4 } })
  })

  it('needs billing.manage, like the ledger and top-ups: a sender does not see the balances', async () => {
    const o = await owner()
    const basic = await memberOf(t.deps, t.app, o.accountId, { role: 'basic_user' }, 'basic')
    const balances = await basic.browser.get(`${base(o.accountId)}/credits`)
    expect(balances.status).toBe(403)
    expect(balances.body.error.permission).toBe('billing.manage')
    const ledgerReply = await basic.browser.get(`${base(o.accountId)}/credits/ledger`)
    expect(ledgerReply.status).toBe(403)
    expect(ledgerReply.body.error.permission).toBe('billing.manage')
    const topUp = await basic.browser.post(`${base(o.accountId)}/credits/top-up`, {
      channel: 'email',
      amount: 5,
    })
    expect(topUp.status).toBe(403)
    expect(topUp.body.error.permission).toBe('billing.manage')
    const data = await memberOf(t.deps, t.app, o.accountId, { role: 'data_manager' }, 'data')
    const denied = await data.browser.get(`${base(o.accountId)}/credits`)
    expect(denied.status).toBe(403)
    expect(denied.body.error.permission).toBe('billing.manage')
  })
})

describe('top-up of a top-level account', () => {
  it('refuses amounts that are not whole numbers from 1 to 10,000,000', async () => {
    const o = await owner()
    for (const amount of [0, -5, 1.5, 10_000_001, '5', null]) {
      const reply = await o.browser.post(`${base(o.accountId)}/credits/top-up`, {
        channel: 'email',
        amount,
      })
      expect(reply.status, `amount ${amount}`).toBe(422)
      expect(reply.body.error.field).toBe('amount')
    }
    const channel = await o.browser.post(`${base(o.accountId)}/credits/top-up`, {
      channel: 'fax',
      amount: 5,
    })
    expect(channel.status).toBe(422)
    expect(await balance(o.accountId)).toEqual({ email: 1000, sms: 100 })
  })

  it('is not the account’s own to mint: its Owner gets 403 operator_required', async () => {
    const o = await owner()
    const reply = await o.browser.post(`${base(o.accountId)}/credits/top-up`, {
      channel: 'email',
      amount: 500,
    })
    expect(reply.status).toBe(403)
    expect(reply.body.error.code).toBe('operator_required')
    expect(await balance(o.accountId)).toEqual({ email: 1000, sms: 100 })
    expect(await audit(o.accountId, 'credits.topped_up')).toEqual([])
  })

  it('an operator adds credits with a top_up ledger row and an audit entry', async () => {
    const o = await owner()
    const reply = await operator.browser.post(operatorCredits(o.accountId), {
      channel: 'sms',
      amount: 10_000_000,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toEqual({ email: 1000, sms: 10_000_100, reserved: { email: 0, sms: 0 } })
    const last = (await ledger(o.accountId)).at(-1)
    expect(last).toMatchObject({
      channel: 'sms',
      amount: 10_000_000,
      balance_after: 10_000_100,
      reason: 'top_up',
      actor_user_id: operator.user.id,
    })
    const entries = await audit(o.accountId, 'credits.topped_up')
    expect(entries).toHaveLength(1)
    expect(entries[0]?.details).toMatchObject({ channel: 'sms', amount: 10_000_000 })
    await expectLedgerMatchesBalance(o.accountId)
  })
})

describe('allocation to a sub-account', () => {
  it("moves credits from the parent's balance to the child in one step", async () => {
    const o = await owner()
    const child = await createSubaccount(t.deps, o.accountId)
    const reply = await o.browser.post(`${base(child.id)}/credits/top-up`, {
      channel: 'email',
      amount: 300,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toMatchObject({ email: 300, sms: 0 })
    expect(await balance(o.accountId)).toEqual({ email: 700, sms: 100 })
    const [given] = (await ledger(o.accountId)).filter((r) => r.reason === 'allocation')
    expect(given).toMatchObject({
      amount: -300,
      balance_after: 700,
      counterpart_account_id: child.id,
      actor_user_id: o.user.id,
    })
    expect(await ledger(child.id)).toMatchObject([
      {
        amount: 300,
        balance_after: 300,
        reason: 'allocation',
        counterpart_account_id: o.accountId,
      },
    ])
    expect(await audit(o.accountId, 'credits.allocated')).toHaveLength(1)
    expect(await audit(child.id, 'credits.allocated')).toHaveLength(1)
    await expectLedgerMatchesBalance(o.accountId)
    await expectLedgerMatchesBalance(child.id)

    // The child's ledger is visible to billing users of the parent (cascade) too.
    const page = await o.browser.get(`${base(child.id)}/credits/ledger`)
    expect(page.status).toBe(200)
    expect(page.body.items).toHaveLength(1)
  })

  it("refuses a sub-account's own billing user: credits cannot be minted below the top", async () => {
    const o = await owner()
    const child = await createSubaccount(t.deps, o.accountId)
    const admin = await memberOf(t.deps, t.app, child.id, { role: 'admin' }, 'child-admin')
    const reply = await admin.browser.post(`${base(child.id)}/credits/top-up`, {
      channel: 'email',
      amount: 10,
    })
    expect(reply.status).toBe(403)
    expect(reply.body.error).toMatchObject({
      code: 'parent_permission_required',
      permission: 'billing.manage',
      accountId: o.accountId,
    })
    expect(await balance(child.id)).toEqual({ email: 0, sms: 0 })
    expect(await balance(o.accountId)).toEqual({ email: 1000, sms: 100 })
    // They still see the balance and their ledger.
    expect((await admin.browser.get(`${base(child.id)}/credits`)).status).toBe(200)
    expect((await admin.browser.get(`${base(child.id)}/credits/ledger`)).status).toBe(200)
  })

  it('refuses with 409 insufficient_credits when the parent is short, and moves nothing', async () => {
    const o = await owner()
    const child = await createSubaccount(t.deps, o.accountId)
    const reply = await o.browser.post(`${base(child.id)}/credits/top-up`, {
      channel: 'sms',
      amount: 101,
    })
    expect(reply.status).toBe(409)
    expect(reply.body.error).toMatchObject({ code: 'insufficient_credits', need: 101, have: 100 })
    expect(await balance(o.accountId)).toEqual({ email: 1000, sms: 100 })
    expect(await balance(child.id)).toEqual({ email: 0, sms: 0 })
    expect(await ledger(child.id)).toEqual([])
    expect(await audit(child.id, 'credits.allocated')).toEqual([])
  })

  it('funds a grandchild from the child, for a user who manages billing in the child', async () => {
    const o = await owner()
    const child = await createSubaccount(t.deps, o.accountId)
    const grandchild = await createSubaccount(t.deps, child.id)
    const admin = await memberOf(t.deps, t.app, child.id, { role: 'admin' }, 'child-admin')
    await o.browser.post(`${base(child.id)}/credits/top-up`, { channel: 'email', amount: 50 })
    const reply = await admin.browser.post(`${base(grandchild.id)}/credits/top-up`, {
      channel: 'email',
      amount: 20,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(await balance(child.id)).toEqual({ email: 30, sms: 0 })
    expect(await balance(grandchild.id)).toEqual({ email: 20, sms: 0 })
    expect(await balance(o.accountId)).toEqual({ email: 950, sms: 100 })
  })
})

describe('ledger', () => {
  it('pages newest first with a keyset cursor; a malformed cursor is 422', async () => {
    const o = await owner()
    for (let i = 1; i <= 5; i++) {
      const reply = await operator.browser.post(operatorCredits(o.accountId), {
        channel: 'email',
        amount: i,
      })
      expect(reply.status).toBe(200)
    }
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3'
      const page = await o.browser.get(`${base(o.accountId)}/credits/ledger${query}`)
      expect(page.status).toBe(200)
      seen.push(...page.body.items.map((item: { amount: number }) => item.amount))
      cursor = page.body.nextCursor
    } while (cursor)
    // Five top-ups (newest first), then the two signup rows (sms after email).
    expect(seen).toEqual([5, 4, 3, 2, 1, 100, 1000])
    const bad = await o.browser.get(`${base(o.accountId)}/credits/ledger?cursor=nope`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('cursor')
  })
})

describe('reserve and release', () => {
  it('reserves with one conditional update and refuses when short, taking nothing', async () => {
    const o = await owner()
    const campaignId = randomUUID()
    const left = await t.deps.db.transaction().execute((tx) =>
      reserveCredits(tx, {
        accountId: o.accountId,
        channel: 'email',
        amount: 400,
        campaignId,
        actorUserId: o.user.id,
      }),
    )
    expect(left).toBe(600)
    const error = await t.deps.db
      .transaction()
      .execute((tx) =>
        reserveCredits(tx, {
          accountId: o.accountId,
          channel: 'email',
          amount: 601,
          campaignId,
          showBalance: true,
        }),
      )
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'insufficient_credits', details: { need: 601, have: 600 } })
    const hidden = await t.deps.db
      .transaction()
      .execute((tx) =>
        reserveCredits(tx, { accountId: o.accountId, channel: 'email', amount: 601, campaignId }),
      )
      .catch((e: unknown) => e)
    expect(hidden).toMatchObject({ code: 'insufficient_credits', details: { need: 601 } })
    expect((hidden as AppError).details).not.toHaveProperty('have')
    expect(await balance(o.accountId)).toEqual({ email: 600, sms: 100 })

    expect(
      await releaseCredits(t.deps.db, {
        accountId: o.accountId,
        channel: 'email',
        amount: 0,
        campaignId,
      }),
    ).toBeUndefined()
    expect(
      await releaseCredits(t.deps.db, {
        accountId: o.accountId,
        channel: 'email',
        amount: 150,
        campaignId,
      }),
    ).toBe(750)
    const rows = (await ledger(o.accountId)).filter((r) => r.campaign_id === campaignId)
    expect(rows.map((r) => [r.reason, r.amount, r.balance_after])).toEqual([
      ['reserve', -400, 600],
      ['release', 150, 750],
    ])
    await expectLedgerMatchesBalance(o.accountId)
  })

  it(`concurrent reservations never overdraw (${testDatabaseKind})`, async () => {
    const o = await owner()
    const sub = await createSubaccount(t.deps, o.accountId)
    const K = 7
    const N = 20
    await setBalance(sub.id, 'sms', K)
    const results = await Promise.allSettled(
      Array.from({ length: N }, () =>
        t.deps.db.transaction().execute((tx) =>
          reserveCredits(tx, {
            accountId: sub.id,
            channel: 'sms',
            amount: 1,
            campaignId: randomUUID(),
          }),
        ),
      ),
    )
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r) => r.status === 'rejected')
    expect(won).toHaveLength(Math.min(N, K))
    for (const r of lost) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'insufficient_credits' })
    }
    expect(await balance(sub.id)).toEqual({ email: 0, sms: 0 })
    const rows = await ledger(sub.id)
    expect(rows).toHaveLength(K)
    expect(rows.every((r) => r.balance_after >= 0)).toBe(true)
    expect(new Set(rows.map((r) => r.balance_after))).toEqual(
      new Set(Array.from({ length: K }, (_, i) => i)),
    )
  })
})
