import { describe, expect, it } from 'vitest'
import {
  Browser,
  createTestApp,
  GOOD_PASSWORD,
  signUp,
  uniqueEmail,
  useTestApp,
} from '../../test/helpers/app.js'

const t = useTestApp()

describe('sign-up, login, logout', () => {
  it('signs up a user who owns a new top-level account and is signed in', async () => {
    const { browser, user, account, email } = await signUp(t.app, { accountName: 'Brand A' })
    expect(user.email).toBe(email)
    expect(account).toMatchObject({ name: 'Brand A', level: 1, parentId: null })
    const me = await browser.get('/api/v1/me')
    expect(me.status).toBe(200)
    expect(me.body.user.id).toBe(user.id)
    expect(me.body.accounts).toEqual([
      { id: account.id, name: 'Brand A', parentId: null, level: 1, role: 'owner', via: 'member' },
    ])
  })

  it('refuses a second sign-up with the same email, whatever its case, with 409', async () => {
    const { email } = await signUp(t.app)
    const again = await new Browser(t.app).post('/api/v1/auth/signup', {
      email: email.toUpperCase(),
      password: GOOD_PASSWORD,
      name: 'Other',
      accountName: 'Other',
    })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ code: 'email_taken', field: 'email' })
  })

  it('logs in, logs out, and the logged-out session no longer works', async () => {
    const { email } = await signUp(t.app)
    const browser = new Browser(t.app)
    const login = await browser.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })
    expect(login.status).toBe(200)
    expect(login.body.user.email).toBe(email)
    const sessionCookie = browser.cookies.get('chorus_session')
    expect((await browser.get('/api/v1/me')).status).toBe(200)
    expect((await browser.post('/api/v1/auth/logout')).status).toBe(204)
    expect(browser.cookies.has('chorus_session')).toBe(false)
    const replay = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `chorus_session=${sessionCookie}` },
    })
    expect(replay.statusCode).toBe(401)
    expect(replay.json().error.code).toBe('session_ended')
  })

  it('answers an anonymous request to a signed-in route with 401 unauthenticated', async () => {
    const reply = await new Browser(t.app).get('/api/v1/me')
    expect(reply.status).toBe(401)
    expect(reply.body.error.code).toBe('unauthenticated')
  })

  it('answers a forged or malformed session cookie with 401', async () => {
    const { browser } = await signUp(t.app)
    const [id] = (browser.cookies.get('chorus_session') as string).split('.')
    for (const forged of [`${id}.${'A'.repeat(43)}`, 'garbage', `${id}`]) {
      const reply = await t.app.inject({
        url: '/api/v1/me',
        headers: { cookie: `chorus_session=${forged}` },
      })
      expect(reply.statusCode).toBe(401)
    }
  })

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { email } = await signUp(t.app)
    const wrong = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: 'not the password',
    })
    const unknown = await new Browser(t.app).post('/api/v1/auth/login', {
      email: uniqueEmail('nobody'),
      password: 'not the password',
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
  })

  it('refuses short and common passwords with 422 naming the field, and accepts long ones whole', async () => {
    const attempt = (password: string) =>
      new Browser(t.app).post('/api/v1/auth/signup', {
        email: uniqueEmail(),
        password,
        name: 'N',
        accountName: 'A',
      })
    for (const password of ['short', 'password1', 'qwertyuiop', 'iloveyou']) {
      const reply = await attempt(password)
      expect(reply.status, password).toBe(422)
      expect(reply.body.error).toMatchObject({ code: 'validation_failed', field: 'password' })
    }
    const long = `${'a long passphrase with many words '.repeat(4)}end`
    expect(long.length).toBeGreaterThan(64)
    const { email } = await signUp(t.app, { password: long })
    const truncated = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: long.slice(0, 72),
    })
    expect(truncated.status).toBe(401)
    const whole = await new Browser(t.app).post('/api/v1/auth/login', { email, password: long })
    expect(whole.status).toBe(200)
  })

  it('sets HttpOnly SameSite=Lax cookies, Secure outside development', async () => {
    const production = await createTestApp({ config: { development: false } })
    try {
      const reply = await production.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email: uniqueEmail(), password: GOOD_PASSWORD, name: 'N', accountName: 'A' },
      })
      const session = reply.cookies.find((c) => c.name === 'chorus_session')
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' })
      const csrf = reply.cookies.find((c) => c.name === 'chorus_csrf')
      expect(csrf?.httpOnly).toBeFalsy()
    } finally {
      await production.close()
    }
  })

  it('needs the CSRF header on cookie-authenticated writes', async () => {
    const { browser } = await signUp(t.app)
    const cookie = `chorus_session=${browser.cookies.get('chorus_session')}`
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
    })
    expect(without.statusCode).toBe(403)
    expect(without.json().error.code).toBe('csrf_failed')
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': 'x'.repeat(43) },
    })
    expect(wrong.statusCode).toBe(403)
    expect((await browser.get('/api/v1/me')).status).toBe(200)
    expect((await browser.post('/api/v1/auth/logout')).status).toBe(204)
  })

  it('closes sign-up when CHORUS_SIGNUP=closed', async () => {
    const closed = await createTestApp({ config: { signup: 'closed' } })
    try {
      const reply = await new Browser(closed.app).post('/api/v1/auth/signup', {
        email: uniqueEmail(),
        password: GOOD_PASSWORD,
        name: 'N',
        accountName: 'A',
      })
      expect(reply.status).toBe(403)
      expect(reply.body.error.code).toBe('signup_closed')
    } finally {
      await closed.close()
    }
  })
})
