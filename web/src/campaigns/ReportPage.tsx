import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import {
  Alert,
  Anchor,
  Button,
  Card,
  Container,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { campaignQuery, IN_FLIGHT, reportQuery } from './queries'
import { Figure } from './SendingProgress'

const SERIES = [
  { name: 'sent', label: 'Sent', color: 'blue.6' },
  { name: 'opened', label: 'Opens', color: 'teal.6' },
  { name: 'clicked', label: 'Clicks', color: 'violet.6' },
  { name: 'bounced', label: 'Bounces', color: 'red.6' },
]

/**
 * A campaign's report: the figures, sends and engagement over time, clicks per link, the
 * per-recipient drill-down (reports.drilldown) and its export (the campaign's `exportReport`).
 * Whose report may be read is the server's decision; another's answers 404 to a Basic user.
 */
export function ReportPage() {
  const { accountId, campaignId } = useParams({
    from: '/signed-in/a/$accountId/campaigns/$campaignId/report',
  })
  const { may } = useAbilities(accountId)
  const campaign = useQuery(campaignQuery(accountId, campaignId))
  const live = campaign.data ? IN_FLIGHT.includes(campaign.data.status) : false
  const report = useQuery({
    ...reportQuery(accountId, campaignId),
    retry: false,
    refetchInterval: live ? 3000 : false,
  })
  if (report.error || campaign.error) {
    return (
      <Container size="lg" py="md">
        <Title order={1} size="h2" mb="md">
          Report
        </Title>
        <Alert color="red" role="alert" title="Report not available">
          This campaign does not exist or its report is not yours to see.
        </Alert>
      </Container>
    )
  }
  const figures = report.data
  const data = campaign.data
  const base = `/api/v1/accounts/${accountId}/campaigns/${campaignId}/report`
  return (
    <Container size="lg" py="md">
      <Stack>
        <div>
          <AnchorLink
            to="/a/$accountId/campaigns/$campaignId"
            params={{ accountId, campaignId }}
            size="sm"
          >
            {data?.name ?? 'Campaign'}
          </AnchorLink>
          <Group justify="space-between">
            <Title order={1} size="h2">
              Report
            </Title>
            {data?.abilities.exportReport && (
              <Button component="a" href={`${base}/export`} variant="light" download>
                Export CSV
              </Button>
            )}
          </Group>
        </div>
        {figures && (
          <Card withBorder>
            <SimpleGrid cols={{ base: 2, sm: 4, md: 8 }}>
              <Figure label="Sent" value={figures.sent} />
              <Figure label="Delivered" value={figures.delivered} />
              <Figure label="Opens" value={figures.opened} />
              <Figure label="Clicks" value={figures.clicked} />
              <Figure label="Bounces" value={figures.bounced} />
              <Figure label="Complaints" value={figures.complained} />
              <Figure label="Unsubscribes" value={figures.unsubscribed} />
              <Figure label="Failed" value={figures.failed} />
            </SimpleGrid>
          </Card>
        )}
        <Timeline accountId={accountId} campaignId={campaignId} live={live} />
        {figures && figures.links.length > 0 && (
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Clicks per link
            </Title>
            <ScrollRegion label="Clicks per link">
              <Table miw={480}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Link</Table.Th>
                    <Table.Th>Clicks</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {figures.links.map((link) => (
                    <Table.Tr key={link.position}>
                      <Table.Td style={{ wordBreak: 'break-all' }}>{link.url}</Table.Td>
                      <Table.Td>{link.clicks}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </Card>
        )}
        {may('reports.drilldown') && <Recipients accountId={accountId} campaignId={campaignId} />}
      </Stack>
    </Container>
  )
}

function Timeline({
  accountId,
  campaignId,
  live,
}: {
  accountId: string
  campaignId: string
  live: boolean
}) {
  const [bucket, setBucket] = useState<'hour' | 'day'>('hour')
  const timeline = useQuery({
    queryKey: ['campaigns', accountId, 'timeline', campaignId, bucket],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/campaigns/{campaignId}/report/timeline', {
          params: { path: { accountId, campaignId }, query: { bucket } },
        }),
      ),
    refetchInterval: live ? 3000 : false,
  })
  const format: Intl.DateTimeFormatOptions =
    bucket === 'hour' ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'medium' }
  const points = (timeline.data?.points ?? []).map((point) => ({
    ...point,
    at: new Date(point.at).toLocaleString(undefined, format),
  }))
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Over time
        </Title>
        <SegmentedControl
          aria-label="Per"
          size="xs"
          value={bucket}
          onChange={(value) => setBucket(value as 'hour' | 'day')}
          data={[
            { value: 'hour', label: 'Per hour' },
            { value: 'day', label: 'Per day' },
          ]}
        />
      </Group>
      {points.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing sent yet.
        </Text>
      ) : (
        <figure aria-label="Sends, opens, clicks and bounces over time" style={{ margin: 0 }}>
          <BarChart h={260} data={points} dataKey="at" series={SERIES} withLegend />
        </figure>
      )}
    </Card>
  )
}

function Recipients({ accountId, campaignId }: { accountId: string; campaignId: string }) {
  const [cursor, setCursor] = useState<string | undefined>(undefined)
  const page = useQuery({
    queryKey: ['campaigns', accountId, 'recipients', campaignId, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/campaigns/{campaignId}/report/recipients', {
          params: {
            path: { accountId, campaignId },
            query: { limit: 50, ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  })
  const items = page.data?.items ?? []
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        Recipients
      </Title>
      <ScrollRegion label="Recipients">
        <Table miw={640} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Address</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>What happened</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => (
              <Table.Tr key={row.contactId}>
                <Table.Td>{row.address}</Table.Td>
                <Table.Td>{row.error ? `${row.status}: ${row.error}` : row.status}</Table.Td>
                <Table.Td>{row.sentAt ? new Date(row.sentAt).toLocaleString() : '—'}</Table.Td>
                <Table.Td>{row.events.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Group mt="xs">
        {cursor && (
          <Anchor component="button" type="button" onClick={() => setCursor(undefined)}>
            First page
          </Anchor>
        )}
        {page.data?.nextCursor && (
          <Anchor
            component="button"
            type="button"
            onClick={() => setCursor(page.data?.nextCursor ?? undefined)}
          >
            Next page
          </Anchor>
        )}
      </Group>
    </Card>
  )
}
