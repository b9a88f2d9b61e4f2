import { generateKeyPair, randomBytes, randomUUID } from 'node:crypto'
import dnsPromises from 'node:dns/promises'
import { domainToASCII, domainToUnicode } from 'node:url'
import { promisify } from 'node:util'
import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import type { AccountAccess } from '../access/service.js'
import type { Config } from '../config.js'
import { isUniqueViolation } from '../db/errors.js'
import type { DB } from '../db/schema.js'
import type { DkimKey } from '../delivery/mailer.js'
import type { Deps, TxtResolver } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { AppError, invalidField, notFound } from '../errors.js'
import * as repo from './domains-repository.js'
import type { CheckedDomain, DnsRecord as DnsRecordSchema, Domain, DomainList } from './schemas.js'

/**
 * Sender domains (SPEC §6 `…/domains`). Each domain gets its own 2048-bit RSA key; the owner
 * publishes the DKIM record (and our SPF include and a DMARC record), `verify` looks them up, and
 * mail whose From address is at a verified domain (or below it) is signed with its key.
 */

const generateRsaKeyPair = promisify(generateKeyPair)

export const DKIM_KEY_BITS = 2048
/** How long one DNS lookup may take before it counts as "not found". */
export const DNS_TIMEOUT_MS = 5_000

export type DnsRecord = Static<typeof DnsRecordSchema>
export type RecordPurpose = DnsRecord['purpose']

// ---------------------------------------------------------------------------------------------
// Names

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

function invalidDomain(message: string): AppError {
  return invalidField('domain', message)
}

/**
 * A domain name as stored: lower-case ASCII (a Unicode name becomes its A-labels), no trailing
 * dot, at least two labels of letters, digits and inner hyphens, a top-level label that is not
 * all digits (so an IP address is refused), at most 253 characters. A URL, an email address or
 * anything with a scheme or path is refused rather than guessed at.
 */
export function normalizeDomainName(input: string): string {
  let name = input.trim().toLowerCase()
  if (name.endsWith('.')) name = name.slice(0, -1)
  if (name === '') throw invalidDomain('domain must not be empty')
  if (/[/:@?#\s\\]/.test(name)) {
    throw invalidDomain(
      'domain must be a bare domain name such as example.com, without a scheme or path',
    )
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (/[^\x00-\x7f]/.test(name)) {
    const ascii = domainToASCII(name)
    if (ascii === '') throw invalidDomain('domain is not a valid internationalised domain name')
    name = ascii
  }
  if (name.length > 253) throw invalidDomain('domain must be at most 253 characters')
  const labels = name.split('.')
  if (labels.length < 2) throw invalidDomain('domain needs at least two labels, like example.com')
  for (const label of labels) {
    if (!LABEL.test(label)) {
      throw invalidDomain(
        `"${label}" is not a valid label: use letters, digits and inner hyphens, at most 63 characters`,
      )
    }
    if (label.slice(2, 4) === '--') {
      // IDNA: "xx--" labels are reserved, and an A-label must decode to a real U-label.
      const unicode = label.startsWith('xn--') ? domainToUnicode(label) : label
      if (unicode === label || unicode === '' || domainToASCII(unicode) !== label) {
        throw invalidDomain(`"${label}" is not a valid internationalised label`)
      }
    }
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) {
    throw invalidDomain('domain must be a name, not an IP address')
  }
  return name
}

/**
 * The SPF include every sender domain names: `_spf.` + the host of PUBLIC_URL. The operator
 * publishes there the addresses Chorus sends from (`v=spf1 ip4:… -all`).
 */
export function spfIncludeHost(config: Pick<Config, 'publicUrl'>): string {
  const host = new URL(config.publicUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return `_spf.${host}`
}

export function dkimRecordName(domain: string, selector: string): string {
  return `${selector}._domainkey.${domain}`
}

/** What the domain's owner publishes: SPF, DKIM (our public key) and a DMARC starting point. */
export function recordsFor(
  domain: { domain: string; dkim_selector: string; dkim_public_key: string },
  spfHost: string,
): DnsRecord[] {
  return [
    {
      type: 'TXT',
      name: domain.domain,
      value: `v=spf1 include:${spfHost} ~all`,
      purpose: 'spf',
    },
    {
      type: 'TXT',
      name: dkimRecordName(domain.domain, domain.dkim_selector),
      value: `v=DKIM1; k=rsa; p=${domain.dkim_public_key}`,
      purpose: 'dkim',
    },
    {
      type: 'TXT',
      name: `_dmarc.${domain.domain}`,
      value: 'v=DMARC1; p=none; adkim=r; aspf=r',
      purpose: 'dmarc',
    },
  ]
}

/** `chorus-YYYYMMDD-xxxx`: the date tells keys apart at a glance, the random part on one day. */
export function newSelector(now: Date): string {
  const date = now.toISOString().slice(0, 10).replaceAll('-', '')
  return `chorus-${date}-${randomBytes(2).toString('hex')}`
}

/** A fresh key pair: PEM (PKCS#8) private key, base64 DER SPKI public key (the record's `p=`). */
export async function newDkimKeyPair(): Promise<{ privateKey: string; publicKey: string }> {
  const { privateKey, publicKey } = await generateRsaKeyPair('rsa', {
    modulusLength: DKIM_KEY_BITS,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })
  return { privateKey, publicKey: publicKey.toString('base64') }
}

// ---------------------------------------------------------------------------------------------
// Presenting (never the private key: the repository does not even read it)

function iso(value: Date | null): string | null {
  return value ? new Date(value).toISOString() : null
}

function present(deps: Deps, row: repo.DomainRow): Static<typeof Domain> {
  return {
    id: row.id,
    domain: row.domain,
    verified: row.verified_at !== null,
    verifiedAt: iso(row.verified_at),
    lastCheckedAt: iso(row.last_checked_at),
    createdAt: new Date(row.created_at).toISOString(),
    selector: row.dkim_selector,
    records: recordsFor(row, spfIncludeHost(deps.config)),
  }
}

async function domainOf(deps: Deps, access: AccountAccess, id: string) {
  const row = await repo.findDomain(deps.db, access.accountId, id)
  if (!row) throw notFound('domain')
  return row
}

// ---------------------------------------------------------------------------------------------
// Operations

export async function addDomain(deps: Deps, access: AccountAccess, input: { domain: string }) {
  const domain = normalizeDomainName(input.domain)
  const taken = () =>
    new AppError('conflict', `${domain} is already a sender domain of this account`, {
      field: 'domain',
    })
  // Checked before the key is made (the key costs time); the unique index settles a race.
  const existing = await repo.listDomains(deps.db, access.accountId)
  if (existing.some((d) => d.domain === domain)) throw taken()
  const keys = await newDkimKeyPair()
  try {
    const row = await deps.db.transaction().execute(async (tx) => {
      const inserted = await repo.insertDomain(tx, {
        accountId: access.accountId,
        id: randomUUID(),
        domain,
        selector: newSelector(deps.clock.now()),
        privateKey: keys.privateKey,
        publicKey: keys.publicKey,
      })
      await recordAudit(tx, actorOf(access), {
        accountId: access.accountId,
        action: 'domain.added',
        target: { type: 'domain', id: inserted.id },
        details: { domain, selector: inserted.dkim_selector },
      })
      return inserted
    })
    return present(deps, row)
  } catch (error) {
    if (isUniqueViolation(error)) throw taken()
    throw error
  }
}

export async function listDomains(
  deps: Deps,
  access: AccountAccess,
): Promise<Static<typeof DomainList>> {
  const rows = await repo.listDomains(deps.db, access.accountId)
  return { items: rows.map((row) => present(deps, row)) }
}

export async function getDomain(deps: Deps, access: AccountAccess, id: string) {
  return present(deps, await domainOf(deps, access, id))
}

export async function deleteDomain(deps: Deps, access: AccountAccess, id: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await repo.deleteDomain(tx, access.accountId, id)
    if (!row) throw notFound('domain')
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'domain.deleted',
      target: { type: 'domain', id: row.id },
      details: { domain: row.domain },
    })
  })
}

/**
 * Looks the three records up. The domain is verified when the DKIM record carries our public
 * key; SPF and DMARC are reported (found or missing) but do not decide. A DNS failure of any
 * kind (no such name, no TXT, timeout, server failure) is "not found", never an error.
 */
export async function verifyDomain(
  deps: Deps,
  access: AccountAccess,
  id: string,
): Promise<Static<typeof CheckedDomain>> {
  const row = await domainOf(deps, access, id)
  const spfHost = spfIncludeHost(deps.config)
  const [spf, dkim, dmarc] = await Promise.all([
    lookupTxt(deps, row.domain),
    lookupTxt(deps, dkimRecordName(row.domain, row.dkim_selector)),
    lookupTxt(deps, `_dmarc.${row.domain}`),
  ])
  const found: Record<RecordPurpose, boolean> = {
    spf: spfIncludes(spf, spfHost),
    dkim: dkimPublishes(dkim, row.dkim_public_key),
    dmarc: hasDmarc(dmarc),
  }
  const now = deps.clock.now()
  const updated = await deps.db.transaction().execute(async (tx) => {
    const checked = await repo.recordCheck(tx, access.accountId, row.id, found.dkim, now)
    if (!checked) throw notFound('domain')
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'domain.checked',
      target: { type: 'domain', id: row.id },
      details: { domain: row.domain, verified: found.dkim, records: found },
    })
    return checked
  })
  const presented = present(deps, updated)
  return {
    ...presented,
    records: presented.records.map((record) => ({ ...record, found: found[record.purpose] })),
  }
}

// ---------------------------------------------------------------------------------------------
// DNS

/**
 * The resolver of sender-domain checks: the system's, or the servers of CHORUS_DNS_SERVERS for
 * installations whose system resolver does not see the public records (split-horizon DNS).
 */
export function txtResolverFor(config: Pick<Config, 'dnsServers'>): TxtResolver {
  if (config.dnsServers.length === 0) return dnsPromises
  const resolver = new dnsPromises.Resolver()
  resolver.setServers(config.dnsServers)
  return { resolveTxt: (name) => resolver.resolveTxt(name) }
}

/** The TXT records at `name`, each record's character strings joined; [] on any failure. */
export async function lookupTxt(
  deps: { dns: TxtResolver; log?: Deps['log'] },
  name: string,
  timeoutMs = DNS_TIMEOUT_MS,
): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined
  try {
    const answer = await Promise.race([
      deps.dns.resolveTxt(name),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`DNS lookup of ${name} timed out`)), timeoutMs)
      }),
    ])
    return answer.map((chunks) => [chunks].flat().join(''))
  } catch (error) {
    deps.log?.debug({ err: error, name }, 'TXT lookup found nothing')
    return []
  } finally {
    clearTimeout(timer)
  }
}

/** `k=v; k=v` tags (RFC 6376 §3.2); whitespace inside values (folded base64) is dropped. */
function tagsOf(record: string): Map<string, string> {
  const tags = new Map<string, string>()
  for (const part of record.split(';')) {
    const at = part.indexOf('=')
    if (at < 0) continue
    tags.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).replace(/\s+/g, ''))
  }
  return tags
}

function dkimPublishes(records: string[], publicKey: string): boolean {
  return records.some((record) => {
    const tags = tagsOf(record)
    const version = tags.get('v')
    const type = tags.get('k')
    return (
      (version === undefined || version === 'DKIM1') &&
      (type === undefined || type.toLowerCase() === 'rsa') &&
      tags.get('p') === publicKey
    )
  })
}

/** Exactly one SPF record (two are a permanent error) naming our include. */
function spfIncludes(records: string[], spfHost: string): boolean {
  const spf = records.filter((r) => /^v=spf1(\s|$)/i.test(r.trim()))
  if (spf.length !== 1) return false
  return (spf[0] as string)
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .some((term) => term.replace(/^\+/, '').replace(/\.$/, '') === `include:${spfHost}`)
}

function hasDmarc(records: string[]): boolean {
  return records.filter((r) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(r.trim())).length === 1
}

// ---------------------------------------------------------------------------------------------
// Signing

/** The domain of an address, bare (`a@b.com`) or with a display name (`Name <a@b.com>`). */
function domainOfAddress(address: string): string | undefined {
  const bracketed = /<([^<>]*)>\s*$/.exec(address)
  const bare = (bracketed ? bracketed[1] : address)?.trim() ?? ''
  const at = bare.lastIndexOf('@')
  if (at < 0) return undefined
  try {
    return normalizeDomainName(bare.slice(at + 1))
  } catch {
    return undefined
  }
}

/**
 * The key that signs mail from `fromEmail` for this account: a verified domain of the account
 * equal to the From address's domain or a parent of it (DMARC relaxed alignment), the most
 * specific one when several match. Undefined when none: the mail goes out unsigned. Campaign
 * delivery calls it once per campaign.
 */
export async function dkimKeyFor(
  db: Kysely<DB>,
  accountId: string,
  fromEmail: string,
): Promise<DkimKey | undefined> {
  const domain = domainOfAddress(fromEmail)
  if (!domain) return undefined
  const labels = domain.split('.')
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))
  const rows = await repo.verifiedSigningKeys(db, accountId, candidates)
  const best = rows.sort((a, b) => b.domain.length - a.domain.length)[0]
  if (!best) return undefined
  return {
    domainName: best.domain,
    keySelector: best.dkim_selector,
    privateKey: best.dkim_private_key,
  }
}
