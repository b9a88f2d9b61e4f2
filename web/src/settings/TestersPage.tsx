import { Group, Stack, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { type Address, AddressDialog } from './AddressDialog'
import { AddressTable } from './AddressTable'
import { LoadError } from './common'

/** Testers (seed 004): who gets the test sends of campaigns and templates; 25 at most. */
export function TestersPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/testers' })
  const queryClient = useQueryClient()
  const testers = useQuery({
    queryKey: ['testers', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/testers', { params: { path: { accountId } } })),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['testers', accountId] })
  const add = async (body: Address) => {
    await unwrap(
      api.POST('/api/v1/accounts/{accountId}/testers', { params: { path: { accountId } }, body }),
    )
    await refresh()
  }
  const testerPath = (testerId: string) => ({ path: { accountId, testerId } })

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Testers
        </Title>
        <AddressDialog
          buttonLabel="Add a tester"
          title="Add a tester"
          nameLabel="Name"
          submitLabel="Add tester"
          send={add}
        />
      </Group>
      <Text size="sm" c="dimmed">
        Test emails of campaigns and templates go to every tester (each costs one email credit).
      </Text>
      <LoadError error={testers.error} what="The testers" />
      {testers.data?.items.length === 0 && <Text>No tester yet.</Text>}
      {(testers.data?.items.length ?? 0) > 0 && (
        <AddressTable
          label="Testers"
          nameLabel="Name"
          items={testers.data?.items ?? []}
          // The list itself needs testers.manage: whoever sees it may change it.
          canManage
          editTitle="Change the tester"
          update={async (tester, body) => {
            await unwrap(
              api.PATCH('/api/v1/accounts/{accountId}/testers/{testerId}', {
                params: testerPath(tester.id),
                body,
              }),
            )
            await refresh()
          }}
          removal={{
            verb: 'Remove',
            noun: 'tester',
            warning: 'Test emails will no longer go to this address.',
            act: async (tester) => {
              await unwrap(
                api.DELETE('/api/v1/accounts/{accountId}/testers/{testerId}', {
                  params: testerPath(tester.id),
                }),
              )
              await refresh()
            },
          }}
        />
      )}
    </Stack>
  )
}
