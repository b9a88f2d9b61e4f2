import type { AccountAccess } from '../access/service.js'
import {
  emailProblem,
  normaliseEmail,
  normalisePhone,
  phoneProblem,
} from '../audience/contact-input.js'
import { type ContactInput, createContact, fillContactGaps } from '../audience/contacts/service.js'
import type { Deps } from '../deps.js'
import { AppError, invalidField } from '../errors.js'

export type ContactDetails = Omit<ContactInput, 'emailStatus' | 'smsStatus'>

/** The request fields a refusal names, for a post whose fields are called otherwise. */
export interface FieldNames {
  email: string
  phone?: string
}

/** The contact with this address, if the account has one (by email; else by phone alone). */
async function findByAddress(
  deps: Deps,
  accountId: string,
  email: string | null,
  phone: string | null,
) {
  let query = deps.db.selectFrom('contacts').select('id').where('account_id', '=', accountId)
  if (email !== null) query = query.where('email', '=', email)
  else query = query.where('phone', '=', phone).orderBy('email', 'asc').orderBy('id')
  return (await query.limit(1).executeTakeFirst())?.id
}

/** Whether the details carry more than the address that found the contact (no write without). */
function addsToContact(details: ContactDetails): boolean {
  const { email: _email, ...rest } = details
  return Object.values(rest).some((value) => value !== undefined)
}

function addressOf(details: ContactDetails, names: FieldNames) {
  const email = details.email ? normaliseEmail(details.email) : null
  const phone = details.phone ? normalisePhone(details.phone) : null
  if (email !== null) {
    const problem = emailProblem(email)
    if (problem) throw invalidField(names.email, problem)
  } else if (phone !== null) {
    const problem = phoneProblem(phone)
    if (problem) throw invalidField(names.phone ?? names.email, problem)
  } else {
    throw invalidField(names.email, 'an email address (or a phone number) names the contact')
  }
  return { email, phone }
}

/**
 * The contact a post is about, as a sign-up would treat it: an existing one gets only what it
 * lacks (never a changed name, never a lifted unsubscribe); a new one is created, subscribed per
 * the account's opt-in, when the caller may add contacts.
 */
export async function upsertContact(
  deps: Deps,
  access: AccountAccess,
  details: ContactDetails,
  names: FieldNames,
): Promise<{ contactId: string; created: boolean }> {
  const { email, phone } = addressOf(details, names)
  const existing = await findByAddress(deps, access.accountId, email, phone)
  if (existing) {
    if (addsToContact(details)) await fillContactGaps(deps, access, existing, details)
    return { contactId: existing, created: false }
  }
  if (!access.held.has('contacts.create')) {
    throw invalidField(
      email ? names.email : (names.phone ?? names.email),
      'no contact has this address, and adding one needs the contacts.create permission',
    )
  }
  try {
    const created = await createContact(deps, access, details)
    return { contactId: created.id, created: true }
  } catch (error) {
    // Another post created the contact a moment ago: complete that one instead.
    const raced = error instanceof AppError && error.code === 'conflict'
    const now = raced ? await findByAddress(deps, access.accountId, email, phone) : undefined
    if (!now) throw error
    await fillContactGaps(deps, access, now, details)
    return { contactId: now, created: false }
  }
}
