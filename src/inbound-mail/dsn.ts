import type { ParsedMail } from 'mailparser'

/**
 * Delivery status notifications (RFC 3464): a `multipart/report` whose `message/delivery-status`
 * part holds one block of fields for the report, then one per recipient (mailparser keeps that
 * part as an attachment when asked to, `keepDeliveryStatus`).
 */

export type DsnVerdict =
  /** The server gave up on an address for good (Action: failed, Status 5.x.x). */
  | 'hard'
  /** Delayed, or given up on after temporary failures (4.x.x): worth recording, not suppressing. */
  | 'soft'
  /** Delivered, relayed or expanded: nothing went wrong. */
  | 'none'

export interface DeliveryStatus {
  verdict: DsnVerdict
  /** The first failing recipient's status and diagnostic, for the record. */
  detail: string
}

/** `Name: value` fields, unfolded, in blocks separated by blank lines; names lower-cased. */
function fieldBlocks(body: string): Array<Map<string, string>> {
  const blocks: Array<Map<string, string>> = []
  let current = new Map<string, string>()
  let last: string | undefined
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size > 0) blocks.push(current)
      current = new Map()
      last = undefined
    } else if (/^[ \t]/.test(line) && last) {
      current.set(last, `${current.get(last)} ${line.trim()}`)
    } else {
      const colon = line.indexOf(':')
      if (colon < 1) continue
      last = line.slice(0, colon).trim().toLowerCase()
      current.set(last, line.slice(colon + 1).trim())
    }
  }
  if (current.size > 0) blocks.push(current)
  return blocks
}

function verdictOf(recipient: Map<string, string>): DsnVerdict {
  const action = (recipient.get('action') ?? '').toLowerCase()
  const status = recipient.get('status') ?? ''
  if (action === 'failed') return status.startsWith('5') ? 'hard' : 'soft'
  return action === 'delayed' ? 'soft' : 'none'
}

const SEVERITY: Record<DsnVerdict, number> = { none: 0, soft: 1, hard: 2 }

/** The delivery status a message reports, or undefined when it is no DSN (an auto-reply, …). */
export function readDeliveryStatus(parsed: ParsedMail): DeliveryStatus | undefined {
  const type = parsed.headers.get('content-type') as { value?: string } | undefined
  if (type?.value?.toLowerCase() !== 'multipart/report') return undefined
  const part = parsed.attachments.find((a) =>
    /^message\/(global-)?delivery-status$/i.test(a.contentType),
  )
  if (!part) return undefined
  const recipients = fieldBlocks(part.content.toString('utf8')).slice(1)
  if (recipients.length === 0) return undefined
  let worst: Map<string, string> = recipients[0] as Map<string, string>
  for (const recipient of recipients) {
    if (SEVERITY[verdictOf(recipient)] > SEVERITY[verdictOf(worst)]) worst = recipient
  }
  const detail = [worst.get('status'), worst.get('diagnostic-code')].filter(Boolean).join(' ')
  return { verdict: verdictOf(worst), detail: detail.slice(0, 500) }
}
