import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { NameForm } from '../ui/NameForm'
import { ScrollRegion } from '../ui/ScrollRegion'
import { useTeamsOf } from './queries'
import { TeamInvitationAnswer } from './TeamInvitationAnswer'

/** Seed 001: the user teams this account belongs to, and invitations waiting for an answer. */
export function TeamsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/teams' })
  const teams = useTeamsOf(accountId)
  const { may } = useAbilities(accountId)
  const [creating, { open, close }] = useDisclosure(false)
  // An invitation is a team the account may still accept; every other team it has joined.
  const invited = teams.data?.filter((t) => t.abilities.accept) ?? []
  const joined = teams.data?.filter((t) => !t.abilities.accept) ?? []

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          User teams
        </Title>
        {may('users.manage') && <Button onClick={open}>Create a team</Button>}
      </Group>
      <Text size="sm" c="dimmed" mb="md" maw={640}>
        Accounts on the same team can share groups with each other: a shared group can be used for
        campaigns in the receiving account, read only.
      </Text>
      {teams.error && (
        <Alert color="red" role="alert">
          The teams could not be loaded.
        </Alert>
      )}
      {invited.length > 0 && (
        <Stack mb="lg" gap="xs">
          <Title order={2} size="h4">
            Invitations
          </Title>
          {invited.map((team) => (
            <Group key={team.id} justify="space-between">
              <Text size="sm">
                This account is invited to the team <strong>{team.name}</strong>.
              </Text>
              <TeamInvitationAnswer team={team} accountId={accountId} />
            </Group>
          ))}
        </Stack>
      )}
      {teams.data && joined.length === 0 ? (
        <Text size="sm">This account is not on any team yet.</Text>
      ) : (
        <ScrollRegion label="User teams">
          <Table striped miw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Team</Table.Th>
                <Table.Th>Accounts</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {joined.map((team) => (
                <Table.Tr key={team.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/a/$accountId/teams/$teamId"
                      params={{ accountId, teamId: team.id }}
                      size="sm"
                      fw={500}
                    >
                      {team.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">
                      {team.members.filter((m) => m.status === 'active').length}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Modal opened={creating} onClose={close} title="Create a team">
        <CreateTeamForm accountId={accountId} />
      </Modal>
    </Container>
  )
}

function CreateTeamForm({ accountId }: { accountId: string }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const create = async (name: string) => {
    const team = await unwrap(
      api.POST('/api/v1/accounts/{accountId}/teams', {
        params: { path: { accountId } },
        body: { name },
      }),
    )
    await queryClient.invalidateQueries({ queryKey: ['teams'] })
    notifications.show({ color: 'green', message: `The team ${team.name} is created.` })
    await navigate({ to: '/a/$accountId/teams/$teamId', params: { accountId, teamId: team.id } })
  }
  return (
    <NameForm
      label="Team name"
      submit="Create the team"
      missing="Name the team"
      onSubmit={create}
    />
  )
}
