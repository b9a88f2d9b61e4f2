import { Alert, Container, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { useMe } from '../app/session'
import { groupsQuery } from '../teams/queries'
import { ScrollRegion } from '../ui/ScrollRegion'
import { useAbilities, useCatalog } from './catalog'
import { usePathWords } from './paths'

/**
 * "Who can…?" (SPEC §2 rule 5): everyone who holds a permission here, or who can reach a group,
 * and through which path — the same decision the server makes on every request.
 */
export function WhoCanPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/access' })
  const catalog = useCatalog().data
  const { may } = useAbilities(accountId)
  const [permission, setPermission] = useState<string | null>(null)
  const [groupId, setGroupId] = useState<string | null>(null)
  const groups = useQuery({ ...groupsQuery(accountId), enabled: may('groups.view') })
  const question = groupId ? { resource: `group:${groupId}` } : permission ? { permission } : null
  const answer = useQuery({
    queryKey: ['who', accountId, question],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/access/who', {
          params: { path: { accountId }, query: question ?? {} },
        }),
      ),
    enabled: question !== null,
  })

  const areaLabel = (key: string) => catalog?.areas.find((a) => a.key === key)?.label ?? key
  const permissionOptions = (catalog?.areas ?? []).map((area) => ({
    group: areaLabel(area.key),
    items: (catalog?.permissions ?? [])
      .filter((p) => p.area === area.key)
      .map((p) => ({ value: p.key, label: p.label })),
  }))

  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="md">
        Who can…?
      </Title>
      <Group align="flex-end" mb="md" wrap="wrap">
        <Select
          label="Permission"
          placeholder="Choose a permission"
          searchable
          data={permissionOptions}
          value={permission}
          onChange={(value) => {
            setPermission(value)
            setGroupId(null)
          }}
          w={300}
        />
        {may('groups.view') && (
          <Select
            label="Or reach a group"
            placeholder="Choose a group (optional)"
            clearable
            data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={setGroupId}
            w={300}
          />
        )}
      </Group>
      {question === null && (
        <Text c="dimmed" size="sm">
          Choose a permission to see everyone who holds it in this account, and how.
        </Text>
      )}
      {answer.isFetching && <Loader size="sm" aria-label="Loading the answer" />}
      {answer.error && (
        <Alert color="red" role="alert">
          {answer.error.message}
        </Alert>
      )}
      {answer.data && <WhoTable items={answer.data.items} />}
    </Container>
  )
}

type WhoEntry = {
  userId: string
  /** Resource questions: the account the user reaches it through (a user may reach it twice). */
  accountId?: string
  name: string
  email: string
  paths: Parameters<ReturnType<typeof usePathWords>>[0][]
}

function WhoTable({ items }: { items: WhoEntry[] }) {
  const words = usePathWords()
  const accounts = useMe().data?.accounts ?? []
  const byAccount = items.some((entry) => entry.accountId)
  const accountName = (id: string | undefined) =>
    accounts.find((a) => a.id === id)?.name ?? 'another account'
  if (items.length === 0) return <Text size="sm">Nobody here can.</Text>
  return (
    <ScrollRegion label="Who can">
      <Table striped miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {byAccount && <Table.Th>Account</Table.Th>}
            <Table.Th>Through</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={`${entry.accountId ?? ''}:${entry.userId}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {entry.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.email}
                </Text>
              </Table.Td>
              {byAccount && <Table.Td>{accountName(entry.accountId)}</Table.Td>}
              <Table.Td>
                <Stack gap={2}>
                  {entry.paths.map((path) => (
                    <Text size="sm" key={`${path.kind}:${path.accountId}`}>
                      {words(path)}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
