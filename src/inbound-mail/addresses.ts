import { createHmac, type KeyObject, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { linkKey, uuidBytes, uuidText } from '../delivery/tokens.js'

/**
 * The addresses campaign mail names at the inbound domain, and what an address received there
 * means. `b-<token>` (the VERP return path) names one send-ledger row (campaign and contact);
 * `r-<token>` (the Reply-To) names a campaign, hence the account that sent it. Tokens are the ids
 * and an HMAC under the installation's link key, with a purpose of their own in the MAC, so
 * neither can be guessed, forged or turned into the other (or into a link token). They are
 * lower-case base32: some mail servers change the case of local parts, and a bounce address stays
 * within the 64 characters RFC 5321 allows a local part.
 */

export type InboundAddress =
  | { kind: 'bounce'; campaignId: string; contactId: string }
  | { kind: 'reply'; campaignId: string }
  /** A phone number: Email-to-SMS. */
  | { kind: 'sms'; number: string }

const BOUNCE_MAC_BYTES = 6
const REPLY_MAC_BYTES = 8
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

function base32(bytes: Buffer): string {
  let out = ''
  let bits = 0
  let value = 0
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

function fromBase32(text: string): Buffer | undefined {
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const char of text) {
    const index = ALPHABET.indexOf(char)
    if (index === -1) return undefined
    value = ((value << 5) | index) & 0xffff
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

function mac(key: KeyObject, purpose: string, payload: Buffer, length: number): Buffer {
  return createHmac('sha256', key)
    .update(`inbound-mail:${purpose}:`)
    .update(payload)
    .digest()
    .subarray(0, length)
}

function sign(key: KeyObject, purpose: string, ids: string[], macBytes: number): string {
  const payload = Buffer.concat(ids.map(uuidBytes))
  return base32(Buffer.concat([payload, mac(key, purpose, payload, macBytes)]))
}

/** The ids a token carries when its MAC holds; undefined for anything forged, cut or garbled. */
function verify(
  key: KeyObject,
  purpose: string,
  token: string,
  idCount: number,
  macBytes: number,
): string[] | undefined {
  const bytes = fromBase32(token.toLowerCase())
  const payloadBytes = idCount * 16
  if (!bytes || bytes.length !== payloadBytes + macBytes) return undefined
  if (token.length !== base32(bytes).length) return undefined
  const payload = bytes.subarray(0, payloadBytes)
  if (!timingSafeEqual(mac(key, purpose, payload, macBytes), bytes.subarray(payloadBytes))) {
    return undefined
  }
  return Array.from({ length: idCount }, (_, i) => uuidText(payload.subarray(i * 16, i * 16 + 16)))
}

export interface CampaignAddresses {
  /** The VERP return path of one recipient's message. */
  bounce(contactId: string): string
  /** The Reply-To of every message of the campaign. */
  replyTo: string
}

/** The inbound addresses of one campaign's messages, at `domain`. */
export async function campaignAddresses(
  db: Kysely<DB>,
  domain: string,
  campaignId: string,
): Promise<CampaignAddresses> {
  const key = await linkKey(db)
  return {
    bounce: (contactId) =>
      `b-${sign(key, 'bounce', [campaignId, contactId], BOUNCE_MAC_BYTES)}@${domain}`,
    replyTo: `r-${sign(key, 'reply', [campaignId], REPLY_MAC_BYTES)}@${domain}`,
  }
}

/** `+33612345678` or digits: 7 to 15 of them (E.164 allows 15). */
const PHONE = /^\+?[0-9]{7,15}$/

/**
 * What an address at one of `domains` names, or undefined: another domain, an unknown local
 * part or a token that does not verify (the listener answers 550 to all of them: it is no relay).
 */
export async function parseInboundAddress(
  db: Kysely<DB>,
  domains: readonly string[],
  address: string,
): Promise<InboundAddress | undefined> {
  const at = address.lastIndexOf('@')
  if (at < 1) return undefined
  const local = address.slice(0, at)
  if (!domains.includes(address.slice(at + 1).toLowerCase())) return undefined
  if (PHONE.test(local)) return { kind: 'sms', number: local }
  const match = /^([br])-([a-z2-7]{1,80})$/i.exec(local)
  if (!match) return undefined
  const key = await linkKey(db)
  if (match[1]?.toLowerCase() === 'b') {
    const ids = verify(key, 'bounce', match[2] ?? '', 2, BOUNCE_MAC_BYTES)
    const [campaignId, contactId] = ids ?? []
    return campaignId && contactId ? { kind: 'bounce', campaignId, contactId } : undefined
  }
  const [campaignId] = verify(key, 'reply', match[2] ?? '', 1, REPLY_MAC_BYTES) ?? []
  return campaignId ? { kind: 'reply', campaignId } : undefined
}
