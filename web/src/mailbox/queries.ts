import { queryOptions } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'

export const mailboxQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['mailbox', accountId, 'list'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/mailbox', { params: { path: { accountId } } })),
  })

/**
 * Whether the installation captures mail (no SMTP server configured): the navigation offers the
 * Mailbox only then. One message is asked for, as only the flag is read; it does not change while
 * the server runs.
 */
export const capturingQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['mailbox', accountId, 'capturing'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/mailbox', {
          params: { path: { accountId }, query: { limit: 1 } },
        }),
      ).then((list) => list.capturing),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const capturedMessageQuery = (accountId: string, messageId: string) =>
  queryOptions({
    queryKey: ['mailbox', accountId, 'message', messageId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/mailbox/{messageId}', {
          params: { path: { accountId, messageId } },
        }),
      ),
  })

/** The message's HTML as the server sends it for a sandboxed frame (its CSP forbids scripts). */
export function capturedHtmlUrl(accountId: string, messageId: string) {
  return `/api/v1/accounts/${encodeURIComponent(accountId)}/mailbox/${encodeURIComponent(messageId)}/html`
}
