import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
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

function pageForm(row: repo.FormRow): PageForm {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    fields: row.fields as PageForm['fields'],
    questions: row.questions as PageForm['questions'],
    consentText: row.consent_text,
  }
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
          summary: 'Sign-up forms, with their counts',
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
          summary: 'Create a sign-up form',
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
        schema: { tags, summary: 'A sign-up form', params: FormParams, response: { 200: Form } },
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
          summary: 'Change a sign-up form; publish it or take it back to draft',
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
          summary: 'Delete a sign-up form and its submissions',
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
        return embedSnippet(pageForm(row), deps.config.publicUrl)
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

function formNotFound(reply: FastifyReply) {
  return htmlReply(
    reply,
    404,
    messagePage('Form not found', 'This form does not exist or is not published.'),
  )
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
          response: { 200: HtmlPage('the hosted sign-up form'), 404: HtmlPage('no such form') },
        },
      },
      async (request, reply) => {
        const row = isUuid(request.params.formId)
          ? await repo.findPublishedForm(deps.db, request.params.formId.toLowerCase())
          : undefined
        if (!row) {
          return formNotFound(reply)
        }
        await repo.countView(deps.db, row.id)
        const timestamp = await signedTimestamp(deps, row.id)
        return htmlReply(reply, 200, formPage(pageForm(row), { timestamp }))
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
            200: HtmlPage('the thank-you page'),
            303: HtmlPage('to the form’s redirect address'),
            400: HtmlPage('refused as a bot'),
            404: HtmlPage('no such form'),
            422: HtmlPage('the form again, with what to correct'),
            429: HtmlPage('too many submissions'),
          },
        },
      },
      async (request, reply) => {
        const row = isUuid(request.params.formId)
          ? await repo.findPublishedForm(deps.db, request.params.formId.toLowerCase())
          : undefined
        if (!row) return formNotFound(reply)
        const body = asFields(request.body)
        try {
          await countSubmission(deps, row.id, request.ip)
          const outcome = await submit(deps, row, body, request.ip)
          return afterSubmission(reply, outcome)
        } catch (error) {
          if (!(error instanceof AppError)) throw error
          if (error.code === 'validation_failed') {
            const field = String(error.details.field ?? '_form')
            const timestamp = await signedTimestamp(deps, row.id)
            const page = formPage(pageForm(row), {
              timestamp,
              values: body,
              errors: { [field]: error.message },
            })
            return htmlReply(reply, 422, page)
          }
          const status = error.status === 429 ? 429 : 400
          return htmlReply(reply, status, messagePage('Not sent', error.message))
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
            'Submit a published sign-up form (JSON), with the same protection as the hosted page',
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
  const values: PostedValues = {}
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

function afterSubmission(reply: FastifyReply, outcome: SubmissionOutcome) {
  if (outcome.redirectUrl) return reply.status(303).header('location', outcome.redirectUrl).send('')
  return htmlReply(reply, 200, messagePage('Thank you', outcome.message))
}

export function formsRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(formRoutes(deps))
    await app.register(publicRoutes(deps))
  }
}
