import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { SandboxedHtml } from '../content/schemas.js'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { sendSandboxedHtml } from '../http/replies.js'
import { capturedHtml, getCaptured, listCaptured } from './mailbox.js'
import { CapturedList, CapturedMessage } from './schemas.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const MessageParams = Type.Object({
  accountId: Type.String(),
  messageId: Type.String({ maxLength: 300 }),
})

/** The captured mailbox (no SMTP_URL): per-recipient sent data, so reports.drilldown. */
export function mailboxRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['mailbox']
    const config = { access: { permission: 'reports.drilldown' as const } }

    app.get(
      '/api/v1/accounts/:accountId/mailbox',
      {
        config,
        schema: {
          tags,
          summary: 'Messages captured instead of sent (no SMTP_URL), newest first',
          params: AccountParams,
          querystring: Type.Object({
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          }),
          response: { 200: CapturedList },
        },
      },
      async (request) => listCaptured(deps, requireAccess(request), request.query.limit),
    )

    app.get(
      '/api/v1/accounts/:accountId/mailbox/:messageId',
      {
        config,
        schema: {
          tags,
          summary: 'A captured message',
          params: MessageParams,
          response: { 200: CapturedMessage },
        },
      },
      async (request) => getCaptured(deps, requireAccess(request), request.params.messageId),
    )

    app.get(
      '/api/v1/accounts/:accountId/mailbox/:messageId/html',
      {
        config,
        schema: {
          tags,
          summary: 'A captured message’s HTML, for a sandboxed iframe',
          params: MessageParams,
          response: { 200: SandboxedHtml },
        },
      },
      async (request, reply) => {
        const access = requireAccess(request)
        const mail = await getCaptured(deps, access, request.params.messageId)
        return sendSandboxedHtml(reply, await capturedHtml(deps, access.accountId, mail))
      },
    )
  }
}
