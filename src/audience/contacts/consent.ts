import type { Static } from 'typebox'
import type { AccountAccess } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { randomToken, sha256Hex } from '../../identity/tokens.js'
import * as repo from './consent-repository.js'
import { recordContactEvent } from './history-repository.js'
import type { ConsentSettings, OptIn as OptInSchema } from './schemas.js'

export type OptIn = Static<typeof OptInSchema>
type Settings = Static<typeof ConsentSettings>

export async function getConsentSettings(deps: Deps, access: AccountAccess): Promise<Settings> {
  const account = await repo.findConsentAccount(deps.db, access.accountId)
  return { optIn: account.opt_in }
}

export async function setConsentSettings(
  deps: Deps,
  access: AccountAccess,
  optIn: OptIn,
): Promise<Settings> {
  await deps.db.transaction().execute(async (tx) => {
    await repo.setOptIn(tx, access.accountId, optIn)
    await recordAudit(tx, actorOf(access), {
      accountId: access.accountId,
      action: 'consent.changed',
      details: { optIn },
    })
  })
  return { optIn }
}

/** An address is asked for its consent by one account at most once in this time. */
export const CONFIRMATION_INTERVAL_MS = 24 * 60 * 60 * 1000

/**
 * Claims today's confirmation mail from `accountId` to `email`: false when one went out within
 * the interval (a contact deleted and added again included), in one statement so that parallel
 * adds cannot both send.
 */
function claimConfirmationMail(deps: Deps, accountId: string, email: string) {
  const now = deps.clock.now()
  const dayAgo = new Date(now.getTime() - CONFIRMATION_INTERVAL_MS)
  return repo.claimConfirmationMail(deps.db, { accountId, email }, now, dayAgo)
}

/**
 * With double opt-in, a contact added through the API waits in `pending` and gets an email with a
 * single-use confirmation link. Imports are the account's own lists and are not asked again.
 * An address already asked by this account within a day is not mailed again: the contact stays
 * pending until it is added again after that.
 */
export async function requestConfirmation(
  deps: Deps,
  accountId: string,
  contact: { id: string; email: string },
) {
  if (!(await claimConfirmationMail(deps, accountId, contact.email))) return
  const token = randomToken(32)
  const tokenHash = sha256Hex(token)
  await repo.upsertConsentRequest(deps.db, { accountId, contactId: contact.id, tokenHash })
  const account = await repo.findConsentAccount(deps.db, accountId)
  const link = `${deps.config.publicUrl}/c/${token}`
  setImmediate(() => {
    deps.mailer
      .send({
        to: contact.email,
        subject: `Please confirm your subscription to ${account.name}`,
        text: [
          `You were signed up to receive email from ${account.name}.`,
          `To confirm, open ${link}`,
          'If it was not you, ignore this message and you will not hear from us.',
        ].join('\n\n'),
      })
      .catch((error) => deps.log.error({ err: error }, 'confirmation email failed'))
  })
}

/** Confirms once; the contact becomes subscribed unless it has unsubscribed meanwhile. */
export async function confirm(deps: Deps, token: string): Promise<boolean> {
  return deps.db.transaction().execute(async (tx) => {
    const request = await repo.confirmConsentRequest(tx, sha256Hex(token), deps.clock.now())
    if (!request) return false
    await repo.subscribePending(tx, request.account_id, request.contact_id)
    await recordContactEvent(tx, {
      accountId: request.account_id,
      contactId: request.contact_id,
      type: 'consent.confirmed',
      channel: 'email',
    })
    return true
  })
}
