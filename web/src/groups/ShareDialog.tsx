import { Button, Group, Select, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { type Group as ChorusGroup, sharesQuery, shareTargetsQuery } from '../teams/queries'
import { showFailure } from '../ui/failure'
import { ServerForm, useServerForm } from '../ui/ServerForm'

/**
 * The accounts the group may be shared with, as the server answers them (team mates' accounts of
 * a common team and sub-accounts at any depth), less those it is already shared with.
 */
function useShareTargets(accountId: string, groupId: string, shared: Set<string | undefined>) {
  const answer = useQuery(shareTargetsQuery(accountId, groupId)).data
  const targets = (answer?.items ?? [])
    .filter((target) => !shared.has(target.accountId))
    .map((target) => ({
      value: target.accountId,
      label: `${target.accountName} (${target.teamName ? `team ${target.teamName}` : 'sub-account'})`,
    }))
  return { targets, truncated: answer?.truncated ?? false }
}

/** Share a group with a team mate's account or a sub-account; stop sharing it. */
export function ShareDialog({ accountId, group }: { accountId: string; group: ChorusGroup }) {
  const queryClient = useQueryClient()
  const shares = useQuery(sharesQuery(accountId, group.id))
  const shared = new Set(shares.data?.map((s) => s.accountId))
  const { targets, truncated } = useShareTargets(accountId, group.id, shared)
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['shares', accountId] })
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { accountId: '' },
      validate: { accountId: (value: string) => (value ? null : 'Choose an account') },
    },
    async (values) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/groups/{groupId}/shares', {
          params: { path: { accountId, groupId: group.id } },
          body: { accountId: values.accountId },
        }),
      )
      notifications.show({ color: 'green', message: `${group.name} is shared.` })
      form.reset()
      await refresh()
    },
  )
  const stop = async (targetAccountId: string) => {
    try {
      await unwrap(
        api.DELETE('/api/v1/accounts/{accountId}/groups/{groupId}/shares/{targetAccountId}', {
          params: { path: { accountId, groupId: group.id, targetAccountId } },
        }),
      )
    } catch (error) {
      showFailure(error)
    }
    await refresh()
  }
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The account can use the group for its campaigns and see its contacts’ basic information,
        read only. Only this account exports it.
      </Text>
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <Select
          label="Share with"
          placeholder={targets.length ? 'Choose an account' : 'No team mate or sub-account to add'}
          data={targets}
          searchable
          required
          data-autofocus
          key={form.key('accountId')}
          {...form.getInputProps('accountId')}
          description={truncated ? 'The first 500 accounts by name.' : undefined}
        />
        <Button type="submit" loading={form.submitting}>
          Share the group
        </Button>
      </ServerForm>
      <Text size="sm" fw={600}>
        Shared with
      </Text>
      {shares.data?.length === 0 && <Text size="sm">Nobody yet.</Text>}
      {shares.data?.map((share) => (
        <Group key={share.accountId} justify="space-between" wrap="nowrap">
          <Text size="sm">
            {share.accountName}
            <Text span size="xs" c="dimmed">
              {share.basis === 'team' ? ' · team mate' : ' · sub-account'}
            </Text>
          </Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => void stop(share.accountId)}
            aria-label={`Stop sharing with ${share.accountName}`}
          >
            Stop sharing
          </Button>
        </Group>
      ))}
    </Stack>
  )
}
