import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { listAudit } from './audit.js'

export function developerRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/audit',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          tags: ['audit'],
          summary: 'The account’s audit log, newest first',
          params: Type.Object({ accountId: Type.String() }),
          querystring: Type.Object({
            cursor: Type.Optional(Type.String({ maxLength: 40 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          }),
        },
      },
      async (request) =>
        listAudit(deps.db, requireAccess(request).accountId, {
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
        }),
    )
  }
}
