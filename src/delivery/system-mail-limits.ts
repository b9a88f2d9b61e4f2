import type { Deps } from '../deps.js'
import { type Limit, takeAttempt } from '../identity/rate-limit.js'

/**
 * Mail that Chorus sends from its own address on a user's say-so (invitations, double opt-in
 * confirmations, sender-address confirmations, test sends) carries text the account chose to
 * addresses the account chose: each kind is limited per account and per user, so no account
 * can turn the system sender into a spam cannon. Windows are at most an hour long, the longest
 * window the rate-limit housekeeping keeps.
 */
const HOUR = 60 * 60

/** At most `perAccount` mailings an hour for an account, and `perUser` for one of its users. */
function hourly(perAccount: number, perUser: number): { perAccount: Limit; perUser: Limit } {
  return {
    perAccount: { max: perAccount, windowSeconds: HOUR },
    perUser: { max: perUser, windowSeconds: HOUR },
  }
}

export const SYSTEM_MAIL_LIMITS = {
  invitation: hourly(50, 20),
  consent_confirmation: hourly(200, 100),
  sender_confirmation: hourly(20, 10),
  /** Test sends (each goes to every tester, at most MAX_TESTERS). */
  test_send: hourly(30, 20),
} satisfies Record<string, { perAccount: Limit; perUser: Limit }>

export type SystemMailKind = keyof typeof SYSTEM_MAIL_LIMITS

/**
 * Counts one `kind` mailing by `userId` for `accountId`; 429 `rate_limited` with `retryAfter`
 * when either has used up its window. Called before anything is written.
 */
export async function throttleSystemMail(
  deps: Pick<Deps, 'db' | 'clock'>,
  kind: SystemMailKind,
  by: { accountId: string; userId: string },
): Promise<void> {
  const limits = SYSTEM_MAIL_LIMITS[kind]
  const keys = [
    { key: `mail:${kind}:account:${by.accountId}`, limit: limits.perAccount },
    { key: `mail:${kind}:user:${by.userId}`, limit: limits.perUser },
  ]
  // One atomic count-and-check per key, so parallel requests cannot all pass one check.
  await takeAttempt(deps.db, keys, deps.clock.now())
}
