import { describe, expect, it } from 'vitest'
import { deliverEverything, draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

// No SMTP_URL: the server captures mail, and the Mailbox shows it.
describe('the Mailbox (issue 17)', () => {
  const e2e = useE2E()

  it(
    'without a mail server, the Mailbox lists a campaign’s email and shows it without running its script',
    async () => {
      const b = await newBrand(e2e.server, 'laptop', [
        { email: 'ann@example.com', firstName: 'Ann' },
      ])
      const owner = await e2e.person()
      const page = owner.page
      await signInAndOpen(page, b.owner, 'Mailbox', 'Mailbox')
      await page.getByText(/^No messages yet/).waitFor()
      await checkPage(page, 'mailbox-empty')

      // The Manager sends a campaign whose HTML would rewrite the page if its script ran.
      const html =
        '<p id="marker">Hi {{ firstName }}</p><p><a href="https://shop.example/sale">the sale</a></p><script>document.getElementById("marker").textContent = "script ran"; parent.document.title = "script ran"</script>'
      const campaign = await draft(b.manager.browser, b, { subject: 'Spring is here', html })
      expectStatus(await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
      await deliverEverything(e2e.server)

      await page.reload()
      const row = page.getByRole('row', { name: /Spring is here/ })
      await row.getByRole('cell', { name: 'ann@example.com' }).waitFor()
      await checkPage(page, 'mailbox-list')
      await row.getByRole('link', { name: 'Spring is here' }).click()
      await page.getByRole('heading', { name: 'Spring is here', level: 1 }).waitFor()
      const frame = page.frameLocator('iframe[title="The message"]')
      await frame.getByText('Hi Ann').waitFor()
      expect(await frame.locator('#marker').textContent()).toBe('Hi Ann')
      expect(await page.title()).not.toBe('script ran')
      // Its link goes to the shop, not through the click tracker: looking is no click.
      const link = frame.getByRole('link', { name: 'the sale' })
      expect(await link.getAttribute('href')).toBe('https://shop.example/sale')
      await checkPage(page, 'mailbox-message')
      await page.getByRole('tab', { name: 'Plain text' }).click()
      await page.getByText(/Hi Ann/).waitFor()

      // The server's list says the same: one message, to Ann, captured rather than sent.
      const listed = await (await page.request.get(`${b.base}/mailbox`)).json()
      expect(listed).toMatchObject({ capturing: true, items: [{ to: 'ann@example.com' }] })
      expect(listed.items).toHaveLength(1)
      // The browser reports the script it refused to run: that refusal is the point of this story.
      const blocked =
        /Blocked script execution in .*\/mailbox\/.*\/html' because the document's frame is sandboxed/
      expect(owner.errors.some((e) => blocked.test(e))).toBe(true)
      owner.errors.splice(0, owner.errors.length, ...owner.errors.filter((e) => !blocked.test(e)))

      // While the list loads there is no table yet, and a list that fails is an alert, no table.
      let answer!: () => void
      const held = new Promise<void>((resolve) => {
        answer = resolve
      })
      const list = (url: URL) => url.pathname === `${b.base}/mailbox` && url.search === ''
      await page.route(list, async (route) => {
        await held
        await route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'x' } } })
      })
      await page.goto(new URL(`/a/${b.accountId}/mailbox`, page.url()).href)
      await page.getByLabel('Loading the mailbox').waitFor()
      expect(await page.getByRole('table').count()).toBe(0)
      answer()
      await page
        .getByRole('alert')
        .filter({ hasText: 'The mailbox could not be loaded.' })
        .waitFor()
      expect(await page.getByRole('table').count()).toBe(0)
      await checkPage(page, 'mailbox-error')
      const refused = /Failed to load resource: the server responded with a status of 500/
      owner.errors.splice(0, owner.errors.length, ...owner.errors.filter((e) => !refused.test(e)))
    },
    STORY_TIMEOUT,
  )
})
