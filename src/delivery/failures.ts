import { AppError } from '../errors.js'
import { SmsGatewayError } from './sms.js'

/**
 * What a message that did not go out means for its recipient. One classification for email and
 * SMS, so the worker treats every kind of failure one way (docs/DESIGN.md, Delivery).
 */
export type Failure =
  /** The relay or gateway could not be used at all: retry later; the recipient's attempts are untouched. */
  | { kind: 'unreachable'; reason: string }
  /** A server answered "not now" for this message: retry, counting an attempt (bounded). */
  | { kind: 'temporary'; reason: string }
  /**
   * Sending it again cannot help (refused, invalid address, does not render): fail now. `hardBounce`:
   * the receiving server refused the address itself, which suppresses it like a bounce report.
   */
  | { kind: 'permanent'; reason: string; hardBounce?: true }

/** The message could not be built for this recipient: whatever the render call threw. */
export class RenderFailure extends Error {
  constructor(cause: unknown) {
    super(
      cause instanceof AppError
        ? cause.message
        : `the message could not be rendered: ${messageOf(cause)}`,
      { cause },
    )
    this.name = 'RenderFailure'
  }
}

/**
 * Errors that say the relay itself is out of reach or unusable, whoever the message is for:
 * nodemailer's connection codes (it treats the same ones, and a 421 greeting or closing answer,
 * as ending the connection rather than refusing the message), a relay that refuses our login or
 * TLS, and Node's network errors (fetch to the SMS gateway).
 */
const UNREACHABLE_CODES = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ETLS',
  'EAUTH',
  'ENOAUTH',
  'EPROXY',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
])

/** Gateway answers that say "not now" for every message: rate limited, or the gateway is down. */
const GATEWAY_UNAVAILABLE = new Set([429, 502, 503, 504])

interface TransportError {
  code?: unknown
  command?: unknown
  response?: unknown
  responseCode?: unknown
  cause?: unknown
  name?: unknown
}

export function classifyFailure(error: unknown): Failure {
  const reason = messageOf(error)
  if (error instanceof RenderFailure) return { kind: 'permanent', reason }
  if (error instanceof SmsGatewayError) return { kind: gatewayFailure(error.status), reason }
  if (isUnreachable(error)) return { kind: 'unreachable', reason }
  const { code, responseCode } = (error ?? {}) as TransportError
  if (typeof responseCode === 'number') {
    // RFC 5321: 5yz is permanent, except 503 (bad sequence: the session, not the message).
    const permanent = responseCode >= 500 && responseCode !== 503
    if (!permanent) return { kind: 'temporary', reason }
    return isHardBounce(error as TransportError)
      ? { kind: 'permanent', reason, hardBounce: true }
      : { kind: 'permanent', reason }
  }
  // An envelope refused before any server answered: the address cannot be sent to.
  if (code === 'EENVELOPE') return { kind: 'permanent', reason }
  // Anything else is counted, so an error nobody foresaw still ends after a few attempts.
  return { kind: 'temporary', reason }
}

/**
 * A 5xx answer to RCPT TO that says the mailbox or domain does not exist or takes no mail: RFC 3463
 * 5.1.x (bad address) and 5.2.1 (mailbox disabled), or, from a server without enhanced codes,
 * 550/551/553 whose text says the mailbox is unknown. Policy refusals (5.7.x: "relaying denied",
 * reputation), content refusals after DATA and a full mailbox are not the address's fault:
 * suppressing on them would shut a whole list out because of one misconfigured relay — and relays
 * refuse relaying with a bare 550 ("relay not permitted", Exim) or put the enhanced code last
 * ("553 sorry, … rcpthosts (#5.7.1)", qmail).
 */
function isHardBounce({ command, response, responseCode }: TransportError): boolean {
  if (command !== 'RCPT TO' || typeof response !== 'string') return false
  // Not part of a longer dotted number (an IP address in the text).
  const enhanced = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(response.slice(4))?.[1]
  if (enhanced) return enhanced.startsWith('5.1.') || enhanced === '5.2.1'
  const bareCode = responseCode === 550 || responseCode === 551 || responseCode === 553
  return bareCode && UNKNOWN_MAILBOX.test(response)
}

/** How servers without enhanced codes say the mailbox does not exist. */
const UNKNOWN_MAILBOX =
  /user unknown|unknown user|no such (user|mailbox|recipient)|mailbox (unavailable|not found|does not exist)|recipient (rejected|unknown|not found|does not exist)|invalid (recipient|mailbox)|does not exist/i

function gatewayFailure(status: number): Failure['kind'] {
  if (GATEWAY_UNAVAILABLE.has(status)) return 'unreachable'
  return status >= 400 && status < 500 && status !== 408 ? 'permanent' : 'temporary'
}

function isUnreachable(error: unknown): boolean {
  const { code, responseCode, cause, name } = (error ?? {}) as TransportError
  if (responseCode === 421) return true
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true
  // fetch: a gateway that does not answer in time, or a network error wrapped in "fetch failed".
  if (name === 'TimeoutError') return true
  return error instanceof TypeError && cause !== undefined && isUnreachable(cause)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
