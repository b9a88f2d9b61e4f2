import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  Browser,
  createTestApp,
  GOOD_PASSWORD,
  signUp,
  type TestApp,
} from '../../test/helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function liveSessions(userId: string) {
  return t.deps.db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute()
}

describe('one active browser session per user', () => {
  it('ends the first browser session when the user signs in from a second browser', async () => {
    const { email, user } = await signUp(t.app)
    const first = new Browser(t.app)
    const second = new Browser(t.app)
    expect(
      (await first.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })).status,
    ).toBe(200)
    expect((await first.get('/api/v1/me')).status).toBe(200)
    expect(
      (await second.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })).status,
    ).toBe(200)

    const replaced = await first.get('/api/v1/me')
    expect(replaced.status).toBe(401)
    expect(replaced.body.error.code).toBe('session_replaced')
    expect((await second.get('/api/v1/me')).status).toBe(200)
    expect(await liveSessions(user.id)).toHaveLength(1)
  })

  it('leaves exactly one live session after 100 concurrent logins of one user', async () => {
    const { email, user } = await signUp(t.app)
    const browsers = Array.from({ length: 100 }, () => new Browser(t.app))
    const replies = await Promise.all(
      browsers.map((b) => b.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })),
    )
    // Attempts in flight count against the per-email limit (they are counted before the password
    // is checked), so part of such a burst is refused with 429; every login that got in counts.
    expect(replies.every((r) => r.status === 200 || r.status === 429)).toBe(true)
    const signedIn = browsers.filter((_, i) => replies[i]?.status === 200)
    expect(signedIn.length).toBeGreaterThan(1)
    expect(await liveSessions(user.id)).toHaveLength(1)
    const answers = await Promise.all(signedIn.map((b) => b.get('/api/v1/me')))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
    expect(answers.filter((a) => a.body.error?.code === 'session_replaced')).toHaveLength(
      signedIn.length - 1,
    )
  })

  it('issues a new token at every login', async () => {
    const { email } = await signUp(t.app)
    const browser = new Browser(t.app)
    await browser.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })
    const firstToken = browser.cookies.get('chorus_session') as string
    await browser.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })
    const secondToken = browser.cookies.get('chorus_session') as string
    expect(secondToken).not.toBe(firstToken)
    // id (16 bytes) and secret (32 bytes), base64url: far above 128 random bits.
    expect(secondToken).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/)
  })

  it('lists the user’s own sessions, marks the current one, and can end one', async () => {
    const { email } = await signUp(t.app)
    const old = new Browser(t.app)
    await old.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })
    const current = new Browser(t.app)
    await current.post('/api/v1/auth/login', { email, password: GOOD_PASSWORD })
    const list = await current.get('/api/v1/me/sessions')
    expect(list.status).toBe(200)
    const live = list.body.items.filter((s: any) => s.endedAt === null)
    expect(live).toHaveLength(1)
    expect(live[0].current).toBe(true)
    expect(list.body.items.some((s: any) => s.endReason === 'replaced')).toBe(true)
    expect(list.body.items[0]).not.toHaveProperty('secret_hash')

    expect((await current.delete(`/api/v1/me/sessions/${live[0].id}`)).status).toBe(204)
    expect((await current.get('/api/v1/me')).status).toBe(401)
  })

  it('does not let a user end someone else’s session', async () => {
    const alice = await signUp(t.app)
    const bob = await signUp(t.app)
    const aliceSessionId = (alice.browser.cookies.get('chorus_session') as string).split('.')[0]
    const reply = await bob.browser.delete(`/api/v1/me/sessions/${aliceSessionId}`)
    expect(reply.status).toBe(404)
    expect((await alice.browser.get('/api/v1/me')).status).toBe(200)
  })

  it('ends every other session when the password changes, and keeps the current one', async () => {
    const { email, browser: current } = await signUp(t.app)
    const rows = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .execute()
    // A second live session can only exist if it was created before the current one replaced it,
    // so check the other way round: an older browser is replaced, the change keeps the current.
    const change = await current.post('/api/v1/me/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'a brand new passphrase',
    })
    expect(change.status).toBe(204)
    expect((await current.get('/api/v1/me')).status).toBe(200)
    expect(await liveSessions(rows[0]!.id)).toHaveLength(1)
    const oldPassword = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
    })
    expect(oldPassword.status).toBe(401)
    const newPassword = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: 'a brand new passphrase',
    })
    expect(newPassword.status).toBe(200)
  })

  it('refuses a password change or email change without the right current password', async () => {
    const { browser } = await signUp(t.app)
    const wrong = await browser.post('/api/v1/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'another fine passphrase',
    })
    expect(wrong.status).toBe(403)
    expect(wrong.body.error).toMatchObject({ code: 'invalid_password', field: 'currentPassword' })
    const email = await browser.patch('/api/v1/me', { email: 'new-address@example.test' })
    expect(email.status).toBe(403)
    const withPassword = await browser.patch('/api/v1/me', {
      email: 'New-Address@example.test',
      currentPassword: GOOD_PASSWORD,
    })
    expect(withPassword.status).toBe(200)
    expect(withPassword.body.user.email).toBe('new-address@example.test')
    const name = await browser.patch('/api/v1/me', { name: 'Renamed' })
    expect(name.body.user.name).toBe('Renamed')
  })

  it('re-hashes a password stored with weaker argon2 parameters at the next login', async () => {
    const { hash } = await import('@node-rs/argon2')
    const { email, user } = await signUp(t.app)
    const weak = await hash(GOOD_PASSWORD, {
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
      algorithm: 2,
    })
    await t.deps.db
      .updateTable('users')
      .set({ password_hash: weak })
      .where('id', '=', user.id)
      .execute()
    expect(
      (await new Browser(t.app).post('/api/v1/auth/login', { email, password: GOOD_PASSWORD }))
        .status,
    ).toBe(200)
    const row = await t.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })
})
