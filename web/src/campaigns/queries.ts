import { queryOptions } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

type CampaignPath = paths['/api/v1/accounts/{accountId}/campaigns/{campaignId}']
export type Campaign = CampaignPath['get']['responses']['200']['content']['application/json']
export type CampaignStatus = Campaign['status']
export type CampaignReport =
  paths['/api/v1/accounts/{accountId}/campaigns/{campaignId}/report']['get']['responses']['200']['content']['application/json']

/** What each status is called on screen (seed 002's outbox wording for the waiting one). */
export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Waiting for approval',
  scheduled: 'Scheduled',
  sending: 'Sending',
  paused: 'Paused',
  sent: 'Sent',
  terminated: 'Terminated',
}

/** The colour of a status badge's dot: its text stays the page's own (contrast). */
export const STATUS_COLORS: Record<CampaignStatus, string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  scheduled: 'cyan',
  sending: 'blue',
  paused: 'orange',
  sent: 'green',
  terminated: 'red',
}

/** Statuses in which the campaign is on its way out: its progress is polled. */
export const IN_FLIGHT: readonly CampaignStatus[] = ['scheduled', 'sending', 'paused']

export function campaignsQuery(accountId: string, filter: { q: string; status: string | null }) {
  return queryOptions({
    queryKey: ['campaigns', accountId, filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/campaigns', {
          params: {
            path: { accountId },
            query: {
              ...(filter.q ? { q: filter.q } : {}),
              ...(filter.status ? { status: filter.status as CampaignStatus } : {}),
              limit: 200,
            },
          },
        }),
      ),
  })
}

export function campaignQuery(accountId: string, campaignId: string) {
  return queryOptions({
    queryKey: ['campaigns', accountId, 'one', campaignId],
    // Others move a campaign on (an approver declines it, the worker sends it): read it afresh
    // each time its page opens.
    staleTime: 0,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/campaigns/{campaignId}', {
          params: { path: { accountId, campaignId } },
        }),
      ),
  })
}

export function reportQuery(accountId: string, campaignId: string) {
  return queryOptions({
    queryKey: ['campaigns', accountId, 'report', campaignId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/campaigns/{campaignId}/report', {
          params: { path: { accountId, campaignId } },
        }),
      ),
  })
}

type ControlAction = 'approve' | 'pause' | 'resume' | 'terminate' | 'duplicate'

/** One of the campaign's bodiless actions (approve, pause, resume, terminate, duplicate). */
export function campaignAction(accountId: string, campaignId: string, action: ControlAction) {
  const params = { params: { path: { accountId, campaignId } } }
  switch (action) {
    case 'approve':
      return unwrap(api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/approve', params))
    case 'pause':
      return unwrap(api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/pause', params))
    case 'resume':
      return unwrap(api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/resume', params))
    case 'terminate':
      return unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/terminate', params),
      )
    case 'duplicate':
      return unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/duplicate', params),
      )
  }
}

export function declineCampaign(accountId: string, campaignId: string, reason: string) {
  return unwrap(
    api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/decline', {
      params: { path: { accountId, campaignId } },
      body: { reason },
    }),
  )
}
