import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess, requireSession } from '../http/auth.js'
import { AccountsReport, OverviewReport, RangeQuery } from './schemas.js'
import { accountOverview, crossAccountReport, subaccountRollup } from './service.js'

const tags = { tags: ['reports'] }
const AccountParams = Type.Object({ accountId: Type.String() })

/** The account overview, the sub-account roll-up and cross-account analytics. */
export function analyticsRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/analytics/overview',
      {
        config: { access: { permission: 'reports.view' } },
        schema: {
          ...tags,
          summary:
            'The account’s campaigns of a date range (default the last 30 days): figures and a per-day series',
          params: AccountParams,
          querystring: RangeQuery,
          response: { 200: OverviewReport },
        },
      },
      async (request) => accountOverview(deps, requireAccess(request), request.query),
    )

    app.get(
      '/api/v1/accounts/:accountId/analytics/subaccounts',
      {
        config: { access: { permission: 'reports.view' } },
        schema: {
          ...tags,
          summary:
            'The account and its sub-accounts where you hold reports.view, side by side and summed',
          params: AccountParams,
          querystring: RangeQuery,
          response: { 200: AccountsReport },
        },
      },
      async (request) =>
        subaccountRollup(deps, requireAccess(request), request.session ?? undefined, request.query),
    )

    app.get(
      '/api/v1/analytics/accounts',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary:
            'Cross-account analytics: every account where you hold reports.cross_account (two or more), side by side and summed',
          querystring: RangeQuery,
          response: { 200: AccountsReport },
        },
      },
      async (request) => crossAccountReport(deps, requireSession(request), request.query),
    )
  }
}
