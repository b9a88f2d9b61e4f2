import { Readable } from 'node:stream'
import fastifyMultipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { AppError, invalidField } from '../../errors.js'
import { requireAccess } from '../../http/auth.js'
import { sendCsvDownload } from '../../http/replies.js'
import { ContactFilter } from '../contacts/filter.js'
import { AccountParams, Id } from '../route-params.js'
import { CsvFile } from '../schemas.js'
import { exportContacts } from './exports.js'
import { importWorker } from './import-runner.js'
import { Import, ImportPreview, ImportStarted } from './schemas.js'
import {
  cancelImport,
  getImport,
  importMaxBytes,
  previewImport,
  rejectedRowsCsv,
  startImport,
  tooLarge,
} from './service.js'

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'application/octet-stream'])
/** The start of a file the import screen previews. */
const PREVIEW_MAX_BYTES = 1024 * 1024
/** Room for the multipart envelope around a file of the largest size. */
const MULTIPART_SLACK_BYTES = 1024 * 1024

/** The uploaded file: the body itself (text/csv), or the one file part of a multipart form. */
async function uploadedFile(request: FastifyRequest, maxBytes: number): Promise<Readable> {
  if (request.isMultipart()) {
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } })
    if (!part) throw invalidField('file', 'the form has no file; send the CSV file as a file field')
    return part.file
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!(request.body instanceof Readable)) {
    throw invalidField('file', 'send the CSV file as the body (text/csv) or as multipart/form-data')
  }
  if (!CSV_TYPES.has(type)) {
    throw new AppError(
      'unsupported_media_type',
      'send the CSV file as text/csv or multipart/form-data',
    )
  }
  // A declared size over the limit is refused before a byte is read.
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes)
  return request.body
}

const IMPORT_DESCRIPTION = `Body: the CSV file as \`text/csv\`, or \`multipart/form-data\` with one file field.
The header row names the columns: email, phone, firstName, lastName (case-insensitive; aliases
such as first_name, "First Name", surname, mobile are understood); any other header fills a custom
field (a new one is created as text). Contacts are upserted by email, email-less rows by phone; an
import never changes a subscription status, and an empty cell keeps the contact's value.
Answers 202 at once; the import runs in the background (see GET …/imports/{importId}).
Limits (README): a file over CHORUS_IMPORT_MAX_BYTES (100 MiB) is 413; past CHORUS_IMPORT_MAX_ROWS
rows (1,000,000, blank lines included) the import fails and the rows before stay; an account with
CHORUS_IMPORT_MAX_ACTIVE imports (1) queued or running gets 409 with reason import_in_progress.`

const PROGRESS_DESCRIPTION = `status: queued | running | done | failed | cancelled. processed counts data rows read,
imported the new contacts, updated the existing ones, failed the rows refused. errors (the first
1,000) are {row, field, message}; row 1 is the first data row after the header (a record, so a
quoted cell spanning lines is still one row). message says why a failed import stopped; the
batches before the failure stay imported.`

export function importExportRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const maxBytes = importMaxBytes(deps)
    // The import route streams its body to disk: no parser here ever buffers a body.
    app.removeAllContentTypeParsers()
    app.addContentTypeParser('*', (_request, payload, done) => done(null, payload))
    await app.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 20, parts: 30 },
    })
    app.addHook('onClose', async () => importWorker(deps).stop())

    app.post(
      '/api/v1/accounts/:accountId/imports',
      {
        bodyLimit: maxBytes + MULTIPART_SLACK_BYTES,
        config: { access: { permission: 'contacts.create' } },
        schema: {
          tags: ['contacts'],
          summary: 'Import contacts from a CSV file (202, runs in the background)',
          description: IMPORT_DESCRIPTION,
          params: AccountParams,
          querystring: Type.Object({
            groupId: Type.Optional(Id),
            mapping: Type.Optional(
              Type.String({
                maxLength: 50_000,
                description:
                  'JSON: one entry per header column, as POST …/imports/preview proposes them ({kind: email | phone | firstName | lastName | ignored} or {kind: field, key, type}); a new key creates a custom field of that type. Without it, columns are mapped automatically.',
              }),
            ),
          }),
          response: { 202: ImportStarted },
        },
      },
      async (request, reply) => {
        const access = requireAccess(request)
        const file = await uploadedFile(request, maxBytes)
        const started = await startImport(deps, access, {
          file,
          groupId: request.query.groupId,
          mapping: request.query.mapping,
        })
        return reply
          .status(202)
          .header('location', `/api/v1/accounts/${access.accountId}/imports/${started.importId}`)
          .send(started)
      },
    )

    app.post(
      '/api/v1/accounts/:accountId/imports/preview',
      {
        bodyLimit: PREVIEW_MAX_BYTES + MULTIPART_SLACK_BYTES,
        config: { access: { permission: 'contacts.create' } },
        schema: {
          tags: ['contacts'],
          summary: 'The header, first rows and automatic column mapping of a CSV file',
          description:
            'Send the start of the file (at most 1 MiB, whole lines) as for an import. Nothing is stored: the answer is what the import screen shows before the upload.',
          params: AccountParams,
          response: { 200: ImportPreview },
        },
      },
      async (request) =>
        previewImport(deps, requireAccess(request), {
          file: await uploadedFile(request, PREVIEW_MAX_BYTES),
          maxBytes: PREVIEW_MAX_BYTES,
        }),
    )

    app.get(
      '/api/v1/accounts/:accountId/imports/:importId/rejected.csv',
      {
        config: { access: { permission: 'contacts.create' } },
        schema: {
          tags: ['contacts'],
          summary: 'The rows an import refused, as a CSV to fix and import again (streamed)',
          description:
            'The file’s own columns, then "Import error" (why) and "Import row" (1 is the first data row); an import ignores both. At most the first 10,000 refused rows.',
          params: Type.Object({ accountId: Type.String(), importId: Type.String() }),
          response: { 200: CsvFile },
        },
      },
      async (request, reply) => {
        const { stream, filename } = await rejectedRowsCsv(
          deps,
          requireAccess(request),
          request.params.importId,
        )
        return sendCsvDownload(reply, stream, filename)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/imports/:importId',
      {
        config: { access: { permission: 'contacts.create' } },
        schema: {
          tags: ['contacts'],
          summary: 'Progress and row errors of an import',
          description: PROGRESS_DESCRIPTION,
          params: Type.Object({ accountId: Type.String(), importId: Type.String() }),
          response: { 200: Import },
        },
      },
      async (request) => getImport(deps, requireAccess(request), request.params.importId),
    )

    app.post(
      '/api/v1/accounts/:accountId/imports/:importId/cancel',
      {
        config: { access: { permission: 'contacts.create' } },
        schema: {
          tags: ['contacts'],
          summary: 'Cancel a queued or running import (the rows imported so far stay)',
          description:
            'A running import stops after the batch in flight; the answer is the import as it ended (status cancelled). Cancelling again answers the same; a finished import is 409.',
          params: Type.Object({ accountId: Type.String(), importId: Type.String() }),
          response: { 200: Import },
        },
      },
      async (request) => cancelImport(deps, requireAccess(request), request.params.importId),
    )

    app.get(
      '/api/v1/accounts/:accountId/contacts/export',
      {
        config: { access: { permission: 'contacts.export' } },
        schema: {
          tags: ['contacts'],
          summary: 'Export contacts as CSV (all, or a filter of the contacts list), streamed',
          description:
            'Columns: email, phone, firstName, lastName, emailStatus, smsStatus, then every custom field in key order. Cells starting with = + - @, tab or NUL are prefixed with an apostrophe so spreadsheets do not run them; an import strips it again.',
          params: AccountParams,
          querystring: ContactFilter,
          response: { 200: CsvFile },
        },
      },
      async (request, reply) => {
        const { stream, filename } = await exportContacts(
          deps,
          requireAccess(request),
          request.query,
        )
        return sendCsvDownload(reply, stream, filename)
      },
    )
  }
}
