import type { ParsedMail } from 'mailparser'
import { describe, expect, it } from 'vitest'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
  rawHeader,
} from '../../test/helpers/campaigns.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

/** Sends a campaign of the brand (the draft helper's, changed by `extra`) to Ana; her message. */
async function sentToAna(b: Brand, extra: Record<string, unknown> = {}): Promise<ParsedMail> {
  const campaign = await draft(b.browser, b, extra)
  expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
  await deliverEverything(t)
  const [mail] = messagesOf(sink, campaign.id)
  if (!mail) throw new Error('no message was sent')
  return mail
}

const ana = [{ email: 'ana@example.com', firstName: 'Ana' }]

describe('what a campaign email carries', () => {
  it('From shows the sender’s name unless the campaign names another', async () => {
    const b = await newBrand(t, 'named', ana)
    const plain = await sentToAna(b)
    expect(plain.from?.value).toEqual([{ name: 'named news', address: 'news@named.example' }])
    const renamed = await sentToAna(b, { fromName: 'Named Spring Team' })
    expect(renamed.from?.value).toEqual([
      { name: 'Named Spring Team', address: 'news@named.example' },
    ])
  })

  it('a display name ending in a backslash or holding quotes still makes a well-formed From', async () => {
    const b = await newBrand(t, 'slash', ana)
    for (const fromName of ['Acme \\', 'The "best" \\ shop']) {
      const mail = await sentToAna(b, { fromName })
      expect(mail.from?.value).toEqual([{ name: fromName, address: 'news@slash.example' }])
    }
  })

  it('List-Unsubscribe offers only the one-click https link, no mailbox nobody reads', async () => {
    const b = await newBrand(t, 'oneclick', ana)
    const mail = await sentToAna(b)
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(
      /^<https:\/\/chorus\.example\/u\/[A-Za-z0-9_-]+>$/,
    )
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  })

  it('an HTML-only campaign gets a text part made from its HTML, unsubscribe link included', async () => {
    const b = await newBrand(t, 'textpart', ana)
    const mail = await sentToAna(b, {
      html: '<h1>Spring sale</h1><p>Hi {{ firstName }}, see <a href="https://shop.example/sale">the sale</a> &amp; save.</p>',
    })
    // Lines are wrapped (at 80): compare the words.
    const text = (mail.text ?? '').replace(/\s+/g, ' ')
    expect(text).toMatch(
      /Hi Ana, see the sale \[https:\/\/chorus\.example\/t\/c\/[^\]]+\] & save\./,
    )
    expect(text).toMatch(/Unsubscribe \[https:\/\/chorus\.example\/u\/[A-Za-z0-9_-]+\]/)
    expect(text).not.toContain('<')
    // A text the author wrote is sent as written (with the unsubscribe line).
    const written = await sentToAna(b, { text: 'Hello {{ firstName }} in plain words.' })
    expect(written.text).toContain('Hello Ana in plain words.')
    expect(written.text).not.toContain('Spring sale')
  })
})

describe('the preview text of an email campaign (issue 17)', () => {
  const page =
    '<!doctype html><html><head><title>Sale</title></head><body class="x"><p>Body</p></body></html>'
  /** The hidden block a preheader is, and what it holds. */
  const PREHEADER = /<div style="display:none;[^"]*">([^<]*)<\/div>/

  it('goes first in the sent HTML body, hidden, personalised and escaped', async () => {
    const b = await newBrand(t, 'pt-sent', ana)
    const mail = await sentToAna(b, {
      html: page,
      previewText: 'For {{ firstName }}: <script>alert(1)</script> & more',
    })
    const html = String(mail.html)
    expect(html).toMatch(/<body class="x"><div style="display:none;[^"]*">[^<]*<\/div><p>Body/)
    expect(PREHEADER.exec(html)?.[1]).toBe(
      'For Ana: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
    )
    expect(html).not.toContain('<script>')
    // The text part is the message itself: the preheader is for inboxes' list, not for reading.
    expect(mail.text).toContain('Body')
    expect(mail.text).not.toContain('For Ana')
  })

  it('a campaign without one sends its HTML as written', async () => {
    const b = await newBrand(t, 'pt-none', ana)
    const html = String((await sentToAna(b, { html: page })).html)
    expect(html).toContain('<body class="x"><p>Body</p>')
    expect(html).not.toMatch(PREHEADER)
  })
})
