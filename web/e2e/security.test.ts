import { Secret, TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { signUp } from '../../test/helpers/app.js'
import { checkPage, type Person, useE2E } from './harness.js'

describe('my security: two-factor authentication', () => {
  const e2e = useE2E()

  async function signIn({ page }: Person, email: string, password: string) {
    await page.getByLabel('Email').fill(email)
    // The label also names the show-password toggle; the field is the input.
    await page.getByLabel('Password').and(page.locator('input')).fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }

  it('is set up in the browser with the QR code’s key, then asked for and used to sign in', async () => {
    const owner = await signUp(e2e.server.app, { accountName: 'Secure Brand' })
    const person = await e2e.person()
    const { page } = person
    await page.goto('/sign-in')
    await signIn(person, owner.email, owner.password)
    await page.getByRole('heading', { name: 'Secure Brand' }).waitFor()

    await page.getByRole('button', { name: /Your menu/ }).click()
    await page.getByRole('menuitem', { name: 'My security' }).click()
    await page.getByRole('heading', { name: 'My security' }).waitFor()
    await page.getByRole('cell', { name: 'This browser' }).waitFor()
    await checkPage(page, 'security')

    await page.getByLabel('Current password').and(page.locator('input')).fill(owner.password)
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor()
    await checkPage(page, 'security-setup')

    // The authenticator app: the key shown beside the QR code gives the codes.
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? ''
    const app = new TOTP({ secret: Secret.fromBase32(secret) })
    await page.getByLabel('Authentication code').fill(app.generate())
    await page.getByRole('button', { name: 'Turn on' }).click()
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')
    await codes.first().waitFor()
    expect(await codes.count()).toBe(10)
    await page.getByRole('button', { name: 'Copy the recovery codes' }).waitFor()
    await checkPage(page, 'security-recovery-codes')
    await page.getByRole('button', { name: 'I have saved them' }).click()
    await page.getByRole('button', { name: 'Turn off two-factor authentication' }).waitFor()

    await page.getByRole('button', { name: /Your menu/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()

    // The password alone is no longer enough: the page asks for a code.
    await signIn(person, owner.email, owner.password)
    await page.getByLabel('Authentication code').waitFor()
    // A code is accepted once per time step: the next step's code (within the allowed drift).
    await page
      .getByLabel('Authentication code')
      .fill(app.generate({ timestamp: Date.now() + 30_000 }))
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.getByRole('heading', { name: 'Secure Brand' }).waitFor()

    const me = await page.request.get('/api/v1/me')
    expect(me.status()).toBe(200)
    expect((await me.json()).user).toMatchObject({ email: owner.email, twoFactorEnabled: true })
  })
})
