import { sql } from 'kysely'
import type { SMTPServerAddress } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { countingMailer } from '../../test/helpers/delivery.js'
import { listenSmtp, type SmtpListener } from '../../test/helpers/smtp.js'
import { AppError } from '../errors.js'
import { classifyFailure, RenderFailure } from './failures.js'
import { DeliveryWorker } from './sender.js'
import { SmsGatewayError } from './sms.js'

/** An error shaped as nodemailer reports it. */
function smtpError(message: string, fields: Record<string, unknown>) {
  return Object.assign(new Error(message), fields)
}

describe('one classification of every kind of failure', () => {
  const fetchFailed = (code: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) })
  const cases: Array<[string, unknown, 'unreachable' | 'temporary' | 'permanent']> = [
    [
      'relay refuses the connection',
      smtpError('connect ECONNREFUSED', { code: 'ESOCKET' }),
      'unreachable',
    ],
    [
      'relay closes the connection',
      smtpError('Connection closed', { code: 'ECONNECTION' }),
      'unreachable',
    ],
    [
      'relay does not answer',
      smtpError('Greeting never received', { code: 'ETIMEDOUT' }),
      'unreachable',
    ],
    [
      'relay name does not resolve',
      smtpError('getaddrinfo ENOTFOUND', { code: 'EDNS' }),
      'unreachable',
    ],
    [
      'relay refuses our login',
      smtpError('Invalid login: 535', { code: 'EAUTH', responseCode: 535 }),
      'unreachable',
    ],
    [
      'relay shutting down (421)',
      smtpError('Invalid greeting', { code: 'EPROTOCOL', responseCode: 421 }),
      'unreachable',
    ],
    ['SMS gateway unreachable', fetchFailed('ECONNREFUSED'), 'unreachable'],
    [
      'SMS gateway too slow',
      Object.assign(new Error('aborted'), { name: 'TimeoutError' }),
      'unreachable',
    ],
    ['SMS gateway down (503)', new SmsGatewayError(503), 'unreachable'],
    ['SMS gateway rate limit (429)', new SmsGatewayError(429), 'unreachable'],
    [
      'mailbox busy (451)',
      smtpError("Can't send mail", { code: 'EENVELOPE', responseCode: 451 }),
      'temporary',
    ],
    [
      'mailbox full (452)',
      smtpError("Can't send mail", { code: 'EMESSAGE', responseCode: 452 }),
      'temporary',
    ],
    [
      'bad sequence (503)',
      smtpError('Bad sequence', { code: 'EPROTOCOL', responseCode: 503 }),
      'temporary',
    ],
    ['SMS gateway error (500)', new SmsGatewayError(500), 'temporary'],
    ['something nobody foresaw', new Error('surprise'), 'temporary'],
    [
      'unknown mailbox (550)',
      smtpError('Recipient command failed', { code: 'EENVELOPE', responseCode: 550 }),
      'permanent',
    ],
    [
      'message refused (554)',
      smtpError('Message failed', { code: 'EMESSAGE', responseCode: 554 }),
      'permanent',
    ],
    ['invalid address', smtpError('No recipients defined', { code: 'EENVELOPE' }), 'permanent'],
    ['SMS refused (400)', new SmsGatewayError(400), 'permanent'],
    [
      'render limit',
      new RenderFailure(new AppError('validation_failed', 'html could not be rendered: too long')),
      'permanent',
    ],
    ['render crash', new RenderFailure(new TypeError('worker ended')), 'permanent'],
  ]
  it.each(cases)('%s → %s', (_what, error, kind) => {
    expect(classifyFailure(error).kind).toBe(kind)
  })

  it.each([
    ['550 5.1.1 <x@y>: user unknown', 'RCPT TO', true],
    ['550 5.2.1 mailbox disabled', 'RCPT TO', true],
    ['550 no such mailbox', 'RCPT TO', true],
    ['554 5.7.1 <x@y>: Relay access denied', 'RCPT TO', false],
    ['550 5.7.1 rejected for poor reputation', 'RCPT TO', false],
    ['552 5.2.2 mailbox full', 'RCPT TO', false],
    ['554 5.6.0 message content rejected', 'DATA', false],
    ['550 relay not permitted', 'RCPT TO', false],
    ['550 your IP 10.5.1.23 is listed', 'RCPT TO', false],
    ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'RCPT TO', false],
    [
      '550 <x@y>: Recipient address rejected: User unknown in local recipient table',
      'RCPT TO',
      true,
    ],
    ['550 Requested action not taken: mailbox unavailable', 'RCPT TO', true],
  ])('a refusal "%s" to %s is a hard bounce: %s', (response, command, hard) => {
    const error = smtpError(`Can't send mail: ${response}`, {
      code: 'EENVELOPE',
      command,
      response,
      responseCode: Number(response.slice(0, 3)),
    })
    const failure = classifyFailure(error)
    expect(failure.kind).toBe('permanent')
    expect(failure.kind === 'permanent' && failure.hardBounce === true).toBe(hard)
  })

  it('keeps the reason: the server answer, or what did not render', () => {
    const refused = smtpError('Recipient command failed: 550 5.1.1 no such user', {
      code: 'EENVELOPE',
      responseCode: 550,
    })
    expect(classifyFailure(refused).reason).toContain('550 5.1.1 no such user')
    const render = new AppError('validation_failed', 'html could not be rendered: output too long')
    expect(classifyFailure(new RenderFailure(render)).reason).toBe(
      'html could not be rendered: output too long',
    )
  })
})

/** Answers RCPT TO by the local part: `refused` 550, `later` 451, anyone else is accepted. */
const RCPT_ANSWERS: Record<string, { code: number; text: string }> = {
  refused: { code: 550, text: '5.1.1 no such user' },
  later: { code: 451, text: '4.7.1 try again later' },
}

let t: TestApp
let relay: SmtpListener
const rcpts: string[] = []

beforeAll(async () => {
  relay = await listenSmtp({
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      rcpts.push(address.address)
      const answer = RCPT_ANSWERS[address.address.split('@')[0] ?? '']
      if (!answer) return callback()
      callback(Object.assign(new Error(answer.text), { responseCode: answer.code }))
    },
    onData(stream, _session, callback) {
      stream.on('end', () => callback())
      stream.resume()
    },
  })
  t = await createTestApp({ config: { smtpUrl: relay.url } })
})

afterAll(async () => {
  await t?.close()
  await relay?.close()
})

/** The drill-down of a campaign, by address. */
async function outcomes(b: Brand, campaignId: string) {
  const page = expectStatus(
    await b.browser.get(`${b.base}/campaigns/${campaignId}/report/recipients?limit=1000`),
    200,
  )
  const items = page.items as Array<{ address: string; status: string; error: string | null }>
  return new Map(items.map((i) => [i.address, { status: i.status, error: i.error }]))
}

async function attemptsOf(campaignId: string) {
  const rows = await t.deps.db
    .selectFrom('campaign_recipients')
    .select(['address', 'attempts', 'status'])
    .where('campaign_id', '=', campaignId)
    .execute()
  return Object.fromEntries(rows.map((r) => [r.address, r.attempts]))
}

async function launched(b: Brand, extra: Record<string, unknown> = {}) {
  const campaign = await draft(b.browser, b, extra)
  expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
  return campaign.id as string
}

describe('a message that fails', () => {
  it('a template that does not render for a recipient fails that recipient with the reason; the others are sent', async () => {
    const b = await newBrand(t, 'render-fails', [
      { email: 'boom@render.example', firstName: 'Boom' },
      { email: 'fine@render.example', firstName: 'Fine' },
    ])
    // Compiles, but for Boom the output doubles past every render limit.
    const html =
      '{% if firstName == "Boom" %}{% assign s = "xxxxxxxxxx" %}{% for i in (1..24) %}{% assign s = s | append: s %}{% endfor %}{{ s }}{% endif %}<p>Hi {{ firstName }}</p>'
    const id = await launched(b, { html })
    await deliverEverything(t) // returns: nothing is left queued for ever
    const byAddress = await outcomes(b, id)
    expect(byAddress.get('fine@render.example')).toMatchObject({ status: 'sent' })
    const boom = byAddress.get('boom@render.example')
    expect(boom?.status).toBe('failed')
    expect(boom?.error).toMatch(/could not be rendered/)
    expect(rcpts).not.toContain('boom@render.example')
    const done = expectStatus(await b.browser.get(`${b.base}/campaigns/${id}`), 200)
    expect(done).toMatchObject({ status: 'sent', creditsUsed: 1 })
    const report = expectStatus(await b.browser.get(`${b.base}/campaigns/${id}/report`), 200)
    expect(report).toMatchObject({ sent: 1, failed: 1 })
  }, 30_000)

  it('content that no longer compiles when the worker takes the campaign up fails its recipients and ends it', async () => {
    const b = await newBrand(t, 'stale', [
      { email: 'x@stale.example' },
      { email: 'y@stale.example' },
    ])
    const id = await launched(b)
    // As if the limits had changed since the launch compiled it.
    await t.deps.db
      .updateTable('campaigns')
      .set({ html: '<p>{% if %}</p>' })
      .where('id', '=', id)
      .execute()
    await deliverEverything(t)
    const byAddress = await outcomes(b, id)
    for (const address of ['x@stale.example', 'y@stale.example']) {
      expect(byAddress.get(address)?.status).toBe('failed')
      expect(byAddress.get(address)?.error).toMatch(/html is not valid Liquid/)
    }
    const done = expectStatus(await b.browser.get(`${b.base}/campaigns/${id}`), 200)
    expect(done).toMatchObject({ status: 'sent', creditsUsed: 0 })
  }, 30_000)

  it('a permanent answer fails at once with the server answer; "try later" is tried five times, then fails', async () => {
    const b = await newBrand(t, 'answers', [
      { email: 'refused@answers.example' },
      { email: 'later@answers.example' },
      { email: 'ok@answers.example' },
    ])
    const id = await launched(b)
    await deliverEverything(t)
    const tries = (address: string) => rcpts.filter((a) => a === address).length
    expect(tries('refused@answers.example')).toBe(1)
    expect(tries('later@answers.example')).toBe(5)
    expect(tries('ok@answers.example')).toBe(1)
    const byAddress = await outcomes(b, id)
    expect(byAddress.get('ok@answers.example')).toMatchObject({ status: 'sent', error: null })
    expect(byAddress.get('refused@answers.example')?.status).toBe('failed')
    expect(byAddress.get('refused@answers.example')?.error).toMatch(/550 5\.1\.1 no such user/)
    expect(byAddress.get('later@answers.example')?.status).toBe('failed')
    expect(byAddress.get('later@answers.example')?.error).toMatch(
      /gave up after 5 attempts: .*451 4\.7\.1 try again later/,
    )
    expect(await attemptsOf(id)).toEqual({
      'refused@answers.example': 0,
      'later@answers.example': 5,
      'ok@answers.example': 0,
    })
  })

  it('a relay answering 421 (shutting down) costs no attempts: nobody fails, all are sent once it is back', async () => {
    const b = await newBrand(t, 'closing', [
      { email: 'a@closing.example' },
      { email: 'b@closing.example' },
      { email: 'c@closing.example' },
    ])
    const closing = await listenSmtp({
      onConnect(_session, callback) {
        callback(Object.assign(new Error('4.3.2 Service shutting down'), { responseCode: 421 }))
      },
    })
    const { mailer, sends } = countingMailer(t.deps, closing.url)
    const id = await launched(b)
    const worker = new DeliveryWorker({ ...t.deps, mailer }).start()
    try {
      // Four rounds over the audience: the attempts counted per claim used to fail them in five.
      await expect.poll(sends, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(12)
    } finally {
      await worker.stop()
      mailer.close()
      await closing.close()
    }
    const rows = await t.deps.db
      .selectFrom('campaign_recipients')
      .select(['status', sql<number>`max(attempts)`.as('most')])
      .where('campaign_id', '=', id)
      .groupBy('status')
      .execute()
    expect(rows).toEqual([{ status: 'queued', most: 0 }])
    await deliverEverything(t)
    expect((await outcomes(b, id)).get('a@closing.example')?.status).toBe('sent')
    const done = expectStatus(await b.browser.get(`${b.base}/campaigns/${id}`), 200)
    expect(done).toMatchObject({ status: 'sent', creditsUsed: 3 })
  }, 60_000)
})
