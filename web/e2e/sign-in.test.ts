import { describe, expect, it } from 'vitest'
import { signUp } from '../../test/helpers/app.js'
import { checkPage, type Person, useE2E } from './harness.js'

describe('signing in and out', () => {
  const e2e = useE2E()

  async function signIn({ page }: Person, email: string, password: string) {
    await page.getByLabel('Email').fill(email)
    // The label also names the show-password toggle; the field is the input.
    await page.getByLabel('Password').and(page.locator('input')).fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }

  it('signs in from the sign-in page, lands in the account and signs out again', async () => {
    const owner = await signUp(e2e.server.app, { accountName: 'Brand A' })
    const alice = await e2e.person()
    await alice.page.goto('/')
    await expect.poll(() => alice.page.url()).toContain('/sign-in')
    await checkPage(alice.page, 'sign-in')

    await signIn(alice, owner.email, 'not the password')
    await alice.page.getByRole('alert').waitFor()
    expect(await alice.page.getByRole('alert').textContent()).toMatch(
      /email address or password is not right/i,
    )

    await signIn(alice, owner.email, owner.password)
    await alice.page.getByRole('heading', { name: 'Brand A' }).waitFor()
    expect(alice.page.url()).toContain(`/a/${owner.account.id}`)
    await checkPage(alice.page, 'account-home')

    await alice.page.getByRole('button', { name: /Your menu/ }).click()
    await alice.page.getByRole('menuitem', { name: 'Sign out' }).click()
    await alice.page.getByRole('heading', { name: 'Sign in' }).waitFor()
    // Signed out for the server too: the old session no longer answers.
    const me = await alice.page.request.get('/api/v1/me')
    expect(me.status()).toBe(401)
  })

  it('tells the first browser why it was signed out when the same user signs in elsewhere', async () => {
    const owner = await signUp(e2e.server.app, { accountName: 'Brand B' })
    const laptop = await e2e.person()
    await laptop.page.goto('/sign-in')
    await signIn(laptop, owner.email, owner.password)
    await laptop.page.getByRole('heading', { name: 'Brand B' }).waitFor()

    const phone = await e2e.person({ width: 375 })
    await phone.page.goto('/sign-in')
    await signIn(phone, owner.email, owner.password)
    await phone.page.getByRole('heading', { name: 'Brand B' }).waitFor()

    await laptop.page.reload()
    await laptop.page
      .getByText('You were signed out because your account signed in on another browser')
      .waitFor()
    await checkPage(laptop.page, 'sign-in-replaced')
  })

  it('shows the sign-up and forgotten-password pages', async () => {
    const visitor = await e2e.person()
    await visitor.page.goto('/sign-in')
    await visitor.page.getByRole('link', { name: 'Sign up' }).click()
    await visitor.page.getByRole('heading', { name: 'Create your Chorus account' }).waitFor()
    await checkPage(visitor.page, 'sign-up')
    await visitor.page.goto('/forgot-password')
    await visitor.page.getByRole('heading', { name: 'Reset your password' }).waitFor()
    await checkPage(visitor.page, 'forgot-password')
  })
})
