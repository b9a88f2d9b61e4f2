import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import { Fragment } from 'react'
import { useAbilities, useRoleLabel } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { ConnectionActions } from './ConnectionActions'
import { ConnectionForm } from './ConnectionForm'

export type ConnectionItem =
  paths['/api/v1/connections']['get']['responses']['200']['content']['application/json']['items'][number]

/** Every page of the list: the page filters the incoming ones down to the account shown. */
async function allConnections(direction: 'incoming' | 'outgoing') {
  const items: ConnectionItem[] = []
  let cursor: string | undefined
  do {
    const query = { direction, limit: 500, ...(cursor ? { cursor } : {}) }
    const page = await unwrap(api.GET('/api/v1/connections', { params: { query } }))
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

export const connectionsQuery = (direction: 'incoming' | 'outgoing') => ({
  queryKey: ['connections', direction],
  queryFn: () => allConnections(direction),
})

const STATUS: Record<ConnectionItem['status'], { label: string; color: string }> = {
  pending: { label: 'Waiting for you', color: 'yellow' },
  active: { label: 'Active', color: 'green' },
  expired: { label: 'Expired', color: 'gray' },
  declined: { label: 'Declined', color: 'gray' },
  ended: { label: 'Ended', color: 'gray' },
}

/** Seed 000: Access Others (accounts I apply to or reach) and Grant Access (who enters this one). */
export function ConnectionsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/connections' })
  const { tab } = useSearch({ from: '/signed-in/a/$accountId/connections' })
  const navigate = useNavigate({ from: '/a/$accountId/connections' })
  const { may } = useAbilities(accountId)
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="md">
        User connections
      </Title>
      <Tabs
        value={tab === 'grant' && may('users.manage') ? 'grant' : 'access'}
        onChange={(value) =>
          void navigate({ search: { tab: value === 'grant' ? 'grant' : 'access' } })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="access">Access Others</Tabs.Tab>
          {may('users.manage') && <Tabs.Tab value="grant">Grant Access</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="access">
          <AccessOthers accountId={accountId} />
        </Tabs.Panel>
        {may('users.manage') && (
          <Tabs.Panel value="grant">
            <GrantAccess accountId={accountId} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Container>
  )
}

function AccessOthers({ accountId }: { accountId: string }) {
  const outgoing = useQuery(connectionsQuery('outgoing'))
  const [applying, { open, close }] = useDisclosure(false)
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={560}>
          Apply to access another user’s account with the role you ask for. You can then switch to
          it from your own login and work there according to that role.
        </Text>
        <Button onClick={open}>Apply for access</Button>
      </Group>
      <ConnectionTable
        label="Accounts you access"
        items={outgoing.data}
        error={outgoing.error}
        empty="You do not access any other account yet. Applications waiting for an answer are not listed; you hear by email when one is decided."
        side="user"
      />
      <Modal opened={applying} onClose={close} title="Access Others">
        <ConnectionForm type="access_others" accountId={accountId} onDone={close} />
      </Modal>
    </Stack>
  )
}

function GrantAccess({ accountId }: { accountId: string }) {
  const incoming = useQuery(connectionsQuery('incoming'))
  const [granting, { open, close }] = useDisclosure(false)
  const here = incoming.data?.filter((c) => c.accountId === accountId)
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={560}>
          Authorize others to enter this account with the role you give them. Applications to access
          it wait here for your answer.
        </Text>
        <Button onClick={open}>Grant access</Button>
      </Group>
      <ConnectionTable
        label="People who access this account"
        items={here}
        error={incoming.error}
        empty="Nobody accesses this account through a connection."
        side="account"
      />
      <Modal opened={granting} onClose={close} title="Grant Access">
        <ConnectionForm type="grant_access" accountId={accountId} onDone={close} />
      </Modal>
    </Stack>
  )
}

function ConnectionTable({
  label,
  items,
  error,
  empty,
  side,
}: {
  label: string
  items: ConnectionItem[] | undefined
  error: Error | null
  empty: string
  side: 'user' | 'account'
}) {
  const roleLabel = useRoleLabel()
  if (error) {
    return (
      <Alert color="red" role="alert">
        The connections could not be loaded.
      </Alert>
    )
  }
  if (items && items.length === 0) return <Text size="sm">{empty}</Text>
  return (
    <ResponsiveActionTable
      label={label}
      minWidth={640}
      columns={[side === 'user' ? 'Account' : 'User', 'Role', 'Status', 'Ends']}
      items={(items ?? []).map((connection) => ({
        key: connection.id,
        cells: [
          side === 'user' ? (
            <Text key="who" size="sm" fw={500}>
              {connection.accountName}
            </Text>
          ) : (
            <Fragment key="who">
              <Text size="sm" fw={500}>
                {connection.userName}
              </Text>
              <Text size="xs" c="dimmed">
                {connection.userEmail}
              </Text>
            </Fragment>
          ),
          <Badge key="role" variant="light">
            {roleLabel(connection.role)}
          </Badge>,
          <Badge key="status" variant="dot" color={STATUS[connection.status].color}>
            {side === 'user' && connection.status === 'pending'
              ? 'Waiting'
              : STATUS[connection.status].label}
          </Badge>,
          <Text key="ends" size="sm">
            {connection.expiresAt ? new Date(connection.expiresAt).toLocaleDateString() : 'Never'}
          </Text>,
        ],
        actions: (fullWidth) => (
          <ConnectionActions connection={connection} side={side} fullWidth={fullWidth} />
        ),
      }))}
    />
  )
}
