import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

/** The contacts table's filter: the same object the list, the count, bulk actions and the export take. */
export type ContactFilter = NonNullable<
  paths['/api/v1/accounts/{accountId}/contacts/count']['get']['parameters']['query']
>

/** The filter without its empty entries, as the API takes it. */
export function cleanFilter(filter: ContactFilter): ContactFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''),
  ) as ContactFilter
}

export function groupsQuery(accountId: string) {
  return {
    queryKey: ['groups', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } } })),
  }
}

export function tagsQuery(accountId: string) {
  return {
    queryKey: ['tags', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/tags', { params: { path: { accountId } } })),
  }
}

export function fieldsQuery(accountId: string) {
  return {
    queryKey: ['fields', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/fields', { params: { path: { accountId } } })),
  }
}

export const STATUS_LABELS: Record<string, string> = {
  subscribed: 'Subscribed',
  unsubscribed: 'Unsubscribed',
  pending: 'Awaiting confirmation',
}
