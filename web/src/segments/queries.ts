import { useQuery } from '@tanstack/react-query'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { tagsQuery } from '../tags/TagsPage'
import { groupsQuery } from '../teams/queries'
import { type FieldChoice, type Kind, STANDARD_FIELDS } from './conditions'
import type { BuilderChoices } from './SegmentBuilder'

export type Segment =
  paths['/api/v1/accounts/{accountId}/segments/{segmentId}']['get']['responses']['200']['content']['application/json']

export const segmentsQuery = (accountId: string) => ({
  queryKey: ['segments', accountId],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/segments', { params: { path: { accountId } } }),
    ).then((list) => list.items),
})

export const segmentCountQuery = (accountId: string, segmentId: string) => ({
  queryKey: ['segments', accountId, segmentId, 'count'],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/segments/{segmentId}/count', {
        params: { path: { accountId, segmentId } },
      }),
    ).then((answer) => answer.count),
})

/**
 * What a condition may name: the standard fields, the account's custom fields by type (they need
 * contacts.view), its own groups (a shared-in group's members are not this account's contacts)
 * and its tags.
 */
export function useBuilderChoices(accountId: string): BuilderChoices {
  const { may } = useAbilities(accountId)
  const contacts = may('contacts.view')
  const fields = useQuery({
    queryKey: ['fields', accountId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/fields', { params: { path: { accountId } } }),
      ).then((list) => list.items),
    enabled: contacts,
  }).data
  const groups = useQuery(groupsQuery(accountId)).data
  const tags = useQuery({ ...tagsQuery(accountId), enabled: contacts }).data
  const custom: FieldChoice[] = (fields ?? []).map((f) => ({
    value: `fields.${f.key}`,
    label: f.label || f.key,
    kind: f.type,
  }))
  const all = [...STANDARD_FIELDS, ...custom]
  const kinds = new Map<string, Kind>(all.map((f) => [f.value, f.kind]))
  return {
    fields: all,
    groups: (groups ?? []).filter((g) => !g.shared).map((g) => ({ value: g.id, label: g.name })),
    tags: (tags ?? []).map((t) => ({ value: t.name, label: t.name })),
    // A field gone since the segment was saved reads as text; the server names the problem.
    kindOf: (field) => kinds.get(field) ?? (field === 'group' ? 'group' : 'text'),
  }
}
