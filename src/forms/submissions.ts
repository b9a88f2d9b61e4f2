import { v7 as uuidv7 } from 'uuid'
import { apiKeyPath } from '../access/grants.js'
import { type AccountAccess, accountAccess, loadAccountAccess } from '../access/service.js'
import { emailProblem, normaliseEmail } from '../audience/contact-input.js'
import { recordContactEvent } from '../audience/contacts/history-repository.js'
import type { Deps } from '../deps.js'
import { AppError, notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { type ContactDetails, upsertContact } from '../integrations/contacts.js'
import { judge, type Verdict } from './protection.js'
import { isTypedText, readAnswers } from './questions.js'
import * as repo from './repository.js'
import type { FormField, SurveyQuestion } from './schemas.js'
import { getForm } from './service.js'
import { fieldProblem } from './words.js'

const MAX_VALUE = 1000

/** What was posted: one text per name, or several for a multiple choice. */
export type PostedValues = Record<string, string | string[]>

/** The posted names that carry one text (a contact field, the protection's fields). */
function singleTexts(body: PostedValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

export interface SubmissionOutcome {
  /** Always accepted: a held submission is answered alike, so a bot learns nothing. */
  outcome: 'accepted'
  message: string
  redirectUrl: string | null
}

/** A 422 with the kind of problem, which the hosted page says in the account's language. */
/** What the submitter typed into the form's fields, checked (required, length, no control bytes). */
function typedValues(fields: FormField[], body: Record<string, string>) {
  const data: Record<string, string> = {}
  for (const field of fields) {
    const value = (Object.hasOwn(body, field.field) ? (body[field.field] as string) : '').trim()
    if (value.length > MAX_VALUE) {
      throw fieldProblem(field.field, 'too_long', `at most ${MAX_VALUE} characters`)
    }
    if (!isTypedText(value)) {
      throw fieldProblem(field.field, 'not_text', 'contains characters that are not text')
    }
    if (value === '' && field.required)
      throw fieldProblem(field.field, 'required', `${field.label} is required`)
    if (value !== '') data[field.field] = value
  }
  // Checked before anything is kept: a held submission must be one an approval can apply.
  const problem = data.email ? emailProblem(normaliseEmail(data.email)) : undefined
  if (problem) throw fieldProblem('email', 'email', problem)
  return data
}

function detailsOf(form: repo.FormRow, data: Record<string, string>): ContactDetails {
  const fields: Record<string, string> = {}
  const details: ContactDetails = { groupIds: form.group_ids, tags: form.tags }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'email' || key === 'phone' || key === 'firstName' || key === 'lastName') {
      details[key] = value
    } else fields[key] = value
  }
  if (Object.keys(fields).length > 0) details.fields = fields
  return details
}

/**
 * A form adds contacts in the name of whoever published it last, capped by what they hold now
 * (as an API key is): removing their contacts.create stops the form adding anyone.
 */
async function publisherAccess(deps: Deps, form: repo.FormRow): Promise<AccountAccess | null> {
  const publisher = await loadAccountAccess(deps, form.created_by, form.account_id)
  const path = apiKeyPath(
    form.account_id,
    ['contacts.view', 'contacts.create', 'contacts.edit', 'tags.manage'],
    publisher.paths,
  )
  if (!path.permissions.includes('contacts.create')) return null
  return accountAccess(form.account_id, form.created_by, [path])
}

/**
 * Applies a submission: the contact created as the contacts API creates one (per the account's
 * opt-in) or, when it exists, only completed (`fillContactGaps`: nothing overwritten, no
 * unsubscribe lifted); consent recorded; a single opt-in sign-up leaves a `signed_up` row.
 */
async function apply(
  deps: Deps,
  form: repo.FormRow,
  submission: { id: string; data: Record<string, string>; ip: string | null },
  access: AccountAccess,
  decidedAt: Date | null,
) {
  const { contactId, created } = await upsertContact(
    deps,
    access,
    detailsOf(form, submission.data),
    {
      email: 'email',
      phone: 'phone',
    },
  )
  const contact = await deps.db
    .selectFrom('contacts')
    .select('email_status')
    .where('account_id', '=', form.account_id)
    .where('id', '=', contactId)
    .executeTakeFirstOrThrow()
  const awaitingConfirmation = created && contact.email_status === 'pending'
  await deps.db.transaction().execute(async (tx) => {
    const event = { accountId: form.account_id, contactId, channel: 'email' as const }
    await recordContactEvent(tx, {
      ...event,
      type: 'form.consent',
      details: {
        formId: form.id,
        submissionId: submission.id,
        consentText: form.consent_text,
        ip: submission.ip,
        at: deps.clock.now().toISOString(),
      },
    })
    if (created && contact.email_status === 'subscribed') {
      await recordContactEvent(tx, { ...event, type: 'signed_up', details: { formId: form.id } })
    }
    await repo.markProcessed(tx, submission.id, { contactId, awaitingConfirmation, decidedAt })
  })
  return contactId
}

function outcomeOf(form: repo.FormRow): SubmissionOutcome {
  return { outcome: 'accepted', message: form.thank_you, redirectUrl: form.redirect_url }
}

function held(verdict: Verdict, access: AccountAccess | null): string | null {
  if (verdict.outcome === 'hold') return verdict.reason
  return access ? null : 'the person who published the form no longer may add contacts'
}

/**
 * A submission of a published form from the hosted page, the embed or the JSON API: refused
 * (a 400 naming why) when plainly a bot's, held for review when suspicious, applied otherwise.
 * A held one answers as an accepted one does: a bot learns nothing from the difference.
 */
export async function submit(
  deps: Deps,
  form: repo.FormRow,
  posted: PostedValues,
  ip: string | null,
): Promise<SubmissionOutcome> {
  const body = singleTexts(posted)
  const data = typedValues(form.fields as FormField[], body)
  const answers = readAnswers(form.questions as SurveyQuestion[], posted)
  const verdict = await judge(deps, form.id, body)
  const access = await publisherAccess(deps, form)
  const reason = held(verdict, access)
  const submission = { id: uuidv7(), data, ip }
  await repo.insertSubmission(deps.db, {
    ...submission,
    answers: form.kind === 'survey' ? answers : null,
    accountId: form.account_id,
    formId: form.id,
    status: 'held',
    reason: reason ?? 'being processed',
    // The application's clock, as the confirmation that may follow is stamped with it.
    createdAt: deps.clock.now(),
  })
  if (reason !== null || !access) return outcomeOf(form)
  try {
    await apply(deps, form, submission, access, null)
  } catch (error) {
    // A submission the contacts refused (a bad phone, a custom value of the wrong type) is not kept.
    await repo.deleteSubmission(deps.db, submission.id)
    // Its proof of work was spent by then: the embed's script solves a new one before a retry.
    if (error instanceof AppError) {
      throw new AppError(error.code, error.message, { ...error.details, proofUsed: true })
    }
    throw error
  }
  return outcomeOf(form)
}

export async function listHeld(deps: Deps, access: AccountAccess, formId: string) {
  const form = await getForm(deps, access, formId)
  const rows = await repo.listHeld(deps.db, access.accountId, form.id)
  return {
    items: rows.map((row) => ({
      id: row.id,
      reason: row.reason ?? '',
      data: row.data,
      ip: row.ip,
      createdAt: new Date(row.created_at).toISOString(),
    })),
  }
}

/** Approves (the submission is applied now) or discards a held submission; each happens once. */
export async function review(
  deps: Deps,
  access: AccountAccess,
  formId: string,
  submissionId: string,
  decision: 'approve' | 'discard',
) {
  const form = await getForm(deps, access, formId)
  if (!isUuid(submissionId)) throw notFound('submission')
  const now = deps.clock.now()
  const status: 'processed' | 'discarded' = decision === 'approve' ? 'processed' : 'discarded'
  const claimed = await repo.claimHeld(
    deps.db,
    access.accountId,
    form.id,
    submissionId,
    status,
    now,
  )
  if (!claimed) throw notFound('held submission')
  if (decision === 'discard') return { id: claimed.id, status, contactId: null }
  const publisher = (await publisherAccess(deps, form)) ?? access
  try {
    const contactId = await apply(deps, form, { ...claimed, data: claimed.data }, publisher, now)
    return { id: claimed.id, status, contactId }
  } catch (error) {
    // The contacts refused it (a bad phone, a custom value of the wrong type): it waits again
    // for a decision rather than counting as a response nobody could apply.
    await repo.returnToHeld(deps.db, claimed.id)
    throw error
  }
}
