import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { Placeholder, PlaceholderCreate, PlaceholderList, PlaceholderPatch } from './schemas.js'
import * as placeholders from './service.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const PlaceholderParams = Type.Object({ accountId: Type.String(), placeholderId: Type.String() })

/** Placeholders: templates.view reads them, templates.manage changes them (SPEC §2). */
export function placeholderRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['placeholders']
    const base = '/api/v1/accounts/:accountId/placeholders'
    const one = `${base}/:placeholderId`

    app.get(
      base,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          tags,
          summary: 'Placeholders, by name; q searches names and descriptions',
          params: AccountParams,
          querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
          response: { 200: PlaceholderList },
        },
      },
      async (request) => ({
        items: await placeholders.listPlaceholders(deps, requireAccess(request), request.query.q),
      }),
    )

    app.post(
      base,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          tags,
          summary: 'Add a placeholder (one per name)',
          params: AccountParams,
          body: PlaceholderCreate,
          response: { 201: Placeholder },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await placeholders.createPlaceholder(deps, requireAccess(request), request.body)),
    )

    app.get(
      one,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          tags,
          summary: 'A placeholder',
          params: PlaceholderParams,
          response: { 200: Placeholder },
        },
      },
      async (request) =>
        placeholders.getPlaceholder(deps, requireAccess(request), request.params.placeholderId),
    )

    app.patch(
      one,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          tags,
          summary: 'Rename a placeholder or change its default value',
          params: PlaceholderParams,
          body: PlaceholderPatch,
          response: { 200: Placeholder },
        },
      },
      async (request) =>
        placeholders.updatePlaceholder(
          deps,
          requireAccess(request),
          request.params.placeholderId,
          request.body,
        ),
    )

    app.delete(
      one,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          tags,
          summary: 'Delete a placeholder (messages printing it print nothing there)',
          params: PlaceholderParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await placeholders.deletePlaceholder(
          deps,
          requireAccess(request),
          request.params.placeholderId,
        )
        return reply.status(204).send(null)
      },
    )
  }
}
