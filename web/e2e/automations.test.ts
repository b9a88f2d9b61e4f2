import { describe, expect, it } from 'vitest'
import { ProgramWorker } from '../../src/automations/worker.js'
import { deliverEverything, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { signInTo } from './campaign-steps.js'
import { checkPage, useE2E } from './harness.js'
import { addStep, pick } from './program-steps.js'
import { openPage, STORY_TIMEOUT } from './steps.js'

describe('programs: the builder and its statistics (issue 18)', () => {
  const e2e = useE2E()

  it(
    'a welcome program built in the builder, activated, counts a contact who joins its group as it goes through, without a reload',
    async () => {
      const b = await newBrand(e2e.server, 'welcome', [])
      const newcomers = expectStatus(
        await b.browser.post(`${b.base}/groups`, { name: 'Newcomers' }),
        201,
      )
      expectStatus(
        await b.browser.post(`${b.base}/templates`, {
          name: 'Welcome email',
          channel: 'email',
          subject: 'Welcome {{ firstName }}',
          html: '<p>Hello {{ firstName }}</p>',
        }),
        201,
      )
      const welcomed = expectStatus(
        await b.browser.post(`${b.base}/tags`, { name: 'welcomed' }),
        201,
      )

      const { page } = await e2e.person()
      await signInTo(page, b.owner, b.accountId, 'campaigns', 'Campaigns')
      await openPage(page, 'Programs', 'Programs')
      await page.getByText('No programs yet.').waitFor()

      // A new program starts when a contact joins Newcomers.
      await page.getByRole('button', { name: 'New program' }).click()
      const dialog = page.getByRole('dialog', { name: 'New program' })
      await dialog.getByLabel('Name').fill('Welcome')
      await pick(page, 'Group', 'Newcomers')
      await dialog.getByRole('button', { name: 'Create the program' }).click()
      await page.getByRole('heading', { name: 'Welcome', level: 1 }).waitFor()
      await page.getByText('Starts when: Joins the group Newcomers').waitFor()

      // Its flow: the welcome email, a day's wait, then the tag.
      await addStep(page, 'at the start of the flow', 'Send an email', () =>
        pick(page, 'Template', 'Welcome email'),
      )
      await addStep(page, 'after Send an email (step 1 of the flow)', 'Wait', async () => {
        await page.getByLabel('Wait for').fill('1')
      })
      await addStep(page, 'after Wait (step 2 of the flow)', 'Add a tag', () =>
        pick(page, 'Tag', 'welcomed'),
      )
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await page.getByText('The program is saved.').waitFor()
      await page.getByRole('button', { name: 'Check', exact: true }).click()
      await page.getByText('The program is ready to start.').waitFor()
      await checkPage(page, 'programs-builder')

      await page.getByRole('button', { name: 'Activate…' }).click()
      await page
        .getByRole('dialog', { name: 'Activate the program' })
        .getByRole('button', { name: 'Activate' })
        .click()
      await page.getByText('The program is active.').waitFor()
      // Checked with the browser's own session (the owner's API session ended at sign-in: seed 000).
      const read = async (path: string) => (await page.request.get(`${b.base}${path}`)).json()
      const [program] = (await read('/programs')).items
      expect(program).toMatchObject({ name: 'Welcome', status: 'active' })
      const saved = await read(`/programs/${program.id}`)
      expect(saved.steps.map((s: { type: string }) => s.type)).toEqual([
        'send_email',
        'wait',
        'add_tag',
      ])
      expect(saved.steps[2]).toMatchObject({ tagId: welcomed.id })

      // A contact joins the group through the API (a Manager's session); the workers run; the open
      // page follows.
      expectStatus(
        await b.manager.browser.post(`${b.base}/contacts`, {
          email: 'ann@example.com',
          firstName: 'Ann',
          groupIds: [newcomers.id],
        }),
        201,
      )
      await new ProgramWorker(e2e.server.deps).drain()
      await deliverEverything(e2e.server)
      const email = page.getByRole('article', { name: 'Send an email' })
      await email.getByText('Entered 1').waitFor()
      await email.getByText('Sent 1').waitFor()
      await page.getByRole('article', { name: 'Wait' }).getByText('Waiting 1').waitFor()
      await checkPage(page, 'programs-builder-active')

      // Deleting the Wait step, where Ann waits, asks where she goes: on to the tag.
      await page.getByRole('button', { name: /^Delete: Wait/ }).click()
      await page
        .getByRole('dialog', { name: 'Delete this step?' })
        .getByRole('button', { name: 'Delete the step' })
        .click()
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      const moving = page.getByRole('dialog', { name: 'Where do the waiting contacts go?' })
      await pick(page, 'Wait: 1 waiting', '2. Add a tag')
      await checkPage(page, 'programs-move-waiting')
      await moving.getByRole('button', { name: 'Move them and save' }).click()
      await moving.waitFor({ state: 'hidden' })
      await page.getByRole('article', { name: 'Wait' }).waitFor({ state: 'detached' })
      await new ProgramWorker(e2e.server.deps).drain()
      await page.getByRole('article', { name: 'Add a tag' }).getByText('Completed 1').waitFor()
      const tags = await e2e.server.deps.db
        .selectFrom('contact_tags')
        .select('tag_id')
        .where('account_id', '=', b.accountId)
        .execute()
      expect(tags.map((t) => t.tag_id)).toEqual([welcomed.id])

      await openPage(page, 'Programs', 'Programs')
      const row = page.getByRole('row', { name: /Welcome/ })
      await row.getByText('Active').waitFor()
      await checkPage(page, 'programs-list')
    },
    STORY_TIMEOUT,
  )

  it(
    'a program that sends, activated by someone who may not send directly, waits until an approver approves it',
    async () => {
      const b = await newBrand(e2e.server, 'approval', [])
      const builder = await memberOf(
        e2e.server.deps,
        e2e.server.app,
        b.accountId,
        { permissions: ['automations.manage', 'templates.view', 'groups.view'] },
        'builder',
      )
      const approver = await memberOf(
        e2e.server.deps,
        e2e.server.app,
        b.accountId,
        {
          permissions: [
            'automations.manage',
            'campaigns.view',
            'campaigns.edit',
            'campaigns.send',
            'campaigns.send_direct',
            'campaigns.approve',
          ],
        },
        'approver',
      )
      const template = expectStatus(
        await b.browser.post(`${b.base}/templates`, {
          name: 'Hello',
          subject: 'Hi',
          html: '<p>Hi</p>',
        }),
        201,
      )
      const program = expectStatus(
        await builder.browser.post(`${b.base}/programs`, {
          name: 'Hello program',
          trigger: { type: 'group_joined', groupId: b.group.id },
          steps: [
            {
              id: crypto.randomUUID(),
              type: 'send_email',
              templateId: template.id,
              fromAddressId: null,
              subject: null,
            },
          ],
        }),
        201,
      )

      const { page } = await e2e.person()
      await signInTo(page, builder.user, b.accountId, `programs/${program.id}`, 'Hello program')
      await page.getByRole('button', { name: 'Activate…' }).click()
      await page
        .getByRole('dialog', { name: 'Activate the program' })
        .getByText('waits for approval first')
        .waitFor()
      await page
        .getByRole('dialog', { name: 'Activate the program' })
        .getByRole('button', { name: 'Activate' })
        .click()
      await page.getByRole('status').getByText('Waiting for approval').waitFor()
      expect(await page.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0)

      const other = (await e2e.person()).page
      await signInTo(other, approver.user, b.accountId, 'programs', 'Programs')
      await other
        .getByRole('row', { name: /Hello program/ })
        .getByText('Waiting for approval')
        .waitFor()
      await other.getByRole('link', { name: 'Hello program' }).click()
      await other.getByRole('button', { name: 'Approve', exact: true }).waitFor()
      await checkPage(other, 'programs-approver')
      await other.getByRole('button', { name: 'Approve', exact: true }).click()
      await other.getByText('Active', { exact: true }).waitFor()
      const approved = await (await other.request.get(`${b.base}/programs/${program.id}`)).json()
      expect(approved.status).toBe('active')
    },
    STORY_TIMEOUT,
  )
})
