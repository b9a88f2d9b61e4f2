import type { Page } from 'playwright-core'
import type { TestUser } from '../../test/helpers/factories.js'

/** Steps of the campaign stories (campaigns.test.ts, campaigns-sms.test.ts). */

/** Picks an option of a Mantine Select or MultiSelect by the control's label. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).and(page.locator('input')).click()
  await page.getByRole('option', { name: option }).click()
  await page.keyboard.press('Escape')
}

/** Signs in and opens a page of the brand's account (each user also has an account of their own). */
export async function signInTo(
  page: Page,
  user: TestUser,
  accountId: string,
  path: string,
  heading: string,
) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').and(page.locator('input')).fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: /Your menu/ }).waitFor()
  await page.goto(`/a/${accountId}/${path}`)
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
}
