import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { AccountLanguage } from '../accounts/language.js'
import { findAccountLanguage } from '../accounts/repository.js'
import { CsvFile, HtmlPage } from '../audience/schemas.js'
import type { Deps } from '../deps.js'
import { AppError, notFound } from '../errors.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { sendCsvDownload } from '../http/replies.js'
import { type Limit, takeAttempt } from '../identity/rate-limit.js'
import { isUuid } from '../ids.js'
import {
  embedSnippet,
  FORM_CSS,
  FORM_JS,
  formPage,
  messagePage,
  PAGE_CSP,
  type PageForm,
} from './page.js'
import { newChallenge, signedTimestamp } from './protection.js'
import { answerKey } from './questions.js'
import * as repo from './repository.js'
import { exportResponses, surveyResults } from './results.js'
import {
  CreateFormBody,
  Form,
  FormEmbed,
  FormList,
  HeldSubmissionList,
  PublicSubmissionBody,
  ReviewDecision,
  SubmissionReceipt,
  SurveyResults,
  UpdateFormBody,
} from './schemas.js'
import * as service from './service.js'
import {
  listHeld,
  type PostedValues,
  review,
  type SubmissionOutcome,
  submit,
} from './submissions.js'
import {
  type FieldProblem,
  type RefusalReason,
  visitorLanguage,
  type Words,
  wordsFor,
} from './words.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const FormParams = Type.Object({ accountId: Type.String(), formId: Type.String() })
const HeldParams = Type.Object({
  accountId: Type.String(),
  formId: Type.String(),
  submissionId: Type.String(),
})
const PublicParams = Type.Object({ formId: Type.String({ maxLength: 64 }) })
const FORMS = '/api/v1/accounts/:accountId/forms'
const manage = { access: { permission: 'forms.manage' as const } }
const tags = ['forms']

/** Submissions per address (every form) and per form: a person signs up a few times at most. */
export const SUBMISSION_LIMITS = {
  perIp: { max: 20, windowSeconds: 60 * 60 },
  perForm: { max: 1000, windowSeconds: 60 * 60 },
  challengesPerIp: { max: 120, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>
const BODY_LIMIT = 32 * 1024

function pageForm(row: repo.FormRow, language: AccountLanguage): PageForm {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    fields: row.fields as PageForm['fields'],
    questions: row.questions as PageForm['questions'],
    consentText: row.consent_text,
    language,
  }
}

/** A form as its public pages show it: in its account's language. */
async function publicForm(deps: Deps, row: repo.FormRow) {
  return pageForm(row, await findAccountLanguage(deps.db, row.account_id))
}

/**
 * The hosted page's post answers the embed's script in JSON (`Accept: application/json`), its
 * messages in the form's language: the field to mark on a 422, the reason of a refusal on a 400.
 */
const PageError = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String({ description: 'for the person who sent the form, in its language' }),
    field: Type.Optional(Type.String({ description: 'the input to mark, on a 422' })),
  }),
})

function orJson<T extends ReturnType<typeof HtmlPage>>(page: T, json: object) {
  return { ...page, content: { ...page.content, 'application/json': { schema: json } } }
}

/** Account-scoped routes: forms as the account configures them, and the review of held ones. */
function formRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      FORMS,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Sign-up forms and surveys, with their counts',
          params: AccountParams,
          response: { 200: FormList },
        },
      },
      async (request) => service.listForms(deps, requireAccess(request)),
    )
    app.post(
      FORMS,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Create a sign-up form or a survey',
          description:
            'Publishing needs contacts.create as well (the form adds contacts in your name); a new tag name needs tags.manage; a redirect must be on the form’s allow-list of origins.',
          params: AccountParams,
          body: CreateFormBody,
          response: { 201: Form },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createForm(deps, requireAccess(request), request.body)),
    )
    app.get(
      `${FORMS}/:formId`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'A sign-up form or a survey',
          params: FormParams,
          response: { 200: Form },
        },
      },
      async (request) => {
        const access = requireAccess(request)
        return service.present(deps, await service.getForm(deps, access, request.params.formId))
      },
    )
    app.patch(
      `${FORMS}/:formId`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Change a form or a survey; publish it or take it back to draft',
          params: FormParams,
          body: UpdateFormBody,
          response: { 200: Form },
        },
      },
      async (request) =>
        service.updateForm(deps, requireAccess(request), request.params.formId, request.body),
    )
    app.delete(
      `${FORMS}/:formId`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Delete a form or a survey, with its submissions and responses',
          params: FormParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.deleteForm(deps, requireAccess(request), request.params.formId)
        return reply.status(204).send(null)
      },
    )
    app.get(
      `${FORMS}/:formId/embed`,
      {
        config: manage,
        schema: {
          tags,
          summary:
            'The embed code of a form: plain HTML posting to Chorus, and the optional script',
          params: FormParams,
          response: { 200: FormEmbed },
        },
      },
      async (request) => {
        const row = await service.getForm(deps, requireAccess(request), request.params.formId)
        return embedSnippet(await publicForm(deps, row), deps.config.publicUrl)
      },
    )
    app.get(
      `${FORMS}/:formId/held`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Submissions held for review (suspicious: no proof of work, or sent too fast)',
          params: FormParams,
          response: { 200: HeldSubmissionList },
        },
      },
      async (request) => listHeld(deps, requireAccess(request), request.params.formId),
    )
    app.get(
      `${FORMS}/:formId/results`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'A survey’s results: responses, and each question’s answers counted',
          params: FormParams,
          response: { 200: SurveyResults },
        },
      },
      async (request) => surveyResults(deps, requireAccess(request), request.params.formId),
    )
    app.get(
      `${FORMS}/:formId/responses/export`,
      {
        config: { access: { permission: 'reports.export' } },
        schema: {
          tags,
          summary: 'A survey’s responses as CSV, streamed',
          description:
            'One row per response: the contact, the fields typed, every answer. Needs contacts.export as well as reports.export (the responses are contacts’ data and a report).',
          params: FormParams,
          response: { 200: CsvFile },
        },
      },
      async (request, reply) => {
        const { stream, filename } = await exportResponses(
          deps,
          requireAccess(request),
          request.params.formId,
        )
        return sendCsvDownload(reply, stream, filename)
      },
    )
    for (const decision of ['approve', 'discard'] as const) {
      app.post(
        `${FORMS}/:formId/held/:submissionId/${decision}`,
        {
          config: manage,
          schema: {
            tags,
            summary:
              decision === 'approve'
                ? 'Approve a held submission: it is applied now (contact, consent, confirmation mail)'
                : 'Discard a held submission',
            params: HeldParams,
            response: { 200: ReviewDecision },
          },
        },
        async (request) =>
          review(
            deps,
            requireAccess(request),
            request.params.formId,
            request.params.submissionId,
            decision,
          ),
      )
    }
  }
}

async function publishedForm(deps: Deps, formId: string) {
  const row = isUuid(formId)
    ? await repo.findPublishedForm(deps.db, formId.toLowerCase())
    : undefined
  if (!row) throw notFound('form')
  return row
}

function countSubmission(deps: Deps, formId: string, ip: string) {
  return takeAttempt(
    deps.db,
    [
      { key: `form-ip:${ip}`, limit: SUBMISSION_LIMITS.perIp },
      { key: `form:${formId}`, limit: SUBMISSION_LIMITS.perForm },
    ],
    deps.clock.now(),
  )
}

function htmlReply(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .send(html)
}

/**
 * No form, so no account to take a language from: the visitor's own, when it is one of the four
 * (a draft answers as an unknown id does, in the same words).
 */
function formNotFound(request: FastifyRequest, reply: FastifyReply) {
  const language = visitorLanguage(request.headers['accept-language'])
  const words = wordsFor(language)
  if (wantsJson(request)) {
    return jsonReply(reply, 404, { error: { code: 'not_found', message: words.notFound } })
  }
  return htmlReply(reply, 404, messagePage(words.notFoundTitle, words.notFound, language))
}

/** The embed's script asks for JSON; a browser's plain post asks for HTML first. */
function wantsJson(request: FastifyRequest) {
  const accept = request.headers.accept ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
}

/** Read by the embed's script from another site: any origin, no credentials. */
function jsonReply(reply: FastifyReply, status: number, body: object) {
  return reply
    .status(status)
    .header('access-control-allow-origin', '*')
    .header('cache-control', 'no-store')
    .header('vary', 'accept')
    .send(body)
}

/** What went wrong with a submission, for the person who sent it, in the form's language. */
interface SubmissionProblem {
  status: 400 | 422 | 429
  code: string
  /** The form's field at fault (its input's name), on a 422. */
  field?: string
  message: string
  /** The proof of work was spent before the problem was found: a retry needs a new one. */
  proofUsed?: true
}

function problemOf(form: PageForm, error: AppError): SubmissionProblem {
  const words = wordsFor(form.language)
  // The server's own English message where no word of the page's language says it better.
  const fallback = form.language === 'en' ? error.message : words.invalid
  if (error.code === 'rate_limited') {
    return { status: 429, code: error.code, message: words.tooMany }
  }
  if (error.code === 'validation_failed') {
    const field = fieldOf(form, error.details.field)
    const label =
      form.fields.find((f) => f.field === field)?.label ??
      form.questions.find((q) => answerKey(q.id) === field)?.label ??
      ''
    const problem = error.details.problem as FieldProblem | undefined
    const message = problem && words.problems[problem] ? words.problems[problem](label) : fallback
    return {
      status: 422,
      code: error.code,
      message,
      ...(field ? { field } : {}),
      ...(error.details.proofUsed === true ? { proofUsed: true as const } : {}),
    }
  }
  const reason = error.details.reason as RefusalReason | undefined
  const message = reason && Object.hasOwn(words.refused, reason) ? words.refused[reason] : fallback
  return { status: 400, code: error.code, message }
}

/** The input a 422 names: a custom value is `fields.key` to the contacts, `key` in the form. */
function fieldOf(form: PageForm, field: unknown): string | undefined {
  if (typeof field !== 'string') return undefined
  const name = field.startsWith('fields.') ? field.slice('fields.'.length) : field
  const known =
    form.fields.some((f) => f.field === name) ||
    form.questions.some((q) => answerKey(q.id) === name)
  return known ? name : undefined
}

function refusedPage(words: Words, form: PageForm, problem: SubmissionProblem) {
  return messagePage(words.refusedTitle, problem.message, form.language)
}

/** The widget's files, read from the installed package (its `dist/external` build, no CDN). */
const WIDGET_DIST = path.resolve(
  path.dirname(createRequire(import.meta.url).resolve('altcha/external')),
  '..',
)

const ASSETS: Record<string, { type: string; body: () => Promise<string> }> = (() => {
  const dist = (file: string) => () => readFile(path.join(WIDGET_DIST, file), 'utf8')
  return {
    'form.js': { type: 'text/javascript', body: async () => FORM_JS },
    'form.css': { type: 'text/css', body: async () => FORM_CSS },
    'altcha.js': { type: 'text/javascript', body: dist('external/altcha.min.js') },
    'altcha.css': { type: 'text/css', body: dist('external/altcha.css') },
    'sha.js': { type: 'text/javascript', body: dist('workers/sha.js') },
  }
})()

/** The hosted page, its post, the challenge and the widget's files: public, from any site. */
function publicRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    // The hosted page and the embed post a plain HTML form.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: BODY_LIMIT },
      (_request, body, done) => {
        done(null, postedValues(new URLSearchParams(body as string)))
      },
    )

    app.get(
      '/f/assets/:file',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          params: Type.Object({ file: Type.String({ maxLength: 40 }) }),
          response: { 200: HtmlPage('a script or style sheet of the form page') },
        },
      },
      async (request, reply) => {
        const asset = Object.hasOwn(ASSETS, request.params.file)
          ? ASSETS[request.params.file]
          : undefined
        if (!asset) throw notFound('file')
        return reply
          .type(`${asset.type}; charset=utf-8`)
          .header('access-control-allow-origin', '*')
          .header('cache-control', 'public, max-age=3600')
          .header('x-content-type-options', 'nosniff')
          .send(await asset.body())
      },
    )

    app.get(
      '/f/:formId',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          params: PublicParams,
          response: {
            200: HtmlPage('the hosted sign-up form'),
            404: orJson(HtmlPage('no such form'), PageError),
          },
        },
      },
      async (request, reply) => {
        const row = isUuid(request.params.formId)
          ? await repo.findPublishedForm(deps.db, request.params.formId.toLowerCase())
          : undefined
        if (!row) {
          return formNotFound(request, reply)
        }
        await repo.countView(deps.db, row.id)
        const timestamp = await signedTimestamp(deps, row.id)
        return htmlReply(reply, 200, formPage(await publicForm(deps, row), { timestamp }))
      },
    )

    app.get(
      '/f/:formId/challenge',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          params: PublicParams,
          response: {
            200: Type.Object({
              parameters: Type.Record(Type.String(), Type.Unknown()),
              signature: Type.Optional(Type.String()),
            }),
          },
        },
      },
      async (request, reply) => {
        const row = await publishedForm(deps, request.params.formId)
        await takeAttempt(
          deps.db,
          [{ key: `form-challenge:${request.ip}`, limit: SUBMISSION_LIMITS.challengesPerIp }],
          deps.clock.now(),
        )
        const challenge = await newChallenge(deps, row.id)
        return reply
          .header('access-control-allow-origin', '*')
          .header('cache-control', 'no-store')
          .send({ parameters: { ...challenge.parameters }, signature: challenge.signature })
      },
    )

    app.post(
      '/f/:formId',
      {
        config: { access: 'public' },
        bodyLimit: BODY_LIMIT,
        schema: {
          hide: true,
          params: PublicParams,
          response: {
            200: orJson(HtmlPage('the thank-you page'), SubmissionReceipt),
            303: HtmlPage('to the form’s redirect address'),
            400: orJson(HtmlPage('refused as a bot'), PageError),
            404: orJson(HtmlPage('no such form'), PageError),
            422: orJson(HtmlPage('the form again, with what to correct'), PageError),
            429: orJson(HtmlPage('too many submissions'), PageError),
          },
        },
      },
      async (request, reply) => {
        const row = isUuid(request.params.formId)
          ? await repo.findPublishedForm(deps.db, request.params.formId.toLowerCase())
          : undefined
        if (!row) return formNotFound(request, reply)
        const form = await publicForm(deps, row)
        const words = wordsFor(form.language)
        const json = wantsJson(request)
        const body = asFields(request.body)
        try {
          await countSubmission(deps, row.id, request.ip)
          const outcome = await submit(deps, row, body, request.ip)
          if (json) return jsonReply(reply, 200, outcome)
          return afterSubmission(reply, outcome, form)
        } catch (error) {
          if (!(error instanceof AppError)) throw error
          const problem = problemOf(form, error)
          if (typeof error.details.retryAfter === 'number') {
            reply.header('retry-after', String(error.details.retryAfter))
          }
          if (json) {
            const { status, ...answer } = problem
            return jsonReply(reply, status, { error: answer })
          }
          if (problem.status === 422) {
            const timestamp = await signedTimestamp(deps, row.id)
            const page = formPage(form, {
              timestamp,
              values: body,
              errors: { [problem.field ?? '_form']: problem.message },
            })
            return htmlReply(reply, 422, page)
          }
          return htmlReply(reply, problem.status, refusedPage(words, form, problem))
        }
      },
    )

    app.post(
      '/api/v1/forms/:formId/submissions',
      {
        config: { access: 'public' },
        bodyLimit: BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Submit a published sign-up form or survey (JSON), with the same protection as the hosted page',
          description:
            'Send the fields by name with `altcha` (the solved challenge of GET /f/{formId}/challenge); the honeypot `website` stays empty. 400 for a bot, 422 naming a field, 429 past the limits; a suspicious submission is held for review but answered alike.',
          params: PublicParams,
          body: PublicSubmissionBody,
          response: { 202: SubmissionReceipt },
        },
      },
      async (request, reply) => {
        const row = await publishedForm(deps, request.params.formId)
        await countSubmission(deps, row.id, request.ip)
        const outcome = await submit(deps, row, request.body, request.ip)
        return reply.status(202).send(outcome)
      },
    )
  }
}

/** A posted HTML form: one text per name, several for a name posted more than once (checkboxes). */
function postedValues(params: URLSearchParams): PostedValues {
  const values: PostedValues = Object.create(null)
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name)
    values[name] = all.length === 1 ? (all[0] as string) : all
  }
  return values
}

/** A posted form's values as text, whatever was posted. */
function asFields(body: unknown): PostedValues {
  if (typeof body !== 'object' || body === null) return {}
  return Object.fromEntries(
    Object.entries(body).filter(
      (entry): entry is [string, string | string[]] =>
        typeof entry[1] === 'string' ||
        (Array.isArray(entry[1]) && entry[1].every((v) => typeof v === 'string')),
    ),
  )
}

function afterSubmission(reply: FastifyReply, outcome: SubmissionOutcome, form: PageForm) {
  if (outcome.redirectUrl) return reply.status(303).header('location', outcome.redirectUrl).send('')
  const words = wordsFor(form.language)
  return htmlReply(reply, 200, messagePage(words.thankYouTitle, outcome.message, form.language))
}

export function formsRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(formRoutes(deps))
    await app.register(publicRoutes(deps))
  }
}
