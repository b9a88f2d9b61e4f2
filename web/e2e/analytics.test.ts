import { describe, expect, it } from 'vitest'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { grant } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('analytics (seeds 002, 003)', () => {
  const e2e = useE2E()

  async function sendCampaign(b: Brand) {
    const campaign = await draft(b.browser, b)
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    await deliverEverything(e2e.server)
  }

  it(
    'shows the account overview, and cross-account analytics summing two accounts',
    async () => {
      const north = await newBrand(e2e.server, 'north', [
        { email: 'n1@example.com' },
        { email: 'n2@example.com' },
      ])
      const south = await newBrand(e2e.server, 'south', [{ email: 's1@example.com' }])
      await grant(e2e.server.deps, south.accountId, north.owner.id, { role: 'admin' })
      await sendCampaign(north)
      await sendCampaign(south)

      const page = (await e2e.person()).page
      await signInAndOpen(page, north.owner, 'Analytics', 'Analytics')
      const sentCard = page.getByText('Sent', { exact: true }).first()
      await sentCard.waitFor()
      await page.getByRole('heading', { name: 'Sends, opens and clicks per day' }).waitFor()
      await checkPage(page, 'analytics-overview')

      await page.getByRole('tab', { name: 'Sub-accounts' }).click()
      await page.getByRole('region', { name: 'Figures per sub-account' }).waitFor()
      await checkPage(page, 'analytics-subaccounts')

      await page.getByRole('tab', { name: 'Cross-account' }).click()
      const table = page.getByRole('region', { name: 'Figures per account' })
      await table.getByRole('rowheader', { name: "south-owner's account" }).waitFor()
      await table.getByRole('rowheader', { name: "north-owner's account" }).waitFor()
      const total = table.getByRole('row', { name: /^Total/ })
      // Campaigns 2, Sent 3: the two accounts summed.
      await expect
        .poll(async () => (await total.getByRole('cell').allTextContents()).slice(0, 2))
        .toEqual(['2', '3'])
      await checkPage(page, 'analytics-cross-account')

      // The screen shows what the API answers.
      const api = await (await page.request.get('/api/v1/analytics/accounts')).json()
      expect(api.total).toMatchObject({ campaigns: 2, sent: 3 })
      expect(api.accounts).toHaveLength(2)

      // South's Owner reaches one account: the server refuses, and the screen says why.
      const other = (await e2e.person()).page
      await signInAndOpen(other, south.owner, 'Analytics', 'Analytics')
      await other.getByRole('tab', { name: 'Cross-account' }).click()
      await other.getByText('needs reports.cross_account in two or more accounts').waitFor()
    },
    STORY_TIMEOUT,
  )
})
