import { describe, expect, it } from 'vitest'
import { createUser } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'

describe('Email to SMS settings', () => {
  const e2e = useE2E()

  it('the owner turns Email to SMS on with a sender, a parts limit and their own address', async () => {
    const owner = await createUser(e2e.server.deps, 'owner')
    const accountId = owner.ownAccountId
    const person = await e2e.person()
    const { page } = person
    await page.goto('/sign-in')
    await page.getByLabel('Email').fill(owner.email)
    await page.getByLabel('Password').and(page.locator('input')).fill(owner.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: /Your menu/ }).waitFor()
    await page.getByRole('link', { name: 'Settings' }).click()
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Email to SMS', exact: true })
      .click()
    await page.getByRole('heading', { name: 'Email to SMS' }).waitFor()

    // Turning it on without a sender: the server's refusal lands on the field.
    await page.getByLabel('Turn on Email to SMS').check()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('choose the SMS sender the texts go out from').waitFor()
    // That 422 was the point; the browser logged it as a failed resource.
    const refused = /status of 422/
    person.errors.splice(0, person.errors.length, ...person.errors.filter((e) => !refused.test(e)))

    await page.getByLabel('SMS sender').fill('ACME')
    await page.getByLabel('Maximum SMS parts per email').fill('2')
    const addresses = page.getByRole('combobox', { name: 'Allowed sender addresses' })
    await addresses.click()
    await page.getByRole('option', { name: owner.email }).click()
    await checkPage(page, 'settings-email-to-sms')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('The Email to SMS settings are saved.').waitFor()

    const saved = await page.request.get(`/api/v1/accounts/${accountId}/email-to-sms`)
    expect(await saved.json()).toMatchObject({
      enabled: true,
      sender: 'ACME',
      maxParts: 2,
      allowedAddresses: [owner.email],
    })
  })
})
