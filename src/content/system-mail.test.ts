import { describe, expect, it, vi } from 'vitest'
import { uniqueEmail } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import { expectStatus, newOwner, type Owner } from '../../test/helpers/sharing.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { SYSTEM_MAIL_LIMITS, throttleSystemMail } from '../delivery/system-mail-limits.js'
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
    const offer = await template(o)
    const reply = await o.browser.post(`${o.base}/templates/${offer.id}/test`)
    expect(expectStatus(reply, 409).error).toMatchObject({
      code: 'insufficient_credits',
      need: 1,
      have: 0,
    })
    // Without billing.manage the balance stays hidden (SPEC §2).
    const author = await memberOf(t.deps, t.app, o.accountId, { role: 'author' }, 'author')
    const hidden = await author.browser.post(`${o.base}/templates/${offer.id}/test`)
    const error = expectStatus(hidden, 409).error
    expect(error).toMatchObject({ code: 'insufficient_credits', need: 1 })
    expect(error).not.toHaveProperty('have')
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

describe('notification emails', () => {
  it('are limited per user and hour: one over the limit is dropped, the act still succeeds', async () => {
    const o = await newOwner(t)
    const grantee = await createUser(t.deps, 'grantee')
    const grantTo = (email: string) =>
      o.browser.post('/api/v1/connections', {
        type: 'grant_access',
        accountId: o.accountId,
        email,
        role: 'analyst',
      })
    const first = await grantTo(grantee.email)
    expect(first.status).toBeLessThan(300)
    await sink.waitFor((m) => recipientsOf(m).includes(grantee.email))

    // Use up the rest of the owner's hour, then act once more.
    const { max } = SYSTEM_MAIL_LIMITS.notification.perUser
    for (let i = 1; i < max; i++) {
      await throttleSystemMail(t.deps, 'notification', {
        accountId: o.accountId,
        userId: o.user.id,
      })
    }
    const warn = vi.spyOn(t.deps.log, 'warn')
    try {
      const other = await createUser(t.deps, 'late-grantee')
      const over = await grantTo(other.email)
      expect(over.status).toBe(first.status)
      await vi.waitFor(
        () =>
          expect(warn).toHaveBeenCalledWith(
            expect.objectContaining({ accountId: o.accountId, actorId: o.user.id }),
            'notification email dropped: mail limit reached',
          ),
        { timeout: 5000 },
      )
      expect(mailsTo(other.email)).toHaveLength(0)
      const connections = expectStatus(
        await logIn(t.app, other).then((b) => b.get('/api/v1/connections')),
        200,
      )
      expect(connections.items).toHaveLength(1)
    } finally {
      warn.mockRestore()
    }
  })
})

describe('top-up requests', () => {
  it('are limited per user and hour', async () => {
    const o = await newOwner(t)
    const ask = () => o.browser.post(`${o.base}/credits/requests`, { channel: 'email', amount: 10 })
    const { max } = SYSTEM_MAIL_LIMITS.top_up_request.perUser
    for (let i = 0; i < max; i++) expectStatus(await ask(), 202)
    const over = await ask()
    expect(expectStatus(over, 429).error.code).toBe('rate_limited')
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0)
  })
})

describe('email-change confirmations', () => {
  it('are limited per user and hour, and a refused change changes nothing', async () => {
    const o = await newOwner(t)
    const move = (email: string) =>
      o.browser.patch('/api/v1/me', { email, currentPassword: o.user.password })
    const { max } = SYSTEM_MAIL_LIMITS.email_change.perUser
    let current = o.user.email
    for (let i = 0; i < max; i++) {
      current = uniqueEmail('moved')
      expect(expectStatus(await move(current), 200).user.email).toBe(current)
    }
    const target = uniqueEmail('victim')
    const over = await move(target)
    expect(expectStatus(over, 429).error.code).toBe('rate_limited')
    expect(expectStatus(await o.browser.get('/api/v1/me'), 200).user.email).toBe(current)
    // A name change mails nothing and is not limited.
    expectStatus(await o.browser.patch('/api/v1/me', { name: 'Still me' }), 200)
  })
})
