import { api, unwrap } from '../api/client'

export type AccountForm = Awaited<ReturnType<typeof fetchForms>>['items'][number]
export type FormFieldRow = AccountForm['fields'][number]

function fetchForms(accountId: string) {
  return unwrap(api.GET('/api/v1/accounts/{accountId}/forms', { params: { path: { accountId } } }))
}

export function formsQuery(accountId: string) {
  return { queryKey: ['forms', accountId], queryFn: () => fetchForms(accountId) }
}

export function formQuery(accountId: string, formId: string) {
  return {
    queryKey: ['forms', accountId, formId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/forms/{formId}', {
          params: { path: { accountId, formId } },
        }),
      ),
  }
}

export function embedQuery(accountId: string, formId: string) {
  return {
    queryKey: ['forms', accountId, formId, 'embed'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/forms/{formId}/embed', {
          params: { path: { accountId, formId } },
        }),
      ),
  }
}

export function heldQuery(accountId: string, formId: string) {
  return {
    queryKey: ['forms', accountId, formId, 'held'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/forms/{formId}/held', {
          params: { path: { accountId, formId } },
        }),
      ),
  }
}

export function resultsQuery(accountId: string, formId: string) {
  return {
    queryKey: ['forms', accountId, formId, 'results'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/forms/{formId}/results', {
          params: { path: { accountId, formId } },
        }),
      ),
  }
}

export const STANDARD_FIELDS = [
  { value: 'email', label: 'Email' },
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
  { value: 'phone', label: 'Phone' },
]
