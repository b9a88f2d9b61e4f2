import { describe, expect, it } from 'vitest'
import { draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { SAMPLE_CONTACT } from '../content/render.js'

/** Issue 17: an email campaign's preview text, what inboxes show after the subject. */
const { t, sink } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

const ana = [{ email: 'ana@example.com', firstName: 'Ana' }]

function errorField(reply: { error: { field?: string; details?: { field?: string } } }) {
  return reply.error.field ?? reply.error.details?.field
}

describe('preview text of an email campaign', () => {
  it('is kept, changed, cleared and copied by duplicate', async () => {
    const b = await newBrand(t, 'pt-roundtrip', ana)
    const campaign = await draft(b.browser, b, { previewText: '  Spring is here  ' })
    expect(campaign.previewText).toBe('Spring is here')
    const read = expectStatus(await b.browser.get(`${b.base}/campaigns/${campaign.id}`), 200)
    expect(read.previewText).toBe('Spring is here')

    const url = `${b.base}/campaigns/${campaign.id}`
    const edited = expectStatus(await b.browser.patch(url, { previewText: '20% off' }), 200)
    expect(edited.previewText).toBe('20% off')
    // An edit that does not name it leaves it as it was.
    expect(expectStatus(await b.browser.patch(url, { subject: 'New' }), 200).previewText).toBe(
      '20% off',
    )
    const copy = expectStatus(await b.browser.post(`${url}/duplicate`), 201)
    expect(copy.previewText).toBe('20% off')

    expect(expectStatus(await b.browser.patch(url, { previewText: '  ' }), 200).previewText).toBe(
      null,
    )
    expect(expectStatus(await b.browser.patch(url, { previewText: 'x' }), 200).previewText).toBe(
      'x',
    )
    expect(expectStatus(await b.browser.patch(url, { previewText: null }), 200).previewText).toBe(
      null,
    )
    const plain = await draft(b.browser, b)
    expect(plain.previewText).toBe(null)
    // The 200 characters are counted once the padding is trimmed.
    const full = 'x'.repeat(200)
    const padded = expectStatus(await b.browser.patch(url, { previewText: `  ${full}\n ` }), 200)
    expect(padded.previewText).toBe(full)
  })

  it('refuses what cannot be a preview text, naming the field', async () => {
    const b = await newBrand(t, 'pt-refused', [])
    for (const previewText of ['a\u0000b', 'a\ud800b', 'x'.repeat(201), 'Hi {{ firstName']) {
      const refused = expectStatus(
        await b.browser.post(`${b.base}/campaigns`, {
          name: 'Bad',
          channel: 'email',
          previewText,
        }),
        422,
      )
      expect(errorField(refused)).toMatch(/previewText$/)
    }
    const sms = expectStatus(
      await b.browser.post(`${b.base}/campaigns`, {
        name: 'Text',
        channel: 'sms',
        previewText: 'Not for SMS',
      }),
      422,
    )
    expect(errorField(sms)).toBe('previewText')
  })

  it('the test send carries it too', async () => {
    const b = await newBrand(t, 'pt-test', ana)
    expectStatus(await b.browser.post(`${b.base}/testers`, { email: 'qa@pt-test.example' }), 201)
    const campaign = await draft(b.browser, b, { previewText: 'Hello {{ firstName }}' })
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/test`), 200)
    const mail = await sink.waitFor((m) => (m.to as { text: string }).text === 'qa@pt-test.example')
    // Rendered for the sample contact, as the subject is.
    // A body without <body> gets it first.
    expect(String(mail.html)).toMatch(
      new RegExp(`^<div style="display:none;[^"]*">Hello ${SAMPLE_CONTACT.first_name}</div><p>Hi`),
    )
  })
})
