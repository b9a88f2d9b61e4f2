import {
  Alert,
  Button,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { placeServerError } from '../auth/errors'
import { ScrollRegion } from '../ui/ScrollRegion'
import { LoadMoreButton, when } from './common'

type Filter = NonNullable<
  paths['/api/v1/accounts/{accountId}/audit/export']['get']['parameters']['query']
>

const EMPTY = { actor: '', action: '', targetType: '', targetId: '', from: '', to: '' }
type FilterFields = typeof EMPTY

/** The filled fields as the API's filter; a local date and time becomes an instant. */
function filterOf(fields: FilterFields): Filter {
  const filter: Filter = {}
  for (const name of ['actor', 'action', 'targetType', 'targetId'] as const) {
    const value = fields[name].trim()
    if (value) filter[name] = value
  }
  for (const name of ['from', 'to'] as const) {
    if (fields[name]) filter[name] = new Date(fields[name]).toISOString()
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
          <TextInput
            label="Actor"
            description="Email or user id"
            key={form.key('actor')}
            {...form.getInputProps('actor')}
          />
          <TextInput
            label="Action"
            description="e.g. member.updated, or member for all"
            key={form.key('action')}
            {...form.getInputProps('action')}
          />
          <TextInput
            label="Target type"
            description="e.g. campaign, api_key"
            key={form.key('targetType')}
            {...form.getInputProps('targetType')}
          />
          <TextInput
            label="Target id"
            key={form.key('targetId')}
            {...form.getInputProps('targetId')}
          />
          <TextInput
            label="From"
            type="datetime-local"
            key={form.key('from')}
            {...form.getInputProps('from')}
          />
          <TextInput
            label="To"
            type="datetime-local"
            key={form.key('to')}
            {...form.getInputProps('to')}
          />
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
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>IP address</Table.Th>
              </Table.Tr>
            </Table.Thead>
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
