import { createPublicKey, randomUUID } from 'node:crypto'
import { authenticate } from 'mailauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, createTestApp, signUp, type TestApp } from '../../test/helpers/app.js'
import { createUser, memberOf } from '../../test/helpers/factories.js'
import { listenSmtp } from '../../test/helpers/smtp.js'
import type { TxtResolver } from '../deps.js'
import { dkimKeyFor, lookupTxt, newDkimKeyPair, normalizeDomainName } from './domains.js'

const PUBLIC_URL = 'https://chorus.example.net'
const SPF_INCLUDE = '_spf.chorus.example.net'

// ---------------------------------------------------------------------------------------------
// A DNS zone the tests publish to, answered like node:dns (ENOTFOUND for unknown names).

type Answer = string[][] | Error | 'hang'
const zone = new Map<string, Answer>()

function dnsError(code: string, name: string) {
  return Object.assign(new Error(`queryTxt ${code} ${name}`), { code, hostname: name })
}

async function answer(name: string): Promise<string[][]> {
  const found = zone.get(name.toLowerCase())
  if (found === undefined) throw dnsError('ENOTFOUND', name)
  if (found === 'hang') return new Promise(() => {})
  if (found instanceof Error) throw found
  return found
}

const resolver: TxtResolver = { resolveTxt: answer }

/** DNS splits TXT data in character strings of at most 255 bytes. */
function chunked(value: string): string[] {
  const chunks: string[] = []
  for (let i = 0; i < value.length; i += 255) chunks.push(value.slice(i, i + 255))
  return chunks
}

interface DnsRecordOut {
  type: string
  name: string
  value: string
  purpose: 'spf' | 'dkim' | 'dmarc'
  found?: boolean
}

function publish(records: DnsRecordOut[]) {
  for (const record of records) {
    expect(record.type).toBe('TXT')
    zone.set(record.name, [chunked(record.value)])
  }
}

// ---------------------------------------------------------------------------------------------
// A loopback SMTP server that keeps each message's raw bytes and its SMTP session.

interface RawMessage {
  raw: Buffer
  mailFrom: string
  remoteAddress: string
  helo: string
}

async function startRawSmtp() {
  const received: RawMessage[] = []
  const { url, close } = await listenSmtp({
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: mailFrom ? mailFrom.address : '',
          remoteAddress: session.remoteAddress,
          helo: session.hostNameAppearsAs,
        })
        callback()
      })
    },
  })
  return { url, received, close }
}

let t: TestApp
let smtp: Awaited<ReturnType<typeof startRawSmtp>>

beforeAll(async () => {
  smtp = await startRawSmtp()
  t = await createTestApp({ config: { smtpUrl: smtp.url, publicUrl: PUBLIC_URL }, dns: resolver })
})

afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

const base = (accountId: string) => `/api/v1/accounts/${accountId}/domains`

async function owner() {
  const { browser, account } = await signUp(t.app)
  return { browser, accountId: account.id as string }
}

async function addDomain(browser: Browser, accountId: string, domain: string) {
  const reply = await browser.post(base(accountId), { domain })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body as { id: string; domain: string; selector: string; records: DnsRecordOut[] }
}

function record(body: { records: DnsRecordOut[] }, purpose: DnsRecordOut['purpose']) {
  const found = body.records.find((r) => r.purpose === purpose)
  if (!found) throw new Error(`no ${purpose} record`)
  return found
}

/** mailauth gives `false` for a check it did not run. */
function present<T>(value: T | false): T {
  if (value === false) throw new Error('the check did not run')
  return value
}

async function storedPrivateKey(domainId: string) {
  const row = await t.deps.db
    .selectFrom('domains')
    .select('dkim_private_key')
    .where('id', '=', domainId)
    .executeTakeFirstOrThrow()
  return row.dkim_private_key
}

// ---------------------------------------------------------------------------------------------

describe('adding a sender domain', () => {
  it('answers 201 with the SPF, DKIM and DMARC records to publish, and a 2048-bit key', async () => {
    const { browser, accountId } = await owner()
    const reply = await browser.post(base(accountId), { domain: 'Brand-One.Example.COM.' })
    expect(reply.status).toBe(201)
    const body = reply.body
    expect(body).toMatchObject({
      id: expect.any(String),
      domain: 'brand-one.example.com',
      verified: false,
      verifiedAt: null,
      lastCheckedAt: null,
    })
    expect(body.selector).toMatch(/^chorus-\d{8}-[0-9a-f]{4}$/)
    expect(body.records.map((r: DnsRecordOut) => r.purpose)).toEqual(['spf', 'dkim', 'dmarc'])
    expect(record(body, 'spf')).toEqual({
      type: 'TXT',
      name: 'brand-one.example.com',
      value: `v=spf1 include:${SPF_INCLUDE} ~all`,
      purpose: 'spf',
    })
    expect(record(body, 'dmarc')).toEqual({
      type: 'TXT',
      name: '_dmarc.brand-one.example.com',
      value: 'v=DMARC1; p=none; adkim=r; aspf=r',
      purpose: 'dmarc',
    })
    const dkim = record(body, 'dkim')
    expect(dkim.name).toBe(`${body.selector}._domainkey.brand-one.example.com`)
    const match = /^v=DKIM1; k=rsa; p=([A-Za-z0-9+/=]+)$/.exec(dkim.value)
    expect(match).not.toBeNull()
    const key = createPublicKey({
      key: Buffer.from(match?.[1] ?? '', 'base64'),
      format: 'der',
      type: 'spki',
    })
    expect(key.asymmetricKeyType).toBe('rsa')
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048)

    // Listed and readable; every domain has a key of its own.
    const other = await addDomain(browser, accountId, 'other-brand.example.org')
    expect(record(other, 'dkim').value).not.toBe(dkim.value)
    const list = await browser.get(base(accountId))
    expect(list.status).toBe(200)
    expect(list.body.items.map((d: { domain: string }) => d.domain)).toEqual([
      'brand-one.example.com',
      'other-brand.example.org',
    ])
    const one = await browser.get(`${base(accountId)}/${body.id}`)
    expect(one.status).toBe(200)
    expect(one.body).toEqual(body)
  })

  it('stores a Unicode name as its A-labels', async () => {
    const { browser, accountId } = await owner()
    expect((await addDomain(browser, accountId, 'Bücher.example')).domain).toBe(
      'xn--bcher-kva.example',
    )
  })

  it('refuses what is not a domain name with 422 on `domain`', async () => {
    const { browser, accountId } = await owner()
    const bad = [
      '',
      '   ',
      'localhost',
      'matrix',
      'https://example.com',
      'example.com/path',
      'example.com:25',
      'user@example.com',
      'exa mple.com',
      'exa_mple.com',
      '-bad.example.com',
      'bad-.example.com',
      'a..example.com',
      '.example.com',
      '192.168.0.1',
      'ab--cd.example.com',
      'xn--a.example.com',
      `${'a'.repeat(64)}.example.com`,
      `${'abcdefghi.'.repeat(26)}com`,
    ]
    for (const domain of bad) {
      const reply = await browser.post(base(accountId), { domain })
      expect(reply.status, domain).toBe(422)
      expect(reply.body.error, domain).toMatchObject({ code: 'validation_failed', field: 'domain' })
    }
    const extra = await browser.post(base(accountId), { domain: 'example.com', selector: 'x' })
    expect(extra.status).toBe(422)
    expect((await browser.get(base(accountId))).body.items).toEqual([])
  })

  it('refuses the same domain twice in one account with 409, but another account may add it', async () => {
    const { browser, accountId } = await owner()
    await addDomain(browser, accountId, 'twice.example.com')
    const again = await browser.post(base(accountId), { domain: 'TWICE.example.com' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ code: 'conflict', field: 'domain' })
    const elsewhere = await owner()
    await addDomain(elsewhere.browser, elsewhere.accountId, 'twice.example.com')
  })
})

describe('verifying a sender domain', () => {
  it('is not verified before the records are published, whatever the DNS error', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'unpublished.example.com')
    zone.set('unpublished.example.com', dnsError('ENODATA', 'unpublished.example.com'))
    zone.set('_dmarc.unpublished.example.com', dnsError('ESERVFAIL', '_dmarc'))
    const reply = await browser.post(`${base(accountId)}/${domain.id}/verify`)
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ verified: false, verifiedAt: null })
    expect(reply.body.lastCheckedAt).toEqual(expect.any(String))
    expect(reply.body.records.map((r: DnsRecordOut) => [r.purpose, r.found])).toEqual([
      ['spf', false],
      ['dkim', false],
      ['dmarc', false],
    ])
  })

  it('treats a lookup that never answers as not found', async () => {
    zone.set('slow.example.com', 'hang')
    expect(await lookupTxt({ dns: resolver }, 'slow.example.com', 50)).toEqual([])
  })

  it('is verified once the DKIM record carries our key, and reports SPF and DMARC', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'verified.example.com')
    // Only DKIM published: verified, SPF and DMARC missing.
    publish([record(domain, 'dkim')])
    const first = await browser.post(`${base(accountId)}/${domain.id}/verify`)
    expect(first.status).toBe(200)
    expect(first.body.verified).toBe(true)
    expect(first.body.verifiedAt).toEqual(expect.any(String))
    expect(first.body.records.map((r: DnsRecordOut) => [r.purpose, r.found])).toEqual([
      ['spf', false],
      ['dkim', true],
      ['dmarc', false],
    ])
    // Everything published (next to an unrelated TXT record at the domain).
    publish(domain.records)
    zone.set('verified.example.com', [
      ['google-site-verification=abc'],
      chunked(record(domain, 'spf').value),
    ])
    const second = await browser.post(`${base(accountId)}/${domain.id}/verify`)
    expect(second.body.records.every((r: DnsRecordOut) => r.found)).toBe(true)
    expect(second.body.verifiedAt).toBe(first.body.verifiedAt)
    const read = await browser.get(`${base(accountId)}/${domain.id}`)
    expect(read.body).toMatchObject({ verified: true, verifiedAt: first.body.verifiedAt })
  })

  it('is not verified when the published key is another one, and a failed check unverifies', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'wrongkey.example.com')
    publish(domain.records)
    expect((await browser.post(`${base(accountId)}/${domain.id}/verify`)).body.verified).toBe(true)

    const { publicKey } = await newDkimKeyPair()
    zone.set(record(domain, 'dkim').name, [chunked(`v=DKIM1; k=rsa; p=${publicKey}`)])
    const reply = await browser.post(`${base(accountId)}/${domain.id}/verify`)
    expect(reply.body).toMatchObject({ verified: false, verifiedAt: null })
    expect(reply.body.records.map((r: DnsRecordOut) => [r.purpose, r.found])).toEqual([
      ['spf', true],
      ['dkim', false],
      ['dmarc', true],
    ])
    expect(await dkimKeyFor(t.deps.db, accountId, 'a@wrongkey.example.com')).toBeUndefined()
  })

  it('does not count two SPF records or an SPF record without our include', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'spf.example.com')
    publish(domain.records)
    zone.set('spf.example.com', [['v=spf1 include:_spf.elsewhere.test ~all']])
    let reply = await browser.post(`${base(accountId)}/${domain.id}/verify`)
    expect(record(reply.body, 'spf').found).toBe(false)
    zone.set('spf.example.com', [[record(domain, 'spf').value], ['v=spf1 -all']])
    reply = await browser.post(`${base(accountId)}/${domain.id}/verify`)
    expect(record(reply.body, 'spf').found).toBe(false)
    expect(reply.body.verified).toBe(true)
  })
})

describe('deleting a sender domain', () => {
  it('answers 204, then 404; unknown and malformed ids are 404', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'gone.example.com')
    expect((await browser.delete(`${base(accountId)}/${domain.id}`)).status).toBe(204)
    expect((await browser.get(`${base(accountId)}/${domain.id}`)).status).toBe(404)
    expect((await browser.delete(`${base(accountId)}/${domain.id}`)).status).toBe(404)
    for (const id of [randomUUID(), 'not-an-id']) {
      expect((await browser.get(`${base(accountId)}/${id}`)).status).toBe(404)
      expect((await browser.post(`${base(accountId)}/${id}/verify`)).status).toBe(404)
      expect((await browser.delete(`${base(accountId)}/${id}`)).status).toBe(404)
    }
    // The name is free again.
    await addDomain(browser, accountId, 'gone.example.com')
  })

  it('keeps accounts apart: another account’s domain is 404', async () => {
    const a = await owner()
    const b = await owner()
    const domain = await addDomain(a.browser, a.accountId, 'mine.example.com')
    expect((await b.browser.get(`${base(b.accountId)}/${domain.id}`)).status).toBe(404)
    expect((await b.browser.delete(`${base(b.accountId)}/${domain.id}`)).status).toBe(404)
    expect((await a.browser.get(`${base(a.accountId)}/${domain.id}`)).status).toBe(200)
  })
})

describe('access and audit', () => {
  it('needs domains.manage: an Author gets 403, a Manager may', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'guarded.example.com')
    const author = await memberOf(t.deps, t.app, accountId, { role: 'author' }, 'author')
    const attempts = [
      await author.browser.get(base(accountId)),
      await author.browser.post(base(accountId), { domain: 'author.example.com' }),
      await author.browser.get(`${base(accountId)}/${domain.id}`),
      await author.browser.post(`${base(accountId)}/${domain.id}/verify`),
      await author.browser.delete(`${base(accountId)}/${domain.id}`),
    ]
    for (const reply of attempts) {
      expect(reply.status).toBe(403)
      expect(reply.body.error).toMatchObject({ code: 'forbidden', permission: 'domains.manage' })
    }
    const manager = await memberOf(t.deps, t.app, accountId, { role: 'manager' }, 'manager')
    expect((await manager.browser.get(`${base(accountId)}/${domain.id}`)).status).toBe(200)
  })

  it('records add, check and delete in the audit log', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'audited.example.com')
    await browser.post(`${base(accountId)}/${domain.id}/verify`)
    await browser.delete(`${base(accountId)}/${domain.id}`)
    const audit = await browser.get(`/api/v1/accounts/${accountId}/audit`)
    const events = audit.body.items.filter(
      (e: { target: { type: string } | null }) => e.target?.type === 'domain',
    )
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'domain.deleted',
      'domain.checked',
      'domain.added',
    ])
    expect(events[1].details).toMatchObject({ domain: 'audited.example.com', verified: false })
    for (const event of events) expect(event.target.id).toBe(domain.id)
  })

  it('never shows the private key in any answer', async () => {
    const { browser, accountId } = await owner()
    const domain = await addDomain(browser, accountId, 'secret.example.com')
    publish(domain.records)
    const privateKey = await storedPrivateKey(domain.id)
    expect(privateKey).toContain('PRIVATE KEY')
    const keyBody = privateKey.split('\n')[1] as string
    const bodies = [
      JSON.stringify(domain),
      (await browser.get(base(accountId))).body,
      (await browser.get(`${base(accountId)}/${domain.id}`)).body,
      (await browser.post(`${base(accountId)}/${domain.id}/verify`)).body,
      (await browser.get(`/api/v1/accounts/${accountId}/audit`)).body,
      (await browser.delete(`${base(accountId)}/${domain.id}`)).body,
    ].map((b) => (typeof b === 'string' ? b : JSON.stringify(b)))
    for (const body of bodies) {
      expect(body).not.toContain('PRIVATE KEY')
      expect(body).not.toContain(keyBody)
      expect(body).not.toMatch(/privateKey|private_key/i)
    }
  })
})

describe('signing', () => {
  it('dkimKeyFor gives the key of a verified domain or of a verified parent, else nothing', async () => {
    const { browser, accountId } = await owner()
    const parent = await addDomain(browser, accountId, 'signing.example.com')
    const child = await addDomain(browser, accountId, 'news.signing.example.com')
    expect(await dkimKeyFor(t.deps.db, accountId, 'a@signing.example.com')).toBeUndefined()

    publish(parent.records)
    await browser.post(`${base(accountId)}/${parent.id}/verify`)
    const key = await dkimKeyFor(t.deps.db, accountId, 'Team <hello@Signing.Example.com>')
    expect(key).toEqual({
      domainName: 'signing.example.com',
      keySelector: parent.selector,
      privateKey: await storedPrivateKey(parent.id),
    })
    // A subdomain is signed by its verified parent (relaxed alignment) until it is verified itself.
    expect(await dkimKeyFor(t.deps.db, accountId, 'x@deep.news.signing.example.com')).toEqual(key)
    publish(child.records)
    await browser.post(`${base(accountId)}/${child.id}/verify`)
    expect(
      (await dkimKeyFor(t.deps.db, accountId, 'x@deep.news.signing.example.com'))?.domainName,
    ).toBe('news.signing.example.com')

    for (const from of ['a@notsigning.example.com', 'a@example.com', 'no address', '']) {
      expect(await dkimKeyFor(t.deps.db, accountId, from), from).toBeUndefined()
    }
    const stranger = await createUser(t.deps, 'stranger')
    expect(
      await dkimKeyFor(t.deps.db, stranger.ownAccountId, 'a@signing.example.com'),
    ).toBeUndefined()
    expect(await dkimKeyFor(t.deps.db, 'not-a-uuid', 'a@signing.example.com')).toBeUndefined()
  })

  describe('a message sent through the mailer', () => {
    let domain: Awaited<ReturnType<typeof addDomain>>
    let accountId: string

    /** mailauth's resolver: the records we told the owner to publish, and our SPF include. */
    const mailauthResolver = async (name: string, type: string) => {
      if (type !== 'TXT') throw dnsError('ENOTFOUND', name)
      return answer(name)
    }

    beforeAll(async () => {
      const signer = await owner()
      accountId = signer.accountId
      domain = await addDomain(signer.browser, accountId, 'acme-mail.com')
      publish(domain.records)
      zone.set(SPF_INCLUDE, [['v=spf1 ip4:127.0.0.1 -all']])
      const verify = await signer.browser.post(`${base(accountId)}/${domain.id}/verify`)
      expect(verify.body.records.every((r: DnsRecordOut) => r.found)).toBe(true)
    })

    async function send(from: string, text: string) {
      const messageId = `<${randomUUID()}@acme-mail.com>`
      await t.deps.mailer.send({
        to: 'reader@receiver.test',
        from,
        subject: 'Spring news',
        text,
        html: `<p>${text}</p>`,
        messageId,
        dkim: await dkimKeyFor(t.deps.db, accountId, from),
      })
      const message = smtp.received.find((m) => m.raw.includes(messageId))
      if (!message) throw new Error('the message did not arrive')
      return message
    }

    function check(message: RawMessage, raw = message.raw) {
      return authenticate(raw, {
        ip: message.remoteAddress,
        helo: message.helo,
        sender: message.mailFrom,
        mta: 'mx.receiver.test',
        resolver: mailauthResolver,
        disableArc: true,
        disableBimi: true,
      })
    }

    it('carries a DKIM signature that verifies with the published record, and DMARC passes', async () => {
      const message = await send('Acme <news@acme-mail.com>', 'Our spring collection is here.')
      expect(message.remoteAddress).toBe('127.0.0.1')
      expect(message.mailFrom).toBe('news@acme-mail.com')
      const result = await check(message)
      expect(result.dkim.results).toHaveLength(1)
      const [signature] = result.dkim.results
      expect(signature).toMatchObject({
        signingDomain: 'acme-mail.com',
        selector: domain.selector,
        status: { result: 'pass' },
      })
      expect(present(result.spf).status.result).toBe('pass')
      expect(present(result.dmarc).status.result).toBe('pass')
      expect(present(result.dmarc).alignment.dkim.result).toBe('acme-mail.com')
      expect(present(result.dmarc).alignment.spf.result).toBe('acme-mail.com')
    })

    it('aligns a subdomain From address through the parent domain’s signature (relaxed)', async () => {
      const message = await send('hello@news.acme-mail.com', 'From a subdomain.')
      const result = await check(message)
      expect(result.dkim.results[0]).toMatchObject({
        signingDomain: 'acme-mail.com',
        status: { result: 'pass' },
      })
      // No SPF record at the subdomain: DMARC passes on the DKIM signature alone.
      expect(present(result.spf).status.result).not.toBe('pass')
      expect(present(result.dmarc).status.result).toBe('pass')
      expect(present(result.dmarc).alignment.dkim.result).toBe('acme-mail.com')
    })

    it('fails verification when the body was changed on the way', async () => {
      const message = await send('news@acme-mail.com', 'The price is 10 EUR.')
      const tampered = Buffer.from(
        message.raw.toString('latin1').replaceAll('10 EUR', '99 EUR'),
        'latin1',
      )
      expect(tampered.equals(message.raw)).toBe(false)
      const result = await check(message, tampered)
      expect(result.dkim.results[0]?.status.result).not.toBe('pass')
      expect(present(result.dmarc).alignment.dkim.result).toBeUndefined()
    })

    it('goes out unsigned from a domain that is not verified', async () => {
      const message = await send('news@unverified-brand.com', 'Unsigned.')
      expect(message.raw.toString('latin1')).not.toMatch(/^DKIM-Signature:/im)
    })
  })
})

describe('normalizeDomainName', () => {
  it('lower-cases, drops the root dot and converts Unicode to A-labels', () => {
    expect(normalizeDomainName(' Mail.Example.COM. ')).toBe('mail.example.com')
    expect(normalizeDomainName('xn--bcher-kva.de')).toBe('xn--bcher-kva.de')
    expect(normalizeDomainName('müller.de')).toBe('xn--mller-kva.de')
  })
})
