import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type TSchema, Type } from 'typebox'
import type { AccountAccess, AccountPermission } from '../access/service.js'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'

const ShareBody = Type.Object(
  { accountId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
)

/** What one kind of shareable thing needs for its three share routes. */
export interface ShareRoutesOf {
  /** The collection in the URL (`groups`) and its id parameter (`groupId`). */
  collection: string
  param: string
  tags: string[]
  /** Reading the shares, and sharing or unsharing. */
  read: AccountPermission
  write: AccountPermission
  summaries: { list: string; share: string; unshare: string }
  share: TSchema
  list: TSchema
  service: {
    list(deps: Deps, access: AccountAccess, id: string): Promise<unknown[]>
    share(deps: Deps, access: AccountAccess, id: string, targetAccountId: string): Promise<unknown>
    unshare(deps: Deps, access: AccountAccess, id: string, targetAccountId: string): Promise<void>
  }
}

/**
 * `GET|POST …/{collection}/{id}/shares` and `DELETE …/shares/{targetAccountId}`: the same three
 * routes for every kind the sharing module serves, so they answer alike.
 */
export function shareRoutes(deps: Deps, of: ShareRoutesOf): FastifyPluginAsyncTypebox {
  const url = `/api/v1/accounts/:accountId/${of.collection}/:${of.param}/shares`
  const Params = Type.Object({ accountId: Type.String(), [of.param]: Type.String() })
  const TargetParams = Type.Object({ ...Params.properties, targetAccountId: Type.String() })
  const idOf = (params: Record<string, string>) => params[of.param] ?? ''
  return async (app) => {
    app.get(
      url,
      {
        config: { access: { permission: of.read } },
        schema: {
          tags: of.tags,
          summary: of.summaries.list,
          params: Params,
          response: { 200: of.list },
        },
      },
      async (request) => ({
        items: await of.service.list(deps, requireAccess(request), idOf(request.params)),
      }),
    )

    app.post(
      url,
      {
        config: { access: { permission: of.write } },
        schema: {
          tags: of.tags,
          summary: of.summaries.share,
          params: Params,
          body: ShareBody,
          response: { 201: of.share },
        },
      },
      async (request, reply) => {
        const access = requireAccess(request)
        const share = await of.service.share(
          deps,
          access,
          idOf(request.params),
          request.body.accountId,
        )
        return reply.status(201).send(share)
      },
    )

    app.delete(
      `${url}/:targetAccountId`,
      {
        config: { access: { permission: of.write } },
        schema: {
          tags: of.tags,
          summary: of.summaries.unshare,
          params: TargetParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        const { targetAccountId } = request.params
        await of.service.unshare(
          deps,
          requireAccess(request),
          idOf(request.params),
          targetAccountId,
        )
        return reply.status(204).send(null)
      },
    )
  }
}
