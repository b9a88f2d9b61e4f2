import type { ParsedMail } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { Browser, GOOD_PASSWORD, manualClock, signUp, uniqueEmail } from '../../test/helpers/app.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { totpCode } from './totp.js'

const clock = manualClock(new Date('2026-06-01T12:00:00Z'))
const { t, sink: smtp } = useTestAppWithSmtpSink({
  clock,
  config: { publicUrl: 'https://chorus.example' },
})

const isResetMailTo = (email: string) => (m: ParsedMail) =>
  recipientsOf(m).includes(email) && (m.text ?? '').includes('/reset-password#token=')

async function resetTokenFor(email: string): Promise<string> {
  const mail = await smtp.waitFor(isResetMailTo(email))
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1]
  expect(token).toBeTruthy()
  expect(mail.text).toContain('https://chorus.example/reset-password#token=')
  return token as string
}

/** The token of the newest reset mail to `email`, once `count` of them have arrived. */
async function latestResetToken(email: string, count: number): Promise<string> {
  await expect.poll(() => smtp.messages.filter(isResetMailTo(email)).length).toBe(count)
  const mail = smtp.messages.filter(isResetMailTo(email)).at(-1) as ParsedMail
  return /#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1] as string
}

describe('password reset', () => {
  it('emails a single-use link over SMTP; using it ends every session and signs nobody in', async () => {
    const { email, browser } = await signUp(t.app)
    const request = await new Browser(t.app).post('/api/v1/auth/password-reset', {
      email: email.toUpperCase(),
    })
    expect(request.status).toBe(202)
    const token = await resetTokenFor(email)

    const confirm = new Browser(t.app)
    const reply = await confirm.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'my new passphrase',
    })
    expect(reply.status).toBe(204)
    expect(confirm.cookies.has('chorus_session')).toBe(false)
    const old = await browser.get('/api/v1/me')
    expect(old.status).toBe(401)
    expect(old.body.error.code).toBe('session_ended')

    const again = await confirm.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'another passphrase',
    })
    expect(again.status).toBe(400)
    expect(again.body.error.code).toBe('invalid_token')
    const login = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: 'my new passphrase',
    })
    expect(login.status).toBe(200)
  })

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const { email } = await signUp(t.app)
    const known = await new Browser(t.app).post('/api/v1/auth/password-reset', { email })
    const ghost = uniqueEmail('ghost')
    const unknown = await new Browser(t.app).post('/api/v1/auth/password-reset', { email: ghost })
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    await resetTokenFor(email)
    expect(smtp.messages.some((m) => recipientsOf(m).includes(ghost))).toBe(false)
  })

  it('keeps two-factor authentication in force after a reset', async () => {
    const { email, browser } = await signUp(t.app)
    const setup = await browser.post('/api/v1/me/2fa/setup', { password: GOOD_PASSWORD })
    await browser.post('/api/v1/me/2fa/enable', { code: totpCode(setup.body.secret, clock.now()) })
    clock.advance(30_000)
    await new Browser(t.app).post('/api/v1/auth/password-reset', { email })
    const token = await resetTokenFor(email)
    expect(
      (
        await new Browser(t.app).post('/api/v1/auth/password-reset/confirm', {
          token,
          password: 'reset passphrase',
        })
      ).status,
    ).toBe(204)
    const login = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: 'reset passphrase',
    })
    expect(login.status).toBe(401)
    expect(login.body.error.code).toBe('totp_required')
  })

  it('refuses an expired link and a common password without using up the link', async () => {
    const { email } = await signUp(t.app)
    await new Browser(t.app).post('/api/v1/auth/password-reset', { email })
    const token = await resetTokenFor(email)
    const weak = await new Browser(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'password',
    })
    expect(weak.status).toBe(422)
    expect(weak.body.error.field).toBe('password')
    clock.advance(61 * 60 * 1000)
    const expired = await new Browser(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'fresh passphrase here',
    })
    expect(expired.status).toBe(400)
  })

  describe('ends every outstanding link', () => {
    async function twoLinks(email: string) {
      const before = smtp.messages.filter(isResetMailTo(email)).length
      await new Browser(t.app).post('/api/v1/auth/password-reset', { email })
      const first = await latestResetToken(email, before + 1)
      await new Browser(t.app).post('/api/v1/auth/password-reset', { email })
      return { first, second: await latestResetToken(email, before + 2) }
    }
    const confirm = (token: string) =>
      new Browser(t.app).post('/api/v1/auth/password-reset/confirm', {
        token,
        password: 'a later passphrase',
      })

    it('when a newer link is sent, and when a link is used', async () => {
      const { email } = await signUp(t.app)
      const { first, second } = await twoLinks(email)
      expect((await confirm(first)).status).toBe(400)
      expect((await confirm(second)).status).toBe(204)
    })

    it.each([
      {
        what: 'password',
        change: (browser: Browser) =>
          browser.post('/api/v1/me/password', {
            currentPassword: GOOD_PASSWORD,
            newPassword: 'changed passphrase',
          }),
        status: 204,
      },
      {
        what: 'email address',
        change: (browser: Browser) =>
          browser.patch('/api/v1/me', {
            email: uniqueEmail('moved'),
            currentPassword: GOOD_PASSWORD,
          }),
        status: 200,
      },
    ])('when the $what is changed', async ({ change, status }) => {
      const { email, browser } = await signUp(t.app)
      await new Browser(t.app).post('/api/v1/auth/password-reset', { email })
      const token = await resetTokenFor(email)
      expect((await change(browser)).status).toBe(status)
      expect((await confirm(token)).status).toBe(400)
    })
  })
})
