/**
 * When a failed delivery is tried again: Standard Webhooks' schedule (after the immediate first
 * attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), each delay lengthened by up to
 * JITTER at random so that endpoints coming back do not get every retry at once. A receiver that
 * says it is overloaded (429, 502, 504) gets more time: its Retry-After when it gives one, kept
 * between the scheduled delay and MAX_DELAY_MS, else twice the scheduled delay.
 */

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

export const RETRY_DELAYS_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
] as const

/** Attempts of one message on the schedule: the first and one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1
export const JITTER = 0.1
const MAX_DELAY_MS = 24 * HOUR
const SLOW_DOWN_STATUSES = new Set([429, 502, 504])

/** Seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * SECOND
  const at = Date.parse(header)
  return Number.isNaN(at) ? null : at - now.getTime()
}

/**
 * The delay before the next attempt after `attemptsDone` failed ones, or null when the schedule
 * is over.
 */
export function nextRetryDelay(
  attemptsDone: number,
  failure: { httpStatus: number | null; retryAfter: string | null },
  now: Date,
  random: () => number = Math.random,
): number | null {
  const scheduled = RETRY_DELAYS_MS[attemptsDone - 1]
  if (scheduled === undefined) return null
  let delay = scheduled * (1 + JITTER * random())
  if (failure.httpStatus !== null && SLOW_DOWN_STATUSES.has(failure.httpStatus)) {
    const asked = retryAfterMs(failure.retryAfter, now)
    delay = asked === null ? delay * 2 : Math.max(delay, asked)
  }
  return Math.min(Math.round(delay), MAX_DELAY_MS)
}
