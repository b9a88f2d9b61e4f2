import {
  Badge,
  Button,
  Code,
  Container,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { ConfirmButton, LoadError, LoadMoreButton, TableHeader, when } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { EndpointForm } from './EndpointForm'
import { EnabledBadge, SecretUrlModal } from './IntegrationsPage'
import { endpointQuery, type InboundEndpoint, STANDARD_TARGETS } from './queries'

const OUTCOME_COLOURS = { accepted: 'green', duplicate: 'blue', refused: 'red' } as const
const OUTCOME_LABELS = { accepted: 'Accepted', duplicate: 'Duplicate', refused: 'Refused' } as const

/** One inbound endpoint: its mapping, its URL's actions, and the log of what arrived. */
export function InboundEndpointPage() {
  const { accountId, inboundId } = useParams({
    from: '/signed-in/a/$accountId/integrations/inbound/$inboundId',
  })
  const endpoint = useQuery(endpointQuery(accountId, inboundId))
  return (
    <Container size="lg" py="md">
      <AnchorLink to="/a/$accountId/integrations" params={{ accountId }} size="sm">
        ← Integrations
      </AnchorLink>
      <LoadError error={endpoint.error} what="The endpoint" />
      {endpoint.data && (
        <Stack gap="xl" mt="sm">
          <Header accountId={accountId} endpoint={endpoint.data} />
          <MappingTable endpoint={endpoint.data} />
          <EndpointLog accountId={accountId} inboundId={inboundId} />
        </Stack>
      )}
    </Container>
  )
}

function Header({ accountId, endpoint }: { accountId: string; endpoint: InboundEndpoint }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [rotated, setRotated] = useState<(InboundEndpoint & { url: string }) | null>(null)
  const [editing, { open: edit, close: closeEditor }] = useDisclosure(false)
  const path = { accountId, inboundId: endpoint.id }
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['inbound', accountId] })
  const setEnabled = async (enabled: boolean) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}', {
          params: { path },
          body: { enabled },
        }),
      )
      await refresh()
    } catch (error) {
      notifications.show({ color: 'red', message: placeServerError(null, error) })
    }
  }
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {endpoint.name}
          </Title>
          <Group gap="xs">
            <EnabledBadge enabled={endpoint.enabled} />
            <Text size="sm" c="dimmed">
              Each post {endpoint.kind === 'events' ? 'records an event' : 'adds a contact'} · last
              post {when(endpoint.lastPostAt).toLowerCase()}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={edit}>
            Edit
          </Button>
          <ConfirmButton
            label="Rotate URL"
            title="Give the endpoint a new secret URL?"
            confirmLabel="Rotate URL"
            act={async () => {
              setRotated(
                await unwrap(
                  api.POST('/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}/rotate', {
                    params: { path },
                  }),
                ),
              )
              await refresh()
            }}
          >
            The current URL stops working at once: the system posting to it needs the new one.
          </ConfirmButton>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => void setEnabled(!endpoint.enabled)}
          >
            {endpoint.enabled ? 'Disable' : 'Enable'}
          </Button>
          <ConfirmButton
            label="Delete"
            title={`Delete ${endpoint.name}?`}
            confirmLabel="Delete endpoint"
            act={async () => {
              await unwrap(
                api.DELETE('/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}', {
                  params: { path },
                }),
              )
              await refresh()
              await navigate({ to: '/a/$accountId/integrations', params: { accountId } })
            }}
          >
            Posts to its URL are refused from now on, and its log is deleted. Contacts and events it
            added stay.
          </ConfirmButton>
        </Group>
      </Group>
      <Text size="sm">
        Posts go to its secret URL, shown when the endpoint was created or its URL last rotated.
      </Text>
      <SecretUrlModal endpoint={rotated} onClose={() => setRotated(null)} />
      <Modal opened={editing} onClose={closeEditor} title={`Edit ${endpoint.name}`} size="lg">
        <EndpointForm
          accountId={accountId}
          endpoint={endpoint}
          onSaved={async () => {
            closeEditor()
            await refresh()
            notifications.show({ color: 'green', message: 'The endpoint is saved.' })
          }}
        />
      </Modal>
    </Stack>
  )
}

function targetLabel(to: string) {
  const standard = STANDARD_TARGETS.find((t) => t.value === to)
  return standard ? standard.label : `Custom field ${to.replace(/^fields\./, '')}`
}

function MappingTable({ endpoint }: { endpoint: InboundEndpoint }) {
  const { mapping } = endpoint
  return (
    <Stack component="section" aria-labelledby="mapping-title">
      <Title order={2} size="h3" id="mapping-title">
        Mapping
      </Title>
      <ScrollRegion label="Mapping">
        <Table miw={300}>
          <TableHeader columns={['Posted key', 'Contact field']} />
          <Table.Tbody>
            {mapping.fields.map((row) => (
              <Table.Tr key={row.to}>
                <Table.Td>
                  <Code>{row.from}</Code>
                </Table.Td>
                <Table.Td>{targetLabel(row.to)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {endpoint.kind === 'events' && (
        <Text size="sm">
          Event: <Code>{mapping.eventName ?? `from ${mapping.eventNamePath}`}</Code>
          {mapping.keyPath ? (
            <>
              , counted once per <Code>{mapping.keyPath}</Code>
            </>
          ) : null}
        </Text>
      )}
      {(endpoint.tags.length > 0 || endpoint.groupId) && (
        <Text size="sm">
          {endpoint.groupId ? 'Contacts join a group. ' : ''}
          {endpoint.tags.length > 0 ? `Tags: ${endpoint.tags.join(', ')}.` : ''}
        </Text>
      )}
    </Stack>
  )
}

function EndpointLog({ accountId, inboundId }: { accountId: string; inboundId: string }) {
  const log = useInfiniteQuery({
    queryKey: ['inbound', accountId, inboundId, 'log'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}/log', {
          params: {
            path: { accountId, inboundId },
            query: pageParam ? { cursor: pageParam } : {},
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
  const entries = log.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <Stack component="section" aria-labelledby="log-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="log-title">
          Log
        </Title>
        <Button size="compact-sm" variant="default" onClick={() => void log.refetch()}>
          Refresh
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        What arrived and what was refused, newest first; the newest 1,000 posts are kept.
      </Text>
      <LoadError error={log.error} what="The log" />
      {log.data && entries.length === 0 && <Text>Nothing has been posted yet.</Text>}
      {entries.length > 0 && (
        <ScrollRegion label="Log">
          <Table striped miw={640}>
            <TableHeader columns={['Time', 'Outcome', 'Reason', 'Posted']} />
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(entry.at)}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={OUTCOME_COLOURS[entry.outcome]}
                      variant="dot"
                      style={{ minWidth: 'max-content' }}
                    >
                      {OUTCOME_LABELS[entry.outcome]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.reason ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Code style={{ wordBreak: 'break-all' }}>{entry.excerpt || '(empty)'}</Code>
                  </Table.Td>
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
