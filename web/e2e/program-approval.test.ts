import { describe, expect, it } from 'vitest'
import type { Permission } from '../../src/access/catalog.js'
import { permissionsOfRole } from '../../src/access/roles.js'
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
      expectStatus(
        await b.browser.post(`${b.base}/templates`, {
          name: 'Welcome email',
          channel: 'email',
          subject: 'Welcome aboard',
          html: '<p>Hello</p>',
        }),
        201,
      )

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
      const [program] = (await (await page.request.get(`${b.base}/programs`)).json()).items
      expect(program).toMatchObject({ name: 'Welcome series', status: 'awaiting_approval' })

      // The Author's outbox lists it as theirs, waiting.
      await page.goto(`/a/${b.accountId}/outbox`)
      const yours = page.getByRole('region', { name: 'Yours, waiting' })
      await yours.getByRole('link', { name: 'Welcome series' }).waitFor()
      await checkPage(page, 'programs-outbox-submitter')

      // The Manager (no automations.manage) finds it in the Outbox with what it sends.
      const manager = (await e2e.person()).page
      await signInTo(manager, b.manager.user, b.accountId, 'outbox', 'Outbox')
      const waiting = manager.getByRole('region', { name: 'Programs waiting for your approval' })
      await waiting.getByText('Email “Welcome aboard” (template Welcome email)').waitFor()
      await waiting.getByText('program-author').waitFor()
      await checkPage(manager, 'programs-outbox-approver')

      // They open it: the flow is there, without a way to change it.
      await waiting.getByRole('link', { name: 'Welcome series' }).click()
      await manager.getByRole('heading', { name: 'Welcome series', level: 1 }).waitFor()
      await manager.getByRole('article', { name: 'Send an email' }).waitFor()
      expect(await manager.getByLabel('Name').isDisabled()).toBe(true)
      for (const name of ['Save', 'Check', 'Delete', 'Activate…']) {
        expect(await manager.getByRole('button', { name, exact: true }).count(), name).toBe(0)
      }
      expect(await manager.getByRole('button', { name: /^Add a step/ }).count()).toBe(0)
      await checkPage(manager, 'programs-approver-read-only')

      // They approve it and are back in the Outbox; the Author sees it active.
      await manager.getByRole('button', { name: 'Approve', exact: true }).click()
      await manager.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor()
      await manager.getByText('Nothing waits for your approval.').waitFor()
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
