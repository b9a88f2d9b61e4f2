import {
  Alert,
  Badge,
  Box,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { ChannelIcon } from './ChannelIcon'
import { correspondent, type ThreadFilters, type ThreadSummary, threadsQuery } from './queries'
import { ThreadView } from './ThreadView'

/**
 * The account's inbox (seed 003 "boîte de réception"): replies by email and SMS, one thread per
 * contact. The threads at left, the open one at right; on a phone the list, then the thread.
 */
export function InboxPage() {
  const { accountId, threadId } = useParams({ strict: false }) as {
    accountId: string
    threadId?: string
  }
  const narrow = useMediaQuery('(max-width: 48em)')
  const [filters, setFilters] = useState<ThreadFilters>({ status: 'open', assigned: 'anyone' })
  const showList = !narrow || !threadId
  const showThread = !narrow || threadId
  return (
    <Container size="xl" py="md">
      <Title order={1} size="h2" mb="md">
        Inbox
      </Title>
      <Group align="flex-start" gap="md" wrap="nowrap">
        {showList && (
          <Box w={narrow ? '100%' : 360} style={{ flexShrink: 0 }}>
            <Filters filters={filters} onChange={setFilters} />
            <ThreadList accountId={accountId} filters={filters} selected={threadId} />
          </Box>
        )}
        {showThread && (
          <Box style={{ flex: 1, minWidth: 0 }}>
            {threadId ? (
              <ThreadView accountId={accountId} threadId={threadId} narrow={narrow ?? false} />
            ) : (
              <Text c="dimmed" mt="xl" ta="center">
                Choose a conversation to read it and answer.
              </Text>
            )}
          </Box>
        )}
      </Group>
    </Container>
  )
}

function Filters({
  filters,
  onChange,
}: {
  filters: ThreadFilters
  onChange: (filters: ThreadFilters) => void
}) {
  return (
    <Stack gap="xs" mb="sm">
      <SegmentedControl
        aria-label="Status"
        fullWidth
        value={filters.status ?? 'open'}
        onChange={(status) => onChange({ ...filters, status: status as 'open' | 'done' })}
        data={[
          { value: 'open', label: 'Open' },
          { value: 'done', label: 'Done' },
        ]}
      />
      <Group grow gap="xs">
        <Select
          label="Assigned to"
          size="xs"
          allowDeselect={false}
          value={filters.assigned ?? 'anyone'}
          onChange={(assigned) =>
            onChange({ ...filters, assigned: (assigned ?? 'anyone') as ThreadFilters['assigned'] })
          }
          data={[
            { value: 'anyone', label: 'Anyone' },
            { value: 'me', label: 'Me' },
            { value: 'unassigned', label: 'Unassigned' },
          ]}
        />
        <Select
          label="Channel"
          size="xs"
          allowDeselect={false}
          value={filters.channel ?? 'all'}
          onChange={(channel) => {
            const { channel: _old, ...rest } = filters
            onChange(channel === 'all' || !channel ? rest : { ...rest, channel: channel as 'sms' })
          }}
          data={[
            { value: 'all', label: 'All channels' },
            { value: 'email', label: 'Email' },
            { value: 'sms', label: 'SMS' },
          ]}
        />
      </Group>
    </Stack>
  )
}

function ThreadList({
  accountId,
  filters,
  selected,
}: {
  accountId: string
  filters: ThreadFilters
  selected: string | undefined
}) {
  const threads = useQuery(threadsQuery(accountId, filters))
  if (threads.error) {
    return (
      <Alert color="red" role="alert">
        The inbox could not be loaded.
      </Alert>
    )
  }
  if (!threads.data) return <Loader size="sm" aria-label="Loading the inbox" />
  if (threads.data.items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No conversations here. Replies to your emails and texts will appear in the inbox.
      </Text>
    )
  }
  return (
    <nav aria-label="Conversations">
      <Stack gap={4}>
        {threads.data.items.map((thread) => (
          <ThreadItem
            key={thread.id}
            accountId={accountId}
            thread={thread}
            selected={thread.id === selected}
          />
        ))}
      </Stack>
    </nav>
  )
}

function ThreadItem({
  accountId,
  thread,
  selected,
}: {
  accountId: string
  thread: ThreadSummary
  selected: boolean
}) {
  const navigate = useNavigate()
  const unread = thread.unread > 0
  const who = correspondent(thread)
  return (
    <UnstyledButton
      onClick={() =>
        navigate({
          to: '/a/$accountId/inbox/$threadId',
          params: { accountId, threadId: thread.id },
        })
      }
      display="block"
      w="100%"
      aria-current={selected ? 'true' : undefined}
    >
      <Paper
        withBorder
        p="xs"
        radius="sm"
        bg={selected ? 'var(--mantine-color-default-hover)' : undefined}
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {unread && (
              <Box
                w={8}
                h={8}
                style={{ borderRadius: '50%', flexShrink: 0 }}
                bg="var(--mantine-primary-color-filled)"
                aria-hidden
              />
            )}
            <ChannelIcon channel={thread.channel} />
            <Text size="sm" fw={unread ? 700 : 500} truncate>
              {who}
            </Text>
            {unread && <VisuallyHidden>{`, ${thread.unread} unread`}</VisuallyHidden>}
          </Group>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {shortTime(thread.lastMessageAt)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2} mt={2}>
          {thread.lastDirection === 'out' ? 'You: ' : ''}
          {thread.excerpt}
        </Text>
        <Group gap={6} mt={4}>
          {thread.status === 'done' && (
            <Badge size="xs" color="gray" variant="light">
              Done
            </Badge>
          )}
          {thread.assignedTo && (
            <Badge size="xs" variant="outline" color="gray">
              {thread.assignedTo.name || thread.assignedTo.email}
            </Badge>
          )}
        </Group>
      </Paper>
    </UnstyledButton>
  )
}

/** Today's messages by their time, older ones by their date. */
export function shortTime(iso: string): string {
  const date = new Date(iso)
  const today = new Date().toDateString() === date.toDateString()
  return today
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString()
}
