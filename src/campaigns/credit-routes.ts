import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { sessionActor } from '../developer/audit.js'
import { requireAccess, requireSession } from '../http/auth.js'
import * as credits from './credits.js'
import { AccountBalances, Balances, Channel, LedgerPage, TopUpRequested } from './schemas.js'

const AccountParams = Type.Object({ accountId: Type.String() })

/**
 * Credit balances, allocations, top-up requests and the ledger, all under `billing.manage` (SPEC
 * §2 puts credit balances there). A sender without it learns of a short balance from the launch's
 * 409 `insufficient_credits`. Credits of top-level accounts are added by the installation's
 * operators (SPEC §3), through `/api/v1/operator/…` or `chorus credits add`.
 */
export function creditRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['credits']

    app.get(
      '/api/v1/accounts/:accountId/credits',
      {
        config: { access: { permission: 'billing.manage' } },
        schema: {
          tags,
          summary: 'Email and SMS credit balances, with what launched campaigns still hold',
          params: AccountParams,
          response: { 200: AccountBalances },
        },
      },
      async (request) => credits.getBalances(deps, requireAccess(request)),
    )

    app.get(
      '/api/v1/accounts/:accountId/credits/ledger',
      {
        config: { access: { permission: 'billing.manage' } },
        schema: {
          tags,
          summary: 'Every movement of the balances, newest first (keyset cursor)',
          params: AccountParams,
          querystring: Type.Object({
            cursor: Type.Optional(Type.String({ maxLength: 64 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          }),
          response: { 200: LedgerPage },
        },
      },
      async (request) => credits.listLedger(deps, requireAccess(request), request.query),
    )

    app.post(
      '/api/v1/accounts/:accountId/credits/top-up',
      {
        config: { access: { permission: 'billing.manage' } },
        schema: {
          tags,
          summary:
            'Add credits: a top-level account is topped up; a sub-account is funded from its ' +
            "parent's balance (needs billing.manage in the parent too)",
          params: AccountParams,
          body: Type.Object(
            {
              channel: Channel,
              amount: Type.Integer({ minimum: 1, maximum: credits.MAX_TOP_UP }),
            },
            { additionalProperties: false },
          ),
          response: { 200: Balances },
        },
      },
      async (request) => credits.topUp(deps, requireAccess(request), request.body),
    )

    app.post(
      '/api/v1/accounts/:accountId/credits/requests',
      {
        config: { access: { permission: 'billing.manage' } },
        schema: {
          tags,
          summary:
            "Ask the installation's operators for a top-up of this top-level account " +
            '(each operator gets an email)',
          params: AccountParams,
          body: Type.Object(
            {
              channel: Channel,
              amount: Type.Integer({ minimum: 1, maximum: credits.MAX_TOP_UP }),
              note: Type.Optional(Type.String({ maxLength: 1000 })),
            },
            { additionalProperties: false },
          ),
          response: { 202: TopUpRequested },
        },
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(await credits.requestTopUp(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/operator/accounts/:accountId/credits',
      {
        config: { access: 'operator' },
        schema: {
          tags,
          summary: "Operators of the installation: an account's balances",
          params: AccountParams,
          response: { 200: Balances },
        },
      },
      async (request) => credits.operatorBalances(deps, request.params.accountId),
    )

    app.post(
      '/api/v1/operator/accounts/:accountId/credits',
      {
        config: { access: 'operator' },
        schema: {
          tags,
          summary: 'Operators of the installation: add credits to a top-level account',
          params: AccountParams,
          body: Type.Object(
            { channel: Channel, amount: Type.Integer({ minimum: 1, maximum: credits.MAX_TOP_UP }) },
            { additionalProperties: false },
          ),
          response: { 200: Balances },
        },
      },
      async (request) => {
        return credits.addOperatorCredits(deps, sessionActor(requireSession(request)), {
          ...request.body,
          accountId: request.params.accountId,
        })
      },
    )
  }
}
