import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { ApiError, api, unwrap } from '../api/client'
import { showFailure } from '../ui/failure'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { emailAddress, ServerForm, useServerForm } from '../ui/ServerForm'
import { type Team, type TeamMember, useTeam } from './queries'
import { TeamInvitationAnswer } from './TeamInvitationAnswer'
import { type TeamShare, useTeamShares } from './team-shares'

/** A team: its accounts, the groups shared in it, inviting an account, leaving. */
export function TeamPage() {
  const { accountId, teamId } = useParams({ from: '/signed-in/a/$accountId/teams/$teamId' })
  const team = useTeam(accountId, teamId)
  const shares = useTeamShares(accountId, team.data)
  const [inviting, inviteDialog] = useDisclosure(false)
  const [leaving, leaveDialog] = useDisclosure(false)
  const [removing, setRemoving] = useState<TeamMember | null>(null)
  const abilities = team.data?.abilities
  const mayRemove = (member: TeamMember) =>
    abilities?.removeOthers && member.accountId !== accountId

  if (team.error) {
    return (
      <Container size="lg" py="md">
        <Alert color="red" role="alert">
          {team.error instanceof ApiError && team.error.status === 404
            ? 'This team does not exist or you cannot see it.'
            : 'The team could not be loaded.'}
        </Alert>
      </Container>
    )
  }
  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          {team.data?.name ?? 'Team'}
        </Title>
        {abilities && !abilities.accept && (
          <Group gap="xs">
            {abilities.invite && <Button onClick={inviteDialog.open}>Invite an account</Button>}
            {abilities.leave && (
              <Button variant="default" color="red" onClick={leaveDialog.open}>
                Leave the team
              </Button>
            )}
          </Group>
        )}
        {team.data && abilities?.accept && (
          <TeamInvitationAnswer team={team.data} accountId={accountId} />
        )}
      </Group>
      <Title order={2} size="h4" mb="xs">
        Accounts
      </Title>
      <ResponsiveActionTable
        label="Accounts on the team"
        minWidth={420}
        columns={['Account', 'Status', 'Since']}
        actions={abilities?.removeOthers ? 'Actions' : false}
        items={(team.data?.members ?? []).map((member) => ({
          key: member.accountId,
          cells: [
            <Text key="account" size="sm" fw={member.accountId === accountId ? 700 : 400}>
              {member.accountName}
              {member.accountId === accountId && ' (this account)'}
            </Text>,
            <Badge
              key="status"
              variant="dot"
              color={member.status === 'active' ? 'green' : 'yellow'}
            >
              {member.status === 'active' ? 'Member' : 'Invited'}
            </Badge>,
            <Text key="since" size="sm">
              {new Date(member.createdAt).toLocaleDateString()}
            </Text>,
          ],
          actions: () =>
            mayRemove(member) && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={`Remove ${member.accountName} from the team`}
                onClick={() => setRemoving(member)}
              >
                {member.status === 'active' ? 'Remove' : 'Withdraw invitation'}
              </Button>
            ),
        }))}
      />
      <Title order={2} size="h4" mt="xl" mb="xs">
        Groups shared in this team
      </Title>
      <SharedGroups shares={shares} />
      {team.data && (
        <>
          <Modal opened={inviting} onClose={inviteDialog.close} title="Invite an account">
            <InviteAccountForm team={team.data} accountId={accountId} onDone={inviteDialog.close} />
          </Modal>
          <Modal opened={leaving} onClose={leaveDialog.close} title={`Leave ${team.data.name}`}>
            <LeaveTeam team={team.data} accountId={accountId} shares={shares} />
          </Modal>
          <Modal
            opened={removing !== null}
            onClose={() => setRemoving(null)}
            title={`Remove ${removing?.accountName ?? 'an account'} from ${team.data.name}`}
          >
            {removing && (
              <RemoveAccount
                team={team.data}
                accountId={accountId}
                member={removing}
                onDone={() => setRemoving(null)}
              />
            )}
          </Modal>
        </>
      )}
    </Container>
  )
}

function SharedGroups({ shares }: { shares: TeamShare[] }) {
  if (shares.length === 0) {
    return <Text size="sm">No group is shared between this account and the team.</Text>
  }
  return (
    <List spacing={4} size="sm">
      {shares.map((share) => (
        <List.Item key={`${share.direction}-${share.groupId}-${share.other}`}>
          <strong>{share.groupName}</strong>{' '}
          {share.direction === 'out'
            ? `shared with ${share.other}`
            : `shared with this account by ${share.other} (read only)`}
        </List.Item>
      ))}
    </List>
  )
}

function InviteAccountForm({
  team,
  accountId,
  onDone,
}: {
  team: Team
  accountId: string
  onDone: () => void
}) {
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { email: '' },
      validate: { email: emailAddress('Enter an email address') },
    },
    async ({ email }) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/teams/{teamId}/members', {
          params: { path: { accountId, teamId: team.id } },
          body: { email },
        }),
      )
      await queryClient.invalidateQueries({ queryKey: ['teams'] })
      notifications.show({
        color: 'green',
        message: `If ${email} owns an account, it is invited; the account joins when they accept.`,
      })
      onDone()
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <TextInput
        label="The account owner's email"
        description="Their account is invited to the team; they accept from their Teams page"
        type="email"
        required
        data-autofocus
        key={form.key('email')}
        {...form.getInputProps('email')}
      />
      <Button type="submit" loading={form.submitting}>
        Send the invitation
      </Button>
    </ServerForm>
  )
}

/** Removing another account ends the shares it made or received in the team, as leaving does. */
function RemoveAccount({
  team,
  accountId,
  member,
  onDone,
}: {
  team: Team
  accountId: string
  member: TeamMember
  onDone: () => void
}) {
  const queryClient = useQueryClient()
  const remove = async () => {
    try {
      await unwrap(
        api.DELETE('/api/v1/accounts/{accountId}/teams/{teamId}/members/{memberAccountId}', {
          params: { path: { accountId, teamId: team.id, memberAccountId: member.accountId } },
        }),
      )
      notifications.show({
        color: 'green',
        message: `${member.accountName} is no longer on ${team.name}.`,
      })
      await queryClient.invalidateQueries({ queryKey: ['teams'] })
      await queryClient.invalidateQueries({ queryKey: ['shares', accountId] })
      onDone()
    } catch (error) {
      showFailure(error)
    }
  }
  return (
    <Stack>
      <Text size="sm">
        {member.status === 'active'
          ? `${member.accountName} leaves the team: the groups shared with it in the team, and those it shared, stop working for it.`
          : `The invitation of ${member.accountName} is withdrawn.`}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button color="red" onClick={() => void remove()}>
          {member.status === 'active' ? 'Remove from the team' : 'Withdraw the invitation'}
        </Button>
      </Group>
    </Stack>
  )
}

/** Seed 001: leaving ends every share of this team with the account, both ways; say which. */
function LeaveTeam({
  team,
  accountId,
  shares,
}: {
  team: Team
  accountId: string
  shares: TeamShare[]
}) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const leave = async () => {
    try {
      await unwrap(
        api.DELETE('/api/v1/accounts/{accountId}/teams/{teamId}/members/{memberAccountId}', {
          params: { path: { accountId, teamId: team.id, memberAccountId: accountId } },
        }),
      )
      notifications.show({ color: 'green', message: `This account left ${team.name}.` })
      await queryClient.invalidateQueries({ queryKey: ['teams'] })
      await queryClient.invalidateQueries({ queryKey: ['groups', accountId] })
      await queryClient.invalidateQueries({ queryKey: ['shares', accountId] })
      await navigate({ to: '/a/$accountId/teams', params: { accountId } })
    } catch (error) {
      showFailure(error)
    }
  }
  return (
    <Stack>
      <Text size="sm">
        This account leaves the team. The groups it shared with the team and the groups shared with
        it in the team will no longer work.
      </Text>
      {shares.length > 0 ? (
        <>
          <Text size="sm" fw={600}>
            These shares end:
          </Text>
          <SharedGroups shares={shares} />
        </>
      ) : (
        <Text size="sm">No group is shared between this account and the team.</Text>
      )}
      <Group justify="flex-end">
        <Button color="red" onClick={() => void leave()}>
          Leave the team
        </Button>
      </Group>
    </Stack>
  )
}
