import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { NoContent } from '../../http/contract.js'
import { AccountParams, closed, GroupParams, Id } from '../route-params.js'
import {
  AccountGroupShares,
  ContactShare,
  ContactShares,
  Share,
  SharedInUnsubscribes,
  Shares,
  ShareTargets,
} from './schemas.js'
import * as service from './service.js'

const ShareParams = Type.Object({
  accountId: Type.String(),
  groupId: Type.String(),
  targetAccountId: Type.String(),
})

const ContactParams = Type.Object({ accountId: Type.String(), contactId: Type.String() })
const ContactShareParams = Type.Object({
  ...ContactParams.properties,
  targetAccountId: Type.String(),
})

const ShareBody = Type.Object({ accountId: Id }, closed)

/** Group and contact shares, and the unsubscribes an account holds for contacts shared in. */
export function sharingRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const contacts = { tags: ['contacts'] }
    const groups = { tags: ['groups'] }

    app.get(
      '/api/v1/accounts/:accountId/shared-contacts/unsubscribes',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary:
            'Unsubscribes this account holds for contacts of shared-in groups (lift them with …/contacts/{id}/resubscribe)',
          params: AccountParams,
          response: { 200: SharedInUnsubscribes },
        },
      },
      async (request) => service.listSharedInUnsubscribes(deps, requireAccess(request)),
    )

    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId/shares',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...groups,
          summary: 'The accounts an own group is shared with',
          params: GroupParams,
          response: { 200: Shares },
        },
      },
      async (request) => ({
        items: await service.listShares(deps, requireAccess(request), request.params.groupId),
      }),
    )

    app.get(
      '/api/v1/accounts/:accountId/group-shares',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...groups,
          summary:
            'The shares of all the account’s own groups, or of those made in one team (at most 500)',
          params: AccountParams,
          querystring: Type.Object({ teamId: Type.Optional(Id) }),
          response: { 200: AccountGroupShares },
        },
      },
      async (request) =>
        service.listAccountGroupShares(deps, requireAccess(request), request.query.teamId),
    )

    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId/share-targets',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary:
            'The accounts an own group may be shared with: team mates of a common team and sub-accounts (at most 500)',
          params: GroupParams,
          response: { 200: ShareTargets },
        },
      },
      async (request) =>
        service.listShareTargets(deps, requireAccess(request), request.params.groupId),
    )

    app.post(
      '/api/v1/accounts/:accountId/groups/:groupId/shares',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Share an own group with a team mate account or a sub-account',
          params: GroupParams,
          body: ShareBody,
          response: { 201: Share },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await service.shareGroup(
              deps,
              requireAccess(request),
              request.params.groupId,
              request.body.accountId,
            ),
          ),
    )

    app.delete(
      '/api/v1/accounts/:accountId/groups/:groupId/shares/:targetAccountId',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Stop sharing an own group with an account',
          params: ShareParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.unshareGroup(
          deps,
          requireAccess(request),
          request.params.groupId,
          request.params.targetAccountId,
        )
        return reply.status(204).send(null)
      },
    )

    // Contacts shared down to sub-accounts (seed 003): sharing changes who sees the contact, so it
    // takes contacts.edit in the owner account; the shares are read with contacts.view.
    app.get(
      '/api/v1/accounts/:accountId/contacts/:contactId/shares',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'The sub-accounts an own contact is shared with',
          params: ContactParams,
          response: { 200: ContactShares },
        },
      },
      async (request) => ({
        items: await service.listContactShares(
          deps,
          requireAccess(request),
          request.params.contactId,
        ),
      }),
    )

    app.post(
      '/api/v1/accounts/:accountId/contacts/:contactId/shares',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          ...contacts,
          summary:
            'Share an own contact, read-only and with its basic fields only, with a sub-account of this account',
          params: ContactParams,
          body: ShareBody,
          response: { 201: ContactShare },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await service.shareContact(
              deps,
              requireAccess(request),
              request.params.contactId,
              request.body.accountId,
            ),
          ),
    )

    app.delete(
      '/api/v1/accounts/:accountId/contacts/:contactId/shares/:targetAccountId',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          ...contacts,
          summary: 'Stop sharing an own contact with a sub-account',
          params: ContactShareParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.unshareContact(
          deps,
          requireAccess(request),
          request.params.contactId,
          request.params.targetAccountId,
        )
        return reply.status(204).send(null)
      },
    )
  }
}
