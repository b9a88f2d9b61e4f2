import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { checkPage, type Person, useE2E } from './harness.js'
import { openPage, STORY_TIMEOUT, signInAndOpen } from './steps.js'

const BODY =
  '<h1>Hello {{ firstName }}</h1><p>{{ placeholder.signature }}</p><p>Colour: {{ favouriteColour }}</p>'

/** Replaces the whole HTML body in the code editor, as pasting would (no auto-closed tags). */
async function writeHtml(page: Page, html: string) {
  const editor = page.getByRole('textbox', { name: 'HTML body' })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(html)
}

/**
 * The browser logs a refused request as an error; the refusals the story asks for on purpose
 * (invalid Liquid, which the live preview and the save both answer; a test with no tester) are
 * taken off the list, every other error still fails the test.
 */
function expectRefusal(person: Person, status: number) {
  const refusals = person.errors.filter((error) => error.includes(`status of ${status}`))
  expect(refusals.length, `a ${status} answer`).toBeGreaterThan(0)
  for (const refusal of refusals) person.errors.splice(person.errors.indexOf(refusal), 1)
}

/**
 * Playwright reads the preview frame by running its own script there; the frame's sandbox blocks
 * it, which is the sandbox doing its work (the preview never holds a script of ours).
 */
function forgetSandboxNotices(person: Person) {
  const notices = person.errors.filter((error) =>
    /Blocked script execution in 'about:srcdoc'/.test(error),
  )
  for (const notice of notices) person.errors.splice(person.errors.indexOf(notice), 1)
}

describe('templates and placeholders (seed 004)', () => {
  const e2e = useE2E()

  it(
    'a placeholder made, a template written in the code editor and the visual editor, previewed, its variables checked and exported',
    async () => {
      const owner = await createUser(e2e.server.deps, 'author')
      const api = await logIn(e2e.server.app, owner)
      const base = `/api/v1/accounts/${owner.ownAccountId}`
      expect(
        (await api.post(`${base}/contacts`, { email: 'zoe@example.com', firstName: 'Zoë' })).status,
      ).toBe(201)

      const person = await e2e.person()
      const page = person.page
      await signInAndOpen(page, owner, 'Placeholders', 'Placeholders')
      await page.getByRole('button', { name: 'New placeholder' }).click()
      const dialog = page.getByRole('dialog', { name: 'New placeholder' })
      await dialog.getByLabel('Name').fill('signature')
      await dialog.getByLabel('Default value').fill('The ACME team')
      await dialog.getByLabel('Description').fill('How we sign our newsletters')
      await checkPage(page, 'templates-placeholder-new')
      await dialog.getByRole('button', { name: 'Save the placeholder' }).click()
      await page.getByText('{{ placeholder.signature }}').waitFor()
      await page.getByLabel('Search placeholders').fill('newsletters')
      await page.getByRole('button', { name: 'Edit signature' }).waitFor()
      await checkPage(page, 'templates-placeholders')

      await openPage(page, 'Templates', 'Email templates')
      await page.getByRole('button', { name: 'New template' }).click()
      const create = page.getByRole('dialog', { name: 'New template' })
      await create.getByLabel('Template name').fill('Welcome')
      await create.getByLabel('Category').fill('Onboarding')
      await create.getByRole('button', { name: 'Create the template' }).click()
      await page.getByRole('heading', { name: 'Welcome', level: 1 }).waitFor()

      // The code editor: invalid Liquid is refused on the body, then a good body is saved.
      await page.getByLabel('Subject').fill('Welcome, {{ firstName }}')
      await writeHtml(page, `${BODY}{% if %}`)
      const previewState = page.getByRole('status').filter({ hasText: 'The preview is not up' })
      await previewState.filter({ hasText: 'html is not valid Liquid' }).waitFor()
      await page.getByRole('button', { name: 'Save the template' }).click()
      await page.getByRole('alert').filter({ hasText: 'html is not valid Liquid' }).waitFor()
      expectRefusal(person, 422)
      await writeHtml(page, BODY)
      await page.getByRole('button', { name: 'Save the template' }).click()
      const preview = page.frameLocator('iframe[title="Template preview"]')
      await preview.getByRole('heading', { name: 'Hello Alex' }).waitFor()
      await preview.getByText('The ACME team').waitFor()

      // The preview for a chosen contact.
      await page.getByLabel('Preview for').and(page.locator('input')).click()
      await page.getByRole('option', { name: 'Zoë (zoe@example.com)' }).click()
      await preview.getByRole('heading', { name: 'Hello Zoë' }).waitFor()

      // The preview follows the code editor before anything is saved.
      await writeHtml(page, BODY.replace('Hello', 'Hi there'))
      await preview.getByRole('heading', { name: 'Hi there Zoë' }).waitFor()
      await previewState.waitFor({ state: 'hidden' })
      const unsaved = await page.request.get(`${base}/templates`)
      expect((await unsaved.json()).items[0].html).toBe(BODY)

      // Check template variables: the unknown one is flagged.
      await page.getByRole('button', { name: 'Check template variables' }).click()
      await page.getByText('1 variable is not found').waitFor()
      const unknown = page.getByRole('row', { name: /favouriteColour/ })
      await expect.poll(() => unknown.textContent()).toContain('Not found')
      await checkPage(page, 'templates-editor')

      // The visual editor loads the body; an edit there comes back with the Liquid as written.
      await page.getByRole('tab', { name: 'Visual' }).click()
      const canvas = page.frameLocator('iframe.gjs-frame')
      const heading = canvas.getByText('Hi there {{ firstName }}')
      await heading.dblclick()
      await page.keyboard.press('End')
      await page.keyboard.type(' and welcome')
      await page.getByRole('tab', { name: 'HTML' }).click()
      await page.getByRole('textbox', { name: 'HTML body' }).getByText('and welcome').waitFor()
      // … and the visual editor's work too, still unsaved.
      await preview.getByRole('heading', { name: 'Hi there Zoë and welcome' }).waitFor()
      await page.getByRole('button', { name: 'Save the template' }).click()
      await page.getByText('The template is saved.').waitFor()

      const templates = await page.request.get(`${base}/templates`)
      const [saved] = (await templates.json()).items
      expect(saved).toMatchObject({ name: 'Welcome', category: 'Onboarding' })
      expect(saved.subject).toBe('Welcome, {{ firstName }}')
      expect(saved.html).toContain('Hi there {{ firstName }} and welcome')
      expect(saved.html).toContain('{{ placeholder.signature }}')

      // Back in the list: filtered by category, exported, a test with no tester is explained.
      await openPage(page, 'Templates', 'Email templates')
      await page.getByLabel('Category').and(page.locator('input')).click()
      await page.getByRole('option', { name: 'Onboarding' }).click()
      await page.getByRole('link', { name: 'Welcome' }).waitFor()
      await page.getByRole('button', { name: 'Actions for Welcome' }).click()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Export HTML' }).click(),
      ])
      expect(download.suggestedFilename()).toBe('Welcome.html')
      const file = await download.path()
      expect(fs.readFileSync(file, 'utf8')).toBe(saved.html)
      await page.getByRole('button', { name: 'Actions for Welcome' }).click()
      await page.getByRole('menuitem', { name: 'Send a test email' }).click()
      await page.getByRole('alert').filter({ hasText: 'No test recipient' }).waitFor()
      // The menu closes with a transition; checked half-closed, it has a menu role and no items.
      await page.getByRole('menu').waitFor({ state: 'hidden' })
      expectRefusal(person, 409)
      forgetSandboxNotices(person)
      await checkPage(page, 'templates')
    },
    STORY_TIMEOUT,
  )
})
