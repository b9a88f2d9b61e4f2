import { queryOptions } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

type ThreadsQuery = NonNullable<
  paths['/api/v1/accounts/{accountId}/inbox/threads']['get']['parameters']['query']
>
export type ThreadFilters = Pick<ThreadsQuery, 'status' | 'assigned' | 'channel'>
export type Thread =
  paths['/api/v1/accounts/{accountId}/inbox/threads/{threadId}']['get']['responses']['200']['content']['application/json']
export type ThreadSummary =
  paths['/api/v1/accounts/{accountId}/inbox/threads']['get']['responses']['200']['content']['application/json']['items'][number]
export type InboxMessage =
  paths['/api/v1/accounts/{accountId}/inbox/threads/{threadId}/messages']['get']['responses']['200']['content']['application/json']['items'][number]

export const inboxKey = (accountId: string): string[] => ['inbox', accountId]

export const threadsQuery = (accountId: string, filters: ThreadFilters) =>
  queryOptions({
    queryKey: [...inboxKey(accountId), 'threads', JSON.stringify(filters)],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/inbox/threads', {
          params: { path: { accountId }, query: { ...filters, limit: 100 } },
        }),
      ),
  })

/** The navigation's badge: open threads with unread messages (null while unknown). */
export const unreadQuery = (accountId: string) =>
  queryOptions({
    queryKey: [...inboxKey(accountId), 'unread'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/inbox/unread', { params: { path: { accountId } } }),
      ).then((count) => count.threads),
    refetchInterval: 60_000,
  })

/** Opening the thread marks it read, so the list and the badge are asked again after it. */
export const threadQuery = (accountId: string, threadId: string) =>
  queryOptions({
    queryKey: [...inboxKey(accountId), 'thread', threadId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/inbox/threads/{threadId}', {
          params: { path: { accountId, threadId } },
        }),
      ),
  })

export const messagesQuery = (accountId: string, threadId: string) =>
  queryOptions({
    queryKey: [...inboxKey(accountId), 'messages', threadId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/inbox/threads/{threadId}/messages', {
          params: { path: { accountId, threadId }, query: { limit: 200 } },
        }),
      ),
  })

export const assigneesQuery = (accountId: string) =>
  queryOptions({
    queryKey: [...inboxKey(accountId), 'assignees'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/inbox/assignees', {
          params: { path: { accountId } },
        }),
      ),
  })

/** Who wrote: the contact's name when it is shown, else the address. */
export function correspondent(thread: Pick<ThreadSummary, 'contact' | 'address'>): string {
  const name = [thread.contact?.firstName, thread.contact?.lastName].filter(Boolean).join(' ')
  return name || thread.address
}
