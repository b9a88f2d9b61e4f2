import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess, requireSession } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import type { AccountSource } from '../http/route-access.js'
import { withNames } from './connection-people.js'
import * as connections from './connections.js'
import { Connection, ConnectionList, ConnectionRequestSent } from './schemas.js'

const closed = { additionalProperties: false } as const
const IdParams = Type.Object({ connectionId: Type.String({ maxLength: 64 }) })
const Role = Type.Optional(
  Type.String({
    maxLength: 50,
    description: 'collaborator, campaign_creator, data_manager or analyst',
  }),
)
const Permissions = Type.Optional(
  Type.Array(Type.String({ maxLength: 64 }), {
    maxItems: 100,
    description: 'a custom set outside the admin areas',
  }),
)
const tags = { tags: ['connections'] }

/** The account a connection leads to: the gate decides users.manage there. */
const connectionsAccount = (partyActsAsUser = false): AccountSource => ({
  from: 'resource',
  resource: 'connection',
  param: 'connectionId',
  load: connections.connectionAccount,
  partyActsAsUser,
})

/**
 * User connections are not under one account's URL: both sides use them. The account side needs
 * users.manage in the account a connection leads to, which the gate decides from the connection
 * (or, for Grant Access, from the body's accountId); the user's side acts as themselves.
 */
export function connectionRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/connections',
      {
        config: {
          access: {
            permission: 'users.manage',
            account: {
              from: 'body',
              field: 'accountId',
              when: { field: 'type', equals: 'grant_access' },
            },
          },
        },
        schema: {
          ...tags,
          summary:
            'Apply for access to the account of someone named by email (access_others) or let someone named by email into yours (grant_access); the answer is the same whether or not the email leads anywhere',
          body: Type.Object(
            {
              type: Type.Union([Type.Literal('access_others'), Type.Literal('grant_access')]),
              accountId: Type.Optional(
                Type.String({
                  maxLength: 64,
                  description:
                    'grant_access: your account; access_others: optional, an account the person named manages (default: the account they own)',
                }),
              ),
              email: Type.String({
                maxLength: 320,
                description: 'the other side: the grantee, or someone who manages the account',
              }),
              role: Role,
              permissions: Permissions,
              expiresAt: Type.Optional(
                Type.String({
                  format: 'date-time',
                  maxLength: 40,
                  description: 'access ends by itself at this time',
                }),
              ),
            },
            closed,
          ),
          response: { 202: ConnectionRequestSent },
        },
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(
            await connections.createConnection(
              deps,
              requireSession(request),
              request.access,
              request.body,
            ),
          ),
    )

    app.get(
      '/api/v1/connections',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary:
            'Open connections: mine to other accounts (outgoing) or into accounts I manage (incoming)',
          querystring: Type.Object({
            direction: Type.Optional(
              Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')]),
            ),
            cursor: Type.Optional(Type.String({ maxLength: 64 })),
            limit: Type.Optional(
              Type.Integer({
                minimum: 1,
                maximum: connections.CONNECTIONS_PAGE.max,
                description: `default ${connections.CONNECTIONS_PAGE.default}`,
              }),
            ),
          }),
          response: { 200: ConnectionList },
        },
      },
      async (request) => {
        const page = await connections.listConnections(deps, requireSession(request), request.query)
        return { items: await withNames(deps, page.items), nextCursor: page.nextCursor }
      },
    )

    for (const decision of ['accept', 'decline'] as const) {
      app.post(
        `/api/v1/connections/:connectionId/${decision}`,
        {
          config: { access: { permission: 'users.manage', account: connectionsAccount() } },
          schema: {
            ...tags,
            summary: `${decision === 'accept' ? 'Accept' : 'Decline'} an application (users.manage)`,
            params: IdParams,
            response: { 200: Connection },
          },
        },
        async (request) =>
          connections.decideConnection(
            deps,
            requireSession(request),
            requireAccess(request),
            request.params.connectionId,
            decision,
          ),
      )
    }

    app.patch(
      '/api/v1/connections/:connectionId',
      {
        config: { access: { permission: 'users.manage', account: connectionsAccount() } },
        schema: {
          ...tags,
          summary: 'Change the role of a connection, from the account side',
          params: IdParams,
          body: Type.Object({ role: Role, permissions: Permissions }, closed),
          response: { 200: Connection },
        },
      },
      async (request) =>
        connections.changeConnection(
          deps,
          requireSession(request),
          requireAccess(request),
          request.params.connectionId,
          request.body,
        ),
    )

    app.delete(
      '/api/v1/connections/:connectionId',
      {
        // The connected user leaving acts as themselves; the account side needs users.manage.
        config: { access: { permission: 'users.manage', account: connectionsAccount(true) } },
        schema: {
          ...tags,
          summary: 'End a connection, from either side',
          params: IdParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await connections.endConnection(
          deps,
          requireSession(request),
          request.access,
          request.params.connectionId,
        )
        return reply.status(204).send(null)
      },
    )
  }
}
