import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { CsvFile } from '../audience/schemas.js'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { sendCsvDownload } from '../http/replies.js'
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.js'
import { exportAudit, listAudit } from './audit.js'
import {
  ApiKeyList,
  AUDIT_FILTER_DESCRIPTION,
  AuditFilterQuery,
  AuditPage,
  CreatedApiKey,
} from './schemas.js'

const AccountParams = Type.Object({ accountId: Type.String() })

export function developerRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/accounts/:accountId/api-keys',
      {
        config: { access: { permission: 'developer.api_keys' } },
        schema: {
          tags: ['developer'],
          summary: 'Create an API key with a subset of your permissions; the key is shown once',
          params: AccountParams,
          body: Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 200 }),
              permissions: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 100 }),
            },
            { additionalProperties: false },
          ),
          response: { 201: CreatedApiKey },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createApiKey(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/api-keys',
      {
        config: { access: { permission: 'developer.api_keys' } },
        schema: {
          tags: ['developer'],
          summary: 'Live API keys (never their secrets)',
          params: AccountParams,
          response: { 200: ApiKeyList },
        },
      },
      async (request) => ({ items: await listApiKeys(deps, requireAccess(request)) }),
    )

    app.delete(
      '/api/v1/accounts/:accountId/api-keys/:keyId',
      {
        config: { access: { permission: 'developer.api_keys' } },
        schema: {
          tags: ['developer'],
          summary: 'Revoke an API key',
          params: Type.Object({ accountId: Type.String(), keyId: Type.String() }),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await revokeApiKey(deps, requireAccess(request), request.params.keyId)
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/audit',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          tags: ['audit'],
          summary: 'The account’s audit log, newest first',
          description: AUDIT_FILTER_DESCRIPTION,
          params: AccountParams,
          querystring: Type.Object({
            // An entry's id (a bigint): more digits than an id can have are refused, not cast.
            cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            ...AuditFilterQuery.properties,
          }),
          response: { 200: AuditPage },
        },
      },
      async (request) => {
        const { cursor, limit, ...filter } = request.query
        return listAudit(
          deps.db,
          requireAccess(request).accountId,
          { cursor, limit: limit ?? 50 },
          filter,
        )
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/audit/export',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          tags: ['audit'],
          summary: 'The account’s audit log as CSV, newest first, streamed (the export is audited)',
          description: `${AUDIT_FILTER_DESCRIPTION} Columns: at, actor, actorKind, action, targetType, targetId, ip, details (JSON). Cells starting with = + - @, tab or NUL are prefixed with an apostrophe.`,
          params: AccountParams,
          querystring: AuditFilterQuery,
          response: { 200: CsvFile },
        },
      },
      async (request, reply) => {
        const { stream, filename } = exportAudit(deps, requireAccess(request), request.query)
        return sendCsvDownload(reply, stream, filename)
      },
    )
  }
}
