import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { recordUnsubscribe } from '../../src/audience/suppression/repository.js'
import { createSubaccount, createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

/** Picks an option of a Mantine select named `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).and(page.locator('input')).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

async function openTab(page: Page, tab: string) {
  await page.getByRole('navigation', { name: 'Audience' }).getByRole('link', { name: tab }).click()
  await page.getByRole('heading', { name: tab, level: 1 }).waitFor()
}

/** The number the builder's live count shows once it has settled on `expected`. */
async function liveCount(page: Page, expected: number) {
  const text = expected === 1 ? '1 contact matches' : `${expected} contacts match`
  await page.getByRole('status').getByText(text, { exact: true }).waitFor()
  return expected
}

describe('groups, tags, segments, blocklist and unsubscribes', () => {
  const e2e = useE2E()

  it(
    'a marketer builds a segment with a live count, duplicates it, shares a group, blocks and unblocks, and lifts an unsubscribe',
    async () => {
      const { deps, app } = e2e.server
      const owner = await createUser(deps, 'lists')
      const accountId = owner.ownAccountId
      const base = `/api/v1/accounts/${accountId}`
      const api = await logIn(app, owner)
      await createSubaccount(deps, accountId, 'Shop')
      expect((await api.post(`${base}/fields`, { key: 'city', type: 'text' })).status).toBe(201)
      for (const [email, firstName, city] of [
        ['ada@example.test', 'Ada', 'Paris'],
        ['alan@example.test', 'Alan', 'London'],
        ['grace@example.test', 'Grace', 'Paris'],
        ['bob@example.test', 'Bob', 'Berlin'],
      ] as const) {
        const reply = await api.post(`${base}/contacts`, { email, firstName, fields: { city } })
        expect(reply.status).toBe(201)
      }
      await recordUnsubscribe(deps.db, accountId, 'email', 'alan@example.test', 'campaign:c1')

      const page = (await e2e.person()).page
      // Signing in ends the API session above: the checks below ask as the browser.
      const read = async (path: string) => (await page.request.get(path)).json()
      await signInAndOpen(page, owner, 'Audience', 'Groups')
      await page.getByText('This account has no groups yet.').waitFor()

      // A group created and shared with the sub-account.
      await page.getByRole('button', { name: 'Create a group' }).click()
      const create = page.getByRole('dialog', { name: 'Create a group' })
      await create.getByLabel('Group name').fill('Spring launch')
      await create.getByLabel('Description').fill('Readers of the spring catalogue')
      await checkPage(page, 'lists-group-create')
      await create.getByRole('button', { name: 'Create the group' }).click()
      await page.getByRole('button', { name: 'Share Spring launch' }).click()
      const share = page.getByRole('dialog', { name: 'Share Spring launch' })
      await share.getByLabel('Share with').and(share.locator('input')).click()
      await page.getByRole('option', { name: 'Shop (sub-account)' }).click()
      await share.getByRole('button', { name: 'Share the group' }).click()
      await share.getByRole('button', { name: 'Stop sharing with Shop' }).waitFor()
      await checkPage(page, 'lists-group-share')
      await page.keyboard.press('Escape')
      await checkPage(page, 'lists-groups')
      const groups = (await read(`${base}/groups`)).items
      expect(groups).toEqual([expect.objectContaining({ name: 'Spring launch', memberCount: 0 })])
      const shares = await read(`${base}/groups/${groups[0].id}/shares`)
      expect(shares.items).toEqual([expect.objectContaining({ accountName: 'Shop' })])

      // Tags.
      await openTab(page, 'Tags')
      await page.getByRole('button', { name: 'Add a tag' }).click()
      await page.getByRole('dialog', { name: 'Add a tag' }).getByLabel('Tag name').fill('Press')
      await page.getByRole('button', { name: 'Add the tag' }).click()
      await page.getByRole('button', { name: 'Rename Press' }).waitFor()
      await checkPage(page, 'lists-tags')
      expect((await read(`${base}/tags`)).items).toEqual([
        expect.objectContaining({ name: 'Press' }),
      ])

      // A segment: two conditions, the live count following all and any.
      await openTab(page, 'Segments')
      await page.getByText('No segment yet.').waitFor()
      await page.getByRole('link', { name: 'Create a segment' }).click()
      await page.getByRole('heading', { name: 'New segment', level: 1 }).waitFor()
      await page.getByLabel('Segment name').fill('Paris or A')
      const first = 'Conditions, condition 1'
      await choose(page, `${first}: field`, 'First name')
      await choose(page, `${first}: operator`, 'starts with')
      await page.getByLabel(`${first}: value`, { exact: true }).fill('A')
      await liveCount(page, 2)
      await page.getByRole('button', { name: 'Add a condition' }).click()
      const second = 'Conditions, condition 2'
      await choose(page, `${second}: field`, 'city')
      await page.getByLabel(`${second}: value`, { exact: true }).fill('Paris')
      await liveCount(page, 1)
      await page.getByText('any of').click()
      const shown = await liveCount(page, 3)
      await checkPage(page, 'lists-segment-builder')
      await page.getByRole('button', { name: 'Create the segment' }).click()
      await page.getByRole('heading', { name: 'Paris or A', level: 1 }).waitFor()
      const saved = (await read(`${base}/segments`)).items
      expect(saved).toEqual([expect.objectContaining({ name: 'Paris or A' })])
      expect(saved[0].filter).toEqual({
        any: [
          { field: 'firstName', op: 'starts_with', value: 'A' },
          { field: 'fields.city', op: 'eq', value: 'Paris' },
        ],
      })
      const counted = await read(`${base}/segments/${saved[0].id}/count`)
      expect(counted).toEqual({ count: shown })

      // Duplicated: the copy opens in the builder with the same conditions.
      await page.getByRole('button', { name: 'Duplicate Paris or A' }).click()
      await page.getByRole('heading', { name: 'Paris or A (copy)', level: 1 }).waitFor()
      await liveCount(page, 3)
      await checkPage(page, 'lists-segment')
      await page.getByRole('link', { name: 'All segments' }).click()
      await page.getByRole('link', { name: 'Paris or A (copy)' }).waitFor()
      await checkPage(page, 'lists-segments')
      const names = (await read(`${base}/segments`)).items.map((s: any) => s.name)
      expect(names).toEqual(['Paris or A', 'Paris or A (copy)'])

      // An address blocked, then unblocked.
      await openTab(page, 'Blocklist')
      await page.getByRole('button', { name: 'Block an address' }).click()
      const block = page.getByRole('dialog', { name: 'Block an address' })
      await block.getByLabel('Address').fill('Spam@Example.test')
      await block.getByLabel('Reason').fill('Asked by phone')
      await block.getByRole('button', { name: 'Block', exact: true }).click()
      await page.getByRole('button', { name: 'Unblock spam@example.test' }).waitFor()
      await checkPage(page, 'lists-blocklist')
      const suppression = `${base}/suppression?channel=email&address=spam@example.test`
      expect(await read(suppression)).toMatchObject({ allowed: false })
      await page.getByRole('button', { name: 'Unblock spam@example.test' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Unblock' }).click()
      await page.getByText('No address is blocked.').waitFor()
      expect(await read(suppression)).toMatchObject({ allowed: true })

      // Someone without contacts.resubscribe sees the unsubscribe and no button to lift it.
      const { user: analyst } = await memberOf(deps, app, accountId, { role: 'analyst' })
      const reader = (await e2e.person()).page
      await signInAndOpen(reader, analyst, 'Audience', 'Groups')
      await openTab(reader, 'Unsubscribes')
      await reader.getByText('alan@example.test').waitFor()
      expect(await reader.getByRole('button', { name: /Resubscribe/ }).count()).toBe(0)

      // The owner lifts it.
      await openTab(page, 'Unsubscribes')
      await page.getByText('Unsubscribe link').waitFor()
      await checkPage(page, 'lists-unsubscribes')
      await page.getByRole('button', { name: 'Resubscribe alan@example.test' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Resubscribe' }).click()
      await page.getByText('Nobody has unsubscribed.').waitFor()
      const alan = `${base}/suppression?channel=email&address=alan@example.test`
      expect(await read(alan)).toMatchObject({ allowed: true })
      expect((await read(`${base}/unsubscribes`)).items).toEqual([])
    },
    STORY_TIMEOUT,
  )
})
