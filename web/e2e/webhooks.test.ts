import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { startWebhookReceiver, type WebhookReceiver } from '../../test/helpers/webhook-receiver.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('webhooks', () => {
  // The receiver is on loopback, which only an installation allowing private webhooks reaches.
  const e2e = useE2E({ config: { allowPrivateWebhooks: true } })
  let receiver: WebhookReceiver
  beforeAll(async () => {
    receiver = await startWebhookReceiver()
  })
  afterAll(() => receiver.close())

  it(
    'a developer creates a webhook, copies its secret, sends a test and sees it in the delivery log',
    async () => {
      const owner = await createUser(e2e.server.deps, 'owner')
      const { page } = await e2e.person()
      await signInAndOpen(page, owner, 'Settings', 'Settings')
      await page
        .getByRole('navigation', { name: 'Settings' })
        .getByRole('link', { name: 'Webhooks', exact: true })
        .click()
      await page.getByRole('heading', { name: 'Webhooks' }).waitFor()

      await page.getByRole('button', { name: 'Create a webhook' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('URL').fill(`${receiver.url}/chorus`)
      await dialog.getByLabel('A contact is created').check()
      await dialog.getByLabel('A campaign is sent').check()
      await dialog.getByLabel('Description').fill('CRM sync')
      await checkPage(page, 'webhooks-create')
      await dialog.getByRole('button', { name: 'Create webhook' }).click()

      const secretDialog = page.getByRole('dialog', { name: 'Your webhook’s signing secret' })
      await secretDialog.getByText(/^whsec_/).waitFor()
      await secretDialog.getByRole('button', { name: 'Copy the signing secret' }).waitFor()
      await checkPage(page, 'webhooks-secret')
      await secretDialog.getByRole('button', { name: 'Done' }).click()

      await page.getByRole('link', { name: `${receiver.url}/chorus` }).waitFor()
      await checkPage(page, 'webhooks-list')

      await page.getByRole('link', { name: `${receiver.url}/chorus` }).click()
      await page.getByText('Nothing delivered yet.').waitFor()
      await page.getByRole('button', { name: 'Send test' }).click()
      await page.getByRole('cell', { name: /^webhook\.test msg_/ }).waitFor()
      await page.getByText('HTTP 200', { exact: true }).first().waitFor()
      await page.getByText('Succeeded', { exact: true }).waitFor()
      expect(receiver.received).toHaveLength(1)
      expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({ type: 'webhook.test' })

      await page.getByRole('button', { name: /^Redeliver webhook\.test/ }).click()
      await page.getByText('2 (manual)').waitFor()
      await checkPage(page, 'webhooks-deliveries')
      expect(receiver.received[1]?.headers['webhook-id']).toBe(
        receiver.received[0]?.headers['webhook-id'],
      )

      // Through the API: the log the page showed, and the webhook as created.
      const hooks = await (
        await page.request.get(`/api/v1/accounts/${owner.ownAccountId}/webhooks`)
      ).json()
      expect(hooks.items).toMatchObject([
        { url: `${receiver.url}/chorus`, events: ['contact.created', 'campaign.sent'] },
      ])
      const log = await (
        await page.request.get(
          `/api/v1/accounts/${owner.ownAccountId}/webhooks/${hooks.items[0].id}/deliveries`,
        )
      ).json()
      expect(log.items.map((d: { attempt: number }) => d.attempt)).toEqual([2, 1])
    },
    STORY_TIMEOUT,
  )

  it(
    'a webhook Chorus turned off says why, in the list and on its page, and an admin turns it back on',
    async () => {
      const owner = await createUser(e2e.server.deps, 'owner')
      const api = await logIn(e2e.server.app, owner)
      const base = `/api/v1/accounts/${owner.ownAccountId}/webhooks`
      const created = await api.post(base, {
        url: `${receiver.url}/orphaned`,
        events: ['contact.created'],
      })
      expect(created.status).toBe(201)
      // As the delivery job leaves it when the person who set it up lost contacts.view.
      await e2e.server.deps.db
        .updateTable('webhooks')
        .set({
          enabled: false,
          disabled_reason: 'owner_access',
          disabled_detail: 'its owner no longer holds contacts.view',
        })
        .where('id', '=', created.body.id)
        .execute()
      const because = 'Chorus turned it off because its owner no longer holds contacts.view.'

      const { page } = await e2e.person()
      await signInAndOpen(page, owner, 'Settings', 'Settings')
      await page.goto(`/a/${owner.ownAccountId}/settings/webhooks`)
      await page.getByText('Disabled: owner lost access').waitFor()
      await page.getByText(because).waitFor()
      await checkPage(page, 'webhooks-turned-off')

      await page.getByRole('link', { name: `${receiver.url}/orphaned` }).click()
      await page.getByText(because).waitFor()
      await checkPage(page, 'webhook-turned-off')

      await page.goBack()
      // Mantine draws the switch over its input (what the role names), whose state the server's
      // answer sets: a click, then the badge.
      await page
        .getByRole('switch', { name: `Enabled: ${receiver.url}/orphaned` })
        .dispatchEvent('click')
      await page.getByText(because).waitFor({ state: 'detached' })
      const shown = await (await page.request.get(`${base}/${created.body.id}`)).json()
      expect(shown).toMatchObject({ enabled: true, disabledBecause: null, ownerId: owner.id })
    },
    STORY_TIMEOUT,
  )
})
