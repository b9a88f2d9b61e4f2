import type { Page } from 'playwright-core'

/** Steps of the program stories (automations.test.ts, program-approval.test.ts). */

/** Picks an option of a Mantine Select (inside a dialog or a drawer: no Escape, which closes it). */
export async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).and(page.locator('input')).click()
  await page.getByRole('option', { name: option }).click()
}

/** Adds a step of a type at a place of the flow, then sets it up in its drawer. */
export async function addStep(page: Page, where: string, type: string, setUp: () => Promise<void>) {
  await page.getByRole('button', { name: `Add a step ${where}` }).click()
  await page.getByRole('menuitem', { name: type, exact: true }).click()
  const drawer = page.getByRole('dialog', { name: type })
  await drawer.waitFor()
  await setUp()
  await drawer.getByRole('button', { name: 'Done' }).click()
  await drawer.waitFor({ state: 'hidden' })
}
