import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../access/service.js'
import { STANDARD_FIELDS } from '../audience/contact-input.js'
import { fieldTypes } from '../audience/contacts/repository.js'
import { existingGroupIds } from '../audience/groups/repository.js'
import { planTags } from '../audience/tags/service.js'
import type { Deps } from '../deps.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { PROTECTION_FIELDS } from './protection.js'
import { checkQuestions, DEFAULT_QUESTIONS } from './questions.js'
import * as repo from './repository.js'
import type { CreateFormBody, Form, FormField, SurveyQuestion, UpdateFormBody } from './schemas.js'

const DEFAULT_FIELDS: FormField[] = [
  { field: 'email', label: 'Email address', help: '', required: true },
]
const DEFAULT_THANK_YOU = {
  signup: 'Thank you for signing up.',
  survey: 'Thank you for your answers.',
}

export function formUrl(deps: Deps, formId: string) {
  return `${deps.config.publicUrl}/f/${formId}`
}

export function present(deps: Deps, row: repo.FormRow): Form {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    status: row.status,
    fields: row.fields as FormField[],
    groupIds: row.group_ids,
    tags: row.tags,
    consentText: row.consent_text,
    thankYou: row.thank_you,
    redirectUrl: row.redirect_url,
    redirectOrigins: row.redirect_origins,
    questions: row.questions as SurveyQuestion[],
    url: formUrl(deps, row.id),
    counts: {
      views: Number(row.views),
      submissions: Number(row.submissions ?? 0),
      confirmations: Number(row.confirmations ?? 0),
      held: Number(row.held ?? 0),
    },
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

/** Fields are the account's contact fields, each once; email is always there and required. */
async function checkFields(deps: Deps, accountId: string, fields: FormField[]) {
  const custom = await fieldTypes(deps.db, accountId)
  const seen = new Set<string>()
  fields.forEach((f, i) => {
    const known = (STANDARD_FIELDS as readonly string[]).includes(f.field) || custom.has(f.field)
    if (!known) {
      throw invalidField(`fields.${i}.field`, `${f.field} is not a contact field of this account`)
    }
    if (seen.has(f.field)) throw invalidField(`fields.${i}.field`, `${f.field} is there twice`)
    if (PROTECTION_FIELDS.has(f.field)) {
      throw invalidField(`fields.${i}.field`, `${f.field} is the name of the form’s bot protection`)
    }
    seen.add(f.field)
  })
  const email = fields.find((f) => f.field === 'email')
  if (!email) throw invalidField('fields', 'a sign-up form always asks for the email address')
  return fields.map((f) => ({
    ...f,
    help: f.help ?? '',
    required: f.field === 'email' || !!f.required,
  }))
}

function originOf(raw: string, field: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw invalidField(field, 'give a full address such as https://example.com')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidField(field, 'only http and https addresses')
  }
  return url.origin
}

/**
 * A redirect goes only to an origin on the form's allow-list, written in full: never to whatever
 * a request names (no open redirect).
 */
function checkRedirect(redirectUrl: string | null, origins: string[]) {
  const allowed = origins.map((o, i) => {
    const origin = originOf(o, `redirectOrigins.${i}`)
    if (origin !== o.replace(/\/+$/, '')) {
      throw invalidField(
        `redirectOrigins.${i}`,
        'an origin is a scheme and a host, like https://example.com',
      )
    }
    return origin
  })
  if (redirectUrl === null || redirectUrl === '') return { redirectUrl: null, origins: allowed }
  const origin = originOf(redirectUrl, 'redirectUrl')
  if (!allowed.includes(origin)) {
    throw invalidField(
      'redirectUrl',
      `${origin} is not on the form’s allow-list of redirect origins`,
    )
  }
  return { redirectUrl, origins: allowed }
}

async function checkGroups(deps: Deps, accountId: string, groupIds: string[]) {
  const unique = [...new Set(groupIds)]
  const known = await existingGroupIds(deps.db, accountId, unique.filter(isUuid))
  const unknown = unique.find((g) => !known.has(g))
  if (unknown) throw invalidField('groupIds', `${unknown} is not a group of this account`)
  return unique
}

type Settings = Required<Omit<CreateFormBody, 'status' | 'kind'>> & {
  kind: 'signup' | 'survey'
  status: 'draft' | 'published'
}

/** Everything a form's settings must satisfy, checked before anything is written. */
async function checkSettings(deps: Deps, access: AccountAccess, settings: Settings) {
  if (settings.status === 'published' && !access.held.has('contacts.create')) {
    throw new AppError('forbidden', 'a published form adds contacts in your name', {
      permission: 'contacts.create',
    })
  }
  // A new tag name needs tags.manage of whoever sets the form up, as tagging a contact would.
  await planTags(deps, access, settings.tags)
  return {
    ...settings,
    fields: await checkFields(deps, access.accountId, settings.fields),
    questions: checkQuestions(settings.kind, settings.questions),
    groupIds: await checkGroups(deps, access.accountId, settings.groupIds),
    ...checkRedirect(settings.redirectUrl, settings.redirectOrigins),
  }
}

function columnsOf(checked: Awaited<ReturnType<typeof checkSettings>>) {
  return {
    name: checked.name,
    status: checked.status,
    fields: JSON.stringify(checked.fields),
    questions: JSON.stringify(checked.questions),
    group_ids: checked.groupIds,
    tags: checked.tags,
    consent_text: checked.consentText,
    thank_you: checked.thankYou,
    redirect_url: checked.redirectUrl,
    redirect_origins: checked.origins,
  }
}

export async function getForm(deps: Deps, access: AccountAccess, formId: string) {
  const row = isUuid(formId) ? await repo.findForm(deps.db, access.accountId, formId) : undefined
  if (!row) throw notFound('form')
  return row
}

export async function listForms(deps: Deps, access: AccountAccess) {
  const rows = await repo.listForms(deps.db, access.accountId)
  return { items: rows.map((row) => present(deps, row)) }
}

export async function createForm(deps: Deps, access: AccountAccess, body: CreateFormBody) {
  const kind = body.kind ?? 'signup'
  const checked = await checkSettings(deps, access, {
    kind,
    name: body.name,
    fields: body.fields ?? DEFAULT_FIELDS,
    groupIds: body.groupIds ?? [],
    tags: body.tags ?? [],
    consentText: body.consentText ?? '',
    thankYou: body.thankYou ?? DEFAULT_THANK_YOU[kind],
    redirectUrl: body.redirectUrl ?? null,
    redirectOrigins: body.redirectOrigins ?? [],
    questions: body.questions ?? (kind === 'survey' ? DEFAULT_QUESTIONS : []),
    status: body.status ?? 'draft',
  })
  const id = uuidv7()
  await deps.db
    .insertInto('forms')
    .values({
      account_id: access.accountId,
      id,
      kind,
      created_by: access.userId,
      ...columnsOf(checked),
    })
    .execute()
  return present(deps, await getForm(deps, access, id))
}

export async function updateForm(
  deps: Deps,
  access: AccountAccess,
  formId: string,
  body: UpdateFormBody,
) {
  const current = present(deps, await getForm(deps, access, formId))
  const checked = await checkSettings(deps, access, {
    kind: current.kind,
    name: body.name ?? current.name,
    fields: body.fields ?? current.fields,
    groupIds: body.groupIds ?? current.groupIds,
    tags: body.tags ?? current.tags,
    consentText: body.consentText ?? current.consentText,
    thankYou: body.thankYou ?? current.thankYou,
    redirectUrl: body.redirectUrl === undefined ? current.redirectUrl : body.redirectUrl,
    redirectOrigins: body.redirectOrigins ?? current.redirectOrigins,
    questions: body.questions ?? current.questions,
    status: body.status ?? current.status,
  })
  await deps.db
    .updateTable('forms')
    // The form acts in the name of whoever published it last (see submissions.ts).
    .set({ ...columnsOf(checked), created_by: access.userId, updated_at: deps.clock.now() })
    .where('account_id', '=', access.accountId)
    .where('id', '=', current.id)
    .execute()
  return present(deps, await getForm(deps, access, current.id))
}

export async function deleteForm(deps: Deps, access: AccountAccess, formId: string) {
  const row = await getForm(deps, access, formId)
  await deps.db
    .deleteFrom('forms')
    .where('account_id', '=', access.accountId)
    .where('id', '=', row.id)
    .execute()
}
