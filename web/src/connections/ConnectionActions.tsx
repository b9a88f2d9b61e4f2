import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { PermissionPicker } from '../access/PermissionPicker'
import { api, unwrap } from '../api/client'
import { refreshMe } from '../app/session'
import { showFailure } from '../ui/failure'
import { ItemButtons } from '../ui/ResponsiveActionTable'
import { CUSTOM, grantOf, useConnectionRoles } from './ConnectionForm'
import type { ConnectionItem } from './ConnectionsPage'

/** Runs a change, then shows the lists as the server now has them, or the server's refusal. */
function useConnectionChange() {
  const queryClient = useQueryClient()
  return async (change: () => Promise<unknown>, done: string) => {
    try {
      await change()
      notifications.show({ color: 'green', message: done })
    } catch (error) {
      showFailure(error)
    }
    await queryClient.invalidateQueries({ queryKey: ['connections'] })
    await refreshMe(queryClient)
  }
}

const path = (connection: ConnectionItem) => ({ params: { path: { connectionId: connection.id } } })

/** What the viewer may do to one connection, as its `abilities` say. */
export function ConnectionActions({
  connection,
  side,
  fullWidth,
}: {
  connection: ConnectionItem
  side: 'user' | 'account'
  /** Across a card on a narrow screen rather than at the end of a table row. */
  fullWidth: boolean
}) {
  const change = useConnectionChange()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [ending, endDialog] = useDisclosure(false)
  const [changing, changeDialog] = useDisclosure(false)
  const who = side === 'user' ? connection.accountName : connection.userName
  const { abilities } = connection

  const switchTo = async () => {
    await refreshMe(queryClient)
    await navigate({ to: '/a/$accountId', params: { accountId: connection.accountId } })
  }

  return (
    <ItemButtons fullWidth={fullWidth}>
      {side === 'user' && connection.status === 'active' && (
        <Button
          size="xs"
          variant="light"
          onClick={() => void switchTo()}
          aria-label={`Switch to ${who}`}
        >
          Switch to it
        </Button>
      )}
      {abilities.accept && (
        <Button
          size="xs"
          aria-label={`Accept ${who}`}
          onClick={() =>
            void change(
              () => unwrap(api.POST('/api/v1/connections/{connectionId}/accept', path(connection))),
              `${who} can now access this account.`,
            )
          }
        >
          Accept
        </Button>
      )}
      {abilities.decline && (
        <Button
          size="xs"
          variant="default"
          aria-label={`Decline ${who}`}
          onClick={() =>
            void change(
              () =>
                unwrap(api.POST('/api/v1/connections/{connectionId}/decline', path(connection))),
              `The application of ${who} is declined.`,
            )
          }
        >
          Decline
        </Button>
      )}
      {abilities.change && connection.status === 'active' && (
        <Button
          size="xs"
          variant="default"
          onClick={changeDialog.open}
          aria-label={`Change the role of ${who}`}
        >
          Change role
        </Button>
      )}
      {abilities.end && connection.status !== 'pending' && (
        <Button
          size="xs"
          variant="default"
          color="red"
          onClick={endDialog.open}
          aria-label={`End the connection with ${who}`}
        >
          {side === 'user' ? 'Leave' : 'End'}
        </Button>
      )}
      <Modal opened={ending} onClose={endDialog.close} title="End the connection">
        <Stack>
          <Text size="sm">
            {side === 'user'
              ? `You will no longer access ${who}. Its managers are told by email.`
              : `${who} will no longer access this account. They are told by email.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={endDialog.close}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                endDialog.close()
                void change(
                  () => unwrap(api.DELETE('/api/v1/connections/{connectionId}', path(connection))),
                  'The connection has ended.',
                )
              }}
            >
              End the connection
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={changing} onClose={changeDialog.close} title={`Role of ${who}`}>
        <ChangeRole
          connection={connection}
          onSave={(body) => {
            changeDialog.close()
            void change(
              () =>
                unwrap(
                  api.PATCH('/api/v1/connections/{connectionId}', { ...path(connection), body }),
                ),
              `The role of ${who} is changed.`,
            )
          }}
        />
      </Modal>
    </ItemButtons>
  )
}

function ChangeRole({
  connection,
  onSave,
}: {
  connection: ConnectionItem
  onSave: (body: { role?: string; permissions?: string[] }) => void
}) {
  const { roles, permissions } = useConnectionRoles()
  const [role, setRole] = useState(connection.role ?? CUSTOM)
  const [chosen, setChosen] = useState<string[]>([...connection.permissions])
  return (
    <Stack>
      <Select
        label="Role"
        data={roles}
        value={role}
        allowDeselect={false}
        onChange={(value) => setRole(value ?? role)}
        data-autofocus
      />
      {role === CUSTOM && (
        <PermissionPicker
          label="Permissions"
          data={permissions}
          value={chosen}
          onChange={setChosen}
          searchable
        />
      )}
      <Button onClick={() => onSave(grantOf(role, chosen))}>Save</Button>
    </Stack>
  )
}
