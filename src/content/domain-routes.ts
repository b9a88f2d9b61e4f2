import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import * as domains from './domains.js'
import { CheckedDomain, Domain, DomainList } from './schemas.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const DomainParams = Type.Object({ accountId: Type.String(), domainId: Type.String() })
const DomainBody = Type.Object(
  {
    domain: Type.String({
      maxLength: 300,
      description: 'A bare domain name such as example.com (a Unicode name is stored as A-labels)',
    }),
  },
  { additionalProperties: false },
)

const access = { access: { permission: 'domains.manage' } } as const

/** Sender domains with DKIM keys. */
export function domainRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['domains']

    app.get(
      '/api/v1/accounts/:accountId/domains',
      {
        config: access,
        schema: {
          tags,
          summary: 'Sender domains with their DNS records',
          params: AccountParams,
          response: { 200: DomainList },
        },
      },
      async (request) => domains.listDomains(deps, requireAccess(request)),
    )

    app.post(
      '/api/v1/accounts/:accountId/domains',
      {
        config: access,
        schema: {
          tags,
          summary: 'Add a sender domain (a DKIM key is generated for it)',
          params: AccountParams,
          body: DomainBody,
          response: { 201: Domain },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await domains.addDomain(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/domains/:domainId',
      {
        config: access,
        schema: {
          tags,
          summary: 'A sender domain',
          params: DomainParams,
          response: { 200: Domain },
        },
      },
      async (request) => domains.getDomain(deps, requireAccess(request), request.params.domainId),
    )

    app.post(
      '/api/v1/accounts/:accountId/domains/:domainId/verify',
      {
        config: access,
        schema: {
          tags,
          summary: 'Look the DNS records up; verified when the DKIM record carries our key',
          params: DomainParams,
          response: { 200: CheckedDomain },
        },
      },
      async (request) =>
        domains.verifyDomain(deps, requireAccess(request), request.params.domainId),
    )

    app.delete(
      '/api/v1/accounts/:accountId/domains/:domainId',
      {
        config: access,
        schema: {
          tags,
          summary: 'Delete a sender domain and its key',
          params: DomainParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await domains.deleteDomain(deps, requireAccess(request), request.params.domainId)
        return reply.status(204).send(null)
      },
    )
  }
}
