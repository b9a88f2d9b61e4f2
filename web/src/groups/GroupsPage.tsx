import { Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Fragment, useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { ConfirmButton, LoadError } from '../settings/common'
import { type Group as ChorusGroup, groupsQuery } from '../teams/queries'
import { ItemButtons, ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { GroupDialog, type GroupFields } from './GroupDialog'
import { ShareDialog } from './ShareDialog'

/** The contacts screen filtered by the group (the contacts area's page). */
function contactsOf(accountId: string, groupId: string) {
  return `/a/${accountId}/contacts?group=${encodeURIComponent(groupId)}`
}

/**
 * The account's groups and those shared in by team mates or a parent account (read only), with
 * their sizes; create, rename and describe, delete, share. Each row's buttons follow the group's
 * `abilities`: the server decides.
 */
export function GroupsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience/groups' })
  const { may } = useAbilities(accountId)
  const queryClient = useQueryClient()
  const groups = useQuery(groupsQuery(accountId))
  const [sharing, setSharing] = useState<ChorusGroup | null>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['groups', accountId] })
  const groupPath = (groupId: string) => ({ path: { accountId, groupId } })

  const create = async (body: GroupFields) => {
    await unwrap(
      api.POST('/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } }, body }),
    )
    await refresh()
  }
  const update = (group: ChorusGroup) => async (body: GroupFields) => {
    await unwrap(
      api.PATCH('/api/v1/accounts/{accountId}/groups/{groupId}', {
        params: groupPath(group.id),
        body,
      }),
    )
    await refresh()
  }
  const remove = (group: ChorusGroup) => async () => {
    await unwrap(
      api.DELETE('/api/v1/accounts/{accountId}/groups/{groupId}', { params: groupPath(group.id) }),
    )
    await refresh()
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Groups
        </Title>
        {may('groups.manage') && (
          <GroupDialog
            buttonLabel="Create a group"
            title="Create a group"
            submitLabel="Create the group"
            send={create}
          />
        )}
      </Group>
      <LoadError error={groups.error} what="The groups" />
      {groups.data?.length === 0 && <Text size="sm">This account has no groups yet.</Text>}
      {(groups.data?.length ?? 0) > 0 && (
        <ResponsiveActionTable
          label="Groups"
          minWidth={640}
          columns={['Group', 'Contacts']}
          items={(groups.data ?? []).map((group) => ({
            key: group.id,
            cells: [
              <Fragment key="name">
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {group.name}
                  </Text>
                  {group.abilities.readOnly && (
                    <Badge variant="light" color="gray">
                      Shared · read only
                    </Badge>
                  )}
                </Group>
                {group.description && (
                  <Text size="xs" c="dimmed">
                    {group.description}
                  </Text>
                )}
              </Fragment>,
              // The contacts table filters by the account's own groups, for contacts.view.
              !group.abilities.shared && may('contacts.view') ? (
                <Anchor
                  key="contacts"
                  size="sm"
                  href={contactsOf(accountId, group.id)}
                  aria-label={`${group.memberCount} contacts in ${group.name}`}
                >
                  {group.memberCount}
                </Anchor>
              ) : (
                <Text key="contacts" size="sm">
                  {group.memberCount}
                </Text>
              ),
            ],
            actions: (fullWidth) => (
              <GroupActions
                group={group}
                onShare={() => setSharing(group)}
                update={update(group)}
                remove={remove(group)}
                fullWidth={fullWidth}
              />
            ),
          }))}
        />
      )}
      <Modal
        opened={sharing !== null}
        onClose={() => setSharing(null)}
        title={`Share ${sharing?.name ?? ''}`}
      >
        {sharing && <ShareDialog accountId={accountId} group={sharing} />}
      </Modal>
    </Stack>
  )
}

function GroupActions({
  group,
  onShare,
  update,
  remove,
  fullWidth,
}: {
  group: ChorusGroup
  onShare: () => void
  update: (body: GroupFields) => Promise<void>
  remove: () => Promise<void>
  fullWidth: boolean
}) {
  return (
    <ItemButtons fullWidth={fullWidth}>
      {group.abilities.edit && (
        <GroupDialog
          buttonLabel="Edit"
          accessibleName={`Edit ${group.name}`}
          title={`Edit ${group.name}`}
          submitLabel="Save"
          initial={{ name: group.name, description: group.description }}
          send={update}
        />
      )}
      {group.abilities.share && (
        <Button
          size="compact-sm"
          variant="default"
          onClick={onShare}
          aria-label={`Share ${group.name}`}
        >
          Share
        </Button>
      )}
      {/* A shared-in group is removed from this account's list; the owner keeps it. */}
      {group.abilities.remove && (
        <ConfirmButton
          label={group.abilities.shared ? 'Remove' : 'Delete'}
          accessibleName={`${group.abilities.shared ? 'Remove' : 'Delete'} ${group.name}`}
          title={group.abilities.shared ? `Remove ${group.name}` : `Delete ${group.name}`}
          confirmLabel={group.abilities.shared ? 'Remove the group' : 'Delete the group'}
          act={remove}
        >
          {group.abilities.shared
            ? 'The share ends for this account; the group stays with its owner.'
            : 'The group is deleted; its contacts stay in the account.'}
        </ConfirmButton>
      )}
    </ItemButtons>
  )
}
