import { describe, expect, it } from 'vitest'
import {
  Browser,
  GOOD_PASSWORD,
  manualClock,
  signUp,
  uniqueEmail,
  useTestApp,
} from '../../test/helpers/app.js'
import { LIMITS } from './rate-limit.js'
import { totpCode } from './totp.js'

const clock = manualClock(new Date('2026-05-01T08:00:00Z'))
const t = useTestApp({ clock })

describe('login rate limiting', () => {
  it('answers 429 with Retry-After once an email has used up its failures, even with the right password', async () => {
    const { email } = await signUp(t.app)
    for (let i = 0; i < LIMITS.loginPerEmail.max; i++) {
      const reply = await new Browser(t.app).post('/api/v1/auth/login', {
        email,
        password: `wrong guess ${i}`,
      })
      expect(reply.status).toBe(401)
    }
    const blocked = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
    })
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('rate_limited')
    const retryAfter = Number(blocked.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(LIMITS.loginPerEmail.windowSeconds)

    // No permanent lockout: once the window has passed, the right password works again.
    clock.advance(retryAfter * 1000)
    const later = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
    })
    expect(later.status).toBe(200)
  })

  it('limits an unknown email exactly like a known one, so the limit tells nothing', async () => {
    const email = uniqueEmail('ghost')
    for (let i = 0; i < LIMITS.loginPerEmail.max; i++) {
      await new Browser(t.app).post('/api/v1/auth/login', { email, password: `guess ${i}` })
    }
    const blocked = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: 'guess again',
    })
    expect(blocked.status).toBe(429)
  })

  it('limits one address spraying many emails', async () => {
    const attacker = new Browser(t.app)
    let status = 0
    for (let i = 0; i <= LIMITS.loginPerIp.max && status !== 429; i++) {
      status = (
        await attacker.post('/api/v1/auth/login', {
          email: uniqueEmail('spray'),
          password: 'guess guess',
        })
      ).status
    }
    expect(status).toBe(429)
    // Other addresses are not affected.
    const { email } = await signUp(t.app)
    expect(
      (await new Browser(t.app).post('/api/v1/auth/login', { email, password: GOOD_PASSWORD }))
        .status,
    ).toBe(200)
  })

  it('keeps its counts in the database, so a second server process sees them', async () => {
    const { email } = await signUp(t.app)
    for (let i = 0; i < LIMITS.loginPerEmail.max; i++) {
      await new Browser(t.app).post('/api/v1/auth/login', { email, password: `wrong ${i}` })
    }
    const { buildApp } = await import('../http/app.js')
    const secondProcess = await buildApp(t.deps)
    try {
      const reply = await new Browser(secondProcess).post('/api/v1/auth/login', {
        email,
        password: GOOD_PASSWORD,
      })
      expect(reply.status).toBe(429)
    } finally {
      await secondProcess.close()
    }
  })

  it('limits wrong current-password attempts on sensitive changes', async () => {
    const { browser } = await signUp(t.app)
    let status = 0
    for (let i = 0; i <= LIMITS.twoFactorPerUser.max && status !== 429; i++) {
      status = (await browser.post('/api/v1/me/2fa/setup', { password: `nope nope ${i}` })).status
    }
    expect(status).toBe(429)
  })

  it('limits password-reset requests per email', async () => {
    const email = uniqueEmail('reset')
    const replies = []
    for (let i = 0; i <= LIMITS.resetPerEmail.max; i++) {
      replies.push((await new Browser(t.app).post('/api/v1/auth/password-reset', { email })).status)
    }
    expect(replies.slice(0, LIMITS.resetPerEmail.max)).toEqual(
      Array(LIMITS.resetPerEmail.max).fill(202),
    )
    expect(replies.at(-1)).toBe(429)
  })

  it('limits guessing of reset tokens per address', async () => {
    const guesser = new Browser(t.app)
    let status = 0
    for (let i = 0; i <= LIMITS.resetPerIp.max && status !== 429; i++) {
      status = (
        await guesser.post('/api/v1/auth/password-reset/confirm', {
          token: `guess-${i}`,
          password: 'a fine new passphrase',
        })
      ).status
    }
    expect(status).toBe(429)
  })

  it('checks no more wrong passwords than the limit when they arrive all at once', async () => {
    const { email } = await signUp(t.app)
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        new Browser(t.app).post('/api/v1/auth/login', { email, password: `parallel ${i}` }),
      ),
    )
    const checked = replies.filter((r) => r.status === 401).length
    expect(checked).toBe(LIMITS.loginPerEmail.max)
    expect(replies.filter((r) => r.status === 429).length).toBe(40 - checked)
  })

  it('checks no more two-factor codes at login than the limit when they arrive all at once', async () => {
    const { email, browser } = await signUp(t.app)
    const setup = await browser.post('/api/v1/me/2fa/setup', { password: GOOD_PASSWORD })
    const right = totpCode(setup.body.secret, clock.now())
    expect((await browser.post('/api/v1/me/2fa/enable', { code: right })).status).toBe(200)
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0')
    const replies = await Promise.all(
      Array.from({ length: 30 }, () =>
        new Browser(t.app).post('/api/v1/auth/login', {
          email,
          password: GOOD_PASSWORD,
          totp: wrong,
        }),
      ),
    )
    const checked = replies.filter((r) => r.body.error?.code === 'invalid_totp').length
    expect(checked).toBe(LIMITS.loginPerEmail.max)
    expect(replies.filter((r) => r.status === 429).length).toBe(30 - checked)
  })
})
