import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import {
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookEventType,
  WebhookList,
  Webhook as WebhookSchema,
  WebhookWithSecret,
} from './schemas.js'
import {
  changeWebhook,
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  redeliver,
  rotateSecret,
  sendTest,
} from './service.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const WebhookParams = Type.Object({ accountId: Type.String(), webhookId: Type.String() })
const access = { access: { permission: 'developer.webhooks' as const } }
const tags = ['webhooks']

const Fields = {
  url: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: 'https (http only on intranets)',
  }),
  events: Type.Array(WebhookEventType, { minItems: 1, maxItems: 20 }),
  description: Type.String({ maxLength: 500 }),
  enabled: Type.Boolean(),
}

export function webhookRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/accounts/:accountId/webhooks',
      {
        config: access,
        schema: {
          tags,
          summary: 'Subscribe a URL to events; the signing secret is shown once',
          params: AccountParams,
          body: Type.Object(
            {
              url: Fields.url,
              events: Fields.events,
              description: Type.Optional(Fields.description),
              enabled: Type.Optional(Fields.enabled),
            },
            { additionalProperties: false },
          ),
          response: { 201: WebhookWithSecret },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createWebhook(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/webhooks',
      {
        config: access,
        schema: {
          tags,
          summary: 'The account’s webhooks (never their secrets)',
          params: AccountParams,
          response: { 200: WebhookList },
        },
      },
      async (request) => ({ items: await listWebhooks(deps, requireAccess(request)) }),
    )

    app.get(
      '/api/v1/accounts/:accountId/webhooks/:webhookId',
      {
        config: access,
        schema: {
          tags,
          summary: 'A webhook',
          params: WebhookParams,
          response: { 200: WebhookSchema },
        },
      },
      async (request) => getWebhook(deps, requireAccess(request), request.params.webhookId),
    )

    app.patch(
      '/api/v1/accounts/:accountId/webhooks/:webhookId',
      {
        config: access,
        schema: {
          tags,
          summary: 'Change a webhook’s URL, events, description, or turn it on or off',
          params: WebhookParams,
          body: Type.Partial(Type.Object(Fields), { additionalProperties: false }),
          response: { 200: WebhookSchema },
        },
      },
      async (request) =>
        changeWebhook(deps, requireAccess(request), request.params.webhookId, request.body),
    )

    app.delete(
      '/api/v1/accounts/:accountId/webhooks/:webhookId',
      {
        config: access,
        schema: {
          tags,
          summary: 'Delete a webhook and its delivery log',
          params: WebhookParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await deleteWebhook(deps, requireAccess(request), request.params.webhookId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/accounts/:accountId/webhooks/:webhookId/rotate-secret',
      {
        config: access,
        schema: {
          tags,
          summary: 'A new signing secret, shown once; the old one keeps signing beside it for 24 h',
          params: WebhookParams,
          response: { 200: WebhookWithSecret },
        },
      },
      async (request) => rotateSecret(deps, requireAccess(request), request.params.webhookId),
    )

    app.post(
      '/api/v1/accounts/:accountId/webhooks/:webhookId/test',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Send a webhook.test ping now and answer its delivery (with redeliveries, 30 a minute per webhook; 429 beyond)',
          params: WebhookParams,
          response: { 200: WebhookDelivery },
        },
      },
      async (request) => sendTest(deps, requireAccess(request), request.params.webhookId),
    )

    app.get(
      '/api/v1/accounts/:accountId/webhooks/:webhookId/deliveries',
      {
        config: access,
        schema: {
          tags,
          summary: 'The delivery log: every attempt, newest first',
          params: WebhookParams,
          querystring: Type.Object({
            cursor: Type.Optional(Type.String({ maxLength: 64 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          }),
          response: { 200: WebhookDeliveryPage },
        },
      },
      async (request) =>
        listDeliveries(deps, requireAccess(request), request.params.webhookId, {
          ...(request.query.cursor ? { cursor: request.query.cursor } : {}),
          limit: request.query.limit ?? 50,
        }),
    )

    app.post(
      '/api/v1/accounts/:accountId/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Deliver a logged message again now (same webhook-id) and answer the attempt (with tests, 30 a minute per webhook; 429 beyond)',
          params: Type.Object({
            accountId: Type.String(),
            webhookId: Type.String(),
            deliveryId: Type.String(),
          }),
          response: { 200: WebhookDelivery },
        },
      },
      async (request) =>
        redeliver(
          deps,
          requireAccess(request),
          request.params.webhookId,
          request.params.deliveryId,
        ),
    )
  }
}
