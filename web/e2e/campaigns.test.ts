import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '../../src/config.js'
import {
  deliverEverything,
  expectStatus,
  messagesOf,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import { choose, signInTo } from './campaign-steps.js'
import { checkPage, useE2E } from './harness.js'
import { openPage, STORY_TIMEOUT } from './steps.js'

// Campaign mail really goes out, to a loopback SMTP sink made before the server is.
let sink: SmtpSink
const config: Partial<Config> = { publicUrl: 'https://chorus.example' }
beforeAll(async () => {
  sink = await startSmtpSink()
  config.smtpUrl = sink.url
  return () => sink.close()
})

async function openOutbox(page: Page) {
  await openPage(page, 'Outbox', 'Outbox')
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
})
