import { Alert, Badge, Button, Container, Group, Modal, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { ActionTable } from '../ui/ActionTable'
import { type Group as ChorusGroup, groupsQuery } from './queries'
import { ShareDialog } from './ShareDialog'

/**
 * The account's groups and those shared in by team mates or a parent account, marked read only.
 * A minimal list: the full groups and contacts screens come with the audience pages.
 */
export function GroupsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/groups' })
  const groups = useQuery(groupsQuery(accountId))
  const [sharing, setSharing] = useState<ChorusGroup | null>(null)

  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="md">
        Groups
      </Title>
      {groups.error && (
        <Alert color="red" role="alert">
          The groups could not be loaded.
        </Alert>
      )}
      {groups.data?.length === 0 && <Text size="sm">This account has no groups yet.</Text>}
      {(groups.data?.length ?? 0) > 0 && (
        <ActionTable
          label="Groups"
          minWidth={520}
          columns={['Group', 'Contacts']}
          actions="Sharing"
        >
          {groups.data?.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td>
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
              </Table.Td>
              <Table.Td>
                <Text size="sm">{group.memberCount}</Text>
              </Table.Td>
              <Table.Td>
                {group.abilities.share && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setSharing(group)}
                    aria-label={`Share ${group.name}`}
                  >
                    Share
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </ActionTable>
      )}
      <Modal
        opened={sharing !== null}
        onClose={() => setSharing(null)}
        title={`Share ${sharing?.name ?? ''}`}
      >
        {sharing && <ShareDialog accountId={accountId} group={sharing} />}
      </Modal>
    </Container>
  )
}
