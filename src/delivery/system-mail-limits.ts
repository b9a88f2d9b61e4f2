import type { Deps } from '../deps.js'
import { type Limit, takeAttempt } from '../identity/rate-limit.js'

/**
 * Mail that Chorus sends from its own address on a user's say-so (invitations, double opt-in
 * confirmations, sender-address confirmations, test sends, notifications, top-up requests,
 * email-change confirmations) carries text the account chose to
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
  /**
   * Notification emails (one count per notice, whoever it goes to): connections, team
   * invitations, campaign approval. A notice over the limit is dropped and logged; the act that
   * caused it still succeeds.
   */
  notification: hourly(100, 30),
  /** Top-up requests mailed to every operator. */
  top_up_request: hourly(5, 5),
  /** Confirmation links mailed to a user's new email address: the user's own act, no account. */
  email_change: {
    perUser: { max: 5, windowSeconds: HOUR },
  },
} satisfies Record<string, { perAccount?: Limit; perUser: Limit }>

export type SystemMailKind = keyof typeof SYSTEM_MAIL_LIMITS

/**
 * Counts one `kind` mailing by `userId` for `accountId` (per user only for a kind without an
 * account limit); 429 `rate_limited` with `retryAfter` when either has used up its window. Called
 * before anything is written.
 */
export async function throttleSystemMail(
  deps: Pick<Deps, 'db' | 'clock'>,
  kind: SystemMailKind,
  by: { accountId?: string; userId: string },
): Promise<void> {
  const limits: { perAccount?: Limit; perUser: Limit } = SYSTEM_MAIL_LIMITS[kind]
  const keys = [{ key: `mail:${kind}:user:${by.userId}`, limit: limits.perUser }]
  if (limits.perAccount && by.accountId) {
    keys.unshift({ key: `mail:${kind}:account:${by.accountId}`, limit: limits.perAccount })
  }
  // One atomic count-and-check per key, so parallel requests cannot all pass one check.
  await takeAttempt(deps.db, keys, deps.clock.now())
}
