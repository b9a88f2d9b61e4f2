import type { paths } from '../api/schema'

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type Webhook = Json<
  paths['/api/v1/accounts/{accountId}/webhooks/{webhookId}']['get']['responses'][200]
>
export type WebhookEvent = Webhook['events'][number]
export type Delivery = Json<
  paths['/api/v1/accounts/{accountId}/webhooks/{webhookId}/test']['post']['responses'][200]
>

/** The events an endpoint may subscribe to, in the words of the screen. */
export const EVENT_CHOICES: ReadonlyArray<{ value: WebhookEvent; label: string }> = [
  { value: 'contact.created', label: 'A contact is created' },
  { value: 'contact.updated', label: 'A contact is updated' },
  { value: 'contact.unsubscribed', label: 'A contact unsubscribes' },
  { value: 'campaign.status_changed', label: 'A campaign changes status' },
  { value: 'campaign.sent', label: 'A campaign is sent' },
  { value: 'program.completed', label: 'A contact completes a program' },
  { value: 'membership.changed', label: 'A member joins, changes role or leaves' },
  { value: 'connection.changed', label: 'A connection changes' },
  { value: 'import.finished', label: 'An import finishes' },
]

/** What a badge says of an endpoint: on, off by someone, or off by Chorus and why. */
export function webhookState(webhook: Webhook): { label: string; color: string } {
  if (webhook.enabled && webhook.failingSince) return { label: 'Failing', color: 'orange' }
  if (webhook.enabled) return { label: 'Enabled', color: 'green' }
  if (webhook.disabledReason === 'gone')
    return { label: 'Disabled: endpoint gone (410)', color: 'red' }
  if (webhook.disabledReason === 'failing') return { label: 'Disabled: kept failing', color: 'red' }
  if (webhook.disabledReason === 'owner_access')
    return { label: 'Disabled: owner lost access', color: 'red' }
  return { label: 'Disabled', color: 'gray' }
}
