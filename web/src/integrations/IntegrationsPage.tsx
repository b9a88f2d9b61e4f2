import {
  Badge,
  Button,
  Card,
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
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { CopyValueButton, LoadError, TableHeader, Warning, when } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { EndpointForm } from './EndpointForm'
import { endpointsQuery, type InboundEndpoint, KIND_LABELS } from './queries'
import { sampleCurl } from './sample'
import { WebhooksPanel } from './WebhooksPanel'

/**
 * The integration hub (seed 002 "Integrations"): what other systems post to the account, and —
 * as the caller's abilities allow — how they reach it (API keys, webhooks).
 */
export function IntegrationsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/integrations' })
  const { may } = useAbilities(accountId)
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="xs">
        Integrations
      </Title>
      <Text c="dimmed" mb="lg">
        Connect other systems to this account: a shop’s orders, a CRM’s leads, your own programs.
      </Text>
      <Stack gap="xl">
        <InboundEndpoints accountId={accountId} />
        {may('developer.api_keys') && <ApiKeysSummary accountId={accountId} />}
        {may('developer.webhooks') && <WebhooksPanel accountId={accountId} />}
      </Stack>
    </Container>
  )
}

function InboundEndpoints({ accountId }: { accountId: string }) {
  const queryClient = useQueryClient()
  const endpoints = useQuery(endpointsQuery(accountId))
  const [creating, { open, close }] = useDisclosure(false)
  const [created, setCreated] = useState<(InboundEndpoint & { url: string }) | null>(null)
  return (
    <Stack component="section" aria-labelledby="inbound-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="inbound-title">
          Inbound endpoints
        </Title>
        <Button onClick={open}>Create an inbound endpoint</Button>
      </Group>
      <Text size="sm" c="dimmed">
        Each endpoint has a secret URL another system posts JSON or a form to; each post adds a
        contact or records an event that programs can start on.
      </Text>
      <LoadError error={endpoints.error} what="The inbound endpoints" />
      {endpoints.data?.items.length === 0 && <Text>No inbound endpoint yet.</Text>}
      {(endpoints.data?.items.length ?? 0) > 0 && (
        <ScrollRegion label="Inbound endpoints">
          <Table striped miw={560}>
            <TableHeader columns={['Name', 'Each post', 'Status', 'Last post']} />
            <Table.Tbody>
              {endpoints.data?.items.map((endpoint) => (
                <Table.Tr key={endpoint.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/a/$accountId/integrations/inbound/$inboundId"
                      params={{ accountId, inboundId: endpoint.id }}
                    >
                      {endpoint.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{KIND_LABELS[endpoint.kind]}</Table.Td>
                  <Table.Td>
                    <EnabledBadge enabled={endpoint.enabled} />
                  </Table.Td>
                  <Table.Td>{when(endpoint.lastPostAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Modal opened={creating} onClose={close} title="Create an inbound endpoint" size="lg">
        <EndpointForm
          accountId={accountId}
          onCreated={async (endpoint) => {
            close()
            setCreated(endpoint)
            await queryClient.invalidateQueries({ queryKey: ['inbound', accountId] })
          }}
        />
      </Modal>
      <SecretUrlModal endpoint={created} onClose={() => setCreated(null)} />
    </Stack>
  )
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge color={enabled ? 'green' : 'gray'} variant="dot">
      {enabled ? 'Enabled' : 'Disabled'}
    </Badge>
  )
}

/** The secret URL, shown once after creating or rotating, with a `curl` command to try it. */
export function SecretUrlModal({
  endpoint,
  onClose,
}: {
  endpoint: (InboundEndpoint & { url: string }) | null
  onClose: () => void
}) {
  const curl = endpoint ? sampleCurl(endpoint.url, endpoint.mapping) : ''
  return (
    <Modal opened={endpoint !== null} onClose={onClose} title="The endpoint’s secret URL" size="lg">
      <Stack>
        <Warning title="Copy it now">
          This is the only time the URL is shown. Anyone who has it can post to this account; if it
          leaks, rotate it.
        </Warning>
        <Code
          block
          data-testid="inbound-url"
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
        >
          {endpoint?.url}
        </Code>
        <CopyValueButton value={endpoint?.url ?? ''} label="the URL" />
        <Text size="sm" fw={500}>
          Try it
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {curl}
        </Code>
        <Group justify="space-between">
          <CopyValueButton value={curl} label="the curl command" />
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function ApiKeysSummary({ accountId }: { accountId: string }) {
  const keys = useQuery({
    queryKey: ['api-keys', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/api-keys', { params: { path: { accountId } } })),
  })
  const count = keys.data?.items.length
  return (
    <Card withBorder component="section" aria-labelledby="api-keys-title">
      <Title order={2} size="h3" id="api-keys-title" mb="xs">
        API keys
      </Title>
      <LoadError error={keys.error} what="The API keys" />
      <Text size="sm" mb="xs">
        {count === undefined
          ? 'Loading…'
          : count === 0
            ? 'No API key yet.'
            : `${count} live ${count === 1 ? 'key' : 'keys'}. Programs use them to call the API, e.g. POST /api/v1/accounts/${accountId}/events.`}
      </Text>
      <AnchorLink to="/a/$accountId/settings/api-keys" params={{ accountId }}>
        Manage API keys
      </AnchorLink>
    </Card>
  )
}
