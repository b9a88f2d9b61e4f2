import { randomUUID } from 'node:crypto'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Permission } from '../../src/access/catalog.js'
import { permissionsOfRole } from '../../src/access/roles.js'
import type { Browser } from '../../test/helpers/app.js'
import { expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { signInTo } from './campaign-steps.js'
import { checkPage, useE2E } from './harness.js'
import { addStep, pick } from './program-steps.js'
import { STORY_TIMEOUT } from './steps.js'

const AUTHOR_WITH_PROGRAMS: Permission[] = [...permissionsOfRole('author'), 'automations.manage']

describe('programs in the outbox (issue 18)', () => {
  const e2e = useE2E()

  it(
    'an Author’s program waits for approval; a Manager finds it in the Outbox, reads it without editing and approves it; the Author sees it active',
    async () => {
      const b = await newBrand(e2e.server, 'progoutbox', [])
      const author = await memberOf(
        e2e.server.deps,
        e2e.server.app,
        b.accountId,
        { permissions: AUTHOR_WITH_PROGRAMS },
        'program-author',
      )
      const template = expectStatus(
        await b.browser.post(`${b.base}/templates`, {
          name: 'Welcome email',
          channel: 'email',
          subject: 'Welcome aboard',
          html: '<p>Hello</p>',
        }),
        201,
      )

      // A first program, made through the API (before the Author signs in in a browser, which ends
      // that session), for the Manager to approve from the Outbox itself.
      const birthday = await waitingProgram(author.browser, b, 'Birthday note', template.id)

      // The Author builds a program with an email step and activates it: it waits for approval.
      const { page } = await e2e.person()
      await signInTo(page, author.user, b.accountId, 'programs', 'Programs')
      await page.getByRole('button', { name: 'New program' }).click()
      const dialog = page.getByRole('dialog', { name: 'New program' })
      await dialog.getByLabel('Name').fill('Welcome series')
      await pick(page, 'Group', 'Customers')
      await dialog.getByRole('button', { name: 'Create the program' }).click()
      await page.getByRole('heading', { name: 'Welcome series', level: 1 }).waitFor()
      await addStep(page, 'at the start of the flow', 'Send an email', () =>
        pick(page, 'Template', 'Welcome email'),
      )
      await page.getByRole('button', { name: 'Activate…' }).click()
      const activating = page.getByRole('dialog', { name: 'Activate the program' })
      await activating.getByRole('button', { name: 'Activate' }).click()
      await page.getByRole('status').getByText('Waiting for approval').waitFor()
      const program = (await (await page.request.get(`${b.base}/programs`)).json()).items.find(
        (p: { name: string }) => p.name === 'Welcome series',
      )
      expect(program).toMatchObject({ name: 'Welcome series', status: 'awaiting_approval' })

      // The Author's outbox lists both as theirs, waiting.
      await page.goto(`/a/${b.accountId}/outbox`)
      const yours = page.getByRole('region', { name: 'Yours, waiting' })
      await yours.getByRole('link', { name: 'Welcome series' }).waitFor()
      await yours.getByRole('link', { name: 'Birthday note' }).waitFor()
      await checkPage(page, 'programs-outbox-submitter')

      // The Manager (no automations.manage) finds them in the Outbox with what they send.
      const manager = (await e2e.person()).page
      await signInTo(manager, b.manager.user, b.accountId, 'outbox', 'Outbox')
      const waiting = manager.getByRole('region', { name: 'Programs waiting for your approval' })
      await waiting.getByText('Email “Welcome aboard” (template Welcome email)').first().waitFor()
      await waiting.getByText('program-author').first().waitFor()
      await checkPage(manager, 'programs-outbox-approver')

      // They open one: the flow is there, without a way to change it.
      await waiting.getByRole('link', { name: 'Welcome series' }).click()
      await manager.getByRole('heading', { name: 'Welcome series', level: 1 }).waitFor()
      await manager.getByRole('article', { name: 'Send an email' }).waitFor()
      expect(await manager.getByLabel('Name').isDisabled()).toBe(true)
      for (const name of ['Save', 'Check', 'Delete', 'Activate…']) {
        expect(await manager.getByRole('button', { name, exact: true }).count(), name).toBe(0)
      }
      expect(await manager.getByRole('button', { name: /^Add a step/ }).count()).toBe(0)
      await checkPage(manager, 'programs-approver-read-only')

      // They approve it and are back in the Outbox, where only the other one waits.
      await manager.getByRole('button', { name: 'Approve', exact: true }).click()
      await manager.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor()
      await waiting.getByRole('link', { name: 'Birthday note' }).waitFor()
      await waiting.getByRole('link', { name: 'Welcome series' }).waitFor({ state: 'detached' })

      // On a phone the Outbox stacks: nothing scrolls sideways, and Approve is on screen and works.
      await manager.setViewportSize({ width: 375, height: 900 })
      const card = waiting.getByRole('listitem').filter({ hasText: 'Birthday note' })
      await card.getByRole('heading', { name: 'Birthday note', level: 3 }).waitFor()
      await card.getByText('Email “Welcome aboard” (template Welcome email)').waitFor()
      await card.getByText('program-author').waitFor()
      expect(await pageWidth(manager)).toBeLessThanOrEqual(375)
      const approve = card.getByRole('button', { name: 'Approve', exact: true })
      const box = await approve.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= 375, 'Approve within the screen').toBe(true)
      // The keyboard goes from the name to Approve, then Decline, as in the table's row.
      await card.getByRole('link', { name: 'Birthday note' }).focus()
      await manager.keyboard.press('Tab')
      expect(await hasFocus(approve)).toBe(true)
      await manager.keyboard.press('Tab')
      expect(await hasFocus(card.getByRole('button', { name: 'Decline' }))).toBe(true)
      await approve.click()
      await manager.getByText('Nothing waits for your approval.').waitFor()
      // (Read by the Author: an active program is out of an approver's sight.)
      expect(
        (await (await page.request.get(`${b.base}/programs/${birthday.id}`)).json()).status,
      ).toBe('active')

      // The Author sees the first one active.
      await page.goto(`/a/${b.accountId}/programs/${program.id}`)
      await page.getByText('Active', { exact: true }).waitFor()
      const approved = await (await page.request.get(`${b.base}/programs/${program.id}`)).json()
      expect(approved).toMatchObject({ status: 'active' })
      const row = await e2e.server.deps.db
        .selectFrom('programs')
        .select('approved_by')
        .where('id', '=', program.id)
        .executeTakeFirstOrThrow()
      expect(row.approved_by).toBe(b.manager.user.id)
    },
    STORY_TIMEOUT,
  )
})

/** A program of one email step, activated by its author: it waits for approval. */
async function waitingProgram(
  author: Browser,
  brand: { base: string; group: { id: string } },
  name: string,
  templateId: string,
): Promise<{ id: string }> {
  const program = expectStatus(
    await author.post(`${brand.base}/programs`, {
      name,
      trigger: { type: 'group_joined', groupId: brand.group.id },
      steps: [
        { id: randomUUID(), type: 'send_email', templateId, fromAddressId: null, subject: null },
      ],
    }),
    201,
  )
  const activated = expectStatus(
    await author.post(`${brand.base}/programs/${program.id}/activate`, { backfill: false }),
    200,
  )
  expect(activated).toMatchObject({ status: 'awaiting_approval' })
  return program
}

/** How wide the page's content is: more than the window when something scrolls sideways. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  )
}

function hasFocus(element: Locator): Promise<boolean> {
  return element.evaluate(
    (node) =>
      node ===
      (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  )
}
