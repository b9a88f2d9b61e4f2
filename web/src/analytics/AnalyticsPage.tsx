import '@mantine/charts/styles.css'
import '@mantine/dates/styles.css'
import { AreaChart } from '@mantine/charts'
import {
  Alert,
  Card,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { ApiError, api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { LoadError, TableHeader } from '../settings/common'
import { ScrollRegion } from '../ui/ScrollRegion'

type AccountsReport =
  paths['/api/v1/analytics/accounts']['get']['responses']['200']['content']['application/json']
type Figures = AccountsReport['total']

/** The figures a table or a card shows, in the order marketers read them. */
const FIGURES: ReadonlyArray<[keyof Figures, string]> = [
  ['campaigns', 'Campaigns'],
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['opened', 'Opens'],
  ['clicked', 'Clicks'],
  ['bounced', 'Bounces'],
  ['complained', 'Complaints'],
  ['unsubscribed', 'Unsubscribes'],
]

type Range = [string | null, string | null]

/** The range as the API takes it: whole days, the end day included. */
function rangeQuery([from, to]: Range) {
  if (!from || !to) return {}
  return {
    from: dayjs(from).startOf('day').toISOString(),
    to: dayjs(to).add(1, 'day').startOf('day').toISOString(),
  }
}

const lastThirtyDays = (): Range => [
  dayjs().subtract(29, 'day').format('YYYY-MM-DD'),
  dayjs().format('YYYY-MM-DD'),
]

/** Seed 002 (Analytics, Cross-account analytics) and seed 003 (reports on the sub-accounts). */
export function AnalyticsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/analytics' })
  const { tab = 'overview' } = useSearch({ from: '/signed-in/a/$accountId/analytics' })
  const navigate = useNavigate({ from: '/a/$accountId/analytics' })
  const { may } = useAbilities(accountId)
  const [range, setRange] = useState<Range>(lastThirtyDays)
  const query = rangeQuery(range)
  return (
    <Container size="xl" py="md">
      <Group justify="space-between" align="flex-end" mb="md">
        <Title order={1} size="h2">
          Analytics
        </Title>
        <DatePickerInput
          type="range"
          label="Date range"
          value={range}
          onChange={(value) => setRange(value as Range)}
          maxDate={new Date()}
          allowSingleDateInRange
          miw={260}
        />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: { tab: (value ?? 'overview') as typeof tab } })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="subaccounts">Sub-accounts</Tabs.Tab>
          {may('reports.cross_account') && <Tabs.Tab value="accounts">Cross-account</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview accountId={accountId} query={query} />
        </Tabs.Panel>
        <Tabs.Panel value="subaccounts">
          <Rollup accountId={accountId} query={query} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts">
          <CrossAccount query={query} />
        </Tabs.Panel>
      </Tabs>
    </Container>
  )
}

type RangeParams = ReturnType<typeof rangeQuery>
type Overview =
  paths['/api/v1/accounts/{accountId}/analytics/overview']['get']['responses']['200']['content']['application/json']

/** Every UTC day of the range, those without sends at zero, so the chart draws the whole range. */
function everyDay(overview: Overview): Overview['daily'] {
  const known = new Map(overview.daily.map((day) => [day.day, day]))
  const days: Overview['daily'] = []
  const end = new Date(overview.to)
  for (let day = overview.from.slice(0, 10); new Date(`${day}T00:00:00Z`) < end; ) {
    days.push(known.get(day) ?? { day, sent: 0, opened: 0, clicked: 0, bounced: 0 })
    const next = new Date(`${day}T00:00:00Z`)
    next.setUTCDate(next.getUTCDate() + 1)
    day = next.toISOString().slice(0, 10)
  }
  return days
}

function Overview({ accountId, query }: { accountId: string; query: RangeParams }) {
  const overview = useQuery({
    queryKey: ['analytics-overview', accountId, query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/analytics/overview', {
          params: { path: { accountId }, query },
        }),
      ),
  })
  const data = overview.data
  return (
    <Stack>
      <LoadError error={overview.error} what="The overview" />
      {data && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {FIGURES.map(([key, label]) => (
              <Card withBorder key={key} padding="sm">
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <Text size="xl" fw={700}>
                  {data.figures[key].toLocaleString()}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Title order={2} size="h4">
            Sends, opens and clicks per day
          </Title>
          {data.daily.length === 0 ? (
            <Text c="dimmed">No campaign was launched in this range.</Text>
          ) : (
            <AreaChart
              h={280}
              data={everyDay(data)}
              dataKey="day"
              aria-label="Sends, opens and clicks per day"
              series={[
                { name: 'sent', label: 'Sent', color: 'blue.6' },
                { name: 'opened', label: 'Opens', color: 'teal.6' },
                { name: 'clicked', label: 'Clicks', color: 'orange.6' },
              ]}
              withLegend
            />
          )}
        </>
      )}
    </Stack>
  )
}

function Rollup({ accountId, query }: { accountId: string; query: RangeParams }) {
  const rollup = useQuery({
    queryKey: ['analytics-subaccounts', accountId, query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/analytics/subaccounts', {
          params: { path: { accountId }, query },
        }),
      ),
  })
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        This account and every sub-account below it where you can view reports.
      </Text>
      <LoadError error={rollup.error} what="The sub-accounts’ figures" />
      {rollup.data && <AccountsTable report={rollup.data} label="Figures per sub-account" />}
    </Stack>
  )
}

function CrossAccount({ query }: { query: RangeParams }) {
  const report = useQuery({
    queryKey: ['analytics-accounts', query],
    queryFn: () => unwrap(api.GET('/api/v1/analytics/accounts', { params: { query } })),
    retry: false,
  })
  const refused = report.error instanceof ApiError && report.error.status === 403
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Every account where you may see cross-account analytics, side by side and summed.
      </Text>
      {refused ? (
        <Alert color="yellow" title="Not available">
          {(report.error as ApiError).message}
        </Alert>
      ) : (
        <LoadError error={report.error} what="Cross-account analytics" />
      )}
      {report.data && <AccountsTable report={report.data} label="Figures per account" />}
    </Stack>
  )
}

function AccountsTable({ report, label }: { report: AccountsReport; label: string }) {
  const row = (key: string, name: string, figures: Figures, total = false) => (
    <Table.Tr key={key} fw={total ? 700 : undefined}>
      <Table.Th scope="row" fw={total ? 700 : 500}>
        {name}
      </Table.Th>
      {FIGURES.map(([figure]) => (
        <Table.Td key={figure} ta="right">
          {figures[figure].toLocaleString()}
        </Table.Td>
      ))}
    </Table.Tr>
  )
  return (
    <ScrollRegion label={label}>
      <Table striped miw={760}>
        <TableHeader columns={['Account', ...FIGURES.map(([, name]) => name)]} />
        <Table.Tbody>
          {report.accounts.map((account) =>
            row(account.accountId, account.accountName, account.figures),
          )}
        </Table.Tbody>
        <Table.Tfoot>{row('total', 'Total', report.total, true)}</Table.Tfoot>
      </Table>
    </ScrollRegion>
  )
}
