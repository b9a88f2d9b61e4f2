import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { expect } from 'vitest'
import { pendingRecipients } from '../../src/campaigns/repository.js'
import { createMailer, type Mailer } from '../../src/delivery/mailer.js'
import type { Deps } from '../../src/deps.js'
import { type Reply, sessionHeaders } from './app.js'
import { expectStatus } from './sharing.js'
import { listenSmtp } from './smtp.js'

/**
 * Helpers of the delivery robustness tests: a light SMTP sink that only reads the headers it
 * counts by (tens of thousands of messages without parsing every body), a client interface that
 * works both in-process (Browser, app.inject) and against a real server (fetch), and the checks
 * that hold after any delivery: exactly once per recipient, credits used == rows sent.
 */

export interface Received {
  messageId: string
  to: string
}

export interface CountingSink {
  url: string
  received: Received[]
  /** Messages whose Message-ID belongs to the campaign (`<campaignId.contactId@…>`). */
  of(campaignId: string): Received[]
  /** Waits until `predicate` holds, checked after every message and every 100 ms. */
  waitUntil(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>
  /** Each message is answered only after this many milliseconds (a slow-ish server). */
  delayMs: number
  /** SMTP connections accepted so far. */
  connections: number
  close(): Promise<void>
}

function headerOf(head: string, name: string): string {
  const match = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head)
  return (match?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim()
}

/** A real SMTP server on loopback that records the Message-ID and To of every message. */
export async function startCountingSink(options: { delayMs?: number } = {}): Promise<CountingSink> {
  const received: Received[] = []
  const sink = {
    delayMs: options.delayMs ?? 0,
    connections: 0,
  }
  const { url, close } = await listenSmtp({
    disableReverseLookup: true,
    onConnect(_session, callback) {
      sink.connections += 1
      callback()
    },
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const end = raw.search(/\r?\n\r?\n/)
        const head = end < 0 ? raw : raw.slice(0, end)
        const done = () => {
          received.push({
            messageId: headerOf(head, 'Message-ID').replace(/^<|>$/g, ''),
            to: headerOf(head, 'To').toLowerCase(),
          })
          callback()
        }
        if (sink.delayMs > 0) setTimeout(done, sink.delayMs)
        else done()
      })
    },
  })
  return Object.assign(sink, {
    url,
    received,
    of: (campaignId: string) => received.filter((m) => m.messageId.startsWith(`${campaignId}.`)),
    async waitUntil(predicate: () => boolean, what: string, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
        await sleep(50)
      }
    },
    close,
  })
}

/**
 * What a crash of the delivery worker may send twice: the claimed batch (200, src/delivery/sender.ts)
 * plus a group of marks (50).
 */
export const IN_FLIGHT_WINDOW = 250

export interface Tally {
  messages: number
  uniqueMessageIds: number
  uniqueRecipients: number
  /** Messages beyond the first per Message-ID. */
  duplicates: number
}

export function tally(messages: Received[]): Tally {
  const ids = new Set(messages.map((m) => m.messageId))
  const recipients = new Set(messages.map((m) => m.to))
  return {
    messages: messages.length,
    uniqueMessageIds: ids.size,
    uniqueRecipients: recipients.size,
    duplicates: messages.length - ids.size,
  }
}

/** Anything that speaks the API: the in-process Browser, or the fetch client of a real server. */
export interface Client {
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>
  get(url: string): Promise<Reply>
  post(url: string, body?: unknown): Promise<Reply>
}

export { expectStatus }

/** A signed-in client of a real server on `port`: keeps the cookies and echoes the CSRF token. */
export class HttpClient implements Client {
  private readonly cookies = new Map<string, string>()
  constructor(public port: number) {}

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const isText = typeof body === 'string'
    const response = await fetch(`http://127.0.0.1:${this.port}${url}`, {
      method,
      headers: {
        ...sessionHeaders(this.cookies),
        ...(body !== undefined && !isText ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: isText ? body : JSON.stringify(body) }),
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair?.indexOf('=') ?? -1
      if (!pair || at < 0) continue
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1)
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    const text = await response.text()
    const type = response.headers.get('content-type') ?? ''
    return {
      status: response.status,
      body: type.includes('json') && text ? JSON.parse(text) : text,
      headers: Object.fromEntries(response.headers),
    }
  }

  get = (url: string) => this.request('GET', url)
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {})
}

export interface Brand {
  base: string
  accountId: string
  sender: string
  groupId: string
  addresses: string[]
}

/**
 * A sender, a group and `count` contacts in the group (through the CSV import endpoint), in the
 * account `accountId`, by a client that may do all of that (the account's Owner).
 */
export async function setUpBrand(
  client: Client,
  accountId: string,
  name: string,
  count: number,
  importTimeoutMs = 120_000,
): Promise<Brand> {
  const base = `/api/v1/accounts/${accountId}`
  const sender = `news@${name}.example`
  expectStatus(await client.post(`${base}/senders`, { email: sender, name: `${name} news` }), 201)
  const group = expectStatus(await client.post(`${base}/groups`, { name: 'Everyone' }), 201)
  const addresses = Array.from({ length: count }, (_, i) => `${name}-${i}@example.com`)
  const csv = `email,firstName\n${addresses.map((a, i) => `${a},P${i}`).join('\n')}\n`
  const started = expectStatus(
    await client.request('POST', `${base}/imports?groupId=${group.id}`, csv, {
      'content-type': 'text/csv',
    }),
    202,
  )
  const deadline = Date.now() + importTimeoutMs
  for (;;) {
    const progress = expectStatus(await client.get(`${base}/imports/${started.importId}`), 200)
    if (progress.status === 'done') {
      expect(progress.imported).toBe(count)
      break
    }
    if (progress.status === 'failed') throw new Error(`import failed: ${progress.message}`)
    if (Date.now() > deadline) throw new Error('import did not finish')
    await sleep(100)
  }
  return { base, accountId, sender, groupId: group.id as string, addresses }
}

/** A draft email campaign to the brand's group; its id. */
export async function draftCampaign(
  client: Client,
  brand: Brand,
  name = 'Robust',
): Promise<string> {
  const campaign = expectStatus(
    await client.post(`${brand.base}/campaigns`, {
      name,
      channel: 'email',
      subject: 'Hello {{ firstName }}',
      from: brand.sender,
      text: 'Hi {{ firstName }}, this is {{ email }}.',
      groupIds: [brand.groupId],
    }),
    201,
  )
  return campaign.id as string
}

export interface LedgerState {
  status: string
  recipients: number
  creditsReserved: number
  creditsUsed: number
  /** campaign_recipients rows by status, and `pending`: recipients not yet moved into them. */
  rows: Record<string, number>
}

/** The campaign as the database holds it, and its send ledger by status. */
export async function ledgerOf(deps: Pick<Deps, 'db'>, campaignId: string): Promise<LedgerState> {
  const campaign = await deps.db
    .selectFrom('campaigns')
    .select(['account_id', 'status', 'recipient_count', 'credits_reserved', 'credits_used'])
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow()
  const counts = await deps.db
    .selectFrom('campaign_recipients')
    .select(['status', sql<string>`count(*)`.as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('status')
    .execute()
  const pending = await pendingRecipients(deps.db, campaign.account_id, campaignId)
  const rows: Record<string, number> = Object.fromEntries(
    counts.map((c) => [c.status, Number(c.n)]),
  )
  if (pending > 0) rows.pending = pending
  return {
    status: campaign.status,
    recipients: campaign.recipient_count,
    creditsReserved: Number(campaign.credits_reserved),
    creditsUsed: Number(campaign.credits_used),
    rows,
  }
}

export async function emailBalance(deps: Pick<Deps, 'db'>, accountId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('accounts')
    .select('email_credits')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
  return Number(row.email_credits)
}

/**
 * What must hold once a campaign of `brand` finished: status sent, every recipient reached, every
 * row sent, credits used == rows sent, and no more duplicates than `maxDuplicates`.
 */
export function expectDelivered(
  state: LedgerState,
  messages: Received[],
  brand: Pick<Brand, 'addresses'>,
  maxDuplicates = 0,
): Tally {
  const counted = tally(messages)
  expect(state.status).toBe('sent')
  expect(state.rows).toEqual({ sent: brand.addresses.length })
  expect(state.creditsUsed).toBe(brand.addresses.length)
  expect(state.creditsReserved).toBe(state.creditsUsed)
  expect(counted.uniqueMessageIds).toBe(brand.addresses.length)
  expect(counted.uniqueRecipients).toBe(brand.addresses.length)
  const reached = new Set(messages.map((m) => m.to))
  expect(brand.addresses.filter((a) => !reached.has(a))).toEqual([])
  expect(counted.duplicates).toBeLessThanOrEqual(maxDuplicates)
  return counted
}

/**
 * A mailer to `smtpUrl` that counts the sends it is given, whatever their outcome: for tests that
 * let a worker go round an unreachable relay a number of times before they look at the rows.
 */
export function countingMailer(
  deps: Pick<Deps, 'config'>,
  smtpUrl: string,
): { mailer: Mailer; sends: () => number } {
  const mailer = createMailer({ smtpUrl, from: deps.config.mailFrom, mailboxDir: '/nonexistent' })
  let sends = 0
  return {
    mailer: {
      ...mailer,
      send: (mail) => {
        sends += 1
        return mailer.send(mail)
      },
    },
    sends: () => sends,
  }
}
