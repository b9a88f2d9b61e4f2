import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../test/helpers/factories.js'
import { checkPage, type Person, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

/**
 * The server's clock runs with the real one, plus what the test adds: a person takes seconds to
 * fill in a form, a browser driven by a test a few milliseconds (refused as too fast).
 */
let ahead = 0
const clock = { now: () => new Date(Date.now() + ahead) }

/** Another site: a shop's page on another loopback origin, with the embed code pasted in. */
let shopPage = ''
let shop: http.Server | undefined
let shopUrl = ''

/** Waits until the widget has solved its proof of work in the background. */
async function proofSolved(person: Person) {
  const solved = person.page.locator('input[name="altcha"]')
  await expect
    .poll(async () => (await solved.count()) > 0 && (await solved.inputValue()) !== '', {
      timeout: 60_000,
    })
    .toBe(true)
}

describe('an embedded sign-up form', () => {
  const e2e = useE2E({ clock })

  beforeAll(async () => {
    shop = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(shopPage)
    })
    await new Promise<void>((done) => shop?.listen(0, '127.0.0.1', done))
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((done) => shop?.close(done))
  })

  it(
    'a French account’s form, pasted on another site, marks a missing field in French and thanks in place',
    async () => {
      const owner = await createUser(e2e.server.deps, 'owner')
      const accountId = owner.ownAccountId
      const { page } = await e2e.person()
      await signInAndOpen(page, owner, 'Forms', 'Forms')

      // The owner sets the account's language in its settings.
      await page.goto(`/a/${accountId}/settings/account`)
      await page.getByRole('heading', { name: 'Account', exact: true }).waitFor()
      await page.getByRole('combobox', { name: 'Language of public pages' }).click()
      await page.getByRole('option', { name: 'Français' }).click()
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByText('The account settings are saved.').waitFor()
      await checkPage(page, 'forms-embed-settings-language')

      const csrf = (await page.context().cookies()).find((c) => c.name === 'chorus_csrf')
      const created = await page.request.post(`/api/v1/accounts/${accountId}/forms`, {
        headers: { 'x-csrf-token': csrf?.value ?? '' },
        data: {
          name: 'Lettre d’information',
          fields: [
            { field: 'email', label: 'Adresse e-mail', help: '', required: true },
            { field: 'firstName', label: 'Prénom', help: '', required: false },
          ],
          consentText: 'J’accepte de recevoir la lettre.',
          thankYou: 'Merci, à bientôt dans votre boîte.',
          status: 'published',
        },
      })
      expect(created.status()).toBe(201)
      const form = await created.json()
      const embed = await (
        await page.request.get(`/api/v1/accounts/${accountId}/forms/${form.id}/embed`)
      ).json()
      // The embed names the installation's public address; here the server listens elsewhere.
      const paste = (code: string) =>
        code.replaceAll(e2e.server.deps.config.publicUrl, e2e.url.replace(/\/$/, ''))
      shopPage = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>The shop</title></head><body><main><h1>The shop</h1>',
        `<p>Our newsletter:</p>${paste(embed.html)}${paste(embed.script)}`,
        '</main></body></html>',
      ].join('\n')

      // A visitor on the shop's site, on a phone.
      const visitor = await e2e.person({ width: 375 })
      await visitor.page.goto(shopUrl)
      const email = visitor.page.getByLabel('Adresse e-mail')
      await email.waitFor()
      await proofSolved(visitor)
      // The widget speaks French too: "Verified".
      await visitor.page.getByText('Vérifié', { exact: true }).waitFor()
      await checkPage(visitor.page, 'forms-embed')

      // Sent without the address: the field is marked where it is, in French, and focused.
      ahead += 10_000
      await visitor.page.getByLabel('Prénom').fill('Camille')
      await visitor.page.getByRole('button', { name: 'S’inscrire' }).click()
      const message = 'Adresse e-mail\u00a0: ce champ est obligatoire.'
      await visitor.page.getByText(message).waitFor()
      await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true')
      await expect.poll(() => email.evaluate((input) => input.matches(':focus'))).toBe(true)
      const describedBy = (await email.getAttribute('aria-describedby')) ?? ''
      const described = await Promise.all(
        describedBy
          .split(' ')
          .filter(Boolean)
          .map((id) => visitor.page.locator(`[id="${id}"]`).textContent()),
      )
      expect(described).toContain(message)
      // Still on the shop's page: the script sent it, nothing navigated.
      expect(visitor.page.url()).toBe(`${shopUrl}/`)
      await checkPage(visitor.page, 'forms-embed-error')

      await email.fill('camille@example.test')
      ahead += 10_000
      await visitor.page.getByRole('button', { name: 'S’inscrire' }).click()
      const thanks = visitor.page.getByRole('status')
      await thanks.getByText('Merci, à bientôt dans votre boîte.').waitFor()
      expect(await visitor.page.locator('form').count()).toBe(0)
      expect(visitor.page.url()).toBe(`${shopUrl}/`)
      await checkPage(visitor.page, 'forms-embed-thank-you')

      const contacts = await page.request.get(
        `/api/v1/accounts/${accountId}/contacts?q=camille%40example.test`,
      )
      expect((await contacts.json()).items).toMatchObject([
        { email: 'camille@example.test', firstName: 'Camille' },
      ])

      // The hosted page of the same form: French, its widget too (and in the dark screenshot).
      const reader = await e2e.person()
      await reader.page.goto(`/f/${form.id}`)
      await reader.page.getByRole('heading', { name: 'Lettre d’information' }).waitFor()
      expect(await reader.page.getAttribute('html', 'lang')).toBe('fr')
      await proofSolved(reader)
      await reader.page.getByText('Vérifié', { exact: true }).waitFor()
      await checkPage(reader.page, 'forms-hosted-page-fr')

      // The refused send above is the one failed request the browser logged.
      visitor.errors.splice(
        0,
        visitor.errors.length,
        ...visitor.errors.filter((error) => !/status of 422/.test(error)),
      )
    },
    STORY_TIMEOUT,
  )
})
