import { Alert, Button, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { placeServerError } from '../auth/errors'
import { ScrollRegion } from '../ui/ScrollRegion'
import { FormTextInput } from '../ui/ServerForm'
import { LoadMoreButton, TableHeader, when } from './common'

type Filter = NonNullable<
  paths['/api/v1/accounts/{accountId}/audit/export']['get']['parameters']['query']
>

const EMPTY = { actor: '', action: '', targetType: '', targetId: '', from: '', to: '' }
type FilterFields = typeof EMPTY

const FILTER_FIELDS: ReadonlyArray<{
  name: keyof FilterFields
  label: string
  description?: string
  type?: string
}> = [
  { name: 'actor', label: 'Actor', description: 'Email or user id' },
  { name: 'action', label: 'Action', description: 'e.g. member.updated, or member for all' },
  { name: 'targetType', label: 'Target type', description: 'e.g. campaign, api_key' },
  { name: 'targetId', label: 'Target id' },
  { name: 'from', label: 'From', type: 'datetime-local' },
  { name: 'to', label: 'To', type: 'datetime-local' },
]

/** The filled fields as the API's filter; a local date and time becomes an instant. */
function filterOf(fields: FilterFields): Filter {
  const filter: Filter = {}
  for (const name of ['actor', 'action', 'targetType', 'targetId'] as const) {
    const value = fields[name].trim()
    if (value) filter[name] = value
  }
  for (const name of ['from', 'to'] as const) {
    if (!fields[name]) continue
    // A year the browser takes but Date cannot hold goes as typed: the server names the field.
    const at = new Date(fields[name])
    filter[name] = Number.isNaN(at.getTime()) ? fields[name] : at.toISOString()
  }
  return filter
}

function actorName(actor: { kind: string; email: string | null }): string {
  if (actor.kind === 'system') return 'Chorus'
  const who = actor.email ?? 'A deleted user'
  return actor.kind === 'api_key' ? `${who} (API key)` : who
}

/** The audit log (SPEC §2 rule 6): who did what, to what, when; filtered and exported as CSV. */
export function AuditPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/audit' })
  const [filter, setFilter] = useState<Filter>({})
  const form = useForm<FilterFields>({ mode: 'uncontrolled', initialValues: EMPTY })
  const log = useInfiniteQuery({
    queryKey: ['audit', accountId, filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/audit', {
          params: {
            path: { accountId },
            query: { ...filter, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
  const exportUrl = `/api/v1/accounts/${accountId}/audit/export?${new URLSearchParams(filter)}`
  const entries = log.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <Stack>
      <Title order={2} size="h3">
        Audit log
      </Title>
      <form
        aria-label="Filter the audit log"
        onSubmit={form.onSubmit((values) => setFilter(filterOf(values)))}
        onReset={() => {
          form.reset()
          setFilter({})
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {FILTER_FIELDS.map(({ name, ...field }) => (
            <FormTextInput key={name} of={form} name={name} required={false} {...field} />
          ))}
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">Apply filters</Button>
          <Button type="reset" variant="default">
            Clear
          </Button>
          <Button component="a" href={exportUrl} download variant="default">
            Export CSV
          </Button>
        </Group>
      </form>
      {log.error && (
        <Alert color="red" role="alert">
          {placeServerError(null, log.error)}
        </Alert>
      )}
      {log.isSuccess && entries.length === 0 && <Text>No entry matches.</Text>}
      {entries.length > 0 && (
        <ScrollRegion label="Audit log entries">
          <Table striped miw={720}>
            <TableHeader columns={['Time', 'Actor', 'Action', 'Target', 'IP address']} />
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{when(entry.at)}</Table.Td>
                  <Table.Td>{actorName(entry.actor)}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {entry.target && (
                      <Text size="sm" style={{ wordBreak: 'break-all' }}>
                        {entry.target.type} {entry.target.id}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.ip}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <LoadMoreButton query={log} />
    </Stack>
  )
}
