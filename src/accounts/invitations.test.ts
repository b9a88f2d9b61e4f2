import { describe, expect, it } from 'vitest'
import { Browser, GOOD_PASSWORD, uniqueEmail, useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { LIMITS } from '../identity/rate-limit.js'

// Sign-up is closed: an invitation is the only way in.
const t = useTestApp({ config: { signup: 'closed' } })

async function invitation(email: string) {
  const owner = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, owner)
  const reply = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/invitations`, {
    email,
    role: 'author',
  })
  expect(reply.status).toBe(201)
  return { accountId: owner.ownAccountId, token: reply.body.token as string }
}

describe('an invitee without a user', () => {
  it('joins with a name and password, with the invited account only, even with sign-up closed', async () => {
    const email = uniqueEmail('invitee')
    const { accountId, token } = await invitation(email)
    const refused = await new Browser(t.app).post('/api/v1/auth/signup', {
      email,
      password: GOOD_PASSWORD,
      name: 'Invitee',
      accountName: 'Mine',
    })
    expect(refused.body.error.code).toBe('signup_closed')

    const invitee = new Browser(t.app)
    const weak = await invitee.post(`/api/v1/invitations/${token}/signup`, {
      name: 'Invitee',
      password: 'password',
    })
    expect(weak.status).toBe(422)
    const joined = await invitee.post(`/api/v1/invitations/${token}/signup`, {
      name: 'Invitee',
      password: GOOD_PASSWORD,
    })
    expect(joined.status).toBe(201)
    expect(joined.body.user).toMatchObject({ email, name: 'Invitee', emailConfirmed: true })
    expect(joined.body.membership).toMatchObject({ accountId, role: 'author' })

    // Signed in, with the invited account and nothing else: no account of their own, no credits.
    const me = await invitee.get('/api/v1/me')
    expect(me.body.accounts.map((a: any) => [a.id, a.role, a.via])).toEqual([
      [accountId, 'author', 'member'],
    ])
    const login = await new Browser(t.app).post('/api/v1/auth/login', {
      email,
      password: GOOD_PASSWORD,
    })
    expect(login.status).toBe(200)
    const again = await new Browser(t.app).post(`/api/v1/invitations/${token}/signup`, {
      name: 'Someone',
      password: 'another fine passphrase',
    })
    expect(again.body.error.code).toBe('invalid_token')
  })

  it('checks the address limit and the token before the password is even looked at', async () => {
    const stranger = new Browser(t.app)
    const guess = await stranger.post('/api/v1/invitations/not-a-real-token/signup', {
      name: 'Guesser',
      password: 'password',
    })
    expect(guess.status).toBe(400)
    expect(guess.body.error.code).toBe('invalid_token')

    const existing = await createUser(t.deps, 'taken')
    const { token } = await invitation(existing.email)
    const taken = await stranger.post(`/api/v1/invitations/${token}/signup`, {
      name: 'Impostor',
      password: 'password',
    })
    expect(taken.status).toBe(409)
    expect(taken.body.error.reason).toBe('user_exists')

    const { max } = LIMITS.invitationSignupPerIp
    for (let i = 2; i < max; i++) {
      const reply = await stranger.post(`/api/v1/invitations/guess-${i}/signup`, {
        name: 'Guesser',
        password: GOOD_PASSWORD,
      })
      expect(reply.status).toBe(400)
    }
    const over = await stranger.post(`/api/v1/invitations/${token}/signup`, {
      name: 'Guesser',
      password: GOOD_PASSWORD,
    })
    expect(over.status).toBe(429)
    expect(over.body.error.code).toBe('rate_limited')
    // Another address is not held back.
    const elsewhere = await new Browser(t.app).post(`/api/v1/invitations/${token}/signup`, {
      name: 'Impostor',
      password: GOOD_PASSWORD,
    })
    expect(elsewhere.status).toBe(409)
  })

  it('sends an invitee who has a user to sign in and accept', async () => {
    const existing = await createUser(t.deps, 'existing')
    const { accountId, token } = await invitation(existing.email)
    const refused = await new Browser(t.app).post(`/api/v1/invitations/${token}/signup`, {
      name: 'Impostor',
      password: 'a fresh passphrase',
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error.reason).toBe('user_exists')
    const browser = await logIn(t.app, existing)
    const accepted = await browser.post(`/api/v1/invitations/${token}/accept`)
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ accountId, userId: existing.id })
  })
})
