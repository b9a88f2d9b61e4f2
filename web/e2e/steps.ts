import type { Page } from 'playwright-core'
import type { TestUser } from '../../test/helpers/factories.js'

/**
 * A story of two people checks a dozen pages at two widths (axe-core and screenshots each); on a
 * loaded machine that takes longer than the default two minutes.
 */
export const STORY_TIMEOUT = 240_000

/** Signs in through the sign-in page and opens one of the account's pages from the navigation. */
export async function signInAndOpen(page: Page, user: TestUser, link: string, heading: string) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').and(page.locator('input')).fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await openPage(page, link, heading)
}

export async function openPage(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click()
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
}
