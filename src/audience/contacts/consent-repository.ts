import type { Kysely, Transaction } from 'kysely'
import type { Static } from 'typebox'
import type { DB } from '../../db/schema.js'
import type { OptIn } from './schemas.js'

type Db = Kysely<DB> | Transaction<DB>

/** The account's name and opt-in setting. */
export function findConsentAccount(db: Db, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['name', 'opt_in'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
}

export async function setOptIn(db: Db, accountId: string, optIn: Static<typeof OptIn>) {
  await db.updateTable('accounts').set({ opt_in: optIn }).where('id', '=', accountId).execute()
}

/**
 * Records a confirmation mail from the account to `email` at `now` unless one was recorded after
 * `since`, in one statement (parallel claims cannot both win): whether this one did.
 */
export async function claimConfirmationMail(
  db: Db,
  mail: { accountId: string; email: string },
  now: Date,
  since: Date,
): Promise<boolean> {
  const claimed = await db
    .insertInto('confirmation_mails')
    .values({ account_id: mail.accountId, email: mail.email, sent_at: now })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'email'])
        .doUpdateSet({ sent_at: now })
        .where('confirmation_mails.sent_at', '<=', since),
    )
    .returning('email')
    .executeTakeFirst()
  return claimed !== undefined
}

/** The contact's open consent request, with a new token (one per contact). */
export async function upsertConsentRequest(
  db: Db,
  request: { accountId: string; contactId: string; tokenHash: string },
) {
  await db
    .insertInto('consent_requests')
    .values({
      account_id: request.accountId,
      contact_id: request.contactId,
      token_hash: request.tokenHash,
    })
    .onConflict((oc) =>
      oc.columns(['account_id', 'contact_id']).doUpdateSet({ token_hash: request.tokenHash }),
    )
    .execute()
}

/** Marks the unconfirmed request of the token confirmed: its contact, or undefined. */
export function confirmConsentRequest(db: Db, tokenHash: string, now: Date) {
  return db
    .updateTable('consent_requests')
    .set({ confirmed_at: now })
    .where('token_hash', '=', tokenHash)
    .where('confirmed_at', 'is', null)
    .returning(['account_id', 'contact_id'])
    .executeTakeFirst()
}

/** A contact still pending becomes subscribed (one that unsubscribed meanwhile stays so). */
export async function subscribePending(db: Db, accountId: string, contactId: string) {
  await db
    .updateTable('contacts')
    .set({ email_status: 'subscribed' })
    .where('account_id', '=', accountId)
    .where('id', '=', contactId)
    .where('email_status', '=', 'pending')
    .execute()
}
