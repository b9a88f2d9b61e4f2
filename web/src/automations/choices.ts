import { useQuery } from '@tanstack/react-query'
import { createContext, useContext } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { tagsQuery } from '../tags/TagsPage'
import { groupsQuery } from '../teams/queries'

export interface Option {
  value: string
  label: string
}

/** What the flow's steps and the trigger pick from: the account's templates, tags, groups, … */
export interface FlowChoices {
  accountId: string
  templates: Option[]
  senders: Option[]
  tags: Option[]
  groups: Option[]
  /** Contact fields a step may set (standard, then the account's custom fields by key). */
  fields: Option[]
  /** Date fields a yearly trigger may follow (the date a contact was added, custom dates). */
  dateFields: Option[]
  /** Campaigns whose opens or clicks may start a program (needs campaigns.view). */
  campaigns: Option[]
  /** The account's webhooks that are on, which a webhook step may call (needs developer.webhooks). */
  webhooks: Option[]
  /** Whether the caller may list the webhooks (else the step says who can). */
  mayListWebhooks: boolean
}

const STANDARD_SETTABLE: Option[] = [
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
  { value: 'phone', label: 'Phone' },
]

const listOf = <T>(accountId: string, key: string, fetch: () => Promise<{ items: T[] }>) => ({
  queryKey: [key, accountId],
  queryFn: () => fetch().then((list) => list.items),
  retry: false,
})

/** The choices, each from its own list route; one the caller may not read stays empty. */
export function useFlowChoices(accountId: string): FlowChoices {
  const path = { params: { path: { accountId } } }
  const templates = useQuery(
    listOf(accountId, 'templates', () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/templates', path)),
    ),
  ).data
  const senders = useQuery(
    listOf(accountId, 'senders', () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/senders', path)),
    ),
  ).data
  const fields = useQuery(
    listOf(accountId, 'fields', () => unwrap(api.GET('/api/v1/accounts/{accountId}/fields', path))),
  ).data
  const campaigns = useQuery(
    listOf(accountId, 'campaigns-of-triggers', () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/campaigns', {
          params: { path: { accountId }, query: { limit: 200 } },
        }),
      ),
    ),
  ).data
  const mayListWebhooks = useAbilities(accountId).may('developer.webhooks')
  const webhooks = useQuery({
    ...listOf(accountId, 'webhooks', () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/webhooks', path)),
    ),
    enabled: mayListWebhooks,
  }).data
  const groups = useQuery({ ...groupsQuery(accountId), retry: false }).data
  const tags = useQuery({ ...tagsQuery(accountId), retry: false }).data
  return {
    accountId,
    templates: (templates ?? [])
      .filter((t) => t.channel === 'email')
      .map((t) => ({ value: t.id, label: t.name })),
    senders: (senders ?? [])
      .filter((s) => s.verified)
      .map((s) => ({ value: s.id, label: `${s.name} <${s.email}>` })),
    tags: (tags ?? []).map((t) => ({ value: t.id, label: t.name })),
    // A shared-in group's members are not this account's contacts.
    groups: (groups ?? []).filter((g) => !g.shared).map((g) => ({ value: g.id, label: g.name })),
    fields: [
      ...STANDARD_SETTABLE,
      ...(fields ?? []).map((f) => ({ value: f.key, label: f.label || f.key })),
    ],
    dateFields: [
      { value: 'createdAt', label: 'Added on' },
      ...(fields ?? [])
        .filter((f) => f.type === 'date')
        .map((f) => ({ value: f.key, label: f.label || f.key })),
    ],
    campaigns: (campaigns ?? []).map((c) => ({ value: c.id, label: c.name })),
    // Only one that is on can be activated (the server's problems say so too).
    webhooks: (webhooks ?? [])
      .filter((w) => w.enabled)
      .map((w) => ({ value: w.id, label: w.description ? `${w.description} (${w.url})` : w.url })),
    mayListWebhooks,
  }
}

export const FlowChoicesContext = createContext<FlowChoices | null>(null)

export function useChoices(): FlowChoices {
  const choices = useContext(FlowChoicesContext)
  if (!choices) throw new Error('FlowChoicesContext is missing')
  return choices
}

/**
 * The label of a chosen value, or words saying it is not chosen, or not in the lists the caller
 * may read (deleted, or hidden from them).
 */
export function labelOf(options: readonly Option[], value: string | null | undefined): string {
  if (!value) return 'not chosen'
  return options.find((o) => o.value === value)?.label ?? '(not available to you)'
}
