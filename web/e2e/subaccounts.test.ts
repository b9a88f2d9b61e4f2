import { describe, expect, it } from 'vitest'
import { createUser } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'
import { openPage, STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('sub-accounts and new accounts (seeds 003, 004)', () => {
  const e2e = useE2E()

  it(
    'creates a sub-account from the switcher, funds, renames and deletes it, and creates an account',
    async () => {
      const owner = await createUser(e2e.server.deps, 'agency')
      const page = (await e2e.person()).page
      await signInAndOpen(page, owner, 'Sub-accounts', 'Sub-accounts')
      await page.getByText('This account has no sub-accounts yet.').waitFor()

      await page.getByRole('button', { name: "agency's account" }).click()
      // The switcher's popover, named by the button that opens it.
      const switcher = page.getByRole('dialog', { name: "agency's account" })
      await switcher.getByRole('button', { name: 'Create sub-account' }).click()
      await page.getByRole('dialog').getByLabel('Account name').fill('Brand A')
      await checkPage(page, 'create-subaccount')
      await page.getByRole('button', { name: 'Create', exact: true }).click()
      await page.getByRole('heading', { name: 'Brand A', level: 1 }).waitFor()

      await page.goto(`/a/${owner.ownAccountId}/subaccounts`)
      await page.getByRole('cell', { name: 'Brand A', exact: true }).waitFor()
      await checkPage(page, 'subaccounts')
      await page.getByRole('button', { name: 'Actions for Brand A' }).click()
      await page.getByRole('menuitem', { name: 'Allocate credits' }).click()
      await page.getByRole('dialog').getByLabel('Amount').fill('250')
      await page.getByText('Available in the account above: 1000 email').waitFor()
      await checkPage(page, 'subaccounts-credits')
      await page.getByRole('button', { name: 'Allocate', exact: true }).click()
      await page.getByText('250 email credits allocated.').waitFor()

      await page.getByRole('button', { name: 'Actions for Brand A' }).click()
      await page.getByRole('menuitem', { name: 'Rename' }).click()
      await page.getByRole('dialog').getByLabel('Account name').fill('Brand A Marketing')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByRole('cell', { name: 'Brand A Marketing', exact: true }).waitFor()

      await page.getByRole('button', { name: 'Actions for Brand A Marketing' }).click()
      await page.getByRole('menuitem', { name: 'Delete' }).click()
      const remove = page.getByRole('button', { name: 'Delete the account' })
      expect(await remove.isDisabled()).toBe(true)
      await page.getByLabel('Type Brand A Marketing to confirm').fill('Brand A Marketing')
      await checkPage(page, 'subaccounts-delete')
      await remove.click()
      await page.getByText('This account has no sub-accounts yet.').waitFor()

      await page.getByRole('button', { name: "agency's account" }).click()
      await switcher.getByRole('button', { name: 'Create account' }).click()
      await page.getByRole('dialog').getByLabel('Account name').fill('Second company')
      await page.getByRole('button', { name: 'Create', exact: true }).click()
      await page.getByRole('heading', { name: 'Second company', level: 1 }).waitFor()
      await openPage(page, 'Members', 'Members')

      // The server agrees: a second top-level account, the sub-account gone, its credits moved.
      const me = await (await page.request.get('/api/v1/me')).json()
      expect(me.accounts.map((a: { name: string; level: number }) => [a.name, a.level])).toEqual(
        expect.arrayContaining([
          ["agency's account", 1],
          ['Second company', 1],
        ]),
      )
      expect(me.accounts).toHaveLength(2)
      const credits = await page.request.get(`/api/v1/accounts/${owner.ownAccountId}/credits`)
      expect((await credits.json()).email).toBe(750)
    },
    STORY_TIMEOUT,
  )
})
