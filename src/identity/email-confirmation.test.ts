import type { ParsedMail } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { Browser, GOOD_PASSWORD, signUp, uniqueEmail } from '../../test/helpers/app.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { LIMITS } from './rate-limit.js'

const { t, sink: smtp } = useTestAppWithSmtpSink({
  config: { publicUrl: 'https://chorus.example' },
})

const isConfirmationTo = (email: string) => (m: ParsedMail) =>
  recipientsOf(m).includes(email) && (m.text ?? '').includes('/confirm-email#token=')

async function confirmationToken(email: string): Promise<string> {
  const mail = await smtp.waitFor(isConfirmationTo(email))
  expect(mail.text).toContain('https://chorus.example/confirm-email#token=')
  return /#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1] as string
}

describe('email confirmation', () => {
  it('mails a single-use link at sign-up; the address counts as confirmed once it is used', async () => {
    const { email, browser } = await signUp(t.app)
    expect((await browser.get('/api/v1/me')).body.user.emailConfirmed).toBe(false)
    const token = await confirmationToken(email)

    const anyone = new Browser(t.app)
    expect((await anyone.post('/api/v1/auth/confirm-email', { token })).status).toBe(204)
    expect((await browser.get('/api/v1/me')).body.user.emailConfirmed).toBe(true)
    const again = await anyone.post('/api/v1/auth/confirm-email', { token })
    expect(again.status).toBe(400)
    expect(again.body.error).toMatchObject({ code: 'invalid_token', field: 'token' })
  })

  it('asks again after an email change, and the old link no longer confirms anything', async () => {
    const { email, browser } = await signUp(t.app)
    const oldToken = await confirmationToken(email)
    const moved = uniqueEmail('moved')
    const change = await browser.patch('/api/v1/me', {
      email: moved,
      currentPassword: GOOD_PASSWORD,
    })
    expect(change.body.user).toMatchObject({ email: moved, emailConfirmed: false })
    const stale = await new Browser(t.app).post('/api/v1/auth/confirm-email', { token: oldToken })
    expect(stale.status).toBe(400)
    const token = await confirmationToken(moved)
    expect((await new Browser(t.app).post('/api/v1/auth/confirm-email', { token })).status).toBe(
      204,
    )
    expect((await browser.get('/api/v1/me')).body.user.emailConfirmed).toBe(true)
  })

  it('sends a new link on request, and none once the address is confirmed', async () => {
    const { email, browser } = await signUp(t.app)
    expect((await browser.post('/api/v1/me/confirm-email')).status).toBe(202)
    await expect.poll(() => smtp.messages.filter(isConfirmationTo(email)).length).toBe(2)
    const token = await confirmationToken(email)
    await new Browser(t.app).post('/api/v1/auth/confirm-email', { token })
    expect((await browser.post('/api/v1/me/confirm-email')).status).toBe(409)
  })
})

describe('sign-up throttle', () => {
  it('refuses sign-ups from one address past the hourly limit; other addresses still sign up', async () => {
    const flood = new Browser(t.app)
    const statuses: number[] = []
    for (let i = 0; i <= LIMITS.signupPerIp.max; i++) {
      const reply = await flood.request('POST', '/api/v1/auth/signup', {
        email: uniqueEmail('flood'),
        password: GOOD_PASSWORD,
        name: 'Flood',
        accountName: 'Flood',
      })
      statuses.push(reply.status)
    }
    expect(statuses.slice(0, LIMITS.signupPerIp.max)).toEqual(
      Array(LIMITS.signupPerIp.max).fill(201),
    )
    expect(statuses.at(-1)).toBe(429)
    expect((await signUp(t.app)).user.id).toBeTruthy()
  })
})
