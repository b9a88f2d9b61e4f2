import { createHmac, randomBytes } from 'node:crypto'

/**
 * Standard Webhooks v1 signing: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the
 * secret's decoded bytes. Secrets are `whsec_<base64 of 32 random bytes>`.
 */

const PREFIX = 'whsec_'

export function newSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(PREFIX.length), 'base64')
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return `v1,${mac}`
}

/** The headers of one attempt; during a rotation's overlap both secrets sign (space-separated). */
export function signedHeaders(
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string,
): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((secret) => sign(secret, id, timestamp, body)).join(' '),
  }
}
