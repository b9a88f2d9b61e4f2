import { describe, expect, it } from 'vitest'
import { Browser, GOOD_PASSWORD, manualClock, signUp, useTestApp } from '../../test/helpers/app.js'
import { totpCode } from './totp.js'

const clock = manualClock(new Date('2026-03-01T10:00:00Z'))
const t = useTestApp({ clock })

const STEP = 30_000

async function enableTwoFactor() {
  const account = await signUp(t.app)
  const setup = await account.browser.post('/api/v1/me/2fa/setup', { password: GOOD_PASSWORD })
  expect(setup.status).toBe(200)
  expect(setup.body.secret).toMatch(/^[A-Z2-7]+=*$/)
  expect(setup.body.otpauthUrl).toContain('otpauth://totp/')
  const enable = await account.browser.post('/api/v1/me/2fa/enable', {
    code: totpCode(setup.body.secret, clock.now()),
  })
  expect(enable.status).toBe(200)
  clock.advance(STEP)
  return {
    ...account,
    secret: setup.body.secret as string,
    recoveryCodes: enable.body.recoveryCodes as string[],
  }
}

describe('TOTP two-factor authentication', () => {
  it('needs the current password to start the setup', async () => {
    const { browser } = await signUp(t.app)
    const reply = await browser.post('/api/v1/me/2fa/setup', { password: 'wrong password here' })
    expect(reply.status).toBe(403)
    expect(reply.body.error.code).toBe('invalid_password')
  })

  it('refuses to enable with a wrong code', async () => {
    const { browser } = await signUp(t.app)
    await browser.post('/api/v1/me/2fa/setup', { password: GOOD_PASSWORD })
    const reply = await browser.post('/api/v1/me/2fa/enable', { code: '000000' })
    expect(reply.status).toBe(422)
    expect(reply.body.error).toMatchObject({ code: 'validation_failed', field: 'code' })
  })

  it('then asks for a code at login, accepts a current one, and shows 2FA as on', async () => {
    const { email, secret, recoveryCodes } = await enableTwoFactor()
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)

    const browser = new Browser(t.app)
    const missing = await browser.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })
    expect(missing.status).toBe(401)
    expect(missing.body.error.code).toBe('totp_required')
    expect(browser.cookies.has('chorus_session')).toBe(false)

    const ok = await browser.post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: totpCode(secret, clock.now()),
    })
    expect(ok.status).toBe(200)
    expect(ok.body.user.twoFactorEnabled).toBe(true)
  })

  it('accepts each code only once, even from another browser', async () => {
    const { email, secret } = await enableTwoFactor()
    const code = totpCode(secret, clock.now())
    const first = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: code,
    })
    expect(first.status).toBe(200)
    const replay = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: code,
    })
    expect(replay.status).toBe(401)
    expect(replay.body.error.code).toBe('invalid_totp')
    clock.advance(STEP)
    const next = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: totpCode(secret, clock.now()),
    })
    expect(next.status).toBe(200)
  })

  it('refuses a code from long ago', async () => {
    const { email, secret } = await enableTwoFactor()
    const stale = totpCode(secret, new Date(clock.now().getTime() - 10 * STEP))
    const reply = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: stale,
    })
    expect(reply.status).toBe(401)
  })

  it('accepts a recovery code once, in any case and spacing', async () => {
    const { email, recoveryCodes } = await enableTwoFactor()
    const code = recoveryCodes[3] as string
    const first = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: ` ${code.toUpperCase()} `,
    })
    expect(first.status).toBe(200)
    const again = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: code,
    })
    expect(again.status).toBe(401)
    const another = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
      totp: recoveryCodes[4],
    })
    expect(another.status).toBe(200)
  })

  it('does not accept a TOTP code or recovery code without the right password', async () => {
    const { email, secret } = await enableTwoFactor()
    const reply = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: 'the wrong password',
      totp: totpCode(secret, clock.now()),
    })
    expect(reply.status).toBe(401)
    expect(reply.body.error.code).toBe('invalid_credentials')
  })

  it('ends other sessions when 2FA is turned on or off, and needs password and code to turn off', async () => {
    const account = await signUp(t.app)
    const current = account.browser
    const setup = await current.post('/api/v1/me/2fa/setup', { password: GOOD_PASSWORD })
    const rows = () =>
      t.deps.db
        .selectFrom('sessions')
        .select(['id', 'end_reason'])
        .where('user_id', '=', account.user.id)
        .execute()
    await current.post('/api/v1/me/2fa/enable', { code: totpCode(setup.body.secret, clock.now()) })
    expect((await current.get('/api/v1/me')).body.user.twoFactorEnabled).toBe(true)
    clock.advance(STEP)

    const noPassword = await current.post('/api/v1/me/2fa/disable', {
      code: totpCode(setup.body.secret, clock.now()),
      password: 'not my password',
    })
    expect(noPassword.status).toBe(403)
    const wrongCode = await current.post('/api/v1/me/2fa/disable', {
      code: '123456',
      password: GOOD_PASSWORD,
    })
    expect(wrongCode.status).toBe(422)
    const off = await current.post('/api/v1/me/2fa/disable', {
      code: totpCode(setup.body.secret, clock.now()),
      password: GOOD_PASSWORD,
    })
    expect(off.status).toBe(204)
    expect((await current.get('/api/v1/me')).body.user.twoFactorEnabled).toBe(false)
    expect((await rows()).filter((r) => r.end_reason === null)).toHaveLength(1)
    const login = await new Browser(t.app).post('/api/v1/auth/login', {
      email: account.email,
      password: GOOD_PASSWORD,
    })
    expect(login.status).toBe(200)
  })
})
