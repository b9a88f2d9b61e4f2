import {
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { useMe } from '../app/session'
import { ScrollRegion } from '../ui/ScrollRegion'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { LoadError, LoadMoreButton, TableHeader, when } from './common'

const REASONS: Record<string, string> = {
  signup: 'Sign-up credits',
  top_up: 'Top-up',
  allocation: 'Allocation',
  reserve: 'Reserved by a campaign',
  release: 'Returned by a campaign',
  test_send: 'Test send',
  email_to_sms: 'Email to SMS',
  single_message: 'Single message',
}

const CHANNELS: Record<string, string> = { email: 'Email', sms: 'SMS' }

/** Credits (SPEC §3): the balances, what campaigns hold, and every movement, newest first. */
export function CreditsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/credits' })
  const path = { accountId }
  const balances = useQuery({
    queryKey: ['credits', accountId],
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{accountId}/credits', { params: { path } })),
  })
  const ledger = useInfiniteQuery({
    queryKey: ['credits-ledger', accountId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/credits/ledger', {
          params: { path, query: pageParam ? { cursor: pageParam } : {} },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
  const topLevel = useMe().data?.accounts.find((a) => a.id === accountId)?.parentId === null
  const data = balances.data
  const reserved = data && 'reserved' in data ? data.reserved : null

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Credits
        </Title>
        {topLevel && data?.email !== 'unlimited' && <RequestCredits accountId={accountId} />}
      </Group>
      <LoadError error={balances.error} what="The balances" />
      {data && (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {(['email', 'sms'] as const).map((channel) => (
            <Card withBorder key={channel}>
              <Text size="sm" c="dimmed">
                {CHANNELS[channel]} credits
              </Text>
              <Text size="xl" fw={700}>
                {data[channel] === 'unlimited' ? 'Unlimited' : data[channel].toLocaleString()}
              </Text>
              {reserved && (
                <Text size="xs" c="dimmed">
                  {reserved[channel].toLocaleString()} held by scheduled and sending campaigns
                </Text>
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Title order={3} size="h4">
        Ledger
      </Title>
      <LoadError error={ledger.error} what="The ledger" />
      <ScrollRegion label="Ledger">
        <Table striped miw={560}>
          <TableHeader columns={['Time', 'Channel', 'Movement', 'Change', 'Balance after']} />
          <Table.Tbody>
            {ledger.data?.pages.flatMap((page) =>
              page.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{when(entry.at)}</Table.Td>
                  <Table.Td>{CHANNELS[entry.channel]}</Table.Td>
                  <Table.Td>{REASONS[entry.reason] ?? entry.reason}</Table.Td>
                  <Table.Td>
                    {entry.amount > 0
                      ? `+${entry.amount.toLocaleString()}`
                      : entry.amount.toLocaleString()}
                  </Table.Td>
                  <Table.Td>{entry.balanceAfter.toLocaleString()}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <LoadMoreButton query={ledger} />
    </Stack>
  )
}

/** A top-level account's billing users ask the installation's operators for a top-up. */
function RequestCredits({ accountId }: { accountId: string }) {
  const [opened, { open, close }] = useDisclosure(false)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { channel: 'email' as 'email' | 'sms', amount: 1000, note: '' },
      validate: { amount: (value) => (value >= 1 ? null : 'Ask for at least 1 credit') },
    },
    async ({ note, ...body }) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/credits/requests', {
          params: { path: { accountId } },
          body: { ...body, ...(note.trim() ? { note } : {}) },
        }),
      )
      notifications.show({ color: 'green', message: 'Your request went to the operators.' })
      close()
    },
  )
  return (
    <>
      <Button onClick={open}>Ask for credits</Button>
      <Modal opened={opened} onClose={close} title="Ask for credits">
        <ServerForm onSubmit={onSubmit} problem={problem}>
          <Select
            label="Channel"
            allowDeselect={false}
            data={[
              { value: 'email', label: 'Email' },
              { value: 'sms', label: 'SMS' },
            ]}
            key={form.key('channel')}
            {...form.getInputProps('channel')}
          />
          <NumberInput
            label="Credits"
            min={1}
            max={10_000_000}
            required
            key={form.key('amount')}
            {...form.getInputProps('amount')}
          />
          <Textarea
            label="Note for the operators"
            key={form.key('note')}
            {...form.getInputProps('note')}
          />
          <Button type="submit" loading={form.submitting}>
            Send the request
          </Button>
        </ServerForm>
      </Modal>
    </>
  )
}
