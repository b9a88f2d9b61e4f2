import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { showFailure } from '../ui/failure'
import type { Team } from './queries'

/** Accept or decline a team's invitation for this account (declining is leaving while pending). */
export function TeamInvitationAnswer({ team, accountId }: { team: Team; accountId: string }) {
  const queryClient = useQueryClient()
  const answer = async (accept: boolean) => {
    try {
      await unwrap(
        accept
          ? api.POST('/api/v1/accounts/{accountId}/teams/{teamId}/accept', {
              params: { path: { accountId, teamId: team.id } },
            })
          : api.DELETE('/api/v1/accounts/{accountId}/teams/{teamId}/members/{memberAccountId}', {
              params: { path: { accountId, teamId: team.id, memberAccountId: accountId } },
            }),
      )
      notifications.show({
        color: 'green',
        message: accept ? `This account joined ${team.name}.` : `The invitation is declined.`,
      })
    } catch (error) {
      showFailure(error)
    }
    await queryClient.invalidateQueries({ queryKey: ['teams'] })
  }
  return (
    <Group gap="xs">
      <Button size="xs" onClick={() => void answer(true)} aria-label={`Accept ${team.name}`}>
        Accept
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() => void answer(false)}
        aria-label={`Decline ${team.name}`}
      >
        Decline
      </Button>
    </Group>
  )
}
