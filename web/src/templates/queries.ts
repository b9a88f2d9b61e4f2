import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type TemplatePath = paths['/api/v1/accounts/{accountId}/templates/{templateId}']

export type Template = Json<TemplatePath['get']['responses']['200']>
export type TemplateVariable = Json<
  paths['/api/v1/accounts/{accountId}/templates/{templateId}/variables']['get']['responses']['200']
>['items'][number]

export const templatesQuery = (accountId: string, category: string | null) => ({
  queryKey: ['templates', accountId, 'list', category],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/templates', {
        params: { path: { accountId }, query: category ? { category } : {} },
      }),
    ).then((list) => list.items),
})

export const categoriesQuery = (accountId: string) => ({
  queryKey: ['templates', accountId, 'categories'],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/template-categories', {
        params: { path: { accountId } },
      }),
    ).then((list) => list.items),
})

export const templateQuery = (accountId: string, templateId: string) => ({
  queryKey: ['templates', accountId, 'one', templateId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/templates/{templateId}', {
        params: { path: { accountId, templateId } },
      }),
    ),
})

export const variablesQuery = (accountId: string, templateId: string, version: string) => ({
  queryKey: ['templates', accountId, 'variables', templateId, version],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/templates/{templateId}/variables', {
        params: { path: { accountId, templateId } },
      }),
    ).then((list) => list.items),
})

export const templateSharesQuery = (accountId: string, templateId: string) => ({
  queryKey: ['templates', accountId, 'shares', templateId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/templates/{templateId}/shares', {
        params: { path: { accountId, templateId } },
      }),
    ).then((list) => list.items),
})

/** Seed 004 "Export email templates": the HTML body as a file. */
export function downloadHtml(template: Template) {
  const blob = new Blob([template.html], { type: 'text/html' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `${template.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'template'}.html`
  link.click()
  URL.revokeObjectURL(link.href)
}
