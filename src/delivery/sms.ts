import fs from 'node:fs/promises'
import path from 'node:path'

export interface OutgoingSms {
  to: string
  from: string
  body: string
}

/** One module per gateway behind this one `send()`. */
export interface SmsProvider {
  readonly name: string
  send(message: OutgoingSms): Promise<void>
}

/** The gateway answered with an error status; `classifyFailure` (failures.ts) says what it means. */
export class SmsGatewayError extends Error {
  constructor(readonly status: number) {
    super(`SMS gateway answered ${status}`)
  }
}

/**
 * SMS_GATEWAY_URL when set (a generic JSON gateway: `POST {to, from, body}`, any 2xx is accepted);
 * otherwise every message is captured as a JSON line in the data folder, like the mailbox.
 */
export function createSmsProvider(options: {
  gatewayUrl?: string | undefined
  captureDir: string
}): SmsProvider {
  return options.gatewayUrl
    ? httpGateway(options.gatewayUrl)
    : capturingProvider(path.join(options.captureDir, 'sms.jsonl'))
}

const GATEWAY_TIMEOUT_MS = 10_000

function httpGateway(url: string): SmsProvider {
  return {
    name: 'http',
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: message.to, from: message.from, body: message.body }),
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      })
      await response.body?.cancel()
      if (!response.ok) throw new SmsGatewayError(response.status)
    },
  }
}

function capturingProvider(file: string): SmsProvider {
  return {
    name: 'capture',
    async send(message) {
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.appendFile(file, `${JSON.stringify({ ...message, at: new Date().toISOString() })}\n`)
    },
  }
}

// GSM 03.38 basic set; the extension characters cost two septets each.
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM7_EXTENDED = '^{}\\[~]|€\f'
const GSM7 = new Set(GSM7_BASIC)
const GSM7_EXT = new Set(GSM7_EXTENDED)

export interface SmsMeasure {
  /** GSM-7 when every character is in the GSM 03.38 set, else UCS-2. */
  encoding: 'gsm7' | 'ucs2'
  /** What the length limits count: septets (extension characters two) or UTF-16 units. */
  units: number
  /** How many parts the message takes: its cost in credits. */
  parts: number
  /** The units one part holds at this length: 160/70 alone, 153/67 when concatenated. */
  perPart: number
}

/**
 * How a body is split into SMS parts: GSM-7 160 characters (153 per part when concatenated),
 * else UCS-2 70 (67 per part, counted in UTF-16 units). The editor's counter asks the server for
 * this, so the count shown is the count charged.
 */
export function measureSms(body: string): SmsMeasure {
  let septets = 0
  let gsm = true
  for (const char of body) {
    if (GSM7.has(char)) septets += 1
    else if (GSM7_EXT.has(char)) septets += 2
    else {
      gsm = false
      break
    }
  }
  const [units, single, multi] = gsm ? [septets, 160, 153] : [body.length, 70, 67]
  const parts = units <= single ? 1 : Math.ceil(units / multi)
  return { encoding: gsm ? 'gsm7' : 'ucs2', units, parts, perPart: parts === 1 ? single : multi }
}

/** How many SMS parts a body takes, which is what it costs in credits. */
export function smsSegments(body: string): number {
  return measureSms(body).parts
}
