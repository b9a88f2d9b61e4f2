import { describe, expect, it } from 'vitest'
import { uniqueEmail } from '../../test/helpers/app.js'
import { expectStatus, newOwner, type Owner } from '../../test/helpers/sharing.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { SYSTEM_MAIL_LIMITS } from '../delivery/system-mail-limits.js'
import { MAX_TESTERS } from './testers.js'

/**
 * Mail from the system sender on a user's say-so is metered and throttled: test sends cost
 * credits, skip suppressed testers and are capped; double opt-in confirmations go to an address
 * at most once a day per account; invitations and confirmations are limited per account and user.
 */

const { t, sink } = useTestAppWithSmtpSink()

async function emailBalance(o: Owner): Promise<number> {
  return expectStatus(await o.browser.get(`${o.base}/credits`), 200).email
}

async function template(o: Owner) {
  return expectStatus(
    await o.browser.post(`${o.base}/templates`, {
      name: 'Offer',
      subject: 'Offer',
      html: '<p>Buy now</p>',
    }),
    201,
  )
}

function mailsTo(address: string) {
  return sink.messages.filter((m) => recipientsOf(m).includes(address))
}

describe('test sends', () => {
  it('cost one email credit per tester mailed, and skip blocklisted testers', async () => {
    const o = await newOwner(t)
    const [kept, blocked] = [uniqueEmail('qa'), uniqueEmail('victim')]
    for (const email of [kept, blocked]) {
      expectStatus(await o.browser.post(`${o.base}/testers`, { email }), 201)
    }
    expectStatus(
      await o.browser.post(`${o.base}/blocklist`, { channel: 'email', address: blocked }),
      201,
    )
    const before = await emailBalance(o)
    const offer = await template(o)

    const reply = await o.browser.post(`${o.base}/templates/${offer.id}/test`)
    expect(expectStatus(reply, 200)).toEqual({
      sent: 1,
      skipped: [{ email: blocked, reason: 'blocklisted' }],
    })
    expect(await emailBalance(o)).toBe(before - 1)
    const ledger = expectStatus(await o.browser.get(`${o.base}/credits/ledger`), 200)
    expect(ledger.items[0]).toMatchObject({ reason: 'test_send', amount: -1 })
    await sink.waitFor((m) => recipientsOf(m).includes(kept))
    expect(mailsTo(blocked)).toEqual([])
  })

  it('are refused without credits to pay for them', async () => {
    const o = await newOwner(t)
    expectStatus(await o.browser.post(`${o.base}/testers`, { email: uniqueEmail('qa') }), 201)
    await t.deps.db
      .updateTable('accounts')
      .set({ email_credits: 0 })
      .where('id', '=', o.accountId)
      .execute()
    const reply = await o.browser.post(`${o.base}/templates/${(await template(o)).id}/test`)
    expect(expectStatus(reply, 409).error).toMatchObject({
      code: 'insufficient_credits',
      need: 1,
      have: 0,
    })
  })

  it(`cap the testers at ${MAX_TESTERS} per account`, async () => {
    const o = await newOwner(t)
    for (let i = 0; i < MAX_TESTERS; i++) {
      expectStatus(await o.browser.post(`${o.base}/testers`, { email: uniqueEmail('qa') }), 201)
    }
    const over = await o.browser.post(`${o.base}/testers`, { email: uniqueEmail('qa') })
    expect(expectStatus(over, 409).error).toMatchObject({ field: 'email', limit: MAX_TESTERS })
  })

  it('are limited per user and hour', async () => {
    const o = await newOwner(t)
    expectStatus(await o.browser.post(`${o.base}/testers`, { email: uniqueEmail('qa') }), 201)
    const offer = await template(o)
    const { max } = SYSTEM_MAIL_LIMITS.test_send.perUser
    for (let i = 0; i < max; i++) {
      expectStatus(await o.browser.post(`${o.base}/templates/${offer.id}/test`), 200)
    }
    const over = await o.browser.post(`${o.base}/templates/${offer.id}/test`)
    expect(expectStatus(over, 429).error.code).toBe('rate_limited')
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0)
  })
})

describe('double opt-in confirmations', () => {
  async function doubleOptIn() {
    const o = await newOwner(t)
    expectStatus(await o.browser.request('PUT', `${o.base}/consent`, { optIn: 'double' }), 200)
    return o
  }

  it('reach an address once a day per account, even when the contact is deleted and added again', async () => {
    const o = await doubleOptIn()
    const victim = uniqueEmail('victim')
    for (let i = 0; i < 3; i++) {
      const contact = expectStatus(
        await o.browser.post(`${o.base}/contacts`, { email: victim }),
        201,
      )
      expect(contact.emailStatus).toBe('pending')
      expectStatus(await o.browser.delete(`${o.base}/contacts/${contact.id}`), 204)
    }
    await sink.waitFor((m) => recipientsOf(m).includes(victim))
    // Another account asks for its own consent; its mail is sent after any of the first's.
    const other = await doubleOptIn()
    expectStatus(await other.browser.post(`${other.base}/contacts`, { email: victim }), 201)
    await sink.waitFor(() => mailsTo(victim).length >= 2)
    expect(mailsTo(victim)).toHaveLength(2)
  })

  it('are limited per user and hour', async () => {
    const o = await doubleOptIn()
    const { max } = SYSTEM_MAIL_LIMITS.consent_confirmation.perUser
    for (let i = 0; i < max; i++) {
      expectStatus(await o.browser.post(`${o.base}/contacts`, { email: uniqueEmail('c') }), 201)
    }
    const over = await o.browser.post(`${o.base}/contacts`, { email: uniqueEmail('c') })
    expect(expectStatus(over, 429).error.code).toBe('rate_limited')
  })
})

describe('invitations', () => {
  it('are limited per user and hour', async () => {
    const o = await newOwner(t)
    const { max } = SYSTEM_MAIL_LIMITS.invitation.perUser
    const invite = () =>
      o.browser.post(`${o.base}/invitations`, { email: uniqueEmail('invitee'), role: 'author' })
    for (let i = 0; i < max; i++) expectStatus(await invite(), 201)
    expect(expectStatus(await invite(), 429).error.code).toBe('rate_limited')
  })
})
