import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { shareRoutes } from '../../sharing/routes.js'
import { AccountParams, GroupParams, Id } from '../route-params.js'
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
            'Unsubscribes this account holds for contacts shared in, through groups or one by one (lift them with …/contacts/{id}/resubscribe)',
          params: AccountParams,
          response: { 200: SharedInUnsubscribes },
        },
      },
      async (request) => service.listSharedInUnsubscribes(deps, requireAccess(request)),
    )

    await app.register(
      shareRoutes(deps, {
        collection: 'groups',
        param: 'groupId',
        ...groups,
        read: 'groups.view',
        write: 'groups.manage',
        summaries: {
          list: 'The accounts an own group is shared with',
          share: 'Share an own group with a team mate account or a sub-account',
          unshare: 'Stop sharing an own group with an account',
        },
        share: Share,
        list: Shares,
        service: {
          list: service.listShares,
          share: service.shareGroup,
          unshare: service.unshareGroup,
        },
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

    // Contacts shared down to sub-accounts (seed 003): sharing changes who sees the contact, so it
    // takes contacts.edit in the owner account; the shares are read with contacts.view.
    await app.register(
      shareRoutes(deps, {
        collection: 'contacts',
        param: 'contactId',
        ...contacts,
        read: 'contacts.view',
        write: 'contacts.edit',
        summaries: {
          list: 'The sub-accounts an own contact is shared with',
          share:
            'Share an own contact, read-only and with its basic fields only, with a sub-account of this account',
          unshare: 'Stop sharing an own contact with a sub-account',
        },
        share: ContactShare,
        list: ContactShares,
        service: {
          list: service.listContactShares,
          share: service.shareContact,
          unshare: service.unshareContact,
        },
      }),
    )
  }
}
