import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { listContactEvents, postEvent } from './events.js'
import {
  createEndpoint,
  deleteEndpoint,
  type EndpointRow,
  getEndpoint,
  listEndpoints,
  rotateEndpoint,
  updateEndpoint,
} from './inbound.js'
import {
  acceptPost,
  countPost,
  endpointOfToken,
  excerptOf,
  INBOUND_BODY_LIMIT,
  listLog,
  logPost,
} from './inbound-posts.js'
import {
  CreateInboundBody,
  CustomEventPage,
  InboundEndpoint,
  InboundEndpointList,
  InboundEndpointWithUrl,
  InboundLogPage,
  InboundReceipt,
  PostEventBody,
  PostedEvent,
  UpdateInboundBody,
} from './schemas.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const EndpointParams = Type.Object({ accountId: Type.String(), inboundId: Type.String() })
const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
}
const INBOUND = '/api/v1/accounts/:accountId/integrations/inbound'
const manage = { access: { permission: 'integrations.manage' as const } }
const tags = ['integrations']

/** Custom events: posted about a contact, and read back on the contact. */
function eventRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/accounts/:accountId/events',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          tags,
          summary:
            'Record an event about a contact (by email or id); an event of the same name and key counts once',
          description:
            'An address no contact has is added as a contact (subscribed per the account’s opt-in) when the caller holds contacts.create; otherwise 422 on contactEmail. Programs start on these events.',
          params: AccountParams,
          body: PostEventBody,
          response: { 202: PostedEvent },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await postEvent(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/contacts/:contactId/events',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          tags,
          summary: 'The custom events posted about a contact, newest first',
          params: Type.Object({ accountId: Type.String(), contactId: Type.String() }),
          querystring: Type.Object({ cursor: Type.Optional(Type.String()), ...PageQuery }),
          response: { 200: CustomEventPage },
        },
      },
      async (request) =>
        listContactEvents(deps, requireAccess(request), request.params.contactId, {
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
        }),
    )
  }
}

/** Inbound endpoints as the account configures them. */
function endpointRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      INBOUND,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Inbound endpoints (never their secret URLs)',
          params: AccountParams,
          response: { 200: InboundEndpointList },
        },
      },
      async (request) => listEndpoints(deps, requireAccess(request)),
    )

    app.post(
      INBOUND,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Create an inbound endpoint; its secret URL is shown once',
          params: AccountParams,
          body: CreateInboundBody,
          response: { 201: InboundEndpointWithUrl },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createEndpoint(deps, requireAccess(request), request.body)),
    )

    app.get(
      `${INBOUND}/:inboundId`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'An inbound endpoint',
          params: EndpointParams,
          response: { 200: InboundEndpoint },
        },
      },
      async (request) => getEndpoint(deps, requireAccess(request), request.params.inboundId),
    )

    app.patch(
      `${INBOUND}/:inboundId`,
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Change an inbound endpoint’s name, mapping, group or tags; disable or enable it',
          params: EndpointParams,
          body: UpdateInboundBody,
          response: { 200: InboundEndpoint },
        },
      },
      async (request) =>
        updateEndpoint(deps, requireAccess(request), request.params.inboundId, request.body),
    )

    app.delete(
      `${INBOUND}/:inboundId`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Delete an inbound endpoint and its log',
          params: EndpointParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await deleteEndpoint(deps, requireAccess(request), request.params.inboundId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      `${INBOUND}/:inboundId/rotate`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Give an inbound endpoint a new secret URL; the old one stops working at once',
          params: EndpointParams,
          response: { 200: InboundEndpointWithUrl },
        },
      },
      async (request) => rotateEndpoint(deps, requireAccess(request), request.params.inboundId),
    )

    app.get(
      `${INBOUND}/:inboundId/log`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'What arrived at an inbound endpoint and what was refused, newest first',
          description:
            'The newest 1,000 posts of each endpoint are kept. The excerpt of what was posted is empty for a caller without contacts.view.',
          params: EndpointParams,
          querystring: Type.Object({
            cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
            ...PageQuery,
          }),
          response: { 200: InboundLogPage },
        },
      },
      async (request) => {
        const access = requireAccess(request)
        const log = await listLog(deps, access.accountId, request.params.inboundId, {
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
        })
        // What was posted is contact data: its excerpt is for those who may see contacts.
        if (access.held.has('contacts.view')) return log
        return { ...log, items: log.items.map((entry) => ({ ...entry, excerpt: '' })) }
      },
    )
  }
}

/**
 * The route takes no query parameter. Refused before the token is looked up, as validation would
 * refuse it on any other route, so a probe with a made-up token gets the same answer everywhere.
 */
function refuseQueryParameters(request: FastifyRequest) {
  const unknown = Object.keys(request.query as object)[0]
  if (unknown !== undefined) {
    throw new AppError('validation_failed', `${unknown} is not a field of this request`, {
      field: unknown,
      in: 'querystring',
    })
  }
}

/** A refusal as the log tells it: the posted key it names, then why. */
function reasonOf(error: Error): string {
  const field = error instanceof AppError ? error.details.field : undefined
  return typeof field === 'string' ? `${field}: ${error.message}` : error.message
}

/**
 * `POST /api/v1/inbound/{token}`: public, the secret URL is the credential. The endpoint is found
 * and the post counted before the body is read, so a wrong token learns nothing and a flood is
 * refused cheaply; from then on every answer, accepted or refused, goes to the endpoint's log.
 */
function inboundPostRoute(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const endpoints = new WeakMap<FastifyRequest, EndpointRow>()
    // Forms post `application/x-www-form-urlencoded`; their fields are read like top-level keys.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: INBOUND_BODY_LIMIT },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)))
      },
    )
    app.post(
      '/api/v1/inbound/:token',
      {
        config: { access: 'public' },
        bodyLimit: INBOUND_BODY_LIMIT,
        onRequest: async (request) => {
          refuseQueryParameters(request)
          const { token } = request.params as { token: string }
          const endpoint = await endpointOfToken(deps, token)
          // A post over the rate limit is refused without a log entry: a flood would push every
          // useful entry out of the endpoint's bounded log.
          await countPost(deps, endpoint)
          endpoints.set(request, endpoint)
        },
        onError: async (request, _reply, error) => {
          const endpoint = endpoints.get(request)
          if (!endpoint) return
          await logPost(deps, endpoint, {
            outcome: 'refused',
            reason: reasonOf(error),
            excerpt: excerptOf(request.body),
          })
        },
        schema: {
          tags,
          summary: 'Post a contact or an event to an inbound endpoint (JSON or a form, ≤ 64 KB)',
          description:
            'The URL is the secret. 404 for an unknown or disabled endpoint; 413 for a body over 64 KB; 429 past 120 posts a minute.',
          params: Type.Object({ token: Type.String({ maxLength: 100 }) }),
          response: { 202: InboundReceipt },
        },
      },
      async (request, reply) => {
        const endpoint = endpoints.get(request)
        if (!endpoint) throw new AppError('internal', 'the endpoint was not resolved')
        const excerpt = excerptOf(request.body)
        const receipt = await acceptPost(deps, endpoint, request.body)
        await logPost(deps, endpoint, { ...receipt, excerpt })
        return reply.status(202).send(receipt)
      },
    )
  }
}

export function integrationRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(eventRoutes(deps))
    await app.register(endpointRoutes(deps))
    await app.register(inboundPostRoute(deps))
  }
}
