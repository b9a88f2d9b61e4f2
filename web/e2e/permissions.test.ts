import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ALL_PERMISSIONS } from '../../src/access/catalog.js'
import { createSubaccount, createUser, grant, type TestUser } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'

async function signIn(page: Page, user: TestUser) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').and(page.locator('input')).fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('link', { name: 'Members' }).waitFor()
}

/** The Yes or No of one permission (or one account) in a matrix. */
function answer(page: Page, group: string, choice: 'Yes' | 'No' | 'YES' | 'NO') {
  return page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: choice })
}

describe('people and access: a member’s accounts and permissions, and who can', () => {
  const e2e = useE2E()
  // One story in steps: the Owner's browser and the people it acts on carry over between them.
  let page: Page
  let accountId = ''
  let nina: TestUser
  let owner: TestUser
  // Checked through the API with the Owner's own browser session (a second sign-in would end it).
  const ownerApi = async (path: string) =>
    (await page.request.get(`/api/v1/accounts/${accountId}${path}`)).json()
  const ninaHere = async () =>
    (await ownerApi('/members')).items.find((m: { userId: string }) => m.userId === nina.id)

  it('the Accounts tab gives a member a sub-account with YES, saved at once', async () => {
    const { deps } = e2e.server
    owner = await createUser(deps, 'owner')
    accountId = owner.ownAccountId
    const west = await createSubaccount(deps, accountId, 'West brand')
    nina = await createUser(deps, 'Nina')
    await grant(deps, accountId, nina.id, { role: 'author' })
    page = (await e2e.person()).page
    await signIn(page, owner)
    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('link', { name: 'Nina' }).click()
    await page.getByRole('heading', { name: 'Nina' }).waitFor()

    await answer(page, 'Access to West brand', 'YES').waitFor()
    await checkPage(page, 'member-accounts')
    await answer(page, 'Access to West brand', 'YES').check()
    await page.getByText('Nina can now use West brand.').waitFor()
    const tree = (await ownerApi(`/members/${nina.id}/accounts`)).items
    expect(tree.find((a: { id: string }) => a.id === west.id)).toMatchObject({
      via: 'member',
      role: 'author',
    })
  })

  it('the Permissions tab: ALLOW ALL, ALLOW NONE and the requirement rules, saved; Why? explains', async () => {
    // Permissions tab: ALLOW ALL, saved.
    await page.getByRole('tab', { name: 'Permissions' }).click()
    await page.getByRole('button', { name: 'ALLOW ALL' }).click()
    await checkPage(page, 'member-permissions')
    await page.getByRole('button', { name: 'SAVE' }).click()
    await page.getByText('Nina’s permissions are saved.').waitFor()
    expect((await ninaHere()).permissions).toEqual(ALL_PERMISSIONS)

    // ALLOW NONE, then the requirement rules while clicking.
    await page.getByRole('button', { name: 'ALLOW NONE' }).click()
    await answer(page, 'Approve campaigns', 'Yes').check()
    await page
      .getByText(
        'Approve campaigns requires View campaigns, Edit campaigns, Send campaigns (with approval), Send campaigns directly, so they are on too.',
      )
      .waitFor()
    expect(await answer(page, 'View campaigns', 'Yes').isChecked()).toBe(true)
    await answer(page, 'Send campaigns (with approval)', 'No').check()
    await page
      .getByText(
        'Send campaigns directly, Approve campaigns require Send campaigns (with approval), so they are off too.',
      )
      .waitFor()
    expect(await answer(page, 'Approve campaigns', 'No').isChecked()).toBe(true)
    await answer(page, 'View contacts', 'Yes').check()
    await page.getByRole('button', { name: 'SAVE' }).click()
    await page.getByText('Nina’s permissions are saved.').last().waitFor()
    await expect
      .poll(async () => (await ninaHere()).permissions)
      .toEqual(['contacts.view', 'campaigns.view', 'campaigns.edit'])

    // Why? names the path in words.
    await page.getByRole('button', { name: 'Why: View contacts?' }).click()
    await page.getByText('Nina may: View contacts, through').waitFor()
    await page.getByText("Member of owner's account with custom permissions").waitFor()
    await page.keyboard.press('Escape')
  })

  it('Who can…? lists who holds a permission and how', async () => {
    await page.getByRole('link', { name: 'Access' }).click()
    await page.getByRole('heading', { name: 'Who can…?' }).waitFor()
    await page.getByLabel('Permission').and(page.locator('input')).fill('Edit campaigns')
    await page.getByRole('option', { name: 'Edit campaigns' }).click()
    await page.getByRole('cell', { name: nina.email }).waitFor()
    await page.getByText("Member of owner's account with the role Owner").waitFor()
    await checkPage(page, 'who-can')
  })

  it('an invitation with custom permissions uses the same matrix', async () => {
    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('button', { name: 'Invite someone' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Email').fill('carla@example.test')
    await dialog.getByRole('radio', { name: 'Custom permissions' }).check()
    await answer(page, 'Send campaigns directly', 'Yes').check()
    await checkPage(page, 'invite-custom')
    await dialog.getByRole('button', { name: 'Send the invitation' }).click()
    await page.getByText('An invitation is on its way to carla@example.test.').waitFor()
    const invitations = (await ownerApi('/invitations')).items
    expect(invitations).toEqual([
      expect.objectContaining({
        email: 'carla@example.test',
        role: null,
        permissions: [
          'campaigns.view',
          'campaigns.edit',
          'campaigns.send',
          'campaigns.send_direct',
        ],
      }),
    ])
    await checkPage(page, 'people-members')
  })

  it('an Admin may change Nina but not give what they do not hold: refused on that permission', async () => {
    const { deps } = e2e.server
    // An Admin holds everything but bulk delete and export of contacts (SPEC §2).
    const mark = await createUser(deps, 'Mark')
    await grant(deps, accountId, mark.id, { role: 'admin' })
    const admin = await e2e.person({ width: 375 })
    await signIn(admin.page, mark)
    await admin.page.goto(`/a/${accountId}/members/${nina.id}`)
    await admin.page.getByRole('tab', { name: 'Permissions' }).click()
    await admin.page.getByRole('button', { name: 'ALLOW ALL' }).click()
    await admin.page.getByRole('button', { name: 'SAVE' }).click()
    const refused = 'You cannot grant contacts.bulk_delete, which you do not hold'
    await admin.page.getByRole('alert').getByText(refused).waitFor()
    const onControl = admin.page
      .getByRole('radiogroup', { name: 'Bulk delete contacts' })
      .locator('xpath=ancestor::*[contains(@class, "RadioGroup")][1]')
    await onControl.getByText(refused).waitFor()
    expect((await ninaHere()).permissions).toEqual([
      'contacts.view',
      'campaigns.view',
      'campaigns.edit',
    ])
  })
})
