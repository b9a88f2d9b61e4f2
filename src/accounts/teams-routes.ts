import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess, requireSession } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { Team, TeamInvitationSent, TeamList, TeamMember } from './schemas.js'
import * as teams from './teams.js'

const closed = { additionalProperties: false } as const
const Id = Type.String({ maxLength: 64 })
const TeamParams = Type.Object({ teamId: Id })
const MemberParams = Type.Object({ teamId: Id, accountId: Id })
const tags = { tags: ['teams'] }

/**
 * Teams are not account-scoped. Founding one names its account in the body, and the gate decides
 * users.manage there; the routes on a team are open to signed-in users (`access: 'user'`) and the
 * service decides with users.manage in the team's accounts (which of them counts depends on the
 * caller, so there is no one account for the gate).
 */
export function teamRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/teams',
      {
        config: {
          access: {
            permission: 'users.manage',
            account: { from: 'body', field: 'accountId', unreachable: 'invalid_field' },
          },
        },
        schema: {
          ...tags,
          summary: 'Found a team with one of your accounts (users.manage there)',
          body: Type.Object(
            { name: Type.String({ minLength: 1, maxLength: 200 }), accountId: Id },
            closed,
          ),
          response: { 201: Team },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await teams.createTeam(
              deps,
              requireSession(request),
              requireAccess(request),
              request.body,
            ),
          ),
    )

    app.get(
      '/api/v1/teams',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary: 'The teams of the accounts where you hold users.manage, with their members',
          response: { 200: TeamList },
        },
      },
      async (request) => ({ items: await teams.listTeams(deps, requireSession(request)) }),
    )

    app.get(
      '/api/v1/teams/:teamId',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary: 'A team with its member accounts',
          params: TeamParams,
          response: { 200: Team },
        },
      },
      async (request) => teams.getTeam(deps, requireSession(request), request.params.teamId),
    )

    app.post(
      '/api/v1/teams/:teamId/members',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary:
            'Invite an account: another’s by its owner’s email (202, the same answer whether or not the email leads anywhere; pending until they accept), or one you manage by accountId (201, active at once)',
          params: TeamParams,
          body: Type.Object(
            {
              email: Type.Optional(
                Type.String({
                  maxLength: 320,
                  description: 'the owner (or, with accountId, a manager) of the account to invite',
                }),
              ),
              accountId: Type.Optional(Id),
            },
            closed,
          ),
          response: { 201: TeamMember, 202: TeamInvitationSent },
        },
      },
      async (request, reply) => {
        const answer = await teams.inviteAccount(
          deps,
          requireSession(request),
          request.params.teamId,
          request.body,
        )
        return reply.status('email' in answer ? 202 : 201).send(answer)
      },
    )

    app.post(
      '/api/v1/teams/:teamId/members/:accountId/accept',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary: 'Accept a pending invitation for an account where you hold users.manage',
          params: MemberParams,
          response: { 200: TeamMember },
        },
      },
      async (request) =>
        teams.acceptTeamInvitation(
          deps,
          requireSession(request),
          request.params.teamId,
          request.params.accountId,
        ),
    )

    app.delete(
      '/api/v1/teams/:teamId/members/:accountId',
      {
        config: { access: 'user' },
        schema: {
          ...tags,
          summary:
            'Leave the team (or decline), or remove an account; every share with it in this team ends',
          params: MemberParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await teams.removeAccount(
          deps,
          requireSession(request),
          request.params.teamId,
          request.params.accountId,
        )
        return reply.status(204).send(null)
      },
    )
  }
}
