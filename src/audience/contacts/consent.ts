import type { Static } from 'typebox'
import type { AccountAccess } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { randomToken, sha256Hex } from '../../identity/tokens.js'
import { recordContactEvent } from './history-repository.js'
import type { ConsentSettings, OptIn as OptInSchema } from './schemas.js'

export type OptIn = Static<typeof OptInSchema>
type Settings = Static<typeof ConsentSettings>

export async function getConsentSettings(deps: Deps, access: AccountAccess): Promise<Settings> {
  const row = await deps.db
    .selectFrom('accounts')
    .select('opt_in')
    .where('id', '=', access.accountId)
    .executeTakeFirstOrThrow()
  return { optIn: row.opt_in }
}

export async function setConsentSettings(
  deps: Deps,
  access: AccountAccess,
  optIn: OptIn,
): Promise<Settings> {
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('accounts')
      .set({ opt_in: optIn })
      .where('id', '=', access.accountId)
      .execute()
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
async function claimConfirmationMail(deps: Deps, accountId: string, email: string) {
  const now = deps.clock.now()
  const dayAgo = new Date(now.getTime() - CONFIRMATION_INTERVAL_MS)
  const claimed = await deps.db
    .insertInto('confirmation_mails')
    .values({ account_id: accountId, email, sent_at: now })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'email'])
        .doUpdateSet({ sent_at: now })
        .where('confirmation_mails.sent_at', '<=', dayAgo),
    )
    .returning('email')
    .executeTakeFirst()
  return claimed !== undefined
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
  await deps.db
    .insertInto('consent_requests')
    .values({ account_id: accountId, contact_id: contact.id, token_hash: sha256Hex(token) })
    .onConflict((oc) =>
      oc.columns(['account_id', 'contact_id']).doUpdateSet({ token_hash: sha256Hex(token) }),
    )
    .execute()
  const account = await deps.db
    .selectFrom('accounts')
    .select('name')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
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
    const request = await tx
      .updateTable('consent_requests')
      .set({ confirmed_at: deps.clock.now() })
      .where('token_hash', '=', sha256Hex(token))
      .where('confirmed_at', 'is', null)
      .returning(['account_id', 'contact_id'])
      .executeTakeFirst()
    if (!request) return false
    await tx
      .updateTable('contacts')
      .set({ email_status: 'subscribed' })
      .where('account_id', '=', request.account_id)
      .where('id', '=', request.contact_id)
      .where('email_status', '=', 'pending')
      .execute()
    await recordContactEvent(tx, {
      accountId: request.account_id,
      contactId: request.contact_id,
      type: 'consent.confirmed',
      channel: 'email',
    })
    return true
  })
}
