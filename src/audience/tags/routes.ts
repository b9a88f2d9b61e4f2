import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { NoContent } from '../../http/contract.js'
import { AccountParams, closed } from '../route-params.js'
import { Tag, Tags } from './schemas.js'
import * as service from './service.js'

const TagParams = Type.Object({ accountId: Type.String(), tagId: Type.String() })

/** Tags. */
export function tagRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId/tags',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: { tags: ['tags'], summary: 'Tags', params: AccountParams, response: { 200: Tags } },
      },
      async (request) => ({ items: await service.listTags(deps, requireAccess(request)) }),
    )

    const TagBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, closed)
    app.post(
      '/api/v1/accounts/:accountId/tags',
      {
        config: { access: { permission: 'tags.manage' } },
        schema: {
          tags: ['tags'],
          summary: 'Add a tag',
          params: AccountParams,
          body: TagBody,
          response: { 201: Tag },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createTag(deps, requireAccess(request), request.body.name)),
    )

    app.patch(
      '/api/v1/accounts/:accountId/tags/:tagId',
      {
        config: { access: { permission: 'tags.manage' } },
        schema: {
          tags: ['tags'],
          summary: 'Rename a tag',
          params: TagParams,
          body: TagBody,
          response: { 200: Tag },
        },
      },
      async (request) =>
        service.renameTag(deps, requireAccess(request), request.params.tagId, request.body.name),
    )

    app.delete(
      '/api/v1/accounts/:accountId/tags/:tagId',
      {
        config: { access: { permission: 'tags.manage' } },
        schema: {
          tags: ['tags'],
          summary: 'Delete a tag',
          params: TagParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.deleteTag(deps, requireAccess(request), request.params.tagId)
        return reply.status(204).send(null)
      },
    )
  }
}
