import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import type { AccountAccess } from '../access/service.js'
import type { DB } from '../db/schema.js'
import { throttleSystemMail } from '../delivery/system-mail-limits.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { randomToken, sha256Hex } from '../identity/tokens.js'
import { dkimKeyFor } from './domains.js'
import * as repo from './repository.js'
import type { Sender, SenderConfirmed } from './schemas.js'

/**
 * A sender address is verified (usable as a campaign's From) when it lies at a verified sender
 * domain of the account, or at a sub-domain of one — checked at each use, so verifying a domain
 * covers its addresses at once and deleting it uncovers them — or when the owner of the address
 * clicked the single-use link mailed to it (as Brevo and Mailchimp do). Otherwise any account
 * could send as anyone.
 */

/** The database or a transaction (a Transaction is a Kysely). */
type Db = Kysely<DB>

/** How long a confirmation link works. */
export const SENDER_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000

export type VerifiedBy = Static<typeof Sender>['verifiedBy']

export async function coveredByVerifiedDomain(db: Db, accountId: string, email: string) {
  return (await dkimKeyFor(db, accountId, email)) !== undefined
}

/** How a sender is verified now, if it is. */
export async function verifiedBy(
  db: Db,
  accountId: string,
  sender: { email: string; confirmed_at: Date | string | null },
): Promise<VerifiedBy> {
  if (await coveredByVerifiedDomain(db, accountId, sender.email)) return 'domain'
  return sender.confirmed_at ? 'confirmation' : null
}

/** 422 `from` with `reason: "sender_unverified"` unless the account's sender `email` is verified. */
export async function assertSenderVerified(db: Db, accountId: string, email: string) {
  const sender = await repo.findSenderByEmail(db, accountId, email)
  if (!sender) {
    throw new AppError('validation_failed', 'from must be one of the account’s sender addresses', {
      field: 'from',
    })
  }
  if (!(await verifiedBy(db, accountId, sender))) {
    throw new AppError(
      'validation_failed',
      `${sender.email} is not verified yet: confirm it by the link mailed to it, or verify its domain`,
      { field: 'from', reason: 'sender_unverified' },
    )
  }
}

/**
 * Counts a confirmation mail against the account's and the user's limits; call it before writing
 * anything, so a refused request leaves no trace.
 */
export function throttleSenderConfirmation(deps: Deps, access: AccountAccess) {
  return throttleSystemMail(deps, 'sender_confirmation', access)
}

/** A new single-use link replaces any earlier one and is mailed to the address. */
export async function mailSenderConfirmation(
  deps: Deps,
  accountId: string,
  sender: { id: string; email: string },
) {
  const token = randomToken(32)
  await repo.resetSenderConfirmation(deps.db, accountId, sender.id, {
    tokenHash: sha256Hex(token),
    sentAt: deps.clock.now(),
  })
  const link = `${deps.config.publicUrl}/confirm-sender#token=${token}`
  setImmediate(() => {
    deps.mailer
      .send({
        to: sender.email,
        subject: 'Confirm your address as an email sender on Chorus',
        text: [
          `Someone added ${sender.email} as a sender address of an account on Chorus, to send email from it.`,
          `If that was you or your team, confirm it: open ${link}`,
          'or send POST /api/v1/senders/confirm with {"token": "<the part after token=>"}.',
          'The link works once, for seven days. If you did not expect this, ignore it: nothing is sent from your address without it.',
        ].join('\n\n'),
      })
      .catch((error) => deps.log.error({ err: error }, 'sender confirmation email failed'))
  })
}

/** The public end of the link: confirms the sender once, while the link is fresh. */
export async function confirmSender(
  deps: Deps,
  token: string,
): Promise<Static<typeof SenderConfirmed>> {
  const now = deps.clock.now()
  const confirmed = await repo.confirmSenderByToken(
    deps.db,
    sha256Hex(token),
    now,
    new Date(now.getTime() - SENDER_LINK_TTL_MS),
  )
  if (!confirmed) {
    throw new AppError(
      'invalid_token',
      'this confirmation link is not valid, was used already or has expired',
      { field: 'token' },
    )
  }
  return { email: confirmed.email, verified: true }
}
