import { api, unwrap } from '../api/client'

export type InboundEndpoint = Awaited<ReturnType<typeof fetchEndpoints>>['items'][number]
export type Mapping = InboundEndpoint['mapping']

function fetchEndpoints(accountId: string) {
  return unwrap(
    api.GET('/api/v1/accounts/{accountId}/integrations/inbound', {
      params: { path: { accountId } },
    }),
  )
}

export function endpointsQuery(accountId: string) {
  return { queryKey: ['inbound', accountId], queryFn: () => fetchEndpoints(accountId) }
}

export function endpointQuery(accountId: string, inboundId: string) {
  return {
    queryKey: ['inbound', accountId, inboundId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}', {
          params: { path: { accountId, inboundId } },
        }),
      ),
  }
}

export const KIND_LABELS = { contacts: 'Contacts', events: 'Events' } as const

export const STANDARD_TARGETS = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
]
