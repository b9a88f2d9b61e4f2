import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import {
  applyInboundEvents,
  assertInboundAuthorized,
  INBOUND_EVENT_TYPES,
  MAX_INBOUND_EVENTS,
} from './inbound.js'
import { InboundResult } from './schemas.js'

const Event = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200, description: "The provider's event id" }),
    type: Type.Union(INBOUND_EVENT_TYPES.map((type) => Type.Literal(type))),
    hard: Type.Optional(Type.Boolean({ description: 'Bounces: permanent (hard) or not (soft)' })),
    messageId: Type.Optional(Type.String({ maxLength: 500 })),
    recipientToken: Type.Optional(Type.String({ maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 320 })),
    channel: Type.Optional(Type.Union([Type.Literal('email'), Type.Literal('sms')])),
    at: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601' })),
  },
  { additionalProperties: false },
)

const Body = Type.Object(
  { events: Type.Array(Event, { maxItems: MAX_INBOUND_EVENTS }) },
  { additionalProperties: false },
)

/**
 * Inbound bounce, complaint, unsubscribe and delivery events from providers. Public as far as
 * sessions go: the caller is a provider, authenticated by `Authorization: Bearer
 * <CHORUS_INBOUND_SECRET>` (the route answers 404 while no secret is configured).
 */
export function inboundRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/delivery/events',
      {
        config: { access: 'public' },
        // Before the body is even validated: without the secret nothing about the route is told.
        onRequest: async (request) =>
          assertInboundAuthorized(deps.config.inboundSecret, request.headers.authorization),
        attachValidation: true,
        schema: {
          tags: ['delivery'],
          summary:
            'Provider events (bounce, complaint, unsubscribe, delivered), each applied once by id',
          body: Body,
          response: { 200: InboundResult },
        },
      },
      async (request) => {
        const invalid = request.validationError
        if (invalid) {
          // Name the bad event by its index, as the service does for its own checks.
          const first = invalid.validation?.[0]
          const path = (first?.instancePath ?? '').replace(/^\//, '').split('/')
          const index = path[0] === 'events' && /^\d+$/.test(path[1] ?? '') ? Number(path[1]) : null
          const params = (first?.params ?? {}) as Record<string, unknown>
          const leaf = (params.missingProperty ?? params.additionalProperty) as string | undefined
          const field = [...path.filter(Boolean), leaf].filter(Boolean).join('.') || 'events'
          throw new AppError(
            'validation_failed',
            `${index === null ? 'the body' : `event ${index}`}: ${field} ${first?.message ?? 'is not valid'}`,
            index === null ? { field } : { field, index },
          )
        }
        return applyInboundEvents(deps, request.body.events)
      },
    )
  }
}
