import { describe, expect, it } from 'vitest'
import { type Browser, type TestApp, useTestApp } from '../../test/helpers/app.js'
import {
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { createSubaccount, createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { setOperator } from '../identity/operators.js'

const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })
/** The file's app's mail settings, for a second app that sends to the same sink. */
const config = () => ({ smtpUrl: sink.url, publicUrl: 'https://chorus.example' })

const base = (accountId: string) => `/api/v1/accounts/${accountId}`
const operatorCredits = (accountId: string) => `/api/v1/operator/accounts/${accountId}/credits`

async function newOperator(app: TestApp, name = 'operator') {
  const user = await createUser(app.deps, name)
  await setOperator(app.deps.db, user.email, true)
  return { user, browser: await logIn(app.app, user) }
}

async function emailBalance(browser: Browser, accountId: string) {
  return expectStatus(await browser.get(`${base(accountId)}/credits`), 200).email
}

describe('credits of top-level accounts come from the operators', () => {
  it('only an operator adds them; an Owner cannot mint their own', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    const own = expectStatus(
      await browser.post(`${base(owner.ownAccountId)}/credits/top-up`, {
        channel: 'email',
        amount: 1_000_000,
      }),
      403,
    )
    expect(own.error.code).toBe('operator_required')
    const notOperator = expectStatus(
      await browser.post(operatorCredits(owner.ownAccountId), { channel: 'email', amount: 5 }),
      403,
    )
    expect(notOperator.error.code).toBe('operator_required')
    expect(await emailBalance(browser, owner.ownAccountId)).toBe(1000)

    const operator = await newOperator(t)
    const added = expectStatus(
      await operator.browser.post(operatorCredits(owner.ownAccountId), {
        channel: 'email',
        amount: 500,
      }),
      200,
    )
    expect(added.email).toBe(1500)
    const seen = expectStatus(await operator.browser.get(operatorCredits(owner.ownAccountId)), 200)
    expect(seen).toMatchObject({ email: 1500, sms: 100 })
    expect(await emailBalance(browser, owner.ownAccountId)).toBe(1500)

    const child = await createSubaccount(t.deps, owner.ownAccountId)
    const toChild = expectStatus(
      await operator.browser.post(operatorCredits(child.id), { channel: 'email', amount: 5 }),
      422,
    )
    expect(toChild.error.field).toBe('accountId')
    const unknown = expectStatus(
      await operator.browser.post(operatorCredits('not-an-id'), { channel: 'email', amount: 5 }),
      404,
    )
    expect(unknown.error.code).toBe('not_found')
    // Allocation from the parent to its sub-account stays with the parent's billing users.
    expectStatus(
      await browser.post(`${base(child.id)}/credits/top-up`, { channel: 'email', amount: 200 }),
      200,
    )
    expect(await emailBalance(browser, owner.ownAccountId)).toBe(1300)
  })

  it('a billing user asks for a top-up and every operator is told by email', async () => {
    const first = await newOperator(t, 'op-one')
    const second = await newOperator(t, 'op-two')
    const owner = await createUser(t.deps, 'asker')
    const browser = await logIn(t.app, owner)
    const asked = expectStatus(
      await browser.post(`${base(owner.ownAccountId)}/credits/requests`, {
        channel: 'sms',
        amount: 2500,
        note: 'spring campaign',
      }),
      202,
    )
    expect(asked.notified).toBeGreaterThanOrEqual(2)
    for (const operator of [first, second]) {
      const mail = await sink.waitFor(
        (m) =>
          (m.to as { text: string }).text === operator.user.email &&
          String(m.subject).includes('2500 sms credits'),
      )
      expect(mail.text).toContain(`chorus credits add ${owner.ownAccountId} sms 2500`)
      expect(mail.text).toContain('spring campaign')
    }
    const basic = await memberOf(t.deps, t.app, owner.ownAccountId, { role: 'basic_user' })
    const refused = expectStatus(
      await basic.browser.post(`${base(owner.ownAccountId)}/credits/requests`, {
        channel: 'sms',
        amount: 1,
      }),
      403,
    )
    expect(refused.error.permission).toBe('billing.manage')
  })
})

describe('CHORUS_CREDITS=unlimited', () => {
  /**
   * An installation that does not meter, on a database of its own; made after the file's app
   * (outer beforeAll hooks run first), so the sink it sends to is up.
   */
  const unmetered = useTestApp(() => ({ config: { ...config(), credits: 'unlimited' } }))

  it('launches without a balance, shows none, and never moves one', async () => {
    const b = await newBrand(unmetered, 'free', [{ email: 'free@example.com' }])
    await unmetered.deps.db
      .updateTable('accounts')
      .set({ email_credits: 0 })
      .where('id', '=', b.accountId)
      .execute()
    expect(expectStatus(await b.browser.get(`${b.base}/credits`), 200)).toEqual({
      email: 'unlimited',
      sms: 'unlimited',
    })
    const campaign = await draft(b.browser, b)
    const launched = expectStatus(
      await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`),
      202,
    )
    expect(launched.status).toBe('sending')
    await deliverEverything(unmetered)
    expect(messagesOf(sink, campaign.id)).toHaveLength(1)
    const done = expectStatus(await b.browser.get(`${b.base}/campaigns/${campaign.id}`), 200)
    expect(done).toMatchObject({ status: 'sent', creditsUsed: 1 })
    const account = await unmetered.deps.db
      .selectFrom('accounts')
      .select('email_credits')
      .where('id', '=', b.accountId)
      .executeTakeFirstOrThrow()
    expect(Number(account.email_credits)).toBe(0)
    const request = expectStatus(
      await b.browser.post(`${b.base}/credits/requests`, { channel: 'email', amount: 10 }),
      409,
    )
    expect(request.error.reason).toBe('credits_unlimited')
  })
})
