import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Container,
  Group,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useParams, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { BulkActions, type Selection } from './BulkActions'
import {
  type ContactFilter,
  cleanFilter,
  fieldsQuery,
  groupsQuery,
  STATUS_LABELS,
  tagsQuery,
} from './queries'

const PAGE_SIZE = 50

const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))

/** Seed 004 "Search contacts": the table, its filters, and bulk actions on a selection or on all. */
export function ContactsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/contacts' })
  const { may } = useAbilities(accountId)
  const { group } = useSearch({ from: '/signed-in/a/$accountId/contacts' })
  const [draft, setDraft] = useState<ContactFilter>(() => (group ? { groupId: group } : {}))
  const [search] = useDebouncedValue(draft.q ?? '', 300)
  const filter = cleanFilter({ ...draft, q: search })
  const [selection, setSelection] = useState<Selection>({ kind: 'ids', ids: [] })
  const setFilter = (change: Partial<ContactFilter>) => {
    setDraft((current) => ({ ...current, ...change }))
    setSelection({ kind: 'ids', ids: [] })
  }

  const pages = useInfiniteQuery({
    queryKey: ['contacts', accountId, filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/contacts', {
          params: {
            path: { accountId },
            query: { ...filter, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
  const count = useQuery({
    queryKey: ['contacts', accountId, 'count', filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/contacts/count', {
          params: { path: { accountId }, query: filter },
        }),
      ),
  })
  const contacts = pages.data?.pages.flatMap((p) => p.items) ?? []
  const ownIds = contacts.flatMap((c) => ('shared' in c ? [] : [c.id]))
  const selectedIds = selection.kind === 'ids' ? selection.ids : []
  const allShownSelected = ownIds.length > 0 && ownIds.every((id) => selectedIds.includes(id))
  const toggle = (id: string) =>
    setSelection((current) => {
      const ids = current.kind === 'ids' ? current.ids : []
      return { kind: 'ids', ids: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] }
    })
  const exportHref = `/api/v1/accounts/${accountId}/contacts/export?${new URLSearchParams(
    filter as Record<string, string>,
  )}`

  return (
    <Container size="xl" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Contacts
        </Title>
        <Group gap="xs">
          {may('contacts.export') && (
            <Button component="a" href={exportHref} download variant="default">
              Export contacts
            </Button>
          )}
          {may('contacts.create') && (
            <Button
              renderRoot={(props) => (
                <AnchorLink
                  {...props}
                  to="/a/$accountId/contacts/import"
                  params={{ accountId }}
                  underline="never"
                />
              )}
            >
              Import contacts
            </Button>
          )}
        </Group>
      </Group>
      <Filters accountId={accountId} filter={draft} onChange={setFilter} />
      <Group justify="space-between" my="sm" wrap="wrap">
        <Text size="sm" aria-live="polite">
          {count.data
            ? `${count.data.count.toLocaleString()} contact${count.data.count === 1 ? '' : 's'} match`
            : 'Counting…'}
        </Text>
        {count.data && count.data.count > 0 && (
          <Group gap="xs">
            {selection.kind === 'all' ? (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setSelection({ kind: 'ids', ids: [] })}
              >
                Clear the selection
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={() => setSelection({ kind: 'all' })}>
                Select all {count.data.count.toLocaleString()} matching
              </Button>
            )}
          </Group>
        )}
      </Group>
      <BulkActions
        accountId={accountId}
        filter={filter}
        selection={selection}
        matching={count.data?.count ?? 0}
        onDone={() => setSelection({ kind: 'ids', ids: [] })}
      />
      {pages.error && (
        <Alert color="red" role="alert" mb="sm">
          {pages.error.message}
        </Alert>
      )}
      <ScrollRegion label="Contacts">
        <Table striped highlightOnHover miw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select the contacts shown"
                  checked={selection.kind === 'all' || allShownSelected}
                  disabled={selection.kind === 'all'}
                  onChange={() =>
                    setSelection({ kind: 'ids', ids: allShownSelected ? [] : ownIds })
                  }
                />
              </Table.Th>
              <Table.Th>Contact</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Email status</Table.Th>
              <Table.Th>SMS status</Table.Th>
              <Table.Th>Tags</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((contact) => {
              const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ')
              const label = contact.email ?? contact.phone ?? contact.id
              return (
                <Table.Tr key={contact.id}>
                  <Table.Td>
                    {'shared' in contact ? null : (
                      <Checkbox
                        aria-label={`Select ${label}`}
                        checked={selection.kind === 'all' || selectedIds.includes(contact.id)}
                        disabled={selection.kind === 'all'}
                        onChange={() => toggle(contact.id)}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink
                      to="/a/$accountId/contacts/$contactId"
                      params={{ accountId, contactId: contact.id }}
                      size="sm"
                      fw={500}
                    >
                      {label}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {name || '—'}
                      {'shared' in contact && ' · shared in, read only'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{contact.phone ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    {'emailStatus' in contact && <Status of={contact.emailStatus} />}
                  </Table.Td>
                  <Table.Td>{'smsStatus' in contact && <Status of={contact.smsStatus} />}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {'tags' in contact &&
                        contact.tags.map((tag) => (
                          <Badge key={tag} variant="outline" size="sm">
                            {tag}
                          </Badge>
                        ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {!pages.isPending && contacts.length === 0 && (
        <Text c="dimmed" mt="md">
          No contacts match.
        </Text>
      )}
      {pages.hasNextPage && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            loading={pages.isFetchingNextPage}
            onClick={() => pages.fetchNextPage()}
          >
            Show more contacts
          </Button>
        </Group>
      )}
    </Container>
  )
}

function Status({ of }: { of: string }) {
  return (
    <Text size="sm" fw={of === 'subscribed' ? 400 : 600}>
      {STATUS_LABELS[of] ?? of}
    </Text>
  )
}

function Filters({
  accountId,
  filter,
  onChange,
}: {
  accountId: string
  filter: ContactFilter
  onChange: (change: Partial<ContactFilter>) => void
}) {
  const groups = useQuery(groupsQuery(accountId)).data?.items ?? []
  const tags = useQuery(tagsQuery(accountId)).data?.items ?? []
  const fields = useQuery(fieldsQuery(accountId)).data?.items ?? []
  const pick = (value: string | null) => value ?? undefined
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <TextInput
        label="Search contacts"
        placeholder="Email, name or phone"
        value={filter.q ?? ''}
        onChange={(event) => onChange({ q: event.currentTarget.value })}
      />
      <Select
        label="Group"
        placeholder="Any group"
        clearable
        // The filter takes the account's own groups (a shared-in one has its own contacts list).
        data={groups.filter((g) => !g.shared).map((g) => ({ value: g.id, label: g.name }))}
        value={filter.groupId ?? null}
        onChange={(value) => onChange({ groupId: pick(value) })}
      />
      <Select
        label="Tag"
        placeholder="Any tag"
        clearable
        data={tags.map((t) => t.name)}
        value={filter.tag ?? null}
        onChange={(value) => onChange({ tag: pick(value) })}
      />
      <Select
        label="Email status"
        placeholder="Any status"
        clearable
        data={STATUS_OPTIONS}
        value={filter.emailStatus ?? null}
        onChange={(value) => onChange({ emailStatus: pick(value) as ContactFilter['emailStatus'] })}
      />
      <Select
        label="SMS status"
        placeholder="Any status"
        clearable
        data={STATUS_OPTIONS.filter((o) => o.value !== 'pending')}
        value={filter.smsStatus ?? null}
        onChange={(value) => onChange({ smsStatus: pick(value) as ContactFilter['smsStatus'] })}
      />
      <Select
        label="Custom field"
        placeholder="Any field"
        clearable
        data={fields.map((f) => ({ value: f.key, label: f.label }))}
        value={filter.field ?? null}
        onChange={(value) => onChange({ field: pick(value), fieldValue: undefined })}
      />
      <TextInput
        label="Field value"
        placeholder={filter.field ? 'Any value' : 'Choose a field first'}
        disabled={!filter.field}
        value={filter.fieldValue ?? ''}
        onChange={(event) => onChange({ fieldValue: event.currentTarget.value })}
      />
    </SimpleGrid>
  )
}
