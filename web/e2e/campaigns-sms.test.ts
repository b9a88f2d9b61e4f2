import { describe, expect, it } from 'vitest'
import { deliverEverything, draft, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { choose, signInTo } from './campaign-steps.js'
import { checkPage, type Person, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('SMS campaigns and own message data (seeds 003, 004)', () => {
  // Texts really leave, over HTTP, to a loopback SMS gateway the harness starts.
  const e2e = useE2E({ sms: true })

  it(
    'an SMS campaign shows its parts and credit cost before it is sent, and each recipient gets it through the gateway; a Basic user cannot see another user’s report',
    async () => {
      const b = await newBrand(e2e.server, 'texts', [
        { phone: '+14155550101', firstName: 'Dee' },
        { phone: '+14155550102', firstName: 'Eve' },
      ])
      const owner: Person = await e2e.person()
      const page = owner.page
      await signInAndOpen(page, b.owner, 'Campaigns', 'Campaigns')
      await page.getByRole('button', { name: 'New campaign' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('Name').fill('Flash sale')
      await dialog.getByText('SMS', { exact: true }).click()
      await dialog.getByRole('button', { name: 'Create campaign' }).click()
      await page.getByRole('heading', { name: 'Flash sale', level: 1 }).waitFor()
      await page.getByLabel('Sender', { exact: true }).fill('ACME')
      // An emoji makes it Unicode: 71 units are two parts of 67, for each of two recipients.
      const text = `${'a'.repeat(69)}😀`
      await page.getByLabel('Text', { exact: true }).fill(text)
      await choose(page, 'Groups', 'Customers')
      await page.getByText('2 parts per message').waitFor()
      await page.getByText(/Cost: 4 SMS credits/).waitFor()
      await checkPage(page, 'campaigns-sms-editor')
      await page.getByRole('button', { name: 'Send now' }).click()
      await page.getByText('Sending progress').waitFor()
      // The Owner's API session ended when they signed in here: ask as this browser.
      const listed = await page.request.get(`${b.base}/campaigns`)
      const [sms] = (await listed.json()).items
      expect(sms).toMatchObject({ status: 'sending', creditsReserved: 4 })
      await checkPage(page, 'campaigns-sending')

      // The worker hands each text to the gateway: one message per recipient, as written.
      await deliverEverything(e2e.server)
      expect(e2e.sms.messages.map((m) => [m.to, m.from, m.body]).sort()).toEqual([
        ['+14155550101', 'ACME', text],
        ['+14155550102', 'ACME', text],
      ])
      await page.getByRole('progressbar', { name: '2 of 2 recipients done' }).waitFor()
      await page.getByText('Delivery', { exact: true }).waitFor()
      const credits = await (await page.request.get(`${b.base}/credits`)).json()
      expect(Number(credits.sms)).toBe(100 - 4)

      // A Basic user lists only their own campaigns and cannot open another user's report.
      const basic = await memberOf(
        e2e.server.deps,
        e2e.server.app,
        b.accountId,
        {
          role: 'basic_user',
        },
        'basic',
      )
      await draft(basic.browser, b, { name: 'Basic own' })
      const other = await e2e.person()
      await signInTo(other.page, basic.user, b.accountId, 'campaigns', 'Campaigns')
      await other.page.getByRole('link', { name: 'Basic own' }).waitFor()
      expect(await other.page.getByRole('link', { name: 'Flash sale' }).count()).toBe(0)
      await other.page.goto(`/a/${b.accountId}/campaigns/${sms.id}/report`)
      await other.page.getByText('Report not available').waitFor()
      await checkPage(other.page, 'campaigns-report-refused')
      // The server refuses it too (this browser's session; the API one ended at sign-in).
      const refused = await other.page.request.get(`${b.base}/campaigns/${sms.id}/report`)
      expect(refused.status()).toBe(404)
      // The refused report's 404s are the point of this step, not an error of the app.
      const expected = /status of 404/
      other.errors.splice(0, other.errors.length, ...other.errors.filter((e) => !expected.test(e)))
    },
    STORY_TIMEOUT,
  )
})
