import { describe, expect, it, vi } from 'vitest'
import { createUser, type TestUser } from '../../test/helpers/factories.js'
import { checkPage, lastMailTo, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('user connections (seed 000)', () => {
  const e2e = useE2E()
  // Notifications go out after the answer: wait for the mail to be written.
  const mailSays = (user: TestUser, text: string) =>
    vi.waitFor(async () => expect(await lastMailTo(e2e.server, user.email)).toContain(text))

  it(
    'Access Others: applied for, accepted in the other browser, and the applicant switches in',
    async () => {
      const brand = await createUser(e2e.server.deps, 'brand')
      const designer = await createUser(e2e.server.deps, 'designer')

      const applicant = await e2e.person()
      await signInAndOpen(applicant.page, designer, 'Connections', 'User connections')
      await applicant.page.getByText('You do not access any other account yet').waitFor()
      await checkPage(applicant.page, 'connections-access-others')
      await applicant.page.getByRole('button', { name: 'Apply for access' }).click()
      const form = applicant.page.getByRole('dialog', { name: 'Access Others' })
      await form.getByLabel("The account owner's email").fill(brand.email)
      await form.getByLabel('Your role in their account').and(form.locator('input')).click()
      await applicant.page.getByRole('option', { name: 'Campaign Creator' }).click()
      await checkPage(applicant.page, 'connections-apply')
      await form.getByRole('button', { name: 'Apply for access' }).click()
      await applicant.page.getByText('Your application is on its way').waitFor()
      await mailSays(brand, 'Connection requested')

      const owner = await e2e.person()
      await signInAndOpen(owner.page, brand, 'Connections', 'User connections')
      await owner.page.getByRole('tab', { name: 'Grant Access' }).click()
      await owner.page.getByText(designer.email).waitFor()
      await owner.page.getByText('Waiting for you').waitFor()
      await checkPage(owner.page, 'connections-grant-access')
      await owner.page.getByRole('button', { name: 'Grant access' }).click()
      await owner.page.getByRole('dialog', { name: 'Grant Access' }).waitFor()
      await checkPage(owner.page, 'connections-grant-form')
      await owner.page.keyboard.press('Escape')
      await owner.page.getByRole('button', { name: 'Accept designer' }).click()
      await owner.page.getByText('designer can now access this account').waitFor()
      await owner.page.getByRole('button', { name: 'Change the role of designer' }).waitFor()
      await mailSays(designer, 'Connection accepted')

      await applicant.page.reload()
      await applicant.page.getByRole('button', { name: "Switch to brand's account" }).click()
      await applicant.page.getByRole('heading', { name: "brand's account" }).waitFor()
      await applicant.page.getByText('You reach this account through a connection.').waitFor()

      // The server agrees: the designer reaches the brand's account as a Campaign Creator.
      const me = await (await applicant.page.request.get('/api/v1/me')).json()
      expect(me.accounts).toContainEqual(
        expect.objectContaining({
          id: brand.ownAccountId,
          via: 'connection',
          role: 'campaign_creator',
        }),
      )
    },
    STORY_TIMEOUT,
  )
})
