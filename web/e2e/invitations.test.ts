import { describe, expect, it } from 'vitest'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { checkPage, lastMailTo, useE2E } from './harness.js'

describe('a new person joins from the invitation email, with sign-up closed', () => {
  const e2e = useE2E({ config: { signup: 'closed' } })

  it('the owner invites from the Members page; the link lets them set a name and password and join', async () => {
    const owner = await createUser(e2e.server.deps, 'owner')
    const { page } = await e2e.person()
    await page.goto('/sign-in')
    await page.getByLabel('Email').fill(owner.email)
    await page.getByLabel('Password').and(page.locator('input')).fill(owner.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('heading', { name: 'Members' }).waitFor()
    await page.getByRole('cell', { name: owner.email }).waitFor()
    await checkPage(page, 'members')

    const newcomer = `newcomer-${Date.now()}@example.test`
    await page.getByRole('button', { name: 'Invite someone' }).click()
    await page.getByRole('dialog').getByLabel('Email').fill(newcomer)
    await page.getByRole('dialog').getByRole('combobox', { name: 'Role' }).click()
    await page.getByRole('option', { name: 'Manager', exact: true }).click()
    await checkPage(page, 'members-invite')
    await page.getByRole('button', { name: 'Send the invitation' }).click()
    await page.getByText(`An invitation is on its way to ${newcomer}`).waitFor()
    await page.getByText(`${newcomer} · Manager`).waitFor()

    // The newcomer opens the link from the email in a browser of their own.
    const link = (await lastMailTo(e2e.server, newcomer)).match(
      /https?:\/\/\S+\/invitations#token=\S+/,
    )
    expect(link).not.toBeNull()
    const invited = await e2e.person({ width: 375 })
    // The link names the server's public address; the fragment carries the token.
    await invited.page.goto(`/invitations${new URL(link?.[0] ?? '').hash}`)
    await invited.page.getByRole('heading', { name: 'Join an account' }).waitFor()
    await checkPage(invited.page, 'invitation')
    await invited.page.getByLabel('Your name').fill('Nina Newcomer')
    await invited.page
      .getByLabel('Choose a password')
      .and(invited.page.locator('input'))
      .fill('a long new passphrase')
    await invited.page.getByRole('button', { name: 'Join' }).click()
    await invited.page.getByRole('heading', { name: "owner's account" }).waitFor()

    // Checked through the API: a Manager of the owner's account, and no account of their own.
    const api = await logIn(e2e.server.app, { email: newcomer, password: 'a long new passphrase' })
    const me = (await api.get('/api/v1/me')).body
    expect(me.accounts).toEqual([
      expect.objectContaining({ id: owner.ownAccountId, role: 'manager', via: 'member' }),
    ])
  })
})
