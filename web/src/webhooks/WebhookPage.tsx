import { Alert, Badge, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { LoadError, LoadMoreButton, TableHeader, when } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { type Delivery, webhookState } from './events'
import { webhooksKey } from './WebhooksPage'

/** One webhook: its delivery log, newest first, with redelivery and a test ping. */
export function WebhookPage() {
  const { accountId, webhookId } = useParams({
    from: '/signed-in/a/$accountId/settings/webhooks/$webhookId',
  })
  const path = { accountId, webhookId }
  const queryClient = useQueryClient()
  const webhook = useQuery({
    queryKey: [...webhooksKey(accountId), webhookId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/webhooks/{webhookId}', { params: { path } })),
  })
  const log = useInfiniteQuery({
    queryKey: ['webhook-deliveries', accountId, webhookId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/webhooks/{webhookId}/deliveries', {
          params: { path, query: pageParam ? { cursor: pageParam } : {} },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
  const deliveries = log.data?.pages.flatMap((page) => page.items) ?? []
  const [sending, setSending] = useState(false)
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', accountId, webhookId] }),
      queryClient.invalidateQueries({ queryKey: webhooksKey(accountId) }),
    ])
  const sendTest = async () => {
    setSending(true)
    try {
      const delivery = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/webhooks/{webhookId}/test', { params: { path } }),
      )
      notifications.show({
        color: delivery.status === 'succeeded' ? 'green' : 'red',
        message: `Test ${delivery.status === 'succeeded' ? 'delivered' : 'failed'}: ${outcomeOf(delivery)}`,
      })
      await refresh()
    } catch (error) {
      notifications.show({ color: 'red', message: placeServerError(null, error) })
    } finally {
      setSending(false)
    }
  }
  const state = webhook.data && webhookState(webhook.data)

  return (
    <Stack>
      <AnchorLink to="/a/$accountId/settings/webhooks" params={{ accountId }} size="sm">
        ← All webhooks
      </AnchorLink>
      <LoadError error={webhook.error} what="The webhook" />
      {webhook.data && state && (
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2} size="h3" style={{ wordBreak: 'break-all' }}>
              {webhook.data.url}
            </Title>
            <Group gap="xs">
              <Badge variant="dot" color={state.color}>
                {state.label}
              </Badge>
              <Text size="sm" c="dimmed">
                {webhook.data.events.join(', ')}
              </Text>
            </Group>
            {webhook.data.disabledBecause && <Text size="sm">{webhook.data.disabledBecause}</Text>}
            {webhook.data.previousSecretExpiresAt && (
              <Text size="sm">
                The previous secret signs beside the new one until{' '}
                {when(webhook.data.previousSecretExpiresAt)}.
              </Text>
            )}
          </Stack>
          <Button onClick={() => void sendTest()} loading={sending}>
            Send test
          </Button>
        </Group>
      )}
      <Title order={3} size="h4">
        Deliveries
      </Title>
      <LoadError error={log.error} what="The delivery log" />
      {log.data && deliveries.length === 0 && <Text>Nothing delivered yet.</Text>}
      {deliveries.length > 0 && (
        <ScrollRegion label="Deliveries">
          <Table striped miw={760}>
            <TableHeader columns={['Event', 'Status', 'Attempt', 'Time', 'Answer', 'Actions']} />
            <Table.Tbody>
              {deliveries.map((delivery) => (
                <DeliveryRow
                  key={delivery.id}
                  delivery={delivery}
                  redeliver={async () => {
                    await unwrap(
                      api.POST(
                        '/api/v1/accounts/{accountId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver',
                        { params: { path: { ...path, deliveryId: delivery.id } } },
                      ),
                    )
                    await refresh()
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <LoadMoreButton query={log} />
    </Stack>
  )
}

/** The HTTP status, or why there was none. */
function outcomeOf(delivery: Delivery): string {
  if (delivery.httpStatus !== null) return `HTTP ${delivery.httpStatus}`
  return delivery.error ?? 'no answer'
}

function DeliveryRow({
  delivery,
  redeliver,
}: {
  delivery: Delivery
  redeliver: () => Promise<void>
}) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const succeeded = delivery.status === 'succeeded'
  return (
    <Table.Tr>
      <Table.Td>
        <Code>{delivery.event}</Code>
        <Text size="xs" c="dimmed">
          {delivery.messageId}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={succeeded ? 'green' : 'red'}>
          {succeeded ? 'Succeeded' : 'Failed'}
        </Badge>
      </Table.Td>
      <Table.Td>
        {delivery.attempt}
        {delivery.manual ? ' (manual)' : ''}
        {delivery.nextAttemptAt && (
          <Text size="xs" c="dimmed">
            Next try {when(delivery.nextAttemptAt)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{when(delivery.attemptedAt)}</Table.Td>
      <Table.Td maw={320}>
        <Text size="sm">{outcomeOf(delivery)}</Text>
        {/* The receiver's words are shown as text, never rendered. */}
        {delivery.responseExcerpt && (
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 120 }}>
            {delivery.responseExcerpt}
          </Code>
        )}
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="default"
          loading={busy}
          aria-label={`Redeliver ${delivery.event}, attempt ${delivery.attempt}`}
          onClick={() => {
            setBusy(true)
            setProblem(null)
            redeliver()
              .catch((error) => setProblem(placeServerError(null, error)))
              .finally(() => setBusy(false))
          }}
        >
          Redeliver
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}
