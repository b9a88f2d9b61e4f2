import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { NoContent } from '../../http/contract.js'
import { AccountParams, closed } from '../route-params.js'
import { Channel } from '../schemas.js'
import {
  Blocklist,
  BlocklistEntry,
  LiftedUnsubscribe,
  SuppressionCheck,
  Unsubscribes,
} from './schemas.js'
import * as service from './service.js'

/** The blocklist, the account's unsubscribes, and whether an address may be contacted. */
export function suppressionRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const blocklist = { tags: ['suppression'] }
    const BlockBody = Type.Object(
      {
        channel: Channel,
        address: Type.String({ maxLength: 320 }),
        reason: Type.Optional(Type.String({ maxLength: 500 })),
      },
      closed,
    )
    app.get(
      '/api/v1/accounts/:accountId/blocklist',
      {
        config: { access: { permission: 'blocklist.view' } },
        schema: {
          ...blocklist,
          summary: 'The account’s blocklist (q: part of an address)',
          params: AccountParams,
          querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 320 })) }),
          response: { 200: Blocklist },
        },
      },
      async (request) => ({
        items: await service.listBlocklist(deps, requireAccess(request), request.query.q),
      }),
    )

    app.post(
      '/api/v1/accounts/:accountId/blocklist',
      {
        config: { access: { permission: 'blocklist.manage' } },
        schema: {
          ...blocklist,
          summary: 'Block an address',
          params: AccountParams,
          body: BlockBody,
          response: { 201: BlocklistEntry },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.block(deps, requireAccess(request), request.body)),
    )

    app.post(
      '/api/v1/accounts/:accountId/blocklist/remove',
      {
        config: { access: { permission: 'blocklist.manage' } },
        schema: {
          ...blocklist,
          summary: 'Unblock an address',
          params: AccountParams,
          body: Type.Object({ channel: Channel, address: Type.String({ maxLength: 320 }) }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.unblock(deps, requireAccess(request), request.body)
        return reply.status(204).send(null)
      },
    )

    const unsubscribes = { tags: ['suppression'] }
    app.get(
      '/api/v1/accounts/:accountId/unsubscribes',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...unsubscribes,
          summary:
            'The unsubscribes this account holds, own and shared-in contacts alike, newest first (keyset cursor)',
          params: AccountParams,
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 320, description: 'part of an address' })),
            channel: Type.Optional(Channel),
            cursor: Type.Optional(Type.String({ maxLength: 1000 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          }),
          response: { 200: Unsubscribes },
        },
      },
      async (request) => service.listUnsubscribes(deps, requireAccess(request), request.query),
    )

    app.post(
      '/api/v1/accounts/:accountId/unsubscribes/lift',
      {
        config: { access: { permission: 'contacts.resubscribe' } },
        schema: {
          ...unsubscribes,
          summary: 'Lift one of this account’s unsubscribes by address (audited)',
          params: AccountParams,
          body: Type.Object({ channel: Channel, address: Type.String({ maxLength: 320 }) }, closed),
          response: { 200: LiftedUnsubscribe },
        },
      },
      async (request) => service.liftUnsubscribe(deps, requireAccess(request), request.body),
    )

    app.get(
      '/api/v1/accounts/:accountId/suppression',
      {
        config: { access: { permission: 'blocklist.view' } },
        schema: {
          ...blocklist,
          summary: 'May this account send to this address on this channel, and if not, why',
          params: AccountParams,
          querystring: Type.Object({ channel: Channel, address: Type.String({ maxLength: 320 }) }),
          response: { 200: SuppressionCheck },
        },
      },
      async (request) =>
        service.checkSuppression(
          deps,
          requireAccess(request),
          request.query.channel,
          request.query.address,
        ),
    )
  }
}
