import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { type Static, Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import type { AccountSource } from '../http/route-access.js'
import { Team, TeamInvitationSent, TeamList, TeamMember } from './schemas.js'
import * as teams from './teams.js'

const closed = { additionalProperties: false } as const
const Id = Type.String({ maxLength: 64 })
const AccountParams = Type.Object({ accountId: Id })
const TeamParams = Type.Object({ accountId: Id, teamId: Id })
const MemberParams = Type.Object({ accountId: Id, teamId: Id, memberAccountId: Id })
const tags = { tags: ['teams'] }
const TEAMS = '/api/v1/accounts/:accountId/teams'
const INVITE_RULES =
  'another’s by its owner’s email (202, the same answer whether or not the email leads anywhere; pending until they accept), or one you manage by accountId (201, active at once)'
const InviteBody = Type.Object(
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
)
const InviteAnswers = { 201: TeamMember, 202: TeamInvitationSent }

/** Both invite routes: the acting account is the gate's, the team the path's. */
async function sendInvitation(
  deps: Deps,
  request: FastifyRequest<{ Params: { teamId: string }; Body: Static<typeof InviteBody> }>,
  reply: FastifyReply,
) {
  const answer = await teams.inviteAccount(
    deps,
    requireAccess(request),
    request.session,
    request.params.teamId,
    request.body,
  )
  return reply.status('email' in answer ? 202 : 201).send(answer)
}

/** Both accept routes: the gate's account is the invited one. */
function acceptInvitation(deps: Deps, request: FastifyRequest<{ Params: { teamId: string } }>) {
  return teams.acceptTeamInvitation(deps, requireAccess(request), request.params.teamId)
}

/** Both leave-or-remove routes: `accountId` is the member acted on. */
async function removeMember(
  deps: Deps,
  request: FastifyRequest<{ Params: { teamId: string } }>,
  reply: FastifyReply,
  accountId: string,
) {
  await teams.removeAccount(deps, requireAccess(request), request.params.teamId, accountId)
  return reply.status(204).send(null)
}

/**
 * Teams, as the account in the URL sees and acts in them: the gate decides users.manage there
 * (404, 403, 2FA), the service the team's own rules (src/access/policies/teams.ts).
 */
export function teamRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const access = { access: { permission: 'users.manage' as const } }

    app.get(
      TEAMS,
      {
        config: access,
        schema: {
          ...tags,
          summary: 'The teams this account is in, with the invitations waiting for its answer',
          params: AccountParams,
          response: { 200: TeamList },
        },
      },
      async (request) => ({ items: await teams.listTeams(deps, requireAccess(request)) }),
    )

    app.post(
      TEAMS,
      {
        config: access,
        schema: {
          ...tags,
          summary: 'Found a team with this account as its first member',
          params: AccountParams,
          body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, closed),
          response: { 201: Team },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await teams.createTeam(deps, requireAccess(request), request.body)),
    )

    app.get(
      `${TEAMS}/:teamId`,
      {
        config: access,
        schema: {
          ...tags,
          summary: 'A team this account is in or invited to, with its member accounts',
          params: TeamParams,
          response: { 200: Team },
        },
      },
      async (request) => teams.getTeam(deps, requireAccess(request), request.params.teamId),
    )

    app.post(
      `${TEAMS}/:teamId/members`,
      {
        config: access,
        schema: {
          ...tags,
          summary: `Invite an account (this account must have joined): ${INVITE_RULES}`,
          params: TeamParams,
          body: InviteBody,
          response: InviteAnswers,
        },
      },
      async (request, reply) => sendInvitation(deps, request, reply),
    )

    app.post(
      `${TEAMS}/:teamId/accept`,
      {
        config: access,
        schema: {
          ...tags,
          summary: 'Accept the team’s invitation to this account',
          params: TeamParams,
          response: { 200: TeamMember },
        },
      },
      async (request) => acceptInvitation(deps, request),
    )

    app.delete(
      `${TEAMS}/:teamId/members/:memberAccountId`,
      {
        config: access,
        schema: {
          ...tags,
          summary:
            'Leave the team (or decline its invitation) when memberAccountId is this account, else remove that account; every share with it in this team ends',
          params: MemberParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => removeMember(deps, request, reply, request.params.memberAccountId),
    )

    await specTeamRoutes(deps, app)
  }
}

const SPEC_TEAMS = '/api/v1/teams'
const SpecTeamParams = Type.Object({ teamId: Id })
const SpecMemberParams = Type.Object({ teamId: Id, accountId: Id })
const SPEC_ROUTE = 'The SPEC’s contract route (§6), beside the account-scoped one:'
/** The account through which the caller acts in the team (see teams.teamActingAccount). */
const actingInTeam: AccountSource = {
  from: 'resource',
  resource: 'team',
  param: 'teamId',
  load: teams.teamActingAccount,
}
const specAccess = (account: AccountSource) => ({
  access: { permission: 'users.manage' as const, account },
})

/**
 * SPEC §6 lists team routes whose URL names no acting account. They answer as thin twins of the
 * account-scoped routes: each declares where its account comes from, the gate decides users.manage
 * there (404, 403, 2FA), and the same service function acts with that account.
 */
async function specTeamRoutes(
  deps: Deps,
  app: Parameters<FastifyPluginAsyncTypebox>[0],
): Promise<void> {
  app.post(
    SPEC_TEAMS,
    {
      config: specAccess({
        from: 'body',
        field: 'accountId',
        unreachable: 'invalid_field',
      }),
      schema: {
        ...tags,
        summary: `${SPEC_ROUTE} found a team with accountId (which the caller manages) as its first member`,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 200 }), accountId: Id },
          closed,
        ),
        response: { 201: Team },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await teams.createTeam(deps, requireAccess(request), request.body)),
  )

  app.post(
    `${SPEC_TEAMS}/:teamId/members`,
    {
      config: specAccess(actingInTeam),
      schema: {
        ...tags,
        summary: `${SPEC_ROUTE} invite an account, acting through the team's joined account where the caller manages (oldest first): ${INVITE_RULES}`,
        params: SpecTeamParams,
        body: InviteBody,
        response: InviteAnswers,
      },
    },
    async (request, reply) => sendInvitation(deps, request, reply),
  )

  app.post(
    `${SPEC_TEAMS}/:teamId/members/:accountId/accept`,
    {
      config: specAccess({ from: 'params', field: 'accountId' }),
      schema: {
        ...tags,
        summary: `${SPEC_ROUTE} the invited account accountId accepts the team’s invitation`,
        params: SpecMemberParams,
        response: { 200: TeamMember },
      },
    },
    async (request) => acceptInvitation(deps, request),
  )

  app.delete(
    `${SPEC_TEAMS}/:teamId/members/:accountId`,
    {
      config: specAccess(actingInTeam),
      schema: {
        ...tags,
        summary: `${SPEC_ROUTE} leave (or decline) as accountId when the caller reaches it, else remove it, acting through the team's joined account where the caller manages (oldest first); every share with it in this team ends`,
        params: SpecMemberParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => removeMember(deps, request, reply, request.params.accountId),
  )
}
