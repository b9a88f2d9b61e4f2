import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { ConfirmButton, LoadError, LoadMoreButton, when } from '../settings/common'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { type ChannelChoice, ChannelFilter, channelLabel, useSearch } from './common'

type Unsubscribe =
  paths['/api/v1/accounts/{accountId}/unsubscribes']['get']['responses']['200']['content']['application/json']['items'][number]

const HOW: Record<Unsubscribe['how'], string> = {
  link: 'Unsubscribe link',
  manual: 'Set by hand',
  provider: 'Reported by the provider',
  other: 'Other',
}

/**
 * The unsubscribes this account holds (SPEC §4): its own contacts' and those of groups shared in,
 * in one list, newest first; lifting one needs contacts.resubscribe.
 */
export function UnsubscribesPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience/unsubscribes' })
  const { may } = useAbilities(accountId)
  const queryClient = useQueryClient()
  const { q, box } = useSearch()
  const [channel, setChannel] = useState<ChannelChoice>('all')
  const unsubscribes = useInfiniteQuery({
    queryKey: ['unsubscribes', accountId, q, channel],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/unsubscribes', {
          params: {
            path: { accountId },
            query: {
              ...(q ? { q } : {}),
              ...(channel !== 'all' ? { channel } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
  const items = unsubscribes.data?.pages.flatMap((page) => page.items) ?? []
  const lift = async (row: Unsubscribe) => {
    await unwrap(
      api.POST('/api/v1/accounts/{accountId}/unsubscribes/lift', {
        params: { path: { accountId } },
        body: { channel: row.channel, address: row.address },
      }),
    )
    await queryClient.invalidateQueries({ queryKey: ['unsubscribes', accountId] })
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        Unsubscribes
      </Title>
      <Text size="sm" c="dimmed">
        The addresses that unsubscribed from this account’s campaigns, also contacts of groups
        shared with it. They apply to this account only.
      </Text>
      <Group align="flex-end">
        {box('Search the unsubscribes')}
        <ChannelFilter value={channel} onChange={setChannel} />
      </Group>
      <LoadError error={unsubscribes.error} what="The unsubscribes" />
      {unsubscribes.isSuccess && items.length === 0 && (
        <Text size="sm">{q ? 'No unsubscribe matches.' : 'Nobody has unsubscribed.'}</Text>
      )}
      {items.length > 0 && (
        <ResponsiveActionTable
          label="Unsubscribes"
          minWidth={720}
          columns={['Address', 'Channel', 'How', 'When']}
          items={items.map((row) => ({
            key: `${row.channel}:${row.address}`,
            cells: [
              <Group key="address" gap="xs">
                <Text size="sm">{row.address}</Text>
                {row.sharedIn && (
                  <Badge variant="light" color="gray">
                    Shared-in group
                  </Badge>
                )}
              </Group>,
              channelLabel(row.channel),
              HOW[row.how],
              when(row.unsubscribedAt),
            ],
            actions: () =>
              may('contacts.resubscribe') && (
                <ConfirmButton
                  label="Resubscribe"
                  accessibleName={`Resubscribe ${row.address}`}
                  title={`Resubscribe ${row.address}`}
                  confirmLabel="Resubscribe"
                  act={() => lift(row)}
                >
                  This account’s campaigns will reach the address again on{' '}
                  {channelLabel(row.channel)}. Do it only when its owner asked for it.
                </ConfirmButton>
              ),
          }))}
        />
      )}
      <LoadMoreButton query={unsubscribes} />
    </Stack>
  )
}
