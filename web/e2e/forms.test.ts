import { describe, expect, it } from 'vitest'
import { createUser } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

/**
 * The server's clock runs with the real one, plus what the test adds: a person takes seconds to
 * fill in a form, a browser driven by a test a few milliseconds (refused as too fast).
 */
let ahead = 0
const clock = { now: () => new Date(Date.now() + ahead) }

describe('sign-up forms', () => {
  const e2e = useE2E({ clock })

  it(
    'the owner builds and publishes a form; a visitor signs up on its page; the contact is in the account',
    async () => {
      const owner = await createUser(e2e.server.deps, 'owner')
      const accountId = owner.ownAccountId
      const { page } = await e2e.person()
      await signInAndOpen(page, owner, 'Forms', 'Forms')
      await page.getByText('No form yet.').waitFor()
      await checkPage(page, 'forms-empty')

      await page.getByRole('button', { name: 'Create a sign-up form' }).click()
      await page.getByRole('dialog').getByLabel('Name').fill('Join our newsletter')
      await page.getByRole('button', { name: 'Create form' }).click()
      await page.getByRole('heading', { name: 'Join our newsletter', level: 1 }).waitFor()
      const formId = /\/forms\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string
      expect(formId).toBeTruthy()

      await page.getByRole('button', { name: 'Add a field' }).click()
      await page.getByLabel('Help text 2').fill('So we can greet you')
      await page.getByLabel('Consent text').fill('I agree to receive the monthly newsletter.')
      await page.getByRole('combobox', { name: 'Tag sign-ups with' }).fill('website')
      await page.getByRole('combobox', { name: 'Tag sign-ups with' }).press('Enter')
      await page.getByLabel('Published').check()
      await checkPage(page, 'forms-editor')
      await page.getByRole('button', { name: 'Save form' }).click()
      await page.getByText('The form is saved.').waitFor()
      await page.getByText('Published', { exact: true }).first().waitFor()
      await page.getByTestId('embed-code').getByText(`/f/${formId}`).first().waitFor()
      await page.getByRole('button', { name: 'Copy the embed code' }).waitFor()

      // A visitor, in a browser of their own, on a phone.
      const visitor = await e2e.person({ width: 375 })
      await visitor.page.goto(`/f/${formId}`)
      await visitor.page.getByRole('heading', { name: 'Join our newsletter' }).waitFor()
      await visitor.page.getByText('I agree to receive the monthly newsletter.').waitFor()
      // The proof of work is solved in the background once the page has loaded.
      const solved = visitor.page.locator('input[name="altcha"]')
      await expect
        .poll(async () => (await solved.count()) > 0 && (await solved.inputValue()) !== '', {
          timeout: 60_000,
        })
        .toBe(true)
      await checkPage(visitor.page, 'forms-hosted-page')
      await visitor.page.getByLabel('Email').fill('visitor@example.test')
      await visitor.page.getByLabel('First name').fill('Vera')
      ahead += 10_000
      await visitor.page.getByRole('button', { name: 'Subscribe' }).click()
      await visitor.page.getByText('Thank you for signing up.').waitFor()
      await checkPage(visitor.page, 'forms-thank-you')

      // What the visitor did is in the account: a contact, subscribed (single opt-in), tagged.
      const contacts = await page.request.get(
        `/api/v1/accounts/${accountId}/contacts?q=visitor%40example.test`,
      )
      const [contact] = (await contacts.json()).items
      expect(contact).toMatchObject({
        email: 'visitor@example.test',
        firstName: 'Vera',
        emailStatus: 'subscribed',
        tags: ['website'],
      })

      // A post from a page without JavaScript waits for a review.
      const plain = await page.request.post(`/f/${formId}`, {
        form: { email: 'nojs@example.test', website: '' },
      })
      expect(plain.status()).toBe(200)
      await page.reload()
      await page.getByText('1 sign-ups', { exact: false }).waitFor()
      const held = page.getByRole('region', { name: 'Held for review' })
      await held.getByText('nojs@example.test').waitFor()
      await checkPage(page, 'forms-held')
      await held.getByRole('button', { name: 'Approve nojs@example.test' }).click()
      await page.getByText('Nothing is waiting.').waitFor()

      await page.getByRole('link', { name: '← Forms' }).click()
      await page.getByRole('link', { name: 'Join our newsletter' }).waitFor()
      await checkPage(page, 'forms-list')
    },
    STORY_TIMEOUT,
  )
})
