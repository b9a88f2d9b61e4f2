import { type Static, Type } from 'typebox'
import { Nullable } from '../accounts/schemas.js'
import { WEBHOOK_EVENTS } from './events.js'

/** The answers of the webhook routes. */

const Timestamp = Type.String({ format: 'date-time' })

export const WebhookEventType = Type.Enum(WEBHOOK_EVENTS, {
  description: 'an event an endpoint may subscribe to',
})

export const Webhook = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  url: Type.String(),
  events: Type.Array(WebhookEventType),
  description: Type.String(),
  enabled: Type.Boolean(),
  disabledReason: Nullable(
    Type.Union([Type.Literal('gone'), Type.Literal('failing'), Type.Literal('owner_access')], {
      description:
        'why Chorus turned it off: `gone` (the endpoint answered 410), `failing` (every attempt failed for 5 days), `owner_access` (its owner may no longer see an event it carries, or their API key was revoked)',
    }),
  ),
  disabledBecause: Nullable(
    Type.String({ description: 'the reason Chorus turned it off, as a sentence to show' }),
  ),
  ownerId: Nullable(
    Type.String({
      description:
        'who it acts for (who created it, or last pointed it somewhere or turned it on): it sends only what they may see now',
    }),
  ),
  ownerApiKeyId: Nullable(
    Type.String({ description: 'the API key its owner set it up with; revoking it disarms it' }),
  ),
  previousSecretExpiresAt: Nullable(
    Type.String({
      format: 'date-time',
      description: 'after a rotation, the old secret keeps signing beside the new one until then',
    }),
  ),
  failingSince: Nullable(
    Type.String({ format: 'date-time', description: 'the first failure since the last success' }),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Webhook = Static<typeof Webhook>

export const WebhookList = Type.Object({ items: Type.Array(Webhook) })

export const WebhookWithSecret = Type.Object({
  ...Webhook.properties,
  secret: Type.String({ description: 'the signing secret (whsec_…), shown only now' }),
})
export type WebhookWithSecret = Static<typeof WebhookWithSecret>

export const WebhookDelivery = Type.Object({
  id: Type.String(),
  webhookId: Type.String(),
  messageId: Type.String({ description: 'the webhook-id header, the same on every attempt' }),
  event: Type.String(),
  attempt: Type.Integer({ description: '1 for the first attempt of the message' }),
  manual: Type.Boolean({ description: 'a redelivery or test someone asked for' }),
  status: Type.Union([Type.Literal('succeeded'), Type.Literal('failed')]),
  httpStatus: Nullable(Type.Integer()),
  responseExcerpt: Nullable(
    Type.String({ description: 'the first 1 KB of the answer, as text; never render it' }),
  ),
  error: Nullable(Type.String({ description: 'why there was no answer (refused, timeout, …)' })),
  attemptedAt: Timestamp,
  durationMs: Type.Integer(),
  nextAttemptAt: Nullable(
    Type.String({
      format: 'date-time',
      description: 'on the message’s latest attempt: when it is tried again, if it will be',
    }),
  ),
})
export type WebhookDelivery = Static<typeof WebhookDelivery>

export const WebhookDeliveryPage = Type.Object({
  items: Type.Array(WebhookDelivery),
  nextCursor: Nullable(Type.String()),
})
export type WebhookDeliveryPage = Static<typeof WebhookDeliveryPage>
