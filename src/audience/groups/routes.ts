import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { NoContent } from '../../http/contract.js'
import { AccountParams, closed, GroupParams, Id } from '../route-params.js'
import { Group, GroupContactPage, Groups } from './schemas.js'
import * as service from './service.js'

/** Groups: own ones and those shared in, their contacts and members. */
export function groupRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const groups = { tags: ['groups'] }

    app.get(
      '/api/v1/accounts/:accountId/groups',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...groups,
          summary: 'Own groups and groups shared in (shared: true, read-only), with their sizes',
          params: AccountParams,
          response: { 200: Groups },
        },
      },
      async (request) => ({ items: await service.listGroups(deps, requireAccess(request)) }),
    )

    app.post(
      '/api/v1/accounts/:accountId/groups',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Create a group',
          params: AccountParams,
          body: Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 200 }),
              description: Type.Optional(Type.String({ maxLength: 2000 })),
            },
            closed,
          ),
          response: { 201: Group },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createGroup(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId',
      {
        config: { access: { permission: 'groups.view' } },
        schema: { ...groups, summary: 'A group', params: GroupParams, response: { 200: Group } },
      },
      async (request) => service.getGroup(deps, requireAccess(request), request.params.groupId),
    )

    app.patch(
      '/api/v1/accounts/:accountId/groups/:groupId',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Rename or describe a group',
          params: GroupParams,
          body: Type.Object(
            {
              name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
              description: Type.Optional(Type.String({ maxLength: 2000 })),
            },
            closed,
          ),
          response: { 200: Group },
        },
      },
      async (request) =>
        service.updateGroup(deps, requireAccess(request), request.params.groupId, request.body),
    )

    app.delete(
      '/api/v1/accounts/:accountId/groups/:groupId',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary:
            'Delete a group (not its contacts); a shared-in group leaves this account’s list',
          params: GroupParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.deleteGroup(deps, requireAccess(request), request.params.groupId)
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId/contacts',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...groups,
          summary: 'The group’s contacts, a page at a time',
          params: GroupParams,
          querystring: Type.Object({
            cursor: Type.Optional(Id),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          }),
          response: { 200: GroupContactPage },
        },
      },
      async (request) =>
        service.listGroupContacts(
          deps,
          requireAccess(request),
          request.params.groupId,
          request.query,
        ),
    )

    app.post(
      '/api/v1/accounts/:accountId/groups/:groupId/members',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Add contacts to the group and remove others',
          params: GroupParams,
          body: Type.Object(
            {
              add: Type.Optional(Type.Array(Id, { maxItems: 10_000 })),
              remove: Type.Optional(Type.Array(Id, { maxItems: 10_000 })),
            },
            closed,
          ),
          response: { 200: Group },
        },
      },
      async (request) =>
        service.changeGroupMembers(
          deps,
          requireAccess(request),
          request.params.groupId,
          request.body,
        ),
    )
  }
}
