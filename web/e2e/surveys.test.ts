import fs from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createUser, memberOf } from '../../test/helpers/factories.js'
import { signInTo } from './campaign-steps.js'
import { checkPage, type E2E, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

/**
 * The server's clock runs with the real one, plus what the test adds: a person takes seconds to
 * answer a survey, a browser driven by a test a few milliseconds (held as too fast).
 */
let ahead = 0
const clock = { now: () => new Date(Date.now() + ahead) }

const question = (page: Page, n: number) => page.getByRole('group', { name: `Question ${n}` })

/** Picks an option of a Mantine Select by its label, inside one question. */
async function choose(group: Locator, label: string, option: string) {
  await group.getByLabel(label, { exact: true }).and(group.locator('input')).click()
  await group.page().getByRole('option', { name: option, exact: true }).click()
}

async function writeOptions(group: Locator, options: string[]) {
  for (const [i, option] of options.entries()) {
    if ((await group.getByRole('textbox', { name: `Option ${i + 1}` }).count()) === 0) {
      await group.getByRole('button', { name: 'Add an option' }).click()
    }
    await group.getByRole('textbox', { name: `Option ${i + 1}` }).fill(option)
  }
}

/** A respondent in a browser of their own, no session, on a phone: the hosted page. */
async function respond(e2e: E2E, formId: string, answer: (page: Page) => Promise<void>) {
  const { page } = await e2e.person({ width: 375 })
  await page.goto(`/f/${formId}`)
  await page.getByRole('heading', { name: 'Customer survey' }).waitFor()
  // The proof of work is solved in the background once the page has loaded.
  const solved = page.locator('input[name="altcha"]')
  await expect
    .poll(async () => (await solved.count()) > 0 && (await solved.inputValue()) !== '', {
      timeout: 60_000,
    })
    .toBe(true)
  await answer(page)
  ahead += 10_000
  await page.getByRole('button', { name: 'Send' }).click()
  await page.getByText('Thank you for your answers.').waitFor()
  return page
}

describe('surveys', () => {
  const e2e = useE2E({ clock })

  it(
    'the owner writes a survey of each kind of question and publishes it; two people answer it on its page; the owner reads the results',
    async () => {
      const owner = await createUser(e2e.server.deps, 'owner')
      const ownerBrowser = await e2e.person()
      const { page } = ownerBrowser
      await signInAndOpen(page, owner, 'Forms', 'Forms')

      await page.getByRole('button', { name: 'Create a survey' }).click()
      await page
        .getByRole('dialog', { name: 'Create a survey' })
        .getByLabel('Name')
        .fill('Customer survey')
      await page.getByRole('button', { name: 'Create survey' }).click()
      await page.getByRole('heading', { name: 'Customer survey', level: 1 }).waitFor()
      const formId = /\/forms\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string
      const results = page.getByRole('region', { name: 'Results' })
      await results.getByText('No responses yet.').waitFor()

      // The first question is there to edit: a single choice.
      const plan = question(page, 1)
      await plan
        .getByRole('textbox', { name: 'Question', exact: true })
        .fill('Which plan are you on?')
      await writeOptions(plan, ['Basic', 'Pro'])
      await plan.getByLabel('Required').check()

      await page.getByRole('button', { name: 'Add a question' }).click()
      const topics = question(page, 2)
      await choose(topics, 'Type', 'Multiple choice')
      await topics
        .getByRole('textbox', { name: 'Question', exact: true })
        .fill('What should we write about?')
      // The same option twice: the server refuses it, on that question's options.
      await writeOptions(topics, ['News', 'Events', 'News'])

      await page.getByRole('button', { name: 'Add a question' }).click()
      const nps = question(page, 3)
      await choose(nps, 'Type', 'Scale')
      await nps
        .getByRole('textbox', { name: 'Question', exact: true })
        .fill('How likely are you to recommend us?')
      await choose(nps, 'From', '0')
      await choose(nps, 'To', '10')
      await nps.getByLabel('Label of the lowest').fill('Not at all')
      await nps.getByLabel('Label of the highest').fill('Very likely')

      // A text question, added last and moved up: then back down.
      await page.getByRole('button', { name: 'Add a question' }).click()
      await choose(question(page, 4), 'Type', 'Text')
      await question(page, 4)
        .getByRole('textbox', { name: 'Question', exact: true })
        .fill('Anything else?')
      await question(page, 4).getByRole('button', { name: 'Move up' }).click()
      await expect
        .poll(() =>
          question(page, 3).getByRole('textbox', { name: 'Question', exact: true }).inputValue(),
        )
        .toBe('Anything else?')
      await question(page, 3).getByRole('button', { name: 'Move down' }).click()
      await expect
        .poll(() =>
          question(page, 4).getByRole('textbox', { name: 'Question', exact: true }).inputValue(),
        )
        .toBe('Anything else?')

      await page.getByLabel('Published').check()
      await page.getByRole('button', { name: 'Save form' }).click()
      await topics.getByText('Each option once').waitFor()
      await checkPage(page, 'surveys-editor-refused')
      // That 422 was the point; the browser logged it as a failed resource.
      const refused = /status of 422/
      ownerBrowser.errors.splice(
        0,
        ownerBrowser.errors.length,
        ...ownerBrowser.errors.filter((e) => !refused.test(e)),
      )
      await topics.getByRole('textbox', { name: 'Option 3' }).fill('Offers')
      await page.getByRole('button', { name: 'Save form' }).click()
      await page.getByText('The form is saved.').waitFor()
      await page.getByText('Published', { exact: true }).first().waitFor()
      await checkPage(page, 'surveys-editor')

      const saved = await (
        await page.request.get(`/api/v1/accounts/${owner.ownAccountId}/forms/${formId}`)
      ).json()
      // The first question kept the id it was made with; the new ones got theirs from their label.
      expect(saved.questions.map((q: { id: string }) => q.id)).toEqual([
        'q1',
        'what_should_we_write_about',
        'how_likely_are_you_to_recommend_us',
        'anything_else',
      ])

      const first = await respond(e2e, formId, async (visitor) => {
        await visitor.getByLabel('Email').fill('ann@example.test')
        await visitor.getByRole('radio', { name: 'Pro', exact: true }).check()
        await visitor.getByRole('checkbox', { name: 'News' }).check()
        await visitor.getByRole('checkbox', { name: 'Offers' }).check()
        await visitor.getByRole('radio', { name: '9', exact: true }).check()
        await visitor.getByLabel('Anything else?').fill('<b>More</b> events, please')
        await checkPage(visitor, 'surveys-hosted-page')
      })
      await checkPage(first, 'surveys-thank-you')
      await respond(e2e, formId, async (visitor) => {
        await visitor.getByLabel('Email').fill('bob@example.test')
        await visitor.getByRole('radio', { name: 'Pro', exact: true }).check()
        await visitor.getByRole('checkbox', { name: 'Offers' }).check()
        await visitor.getByRole('radio', { name: '10 (Very likely)', exact: true }).check()
      })

      // The owner reads the results: counts in tables beside the charts, the average, the text.
      await page.reload()
      await results.getByText('2 responses').waitFor()
      const planCard = results.getByRole('article', { name: 'Which plan are you on?' })
      await expect.poll(() => rowText(planCard, 'Pro')).toBe('Pro|2')
      expect(await rowText(planCard, 'Basic')).toBe('Basic|0')
      expect(await planCard.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0)
      const topicsCard = results.getByRole('article', { name: 'What should we write about?' })
      expect(await rowText(topicsCard, 'Offers')).toBe('Offers|2')
      expect(await rowText(topicsCard, 'News')).toBe('News|1')
      expect(await rowText(topicsCard, 'Events')).toBe('Events|0')
      const npsCard = results.getByRole('article', { name: 'How likely are you to recommend us?' })
      await npsCard.getByText('average 9.5').waitFor()
      expect(await rowText(npsCard, '10 (Very likely)')).toBe('10 (Very likely)|1')
      expect(await npsCard.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0)
      // What was typed is shown as text, never as markup.
      const textCard = results.getByRole('article', { name: 'Anything else?' })
      await textCard.getByText('<b>More</b> events, please').waitFor()
      expect(await textCard.locator('b').count()).toBe(0)
      await checkPage(page, 'surveys-results')

      // The owner holds contacts.export and reports.export: the export is offered, and works.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        results.getByRole('link', { name: 'Export responses (CSV)' }).click(),
      ])
      const csv = fs.readFileSync((await download.path()) as string, 'utf8')
      expect(csv).toContain('ann@example.test')
      expect(csv).toContain('News; Offers')

      // A member without contacts.export reads the same results, and is not offered the export.
      const reporter = await memberOf(
        e2e.server.deps,
        e2e.server.app,
        owner.ownAccountId,
        { permissions: ['forms.manage', 'reports.export'] },
        'reporter',
      )
      const other = await e2e.person()
      await signInTo(
        other.page,
        reporter.user,
        owner.ownAccountId,
        `forms/${formId}`,
        'Customer survey',
      )
      const theirs = other.page.getByRole('region', { name: 'Results' })
      await theirs.getByText('2 responses').waitFor()
      await theirs.getByRole('article', { name: 'Anything else?' }).waitFor()
      expect(await theirs.getByRole('link', { name: 'Export responses (CSV)' }).count()).toBe(0)

      await page.getByRole('link', { name: '← Forms' }).click()
      const row = page.getByRole('row', { name: /Customer survey/ })
      await row.getByText('2 responses').waitFor()
      await row.getByText('Survey', { exact: true }).waitFor()
      await checkPage(page, 'surveys-list')
    },
    STORY_TIMEOUT,
  )
})

/** The cells of a results table's row, joined ("Pro|2"). */
async function rowText(card: Locator, answer: string) {
  const cell = card.page().getByRole('cell', { name: answer, exact: true })
  const cells = await card.getByRole('row').filter({ has: cell }).getByRole('cell').allInnerTexts()
  return cells.join('|')
}
