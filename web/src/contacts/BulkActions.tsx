import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { type ContactFilter, groupsQuery } from './queries'

/** Some contacts picked by hand, or everything the filter matches (not only the pages shown). */
export type Selection = { kind: 'ids'; ids: string[] } | { kind: 'all' }

type Action = 'add_to_group' | 'remove_from_group' | 'add_tag' | 'delete'

const ACTIONS: Array<{ value: Action; label: string; permission: string }> = [
  { value: 'add_to_group', label: 'Add to group', permission: 'contacts.edit' },
  { value: 'remove_from_group', label: 'Remove from group', permission: 'contacts.edit' },
  { value: 'add_tag', label: 'Add tag', permission: 'contacts.edit' },
  { value: 'delete', label: 'Delete contacts', permission: 'contacts.bulk_delete' },
]

/** The word a bulk delete is confirmed with. */
const CONFIRMATION = 'DELETE'

/** The API's names for the selection: the ids, or the filter itself. */
function selected(selection: Selection, filter: ContactFilter) {
  return selection.kind === 'all' ? { filter } : { contactIds: selection.ids }
}

export function BulkActions({
  accountId,
  filter,
  selection,
  matching,
  onDone,
}: {
  accountId: string
  filter: ContactFilter
  selection: Selection
  matching: number
  onDone: () => void
}) {
  const { may } = useAbilities(accountId)
  const queryClient = useQueryClient()
  const groups = useQuery(groupsQuery(accountId)).data?.items ?? []
  const [action, setAction] = useState<Action | null>(null)
  const [groupId, setGroupId] = useState<string | null>(null)
  const [tag, setTag] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const allowed = ACTIONS.filter((a) => may(a.permission))
  const size = selection.kind === 'all' ? matching : selection.ids.length
  if (size === 0 || allowed.length === 0) return null
  const what = `${size.toLocaleString()} contact${size === 1 ? '' : 's'}`

  const finish = async (message: string) => {
    notifications.show({ message, color: 'green' })
    await queryClient.invalidateQueries({ queryKey: ['contacts', accountId] })
    await queryClient.invalidateQueries({ queryKey: ['groups', accountId] })
    await queryClient.invalidateQueries({ queryKey: ['tags', accountId] })
    setConfirming(false)
    setTyped('')
    onDone()
  }

  const run = async () => {
    setProblem(null)
    setBusy(true)
    try {
      if (action === 'delete') {
        const { deleted } = await unwrap(
          api.POST('/api/v1/accounts/{accountId}/contacts/bulk-delete', {
            params: { path: { accountId } },
            body: selected(selection, filter),
          }),
        )
        await finish(`${deleted.toLocaleString()} contacts deleted`)
      } else if (action) {
        const { affected } = await unwrap(
          api.POST('/api/v1/accounts/{accountId}/contacts/bulk-update', {
            params: { path: { accountId } },
            body: {
              action,
              ...(action === 'add_tag' ? { tag } : { targetGroupId: groupId ?? '' }),
              ...selected(selection, filter),
            },
          }),
        )
        await finish(`${affected.toLocaleString()} contacts changed`)
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const ready =
    action === 'delete' ||
    (action === 'add_tag' ? tag.trim() !== '' : action !== null && groupId !== null)

  return (
    <Paper withBorder p="sm" mb="sm">
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {selection.kind === 'all' ? `All ${what} matching the filter` : `${what} selected`}
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group align="end" wrap="wrap">
          <Select
            label="Bulk action"
            placeholder="Choose an action"
            data={allowed.map(({ value, label }) => ({ value, label }))}
            value={action}
            onChange={(value) => setAction(value as Action | null)}
          />
          {(action === 'add_to_group' || action === 'remove_from_group') && (
            <Select
              label="Group to use"
              placeholder="Choose a group"
              data={groups.filter((g) => !g.shared).map((g) => ({ value: g.id, label: g.name }))}
              value={groupId}
              onChange={setGroupId}
            />
          )}
          {action === 'add_tag' && (
            <TextInput
              label="Tag to add"
              value={tag}
              onChange={(event) => setTag(event.currentTarget.value)}
            />
          )}
          <Button
            disabled={!ready}
            loading={busy && action !== 'delete'}
            color={action === 'delete' ? 'red' : undefined}
            onClick={() => (action === 'delete' ? setConfirming(true) : run())}
          >
            Apply to {what}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Delete ${what}`}>
        <Stack>
          <Text size="sm">
            The contacts and their history are deleted for good. Type {CONFIRMATION} to confirm.
          </Text>
          <TextInput
            label={`Type ${CONFIRMATION} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
          />
          <Button color="red" disabled={typed !== CONFIRMATION} loading={busy} onClick={run}>
            Delete {what}
          </Button>
        </Stack>
      </Modal>
    </Paper>
  )
}
