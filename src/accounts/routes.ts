import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess, requireSession } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { LinkToken } from '../http/input.js'
import { AccountLanguageSchema } from './language.js'
import {
  AcceptedInvitation,
  Account,
  AccountDescription,
  AccountList,
  CreatedInvitation,
  InvitationList,
  MemberList,
  Membership,
  TreeAccessList,
} from './schemas.js'
import * as accounts from './service.js'

const closed = { additionalProperties: false } as const
const AccountParams = Type.Object({ accountId: Type.String() })
const MemberParams = Type.Object({ accountId: Type.String(), userId: Type.String() })
const TreeAccessParams = Type.Object({
  accountId: Type.String(),
  userId: Type.String(),
  otherAccountId: Type.String(),
})
const Name = Type.String({ minLength: 1, maxLength: 200 })
const RoleOrPermissions = {
  role: Type.Optional(Type.String({ maxLength: 50, description: 'a preset role key' })),
  permissions: Type.Optional(
    Type.Array(Type.String({ maxLength: 64 }), {
      maxItems: 100,
      description: 'a custom set, closed under requires',
    }),
  ),
}
const tags = { tags: ['accounts'] }

export function accountRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/accounts/:accountId',
      {
        config: { access: { permission: 'account.access' } },
        schema: {
          ...tags,
          summary: 'The account, with what the caller may do in it',
          params: AccountParams,
          response: { 200: AccountDescription },
        },
      },
      async (request) => accounts.describeAccount(deps, requireAccess(request)),
    )

    app.post(
      '/api/v1/accounts',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary:
            'Create another top-level account of your own (you own it; it starts with no credits)',
          body: Type.Object({ name: Name }, closed),
          response: { 201: Account },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await accounts.createTopLevelAccount(deps, requireSession(request), request.body.name),
          ),
    )

    app.patch(
      '/api/v1/accounts/:accountId',
      {
        config: { access: { permission: 'account.manage' } },
        schema: {
          ...tags,
          summary:
            'Rename the account, require 2FA of its members (here and below), set its time zone or its language',
          params: AccountParams,
          body: Type.Object(
            {
              name: Type.Optional(Name),
              requireTwoFactor: Type.Optional(Type.Boolean()),
              timeZone: Type.Optional(
                Type.String({ minLength: 1, maxLength: 64, description: 'an IANA time zone' }),
              ),
              language: Type.Optional(AccountLanguageSchema),
            },
            { ...closed, minProperties: 1 },
          ),
          response: { 200: Account },
        },
      },
      async (request) =>
        accounts.updateAccount(deps, requireAccess(request), request.body, request.session),
    )

    app.delete(
      '/api/v1/accounts/:accountId',
      {
        config: { access: { permission: 'subaccounts.manage' } },
        schema: {
          ...tags,
          summary:
            'Delete the account and its sub-accounts (Owner, or an Admin of a parent account)',
          params: AccountParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await accounts.deleteAccount(deps, requireAccess(request))
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/subaccounts',
      {
        config: { access: { permission: 'subaccounts.manage' } },
        schema: {
          ...tags,
          summary: 'Direct sub-accounts',
          params: AccountParams,
          response: { 200: AccountList },
        },
      },
      async (request) => ({ items: await accounts.listSubaccounts(deps, requireAccess(request)) }),
    )

    app.post(
      '/api/v1/accounts/:accountId/subaccounts',
      {
        config: { access: { permission: 'subaccounts.manage' } },
        schema: {
          ...tags,
          summary: 'Create a sub-account (at most five levels deep)',
          params: AccountParams,
          body: Type.Object({ name: Name }, closed),
          response: { 201: Account },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await accounts.createSubaccount(deps, requireAccess(request), request.body.name)),
    )

    app.get(
      '/api/v1/accounts/:accountId/members',
      {
        config: { access: { permission: 'users.view' } },
        schema: {
          ...tags,
          summary: 'Everyone who reaches the account, with role, permissions and path',
          params: AccountParams,
          response: { 200: MemberList },
        },
      },
      async (request) => ({ items: await accounts.listMembers(deps, requireAccess(request)) }),
    )

    app.patch(
      '/api/v1/accounts/:accountId/members/:userId',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Change a member’s role or permissions (only below your own)',
          params: MemberParams,
          body: Type.Object(RoleOrPermissions, closed),
          response: { 200: Membership },
        },
      },
      async (request) =>
        accounts.updateMember(deps, requireAccess(request), request.params.userId, request.body),
    )

    app.delete(
      '/api/v1/accounts/:accountId/members/:userId',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Remove a member (only below your own permissions)',
          params: MemberParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await accounts.removeMember(deps, requireAccess(request), request.params.userId)
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/members/:userId/accounts',
      {
        config: { access: { permission: 'users.view' } },
        schema: {
          ...tags,
          summary:
            'A member’s access to each account of the tree you can see users of (the Accounts tab)',
          params: MemberParams,
          response: { 200: TreeAccessList },
        },
      },
      async (request) => ({
        items: await accounts.listTreeAccess(deps, requireAccess(request), request.params.userId),
      }),
    )

    app.put(
      '/api/v1/accounts/:accountId/members/:userId/accounts/:otherAccountId',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary:
            'Give a member access to another account of the tree, or change it (needs users.manage there too)',
          params: TreeAccessParams,
          body: Type.Object(RoleOrPermissions, closed),
          response: { 200: Membership },
        },
      },
      async (request) =>
        accounts.setTreeAccess(
          deps,
          requireAccess(request),
          request.session,
          { userId: request.params.userId, accountId: request.params.otherAccountId },
          request.body,
        ),
    )

    app.delete(
      '/api/v1/accounts/:accountId/members/:userId/accounts/:otherAccountId',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Take away a member’s access to another account of the tree',
          params: TreeAccessParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await accounts.removeTreeAccess(deps, requireAccess(request), request.session, {
          userId: request.params.userId,
          accountId: request.params.otherAccountId,
        })
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/accounts/:accountId/leave',
      {
        config: { access: { permission: 'account.access' } },
        schema: {
          ...tags,
          summary: 'Leave the account (not the Owner; not your last account)',
          params: AccountParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await accounts.leaveAccount(deps, requireAccess(request))
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/accounts/:accountId/ownership',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Transfer ownership of a top-level account to an Admin (Owner only)',
          params: AccountParams,
          body: Type.Object({ userId: Type.String({ maxLength: 64 }) }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await accounts.transferOwnership(deps, requireAccess(request), request.body.userId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/accounts/:accountId/invitations',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Invite someone by email with a role or permissions (only below your own)',
          params: AccountParams,
          body: Type.Object(
            { email: Type.String({ maxLength: 320 }), ...RoleOrPermissions },
            closed,
          ),
          response: { 201: CreatedInvitation },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await accounts.invite(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/invitations',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Open invitations',
          params: AccountParams,
          response: { 200: InvitationList },
        },
      },
      async (request) => ({ items: await accounts.listInvitations(deps, requireAccess(request)) }),
    )

    app.delete(
      '/api/v1/accounts/:accountId/invitations/:invitationId',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          ...tags,
          summary: 'Revoke an open invitation',
          params: Type.Object({ accountId: Type.String(), invitationId: Type.String() }),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await accounts.revokeInvitation(deps, requireAccess(request), request.params.invitationId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/invitations/:token/accept',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary: 'Accept an invitation sent to your email address',
          params: Type.Object({ token: LinkToken }),
          response: { 200: AcceptedInvitation },
        },
      },
      async (request) =>
        accounts.acceptInvitation(deps, requireSession(request), request.params.token),
    )
  }
}
