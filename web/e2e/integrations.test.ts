import { describe, expect, it } from 'vitest'
import { createUser } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('integrations', () => {
  const e2e = useE2E()

  it(
    'the owner creates an inbound endpoint, a shop posts an order to its URL, and the log shows it',
    async () => {
      const owner = await createUser(e2e.server.deps, 'owner')
      const accountId = owner.ownAccountId
      const person = await e2e.person()
      const { page } = person
      await signInAndOpen(page, owner, 'Integrations', 'Integrations')
      await page.getByText('No inbound endpoint yet.').waitFor()

      await page.getByRole('button', { name: 'Create an inbound endpoint' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('Name').fill('Shop orders')
      await dialog.getByText('Records an event').click()
      await dialog.getByLabel('Posted key 1').fill('customer.email')
      await dialog.getByRole('button', { name: 'Add a row' }).click()
      await dialog.getByLabel('Posted key 2').fill('customer.first_name')
      await dialog.getByLabel('Event name').fill('order_placed')
      await dialog.getByLabel('Key path').fill('order.id')
      await checkPage(page, 'integrations-create')
      await dialog.getByRole('button', { name: 'Create endpoint' }).click()

      const url = await page.getByTestId('inbound-url').textContent()
      expect(url).toMatch(/\/api\/v1\/inbound\/[A-Za-z0-9_-]{43}$/)
      await page.getByText('curl -X POST').waitFor()
      await checkPage(page, 'integrations-secret-url')
      await page.getByRole('button', { name: 'Done' }).click()
      await page.getByRole('link', { name: 'Shop orders' }).waitFor()
      await checkPage(page, 'integrations-hub')

      // The shop posts, twice; the second is the same order and counts once.
      const path = new URL(url ?? '').pathname
      const order = {
        order: { id: 77, total: 12 },
        customer: { email: 'bea@example.test', first_name: 'Bea' },
      }
      const first = await page.request.post(path, { data: order })
      expect(first.status()).toBe(202)
      expect((await page.request.post(path, { data: order })).status()).toBe(202)
      expect((await page.request.post(path, { data: { order: { id: 78 } } })).status()).toBe(422)

      await page.getByRole('link', { name: 'Shop orders' }).click()
      await page.getByRole('heading', { name: 'Shop orders', level: 1 }).waitFor()
      const log = page.getByRole('region', { name: 'Log' })
      await log.getByText('Accepted', { exact: true }).waitFor()
      await log.getByText('Duplicate', { exact: true }).waitFor()
      await log.getByText('Refused', { exact: true }).waitFor()
      await checkPage(page, 'integrations-endpoint')

      // What the browser showed is what the server holds: one event for the contact.
      const { contactId } = await first.json()
      const events = await page.request.get(
        `/api/v1/accounts/${accountId}/contacts/${contactId}/events`,
      )
      const body = await events.json()
      expect(body.items.map((e: { name: string; key: string }) => [e.name, e.key])).toEqual([
        ['order_placed', '77'],
      ])

      // Disabled, the URL answers 404.
      await page.getByRole('button', { name: 'Disable' }).click()
      await page.getByText('Disabled', { exact: true }).waitFor()
      expect((await page.request.post(path, { data: order })).status()).toBe(404)

      // Editing the mapping: a refusal lands on the row it names, then the fix is saved.
      await page.getByRole('button', { name: 'Edit' }).click()
      const editor = page.getByRole('dialog', { name: 'Edit Shop orders' })
      await editor.getByRole('button', { name: 'Add a row' }).click()
      await editor.getByLabel('Posted key 3').fill('customer.given_name')
      await editor.getByRole('button', { name: 'Save changes' }).click()
      await editor.getByText('FirstName is mapped twice').waitFor()
      expect(
        await editor
          .getByRole('combobox', { name: 'Contact field 3' })
          .getAttribute('aria-invalid'),
      ).toBe('true')
      await checkPage(page, 'integrations-edit')
      await editor.getByRole('button', { name: 'Remove row 2 (customer.first_name)' }).click()
      await editor.getByRole('button', { name: 'Save changes' }).click()
      await page.getByText('The endpoint is saved.').waitFor()
      await page.getByRole('region', { name: 'Mapping' }).getByText('customer.given_name').waitFor()
      const endpoints = await (
        await page.request.get(`/api/v1/accounts/${accountId}/integrations/inbound`)
      ).json()
      expect(endpoints.items[0].mapping.fields).toEqual([
        { from: 'customer.email', to: 'email' },
        { from: 'customer.given_name', to: 'firstName' },
      ])

      // A webhook made through the API is listed on the hub, linking to its page.
      // (the session's own CSRF token: one session per user, a second sign-in would end it)
      const csrf = (await page.context().cookies()).find((c) => c.name === 'chorus_csrf')
      const hook = await page.request.post(`/api/v1/accounts/${accountId}/webhooks`, {
        headers: { 'x-csrf-token': csrf?.value ?? '' },
        data: { url: 'https://hooks.example.test/chorus', events: ['campaign.sent'] },
      })
      expect(hook.status()).toBe(201)
      await page.getByRole('link', { name: '← Integrations' }).click()
      const panel = page.getByRole('region', { name: 'Webhooks', exact: true })
      await panel.getByRole('link', { name: 'https://hooks.example.test/chorus' }).waitFor()
      await panel.getByRole('link', { name: 'Add a webhook' }).waitFor()
      await checkPage(page, 'integrations-hub-webhooks')
      // The refused save above is the one failed request the browser logged.
      const refused = /status of 422/
      person.errors.splice(
        0,
        person.errors.length,
        ...person.errors.filter((e) => !refused.test(e)),
      )
    },
    STORY_TIMEOUT,
  )
})
