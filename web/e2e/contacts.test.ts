import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../test/helpers/csv.js'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'
import { openPage, STORY_TIMEOUT, signInAndOpen } from './steps.js'

const ROWS = 10_000

/**
 * A marketer's file: every 1,000th row has a broken address and every 1,000th + 500 a points
 * value that is not a number (20 bad rows); a quarter of the contacts are on the Gold plan.
 */
function marketersFile(): { csv: string; bad: number[]; goldGood: number } {
  const lines = ['Email,First name,Last name,Plan,Loyalty points,Comment']
  const bad: number[] = []
  let goldGood = 0
  for (let i = 1; i <= ROWS; i++) {
    const brokenEmail = i % 1000 === 0
    const brokenPoints = i % 1000 === 500
    if (brokenEmail || brokenPoints) bad.push(i)
    const gold = i % 4 === 0
    if (gold && !brokenEmail && !brokenPoints) goldGood += 1
    lines.push(
      [
        brokenEmail ? `broken-${i}` : `person${i}@example.test`,
        `First${i}`,
        `Last${i}`,
        gold ? 'Gold' : 'Basic',
        brokenPoints ? 'lots' : String(i % 50),
        `note ${i}`,
      ].join(','),
    )
  }
  return { csv: `${lines.join('\n')}\n`, bad, goldGood }
}

/** A Mantine select's input, by its label. */
function selectInput(page: import('playwright-core').Page, label: string) {
  return page.getByLabel(label, { exact: true }).and(page.locator('input'))
}

/** Picks an option of a Mantine select named `label` (its input) inside the page. */
async function choose(page: import('playwright-core').Page, label: string, option: string) {
  await selectInput(page, label).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe('contacts and import (seed 004: Contacts, Import)', () => {
  const e2e = useE2E()

  it(
    'imports 10,000 rows through the mapping screen, then tags every Gold contact of a group',
    async () => {
      const owner = await createUser(e2e.server.deps, 'marketer')
      const api = await logIn(e2e.server.app, owner)
      const base = `/api/v1/accounts/${owner.ownAccountId}`
      const group = await api.post(`${base}/groups`, { name: 'Newsletter' })
      expect(group.status).toBe(201)
      expect((await api.post(`${base}/fields`, { key: 'plan', type: 'text' })).status).toBe(201)
      const file = marketersFile()

      const { page } = await e2e.person()
      await signInAndOpen(page, owner, 'Contacts', 'Contacts')
      await page.getByText('0 contacts match').waitFor()
      await page.getByRole('link', { name: 'Import contacts' }).click()
      await page.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor()
      await checkPage(page, 'contacts-import-drop')
      await page.locator('input[type=file]').setInputFiles({
        name: 'customers.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(file.csv),
      })

      // The server's automatic mapping: Email, names, the existing "plan" field, two new fields.
      await page.getByRole('region', { name: 'Columns of the file' }).waitFor()
      const mapped = (column: string) => selectInput(page, `Imports as, column ${column}`)
      await expect.poll(() => mapped('Email').inputValue()).toBe('Email')
      expect(await mapped('First name').inputValue()).toBe('First name')
      expect(await mapped('Plan').inputValue()).toBe('Custom field: plan')
      expect(await mapped('Loyalty points').inputValue()).toBe('New custom field')
      await page
        .getByRole('textbox', { name: 'New field name, column Loyalty points' })
        .fill('points')
      await choose(page, 'New field type, column Loyalty points', 'Number')
      await choose(page, 'Imports as, column Comment', 'Skip this column')
      await choose(page, 'Add the contacts to a group', 'Newsletter')
      await checkPage(page, 'contacts-import-mapping')

      // Every value the bar takes is recorded in the page, so a change is seen however fast.
      // (Page code as text: the test files are compiled without the DOM's types.)
      await page.evaluate(`
        window.progressSeen = []
        const note = () => {
          const bar = document.querySelector('[role=progressbar][aria-label="Import progress"]')
          const value = bar && bar.getAttribute('aria-valuenow')
          if (value && window.progressSeen.at(-1) !== value) window.progressSeen.push(value)
        }
        new MutationObserver(note).observe(document.body, {
          subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'],
        })
      `)
      await page.getByRole('button', { name: 'Start the import' }).click()
      await page.getByText('Import finished').waitFor({ timeout: 120_000 })
      const seen = (await page.evaluate('window.progressSeen')) as string[]
      expect(seen.at(-1)).toBe('100')
      expect(
        seen.some((value) => Number(value) < 100),
        seen.join(' → '),
      ).toBe(true)
      await page
        .getByRole('region', { name: 'Rows not imported' })
        .getByText('1000', { exact: true })
        .first()
        .waitFor()
      await checkPage(page, 'contacts-import-done')

      // The import id is in the address: a reload shows the same finished import.
      expect(page.url()).toContain('importId=')
      await page.reload()
      await page.getByText('Import finished').waitFor()
      await page
        .getByText(`${(ROWS - file.bad.length).toLocaleString()}`)
        .first()
        .waitFor()

      const download = page.waitForEvent('download')
      await page.getByRole('link', { name: 'Download the rejected rows' }).click()
      const rejected = parseCsv(fs.readFileSync((await (await download).path()) as string, 'utf8'))
      expect(rejected[0]).toEqual([
        'Email',
        'First name',
        'Last name',
        'Plan',
        'Loyalty points',
        'Comment',
        'Import error',
        'Import row',
      ])
      expect(rejected.slice(1).map((row) => Number(row[7]))).toEqual(file.bad)

      // The server agrees: the good rows, the new number field, the group. (Signing in on the page
      // ended the setup session: one session per person, so the page's own is asked.)
      const ask = async (url: string) => (await page.request.get(url)).json()
      const fields = (await ask(`${base}/fields`)).items
      expect(fields).toContainEqual({ key: 'points', label: 'points', type: 'number' })
      expect(fields.map((f: { key: string }) => f.key)).not.toContain('Comment')
      const inGroup = await ask(`${base}/contacts/count?groupId=${group.body.id}`)
      expect(inGroup.count).toBe(ROWS - file.bad.length)

      // The table, filtered by group and custom field; a bulk tag on everything that matches.
      await openPage(page, 'Contacts', 'Contacts')
      await choose(page, 'Group', 'Newsletter')
      await choose(page, 'Custom field', 'plan')
      await page.getByRole('textbox', { name: 'Field value' }).fill('Gold')
      const matching = `${file.goldGood.toLocaleString()} contacts match`
      await page.getByText(matching).waitFor()
      await checkPage(page, 'contacts')
      await page
        .getByRole('button', { name: `Select all ${file.goldGood.toLocaleString()} matching` })
        .click()
      await choose(page, 'Bulk action', 'Add tag')
      await page.getByRole('textbox', { name: 'Tag to add', exact: true }).fill('gold-members')
      await checkPage(page, 'contacts-bulk')
      await page
        .getByRole('button', { name: `Apply to ${file.goldGood.toLocaleString()} contacts` })
        .click()
      await page.getByText(`${file.goldGood.toLocaleString()} contacts changed`).waitFor()
      const tagged = await ask(`${base}/contacts/count?tag=gold-members`)
      expect(tagged.count).toBe(file.goldGood)
      const notGold = await ask(
        `${base}/contacts/count?tag=gold-members&field=plan&fieldValue=Basic`,
      )
      expect(notGold.count).toBe(0)

      // A contact's page: its fields, groups and tags, its subscription.
      await page.getByRole('link', { name: 'person4@example.test' }).click()
      await page.getByRole('heading', { name: 'First4 Last4', level: 1 }).waitFor()
      await page.getByRole('heading', { name: 'Subscription' }).waitFor()
      expect(await page.getByLabel('points').inputValue()).toBe('4')
      await page.getByText('gold-members').first().waitFor()
      await checkPage(page, 'contact')
    },
    STORY_TIMEOUT,
  )
})
