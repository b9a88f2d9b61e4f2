import { Badge, Card, Group, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { LoadError, TableHeader } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { webhookState } from '../webhooks/events'
import { webhooksKey } from '../webhooks/WebhooksPage'

/**
 * The account's webhooks at a glance (developer.webhooks): each links to its page in
 * Settings → Webhooks, where they are created, tested and their deliveries read.
 */
export function WebhooksPanel({ accountId }: { accountId: string }) {
  const webhooks = useQuery({
    queryKey: webhooksKey(accountId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/webhooks', { params: { path: { accountId } } })),
  })
  const items = webhooks.data?.items ?? []
  return (
    <Card withBorder component="section" aria-labelledby="webhooks-title">
      <Title order={2} size="h3" id="webhooks-title" mb="xs">
        Webhooks
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Chorus tells these URLs of events as they happen: a contact created, a campaign sent, a
        program completed.
      </Text>
      <LoadError error={webhooks.error} what="The webhooks" />
      {webhooks.data && items.length === 0 && (
        <Text size="sm" mb="xs">
          No webhook yet.
        </Text>
      )}
      {items.length > 0 && (
        <ScrollRegion label="The account’s webhooks">
          <Table striped miw={480} mb="xs">
            <TableHeader columns={['URL', 'Events', 'Status']} />
            <Table.Tbody>
              {items.map((webhook) => {
                const state = webhookState(webhook)
                return (
                  <Table.Tr key={webhook.id}>
                    <Table.Td maw={360} style={{ wordBreak: 'break-all' }}>
                      <AnchorLink
                        to="/a/$accountId/settings/webhooks/$webhookId"
                        params={{ accountId, webhookId: webhook.id }}
                      >
                        {webhook.url}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{webhook.events.length}</Table.Td>
                    <Table.Td>
                      <Badge color={state.color} variant="dot" style={{ minWidth: 'max-content' }}>
                        {state.label}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Group>
        <AnchorLink to="/a/$accountId/settings/webhooks" params={{ accountId }}>
          Add a webhook
        </AnchorLink>
      </Group>
    </Card>
  )
}
