import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { AppError, invalidField } from '../errors.js'
import { requireAccess } from '../http/auth.js'
import { isUuid } from '../ids.js'
import { isShareKind, whoCanReach } from '../sharing/service.js'
import { explainOnResource } from './explain-resource.js'
import { Abilities, Explanation, PermissionCatalog, WhoList } from './schemas.js'
import { abilities, explain, parsePermission, presentCatalog, who } from './service.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const tags = { tags: ['access'] }

export function accessRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/permissions',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary: 'The permission catalog: areas, permissions and preset roles, in catalog order',
          description:
            'What a permission-matrix screen draws from: every label, description, requirement and preset role set comes from here.',
          response: { 200: PermissionCatalog },
        },
      },
      async () => presentCatalog(),
    )

    app.get(
      '/api/v1/accounts/:accountId/abilities',
      {
        config: { access: { permission: 'account.access' } },
        schema: {
          ...tags,
          summary: 'What you may do in this account, and through which paths',
          params: AccountParams,
          response: { 200: Abilities },
        },
      },
      async (request) => abilities(deps, requireAccess(request)),
    )

    app.get(
      '/api/v1/accounts/:accountId/access/explain',
      {
        config: { access: { permission: 'users.view' } },
        schema: {
          ...tags,
          summary: 'Allow or deny for a user and permission here, and the path that decides it',
          params: AccountParams,
          description:
            'With `resource` (campaign:, group:, template: or contact:<id>), also the rules of that resource ' +
            'for the user (self_approval, own_campaigns_only, own_reports_only, sms_use, ' +
            'shared_read_only), and which one decided. A resource the account cannot see is 404.',
          querystring: Type.Object({
            userId: Type.String(),
            permission: Type.String(),
            resource: Type.Optional(Type.String({ description: 'type:id, e.g. campaign:<id>' })),
          }),
          response: { 200: Explanation },
        },
      },
      async (request) => {
        const { userId, permission, resource } = request.query
        if (!isUuid(userId)) throw invalidField('userId', 'userId must be a user id')
        const { accountId } = requireAccess(request)
        const key = parsePermission(permission)
        return resource === undefined
          ? explain(deps, accountId, userId, key)
          : explainOnResource(deps, requireAccess(request), userId, key, resource)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/access/who',
      {
        config: { access: { permission: 'users.view' } },
        schema: {
          ...tags,
          summary: 'Everyone who holds a permission here (or can reach a resource), and how',
          params: AccountParams,
          querystring: Type.Object({
            permission: Type.Optional(Type.String()),
            resource: Type.Optional(
              Type.String({ description: 'type:id, of a group, template or contact: group:<id>' }),
            ),
          }),
          response: { 200: WhoList },
        },
      },
      async (request) => {
        const { permission, resource } = request.query
        if (resource !== undefined) {
          // Shareable things (groups, templates, contacts) answer through the sharing module.
          const [type = '', resourceId = ''] = resource.split(':', 2)
          if (isShareKind(type)) {
            return { items: await whoCanReach(deps, requireAccess(request), type, resourceId) }
          }
          throw new AppError('validation_failed', `no resource type ${type} to explain yet`, {
            field: 'resource',
          })
        }
        if (permission === undefined)
          throw invalidField('permission', 'give permission or resource')
        return {
          items: await who(deps, requireAccess(request).accountId, parsePermission(permission)),
        }
      },
    )
  }
}
