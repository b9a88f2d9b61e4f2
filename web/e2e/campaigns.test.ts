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

/** The Author's time zone: half an hour off UTC, so a conversion that is wrong shows. */
const AUTHOR_ZONE = 'Asia/Kolkata'
const AUTHOR_OFFSET_MINUTES = 330

/**
 * Schedules for the 15th of next month at 09:30 in the picker, in the Author's time zone; answers
 * the instant that is and the day as the picker shows it.
 */
async function pickSchedule(page: Page): Promise<{ at: Date; shownDay: string }> {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: AUTHOR_ZONE,
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number]
  const day = new Date(Date.UTC(year, month, 15)) // `month` counts from 1: this is the next one
  const monthName = day.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
  await page.getByLabel('Schedule (optional)').click()
  await page.getByRole('button', { name: 'Next month' }).click()
  await page.getByRole('button', { name: `15 ${monthName} ${day.getUTCFullYear()}` }).click()
  await page.getByLabel('Hours').fill('09')
  await page.getByLabel('Minutes').fill('30')
  await page.getByRole('button', { name: 'Done' }).click()
  const shownDay = `15 ${monthName.slice(0, 3)} ${day.getUTCFullYear()}`
  await page.getByText(`${shownDay} 09:30`).waitFor()
  return { at: new Date(day.getTime() + (9 * 60 + 30 - AUTHOR_OFFSET_MINUTES) * 60_000), shownDay }
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
      const cdp = await author.context.newCDPSession(page)
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId: AUTHOR_ZONE })
      await signInTo(page, b.author.user, b.accountId, 'campaigns', 'Campaigns')
      await page.getByText('No campaigns yet.').waitFor()
      await checkPage(page, 'campaigns-list-empty')
      await page.getByRole('button', { name: 'New campaign' }).click()
      await page.getByRole('dialog').getByLabel('Name').fill('Spring sale')
      await page.getByRole('button', { name: 'Create campaign' }).click()
      await page.getByRole('heading', { name: 'Spring sale', level: 1 }).waitFor()
      await choose(page, 'From address', `spring news <${b.sender}>`)
      await page.getByLabel('Subject').fill('Spring is hre')
      await page.getByLabel('Preview text').fill('Ten days of <b>offers</b>, {{ firstName }}')
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

      // The Author sees the reason in the outbox, fixes the subject and sends it again, for the
      // 15th of next month at 09:30 her time.
      await openOutbox(page)
      const declined = page.getByRole('region', { name: 'Declined' })
      await declined.getByText('The subject has a typo').waitFor()
      await checkPage(page, 'campaigns-outbox-declined')
      await declined.getByRole('link', { name: 'Spring sale' }).click()
      await page.getByRole('status').getByText('The subject has a typo').waitFor()
      await page.getByLabel('Subject').fill('Spring is here')
      const { at, shownDay } = await pickSchedule(page)
      await page.getByRole('button', { name: 'Send for approval' }).click()
      await page.getByText('In the outbox', { exact: true }).waitFor()
      expect(expectStatus(await api(`/campaigns/${campaign.id}`), 200)).toMatchObject({
        status: 'pending_approval',
        scheduledAt: at.toISOString(),
      })

      // The Manager approves it from the outbox: it is scheduled.
      await manager.reload()
      await waiting.getByRole('button', { name: 'Approve' }).click()
      await manager.getByText('Nothing waits for your approval.').waitFor()
      const approved = expectStatus(await api(`/campaigns/${campaign.id}`), 200)
      expect(approved).toMatchObject({
        status: 'scheduled',
        scheduledAt: at.toISOString(),
        approvedBy: b.manager.user.id,
      })

      // The Manager (in UTC) unschedules it and sends it at once; it goes out to the SMTP sink.
      await manager.goto(`/a/${b.accountId}/campaigns/${campaign.id}`)
      await manager.getByText(`${shownDay} 04:00`).waitFor()
      await checkPage(manager, 'campaigns-scheduled')
      // A test of the scheduled campaign leaves it on its schedule, its credits held.
      expectStatus(await b.browser.post(`${b.base}/testers`, { email: 'qa@spring.example' }), 201)
      await manager.getByRole('button', { name: 'Send a test' }).click()
      await manager.getByText('Test sent to 1 tester.').waitFor()
      expect(expectStatus(await api(`/campaigns/${campaign.id}`), 200)).toMatchObject({
        status: 'scheduled',
        scheduledAt: at.toISOString(),
        creditsReserved: 2,
      })
      await manager.getByRole('button', { name: 'Unschedule' }).click()
      await manager.getByText('The campaign is unscheduled: a draft again.').waitFor()
      expect(expectStatus(await api(`/campaigns/${campaign.id}`), 200)).toMatchObject({
        status: 'draft',
        scheduledAt: null,
      })
      await manager.getByRole('button', { name: 'Send now' }).click()
      await manager.getByText('The campaign is on its way.').waitFor()
      await deliverEverything(e2e.server)
      const mails = messagesOf(sink, campaign.id)
      expect(mails.map((m) => m.subject)).toEqual(['Spring is here', 'Spring is here'])
      // The preview text leads the HTML, hidden, personalised and escaped.
      expect(
        String(
          mails.find((m) => m.to && String((m.to as { text: string }).text) === 'ann@example.com')
            ?.html,
        ),
      ).toMatch(
        /<div style="display:none;[^"]*">Ten days of &lt;b&gt;offers&lt;\/b&gt;, Ann<\/div>/,
      )

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
