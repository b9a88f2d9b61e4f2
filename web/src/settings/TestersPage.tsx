import { Group, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { ScrollRegion } from '../ui/ScrollRegion'
import { type Address, AddressDialog } from './AddressDialog'
import { ConfirmButton, LoadError } from './common'

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
        <ScrollRegion label="Testers">
          <Table striped miw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email address</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {testers.data?.items.map((tester) => {
                const path = { accountId, testerId: tester.id }
                return (
                  <Table.Tr key={tester.id}>
                    <Table.Td>{tester.name}</Table.Td>
                    <Table.Td>{tester.email}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <AddressDialog
                          buttonLabel="Edit"
                          accessibleName={`Edit ${tester.email}`}
                          title="Change the tester"
                          nameLabel="Name"
                          initial={{ email: tester.email, name: tester.name }}
                          submitLabel="Save"
                          send={async (body) => {
                            await unwrap(
                              api.PATCH('/api/v1/accounts/{accountId}/testers/{testerId}', {
                                params: { path },
                                body,
                              }),
                            )
                            await refresh()
                          }}
                        />
                        <ConfirmButton
                          label="Remove"
                          accessibleName={`Remove ${tester.email}`}
                          title={`Remove ${tester.email}?`}
                          confirmLabel="Remove tester"
                          act={async () => {
                            await unwrap(
                              api.DELETE('/api/v1/accounts/{accountId}/testers/{testerId}', {
                                params: { path },
                              }),
                            )
                            await refresh()
                          }}
                        >
                          Test emails will no longer go to this address.
                        </ConfirmButton>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  )
}
