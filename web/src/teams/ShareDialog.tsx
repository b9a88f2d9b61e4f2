import { Button, Group, Select, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { useMe } from '../app/session'
import { showFailure } from '../ui/failure'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { type Group as ChorusGroup, sharesQuery, useTeamsOf } from './queries'

/**
 * The accounts a group may be shared with, as the user can name them: team mates' accounts of the
 * teams this account is on, and this account's sub-accounts. The server decides; this only offers.
 */
function useShareTargets(accountId: string) {
  const teams = useTeamsOf(accountId).data ?? []
  const accounts = useMe().data?.accounts ?? []
  const mine = teams
    .filter((team) => team.members.some((m) => m.accountId === accountId && m.status === 'active'))
    .flatMap((team) =>
      team.members
        .filter((m) => m.status === 'active' && m.accountId !== accountId)
        .map((m) => ({ value: m.accountId, label: `${m.accountName} (team ${team.name})` })),
    )
  const below = accounts
    .filter((a) => a.parentId === accountId)
    .map((a) => ({ value: a.id, label: `${a.name} (sub-account)` }))
  const seen = new Set<string>()
  return [...mine, ...below].filter((t) => !seen.has(t.value) && seen.add(t.value))
}

/** Share a group with a team mate's account or a sub-account; stop sharing it. */
export function ShareDialog({ accountId, group }: { accountId: string; group: ChorusGroup }) {
  const queryClient = useQueryClient()
  const shares = useQuery(sharesQuery(accountId, group.id))
  const shared = new Set(shares.data?.map((s) => s.accountId))
  const targets = useShareTargets(accountId).filter((t) => !shared.has(t.value))
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['shares', accountId, group.id] })
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
          required
          data-autofocus
          key={form.key('accountId')}
          {...form.getInputProps('accountId')}
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
