import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { signInTo } from './campaign-steps.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT } from './steps.js'

/** Opens the "Call a webhook" step's drawer at the start of an empty flow. */
async function addWebhookStep(page: Page) {
  await page.getByRole('button', { name: 'Add a step at the start of the flow' }).click()
  await page.getByRole('menuitem', { name: 'Call a webhook', exact: true }).click()
  const drawer = page.getByRole('dialog', { name: 'Call a webhook' })
  await drawer.waitFor()
  return drawer
}

describe('programs: the webhook step (issue 18)', () => {
  const e2e = useE2E()

  it(
    'the step picks one of the account’s webhooks; someone who may not list them is told who can',
    async () => {
      const b = await newBrand(e2e.server, 'hookstep', [])
      const crm = expectStatus(
        await b.browser.post(`${b.base}/webhooks`, {
          url: 'https://crm.example/hooks',
          events: ['contact.created'],
          description: 'CRM',
        }),
        201,
      )
      const program = expectStatus(
        await b.browser.post(`${b.base}/programs`, {
          name: 'Lead to CRM',
          trigger: { type: 'group_joined', groupId: b.group.id },
        }),
        201,
      )

      const { page } = await e2e.person()
      await signInTo(page, b.owner, b.accountId, `programs/${program.id}`, 'Lead to CRM')
      const drawer = await addWebhookStep(page)
      await drawer.getByLabel('Webhook', { exact: true }).and(page.locator('input')).click()
      await page.getByRole('option', { name: 'CRM (https://crm.example/hooks)' }).click()
      await checkPage(page, 'program-webhook-step')
      await drawer.getByRole('button', { name: 'Done' }).click()
      await drawer.waitFor({ state: 'hidden' })
      await page
        .getByRole('article', { name: 'Call a webhook' })
        .getByText('webhook: CRM (https://crm.example/hooks)', { exact: true })
        .waitFor()
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await page.getByText('The program is saved.').waitFor()
      const saved = await (await page.request.get(`${b.base}/programs/${program.id}`)).json()
      expect(saved.steps).toEqual([{ id: expect.any(String), type: 'webhook', webhookId: crm.id }])
      expect(saved.problems).toEqual([])

      const builder = await memberOf(
        e2e.server.deps,
        e2e.server.app,
        b.accountId,
        { permissions: ['automations.manage', 'groups.view'] },
        'builder',
      )
      const other = (await e2e.person()).page
      const draft = expectStatus(
        await builder.browser.post(`${b.base}/programs`, {
          name: 'Builder draft',
          trigger: { type: 'group_joined', groupId: b.group.id },
        }),
        201,
      )
      await signInTo(other, builder.user, b.accountId, `programs/${draft.id}`, 'Builder draft')
      const note = await addWebhookStep(other)
      await note.getByText('Choosing a webhook needs the permission').waitFor()
      await note.getByRole('link', { name: 'Who can…?' }).waitFor()
      expect(await note.getByLabel('Webhook', { exact: true }).count()).toBe(0)
      await checkPage(other, 'program-webhook-step-no-access')
    },
    STORY_TIMEOUT,
  )
})
