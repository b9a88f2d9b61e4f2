import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '../../src/config.js'
import {
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { memberOf, type TestUser } from '../../test/helpers/factories.js'
import { type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import { checkPage, type Person, useE2E } from './harness.js'
import { openPage, STORY_TIMEOUT, signInAndOpen } from './steps.js'

// Campaign mail really goes out, to a loopback SMTP sink made before the server is.
let sink: SmtpSink
const config: Partial<Config> = { publicUrl: 'https://chorus.example' }
beforeAll(async () => {
  sink = await startSmtpSink()
  config.smtpUrl = sink.url
  return () => sink.close()
})

/** Picks an option of a Mantine Select or MultiSelect by the control's label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).and(page.locator('input')).click()
  await page.getByRole('option', { name: option }).click()
  await page.keyboard.press('Escape')
}

async function openOutbox(page: Page) {
  await openPage(page, 'Outbox', 'Outbox')
}

/** Signs in and opens a page of the brand's account (each user also has an account of their own). */
async function signInTo(
  page: Page,
  user: TestUser,
  accountId: string,
  path: string,
  heading: string,
) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').and(page.locator('input')).fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: /Your menu/ }).waitFor()
  await page.goto(`/a/${accountId}/${path}`)
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
}

describe('campaigns, the outbox and reports (seeds 002, 003, 004)', () => {
  const e2e = useE2E({ config })

  it(
    'an Author’s campaign goes to the outbox, is declined with a reason, edited, approved by a Manager in another browser, delivered, and its report charts the sends',
    async () => {
      const b = await newBrand(e2e.server, 'spring', [
        { email: 'ann@example.com', firstName: 'Ann' },
        { email: 'bob@example.com', firstName: 'Bob' },
      ])
      const api = (path: string) => b.browser.get(`${b.base}${path}`)

      // The Author writes the campaign; the screen says before the click that it needs approval.
      const author = await e2e.person()
      const page = author.page
      await signInTo(page, b.author.user, b.accountId, 'campaigns', 'Campaigns')
      await page.getByText('No campaigns yet.').waitFor()
      await checkPage(page, 'campaigns-list-empty')
      await page.getByRole('button', { name: 'New campaign' }).click()
      await page.getByRole('dialog').getByLabel('Name').fill('Spring sale')
      await page.getByRole('button', { name: 'Create campaign' }).click()
      await page.getByRole('heading', { name: 'Spring sale', level: 1 }).waitFor()
      await choose(page, 'From address', `spring news <${b.sender}>`)
      await page.getByLabel('Subject').fill('Spring is hre')
      await page
        .getByLabel('HTML')
        .fill('<p>Hi {{ firstName }}, see <a href="https://shop.example/sale">the sale</a></p>')
      await choose(page, 'Groups', 'Customers')
      await page.getByText(/2 recipients after unsubscribes/).waitFor()
      await page.getByText('this campaign goes to the Outbox').waitFor()
      await checkPage(page, 'campaigns-editor')
      await page.getByRole('button', { name: 'Send for approval' }).click()
      await page.getByText('In the outbox', { exact: true }).waitFor()
      const [campaign] = expectStatus(await api('/campaigns'), 200).items
      expect(campaign).toMatchObject({ status: 'pending_approval', recipients: 2 })

      // The Manager is told by email, with a link to the campaign's page.
      const notice = await sink.waitFor(
        (m) => m.subject?.includes('waiting for your approval') ?? false,
      )
      expect(notice.text).toContain(
        `https://chorus.example/a/${b.accountId}/campaigns/${campaign.id}`,
      )

      // The Manager, in a browser of their own, declines it with a reason.
      const manager = (await e2e.person()).page
      await signInTo(manager, b.manager.user, b.accountId, 'outbox', 'Outbox')
      const waiting = manager.getByRole('region', { name: 'Waiting for your approval' })
      await waiting.getByRole('link', { name: 'Spring sale' }).waitFor()
      await checkPage(manager, 'campaigns-outbox-approver')
      await waiting.getByRole('button', { name: 'Decline' }).click()
      const dialog = manager.getByRole('dialog')
      await dialog.getByLabel('Reason').fill('The subject has a typo')
      await dialog.getByRole('button', { name: 'Decline' }).click()
      await manager.getByText('Nothing waits for your approval.').waitFor()
      expect(expectStatus(await api(`/campaigns/${campaign.id}`), 200)).toMatchObject({
        status: 'draft',
        declineReason: 'The subject has a typo',
      })

      // The Author sees the reason in the outbox, fixes the subject and sends it again.
      await openOutbox(page)
      const declined = page.getByRole('region', { name: 'Declined' })
      await declined.getByText('The subject has a typo').waitFor()
      await checkPage(page, 'campaigns-outbox-declined')
      await declined.getByRole('link', { name: 'Spring sale' }).click()
      await page.getByRole('status').getByText('The subject has a typo').waitFor()
      await page.getByLabel('Subject').fill('Spring is here')
      await page.getByRole('button', { name: 'Send for approval' }).click()
      await page.getByText('In the outbox', { exact: true }).waitFor()

      // The Manager approves it from the outbox; it goes out to the SMTP sink.
      await manager.reload()
      await waiting.getByRole('button', { name: 'Approve' }).click()
      await manager.getByText('Nothing waits for your approval.').waitFor()
      const approved = expectStatus(await api(`/campaigns/${campaign.id}`), 200)
      expect(approved).toMatchObject({ status: 'sending', approvedBy: b.manager.user.id })
      await deliverEverything(e2e.server)
      const mails = messagesOf(sink, campaign.id)
      expect(mails.map((m) => m.subject)).toEqual(['Spring is here', 'Spring is here'])

      // The report shows the sends, in figures and on the chart.
      await page.goto(`/a/${b.accountId}/campaigns/${campaign.id}/report`)
      await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor()
      await page
        .getByRole('figure', { name: /over time/ })
        .locator('svg')
        .first()
        .waitFor()
      const report = expectStatus(await api(`/campaigns/${campaign.id}/report`), 200)
      expect(report.sent).toBe(2)
      await page.getByText('https://shop.example/sale').waitFor()
      await checkPage(page, 'campaigns-report')
      await openPage(page, 'Campaigns', 'Campaigns')
      await page.getByRole('cell', { name: 'Sent', exact: true }).waitFor()
      await checkPage(page, 'campaigns-list')
    },
    STORY_TIMEOUT,
  )

  it(
    'an SMS campaign shows its parts and credit cost before it is sent; a Basic user cannot see another user’s report',
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
      await page.getByLabel('Text', { exact: true }).fill(`${'a'.repeat(69)}😀`)
      await choose(page, 'Groups', 'Customers')
      await page.getByText('2 parts per message').waitFor()
      await page.getByText(/Cost: 4 SMS credits/).waitFor()
      await checkPage(page, 'campaigns-sms-editor')
      await page.getByRole('button', { name: 'Send now' }).click()
      await page.getByText('Sending progress').waitFor()
      const [sms] = expectStatus(await b.browser.get(`${b.base}/campaigns`), 200).items
      expect(sms).toMatchObject({ status: 'sending', creditsReserved: 4 })
      await checkPage(page, 'campaigns-sending')

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
      expectStatus(await basic.browser.get(`${b.base}/campaigns/${sms.id}/report`), 404)
      // The refused report's 404s are the point of this step, not an error of the app.
      const expected = /status of 404/
      other.errors.splice(0, other.errors.length, ...other.errors.filter((e) => !expected.test(e)))
    },
    STORY_TIMEOUT,
  )
})
