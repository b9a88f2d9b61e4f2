import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { assertInvitationOpenForSignup, prepareInvitedUser } from '../accounts/invited-users.js'
import { listReachableAccounts } from '../accounts/repository.js'
import { acceptInvitation } from '../accounts/service.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import {
  clearSessionCookies,
  requestMeta,
  requireSession,
  setSessionCookies,
} from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { LinkToken } from '../http/input.js'
import {
  Accepted,
  Me,
  Profile,
  RecoveryCodes,
  SessionList,
  SignedIn,
  SignedUp,
  SignedUpByInvitation,
  TwoFactorSetup,
} from './schemas.js'
import * as identity from './service.js'
import { csrfTokenFor, startSession } from './sessions.js'

const closed = { additionalProperties: false } as const
const Email = Type.String({ maxLength: 320, description: 'email address' })
const Password = Type.String({ maxLength: 4096 })
const Name = Type.String({ minLength: 1, maxLength: 200 })

const auth = { tags: ['auth'] }
const me = { tags: ['me'] }

export function identityRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/auth/signup',
      {
        config: { access: 'public' },
        schema: {
          ...auth,
          summary: 'Create a user and their own top-level account, and sign in',
          body: Type.Object(
            { email: Email, password: Password, name: Name, accountName: Name },
            closed,
          ),
          response: {
            201: SignedUp,
          },
        },
      },
      async (request, reply) => {
        if (deps.config.signup === 'closed') {
          throw new AppError(
            'signup_closed',
            'sign-up is closed on this server; ask for an invitation',
          )
        }
        const { user, account } = await identity.signUp(deps, request.body, {
          ip: requestMeta(request).ip,
        })
        const token = await startSession(deps, user.id, requestMeta(request))
        const csrfToken = setSessionCookies(reply, deps.config, token)
        return reply.status(201).send({
          user: identity.presentUser(user),
          account: {
            id: account.id,
            name: account.name,
            parentId: account.parent_id,
            level: account.level,
          },
          csrfToken,
        })
      },
    )

    app.post(
      '/api/v1/auth/login',
      {
        config: { access: 'public' },
        schema: {
          ...auth,
          summary: 'Sign in; every other browser session of the user ends',
          body: Type.Object(
            {
              email: Email,
              password: Password,
              totp: Type.Optional(Type.String({ maxLength: 64 })),
            },
            closed,
          ),
          response: { 200: SignedIn },
        },
      },
      async (request, reply) => {
        const { user, token } = await identity.logIn(deps, request.body, requestMeta(request))
        const csrfToken = setSessionCookies(reply, deps.config, token)
        return { user: identity.presentUser(user), csrfToken }
      },
    )

    app.post(
      '/api/v1/auth/logout',
      {
        config: { access: 'user' },
        schema: { ...auth, summary: 'End this session', response: { 204: NoContent } },
      },
      async (request, reply) => {
        await identity.logOut(deps, requireSession(request))
        clearSessionCookies(reply, deps.config)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/auth/password-reset',
      {
        config: { access: 'public' },
        schema: {
          ...auth,
          summary: 'Email a single-use reset link, if the address has an account',
          body: Type.Object({ email: Email }, closed),
          response: { 202: Accepted },
        },
      },
      async (request, reply) => {
        await identity.requestPasswordReset(deps, request.body, requestMeta(request))
        return reply
          .status(202)
          .send({ status: 'if the address has an account, a reset link is on its way' })
      },
    )

    app.post(
      '/api/v1/auth/password-reset/confirm',
      {
        config: { access: 'public' },
        schema: {
          ...auth,
          summary: 'Set a new password with a reset token; every session ends, none starts',
          body: Type.Object({ token: LinkToken, password: Password }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await identity.resetPassword(deps, request.body, requestMeta(request))
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/invitations/:token/signup',
      {
        config: { access: 'public' },
        schema: {
          ...auth,
          summary:
            'Accept an invitation as a new user (name, password) and sign in: the invited address becomes the login, confirmed; no account of your own is created. With a user already, sign in and use …/accept.',
          params: Type.Object({ token: LinkToken }),
          body: Type.Object({ name: Name, password: Password }, closed),
          response: { 201: SignedUpByInvitation },
        },
      },
      async (request, reply) => {
        const meta = requestMeta(request)
        // Limited per address and the token checked before the (deliberately slow) hashing.
        await assertInvitationOpenForSignup(deps, request.params.token, meta)
        const newUser = await prepareInvitedUser(request.body)
        const membership = await acceptInvitation(deps, { newUser, meta }, request.params.token)
        const token = await startSession(deps, membership.userId, meta)
        const csrfToken = setSessionCookies(reply, deps.config, token)
        const user = await identity.userById(deps, membership.userId)
        return reply.status(201).send({ user: identity.presentUser(user), membership, csrfToken })
      },
    )

    app.post(
      '/api/v1/auth/confirm-email',
      {
        config: { access: 'public' },
        schema: {
          ...auth,
          summary: 'Confirm an email address with the token of the mailed link',
          body: Type.Object({ token: LinkToken }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await identity.confirmEmail(deps, request.body, requestMeta(request))
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/me/confirm-email',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'Mail a new confirmation link to my current address',
          response: { 202: Accepted },
        },
      },
      async (request, reply) => {
        await identity.resendEmailConfirmation(deps, requireSession(request))
        return reply.status(202).send({ status: 'a confirmation link is on its way' })
      },
    )

    app.get(
      '/api/v1/me',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'The signed-in user and every account they can reach',
          response: { 200: Me },
        },
      },
      async (request) => {
        const session = requireSession(request)
        const accounts = await listReachableAccounts(deps.db, session.user.id, deps.clock.now())
        return {
          user: identity.presentUser(await identity.currentUser(deps, session)),
          accounts: accounts.map((a) => ({
            id: a.id,
            name: a.name,
            parentId: a.parent_id,
            level: a.level,
            role: a.role,
            via: a.via,
          })),
          csrfToken: csrfTokenFor(request.sessionToken as string),
        }
      },
    )

    app.patch(
      '/api/v1/me',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary:
            'Change name, email (needs the current password; confirmed again) or notification emails',
          body: Type.Object(
            {
              name: Type.Optional(Name),
              email: Type.Optional(Email),
              currentPassword: Type.Optional(Password),
              notifications: Type.Optional(
                Type.Boolean({
                  description: 'false turns off the non-security notification emails',
                }),
              ),
            },
            closed,
          ),
          response: { 200: Profile },
        },
      },
      async (request) => {
        const user = await identity.updateProfile(deps, requireSession(request), request.body)
        return { user: identity.presentUser(user) }
      },
    )

    app.post(
      '/api/v1/me/password',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'Change the password; every other session ends',
          body: Type.Object({ currentPassword: Password, newPassword: Password }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await identity.changePassword(deps, requireSession(request), request.body)
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/me/sessions',
      {
        config: { access: 'user' },
        schema: { ...me, summary: 'My sessions, newest first', response: { 200: SessionList } },
      },
      async (request) => ({ items: await identity.listOwnSessions(deps, requireSession(request)) }),
    )

    app.delete(
      '/api/v1/me/sessions/:sessionId',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'End one of my sessions',
          params: Type.Object({ sessionId: Type.String() }),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await identity.endOwnSession(deps, requireSession(request), request.params.sessionId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/me/2fa/setup',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'Start two-factor setup: a new TOTP secret (needs the current password)',
          body: Type.Object({ password: Password }, closed),
          response: { 200: TwoFactorSetup },
        },
      },
      async (request) => identity.beginTwoFactorSetup(deps, requireSession(request), request.body),
    )

    app.post(
      '/api/v1/me/2fa/enable',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'Turn two-factor on with a current code; returns single-use recovery codes',
          body: Type.Object({ code: Type.String({ maxLength: 64 }) }, closed),
          response: { 200: RecoveryCodes },
        },
      },
      async (request) => identity.enableTwoFactor(deps, requireSession(request), request.body),
    )

    app.post(
      '/api/v1/me/2fa/disable',
      {
        config: { access: 'user' },
        schema: {
          ...me,
          summary: 'Turn two-factor off (needs a code and the current password)',
          body: Type.Object({ code: Type.String({ maxLength: 64 }), password: Password }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await identity.disableTwoFactor(deps, requireSession(request), request.body)
        return reply.status(204).send(null)
      },
    )
  }
}
