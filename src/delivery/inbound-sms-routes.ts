import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'
import { assertInboundAuthorized } from './inbound.js'
import { receiveInboundSms } from './inbound-sms.js'
import { InboundSmsBody, InboundSmsResult } from './inbound-sms-schemas.js'

const ROUTE = '/api/v1/delivery/sms'

/**
 * SMS answers from the gateway, one per post, authenticated like the provider events
 * (`Authorization: Bearer <CHORUS_INBOUND_SECRET>`; 404 while no secret is configured). The
 * answer carries the text the gateway sends back to the number, if any.
 */
export function inboundSmsRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      ROUTE,
      {
        config: { access: 'public' },
        onRequest: async (request) =>
          assertInboundAuthorized(
            deps.config.inboundSecret,
            request.headers.authorization,
            `POST ${ROUTE}`,
          ),
        schema: {
          tags: ['delivery'],
          summary: 'An SMS answer from the gateway: filed in the inbox; STOP and START applied',
          body: InboundSmsBody,
          response: { 200: InboundSmsResult },
        },
      },
      async (request) => receiveInboundSms(deps, request.body),
    )
  }
}
