import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { readInstanceSecret } from './repository.js'

/** The send-ledger row a link in a message names. */
export interface RecipientRef {
  accountId: string
  campaignId: string
  contactId: string
}

const MAC_BYTES = 12
const keys = new WeakMap<object, Promise<KeyObject>>()

/** The installation's link key, read once per database handle (it never changes); inbound-mail addresses are signed with it too. */
export function linkKey(db: Kysely<DB>): Promise<KeyObject> {
  let key = keys.get(db)
  if (!key) {
    key = readInstanceSecret(db, 'recipient_links')
      // A key object, prepared once: a raw buffer would be prepared again for every message.
      .then((value) => createSecretKey(Buffer.from(value, 'base64url')))
    key.catch(() => keys.delete(db))
    keys.set(db, key)
  }
  return key
}

export function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replaceAll('-', ''), 'hex')
}

export function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function mac(key: KeyObject, payload: Buffer): Buffer {
  return createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES)
}

/** Makes tokens for one campaign's messages: the three ids and a MAC, base64url (80 characters). */
export async function recipientTokenMaker(db: Kysely<DB>) {
  const key = await linkKey(db)
  return (ref: RecipientRef): string => {
    const payload = Buffer.concat([
      uuidBytes(ref.accountId),
      uuidBytes(ref.campaignId),
      uuidBytes(ref.contactId),
    ])
    return Buffer.concat([payload, mac(key, payload)]).toString('base64url')
  }
}

/** The recipient a token names, or undefined for anything forged, cut or garbled. */
export async function parseRecipientToken(
  db: Kysely<DB>,
  token: string,
): Promise<RecipientRef | undefined> {
  if (!/^[A-Za-z0-9_-]{80}$/.test(token)) return undefined
  const bytes = Buffer.from(token, 'base64url')
  if (bytes.length !== 48 + MAC_BYTES) return undefined
  const payload = bytes.subarray(0, 48)
  const expected = mac(await linkKey(db), payload)
  if (!timingSafeEqual(expected, bytes.subarray(48))) return undefined
  return {
    accountId: uuidText(payload.subarray(0, 16)),
    campaignId: uuidText(payload.subarray(16, 32)),
    contactId: uuidText(payload.subarray(32, 48)),
  }
}
