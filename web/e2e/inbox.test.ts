import { describe, expect, it } from 'vitest'
import { receiveInboundMessage } from '../../src/inbox/receive.js'
import { newBrand } from '../../test/helpers/campaigns.js'
import { checkPage, useE2E } from './harness.js'
import { STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('the inbox (seed 003) and a single message (seed 002)', () => {
  // The answer really leaves, over HTTP, to a loopback SMS gateway the harness starts.
  const e2e = useE2E({ sms: true })

  it(
    'shows a contact’s SMS reply with an unread count, and an answer by SMS goes out through the gateway',
    async () => {
      const b = await newBrand(e2e.server, 'inbox', [
        {
          phone: '+14155550123',
          email: 'ada@example.test',
          firstName: 'Ada',
          lastName: 'Lovelace',
        },
      ])
      // The gateway's inbound route belongs to another part of the work: file the reply directly.
      const { threadId } = await receiveInboundMessage(e2e.server.deps.db, {
        accountId: b.accountId,
        channel: 'sms',
        from: '+14155550123',
        to: 'ACME',
        body: 'Is the spring sale still on?',
        externalId: 'gw-e2e-1',
      })
      const owner = await e2e.person()
      const page = owner.page
      await signInAndOpen(page, b.owner, 'Inbox', 'Inbox')
      // The navigation counts the unread conversation.
      await page.getByRole('link', { name: /Inbox.*1 unread/ }).waitFor()
      await checkPage(page, 'inbox-list')

      await page.getByRole('button', { name: /Ada Lovelace.*1 unread/ }).click()
      const conversation = page.getByRole('list', { name: 'Messages' })
      await conversation.getByText('Is the spring sale still on?').waitFor()
      await page.getByLabel('Your answer').fill('Yes, until Sunday 6pm.')
      await page.getByRole('button', { name: 'Send' }).click()
      await page.getByText('SMS sent').waitFor()
      await conversation.getByText('Yes, until Sunday 6pm.').waitFor()
      await conversation.getByText('sent', { exact: true }).waitFor()
      expect(e2e.sms.messages).toContainEqual({
        to: '+14155550123',
        from: 'ACME',
        body: 'Yes, until Sunday 6pm.',
      })
      await checkPage(page, 'inbox-thread')

      // The server says the same: the answer is sent, the thread read, one credit spent.
      const messages = await page.request.get(`${b.base}/inbox/threads/${threadId}/messages`)
      const items = (await messages.json()).items
      expect(items.at(-1)).toMatchObject({ direction: 'out', status: 'sent', parts: 1 })
      const unread = await (await page.request.get(`${b.base}/inbox/unread`)).json()
      expect(unread).toEqual({ threads: 0, messages: 0 })

      // Done: the conversation leaves the open list.
      await page.getByRole('button', { name: 'Mark done' }).click()
      await page.getByRole('button', { name: 'Reopen' }).waitFor()
      await page.getByText('No conversations here.', { exact: false }).waitFor()
    },
    STORY_TIMEOUT,
  )
})
