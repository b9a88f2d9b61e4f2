import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { ApiError, api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { ChannelIcon } from './ChannelIcon'
import { shortTime } from './InboxPage'
import {
  assigneesQuery,
  correspondent,
  type InboxMessage,
  inboxKey,
  messagesQuery,
  type Thread,
  threadQuery,
} from './queries'

/** One conversation: its messages as bubbles, who has it, and the answer box. */
export function ThreadView({
  accountId,
  threadId,
  narrow,
}: {
  accountId: string
  threadId: string
  narrow: boolean
}) {
  const queryClient = useQueryClient()
  const thread = useQuery(threadQuery(accountId, threadId))
  const messages = useQuery(messagesQuery(accountId, threadId))
  const openedId = thread.data?.id
  // Opening the thread read it: the list's dot and the navigation's count follow.
  useEffect(() => {
    if (!openedId) return
    void queryClient.invalidateQueries({ queryKey: [...inboxKey(accountId), 'threads'] })
    void queryClient.invalidateQueries({ queryKey: [...inboxKey(accountId), 'unread'] })
  }, [openedId, accountId, queryClient])

  if (thread.error) {
    const gone = thread.error instanceof ApiError && thread.error.status === 404
    return (
      <Alert color="red" role="alert">
        {gone ? 'This conversation does not exist here.' : 'The conversation could not be loaded.'}
      </Alert>
    )
  }
  if (!thread.data) return <Loader size="sm" aria-label="Loading the conversation" />
  return (
    <Stack gap="sm">
      {narrow && (
        <AnchorLink to="/a/$accountId/inbox" params={{ accountId }} size="sm">
          ← Back to the inbox
        </AnchorLink>
      )}
      <ThreadHeader accountId={accountId} thread={thread.data} />
      <Messages messages={messages.data?.items} failed={Boolean(messages.error)} />
      <ReplyBox accountId={accountId} thread={thread.data} />
    </Stack>
  )
}

function ThreadHeader({ accountId, thread }: { accountId: string; thread: Thread }) {
  const queryClient = useQueryClient()
  const assignees = useQuery({ ...assigneesQuery(accountId), enabled: thread.abilities.assign })
  const [busy, setBusy] = useState(false)
  const change = async (body: { status?: 'open' | 'done'; assignedTo?: string | null }) => {
    setBusy(true)
    try {
      const updated = await unwrap(
        api.PATCH('/api/v1/accounts/{accountId}/inbox/threads/{threadId}', {
          params: { path: { accountId, threadId: thread.id } },
          body,
        }),
      )
      queryClient.setQueryData(threadQuery(accountId, thread.id).queryKey, updated)
      await queryClient.invalidateQueries({ queryKey: [...inboxKey(accountId), 'threads'] })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: error instanceof Error ? error.message : 'The change was not saved.',
      })
    } finally {
      setBusy(false)
    }
  }
  const done = thread.status === 'done'
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <ChannelIcon channel={thread.channel} />
            <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
              {correspondent(thread)}
            </Title>
            {done && (
              <Badge color="gray" variant="light">
                Done
              </Badge>
            )}
          </Group>
          {thread.contact ? (
            <AnchorLink
              to="/a/$accountId/contacts/$contactId"
              params={{ accountId, contactId: thread.contact.id }}
              size="xs"
            >
              {[thread.contact.email, thread.contact.phone].filter(Boolean).join(' · ')}
            </AnchorLink>
          ) : (
            <Text size="xs" c="dimmed">
              {thread.address}
            </Text>
          )}
          {thread.subject && (
            <Text size="sm" c="dimmed">
              {thread.subject}
            </Text>
          )}
        </Stack>
        <Group gap="xs" align="flex-end">
          {thread.abilities.assign && (
            <Select
              label="Assign"
              size="xs"
              w={180}
              placeholder="Unassigned"
              clearable
              disabled={busy}
              value={thread.assignedTo?.userId ?? null}
              onChange={(userId) => change({ assignedTo: userId })}
              data={assigneeOptions(assignees.data?.items ?? [], thread.assignedTo)}
            />
          )}
          {thread.abilities.markDone && (
            <Button
              size="xs"
              variant={done ? 'default' : 'filled'}
              loading={busy}
              onClick={() => change({ status: done ? 'open' : 'done' })}
            >
              {done ? 'Reopen' : 'Mark done'}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  )
}

type Assignee = NonNullable<Thread['assignedTo']>

/** The members who may have it, and whoever has it now even if they may no longer. */
function assigneeOptions(members: Assignee[], current: Thread['assignedTo']) {
  const all =
    current && !members.some((m) => m.userId === current.userId) ? [...members, current] : members
  return all.map((m) => ({ value: m.userId, label: m.name || m.email }))
}

// Dark shades: white text on them keeps its contrast on the light bubble and in dark mode.
const STATUS_COLOR = {
  queued: 'gray.7',
  sent: 'teal.9',
  failed: 'red.9',
  received: 'blue.9',
} as const

function Messages({ messages, failed }: { messages: InboxMessage[] | undefined; failed: boolean }) {
  if (failed) {
    return (
      <Alert color="red" role="alert">
        The messages could not be loaded.
      </Alert>
    )
  }
  if (!messages) return <Loader size="sm" aria-label="Loading the messages" />
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Messages">
      {messages.map((message) => (
        <Bubble key={message.id} message={message} />
      ))}
    </Stack>
  )
}

function Bubble({ message }: { message: InboxMessage }) {
  const out = message.direction === 'out'
  return (
    <li style={{ display: 'flex', justifyContent: out ? 'flex-end' : 'flex-start' }}>
      <Paper
        p="sm"
        radius="md"
        maw="85%"
        withBorder={!out}
        bg={out ? 'var(--mantine-primary-color-light)' : undefined}
      >
        <Group gap={6} mb={4} wrap="wrap">
          <ChannelIcon channel={message.channel} />
          <Text size="xs" fw={600}>
            {out ? 'You' : message.from}
          </Text>
          <Text size="xs" c="dimmed">
            {shortTime(message.createdAt)}
          </Text>
          {out && (
            <Badge size="xs" variant="filled" color={STATUS_COLOR[message.status]}>
              {message.status}
            </Badge>
          )}
          <AuthBadges auth={message.auth} />
        </Group>
        {message.subject && message.channel === 'email' && (
          <Text size="xs" c="dimmed" mb={2}>
            {message.subject}
          </Text>
        )}
        {/* Text only: inbound content is never rendered as markup. */}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Text>
        {message.status === 'failed' && message.error && (
          <Text size="xs" c="red" mt={4}>
            Not sent: {message.error}
          </Text>
        )}
      </Paper>
    </li>
  )
}

/** SPF, DKIM and DMARC of inbound mail, as the listener recorded them (pass teal, else red). */
function AuthBadges({ auth }: { auth: InboxMessage['auth'] }) {
  if (!auth) return null
  const verdicts = Object.entries(auth).filter(([, value]) => typeof value === 'string')
  return (
    <>
      {verdicts.map(([check, value]) => (
        <Badge key={check} size="xs" variant="filled" color={value === 'pass' ? 'teal.9' : 'red.9'}>
          {check.toUpperCase()} {String(value)}
        </Badge>
      ))}
    </>
  )
}

type Channel = 'sms' | 'email'

function ReplyBox({ accountId, thread }: { accountId: string; thread: Thread }) {
  const queryClient = useQueryClient()
  const { replyBySms, replyByEmail } = thread.abilities
  const allowed: Channel[] = [
    ...(replyBySms.allowed ? (['sms'] as const) : []),
    ...(replyByEmail.allowed ? (['email'] as const) : []),
  ]
  const preferred: Channel = allowed.includes(thread.channel)
    ? thread.channel
    : (allowed[0] ?? 'sms')
  const [channel, setChannel] = useState<Channel>(preferred)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { body: '' },
      validate: { body: (value) => (value.trim() ? null : 'Write your answer') },
    },
    async ({ body }) => {
      const sent = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/inbox/threads/{threadId}/replies', {
          params: { path: { accountId, threadId: thread.id } },
          body: { channel, body },
        }),
      )
      form.reset()
      await queryClient.invalidateQueries({ queryKey: inboxKey(accountId) })
      notifications.show(
        sent.status === 'failed'
          ? { color: 'red', message: `Your answer was not sent: ${sent.error ?? 'unknown reason'}` }
          : { color: 'green', message: channel === 'sms' ? 'SMS sent' : 'Email sent' },
      )
    },
  )
  if (allowed.length === 0) {
    const reasons = [replyBySms, replyByEmail].flatMap((a) => (a.allowed ? [] : [a.reason]))
    return (
      <Text size="sm" c="dimmed">
        You cannot answer here: {reasons.filter(Boolean).join('; ')}.
      </Text>
    )
  }
  const active = allowed.includes(channel) ? channel : preferred
  return (
    <Paper withBorder p="sm">
      <ServerForm onSubmit={onSubmit} problem={problem}>
        {allowed.length > 1 ? (
          <SegmentedControl
            aria-label="Answer by"
            value={active}
            onChange={(value) => setChannel(value as Channel)}
            data={[
              { value: 'sms', label: 'SMS' },
              { value: 'email', label: 'Email' },
            ]}
          />
        ) : (
          <Text size="sm">Answer by {active === 'sms' ? 'SMS' : 'email'}</Text>
        )}
        <Textarea
          label="Your answer"
          autosize
          minRows={3}
          maxLength={active === 'sms' ? 1600 : 100_000}
          description={
            active === 'sms'
              ? 'A single message from the account’s SMS sender; it costs one credit per part (160 characters).'
              : 'Sent from the account’s verified sender, as a reply to the last email.'
          }
          key={form.key('body')}
          {...form.getInputProps('body')}
        />
        <Group justify="space-between">
          {!replyByEmail.allowed && active === 'sms' && thread.channel === 'email' && (
            <Text size="xs" c="dimmed">
              {replyByEmail.reason}
            </Text>
          )}
          <Button type="submit" loading={form.submitting} ml="auto">
            Send
          </Button>
        </Group>
      </ServerForm>
    </Paper>
  )
}
