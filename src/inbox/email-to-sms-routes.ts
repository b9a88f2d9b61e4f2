import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { getEmailToSmsSettings, putEmailToSmsSettings } from './email-to-sms.js'
import { EmailToSmsSettings, EmailToSmsSettingsInput } from './email-to-sms-schemas.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const PATH = '/api/v1/accounts/:accountId/email-to-sms'

/** The account's Email-to-SMS settings (seed 003), under account.manage (SPEC §2). */
export function emailToSmsRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const access = { access: { permission: 'account.manage' as const } }
    app.get(
      PATH,
      {
        config: access,
        schema: {
          tags: ['inbox'],
          summary: 'The account’s Email-to-SMS settings',
          params: AccountParams,
          response: { 200: EmailToSmsSettings },
        },
      },
      async (request) => getEmailToSmsSettings(deps, requireAccess(request)),
    )
    app.put(
      PATH,
      {
        config: access,
        schema: {
          tags: ['inbox'],
          summary: 'Sets Email-to-SMS: on/off, the SMS sender, the parts limit, allowed addresses',
          params: AccountParams,
          body: EmailToSmsSettingsInput,
          response: { 200: EmailToSmsSettings },
        },
      },
      async (request) => putEmailToSmsSettings(deps, requireAccess(request), request.body),
    )
  }
}
