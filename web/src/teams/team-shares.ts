import { useQuery } from '@tanstack/react-query'
import { useAbilities } from '../access/catalog'
import { groupsQuery, type Team, teamSharesQuery } from './queries'

export interface TeamShare {
  groupId: string
  groupName: string
  /** `out`: this account's group, shared with a team mate; `in`: a team mate's, shared here. */
  direction: 'out' | 'in'
  /** The other account's name. */
  other: string
}

/**
 * The groups shared in a team as this account sees them: its own shared with team mates in this
 * team, and team mates' groups shared with it. Leaving the team ends every one of them (seed 001).
 */
export function useTeamShares(accountId: string, team: Team | undefined): TeamShare[] {
  const { may } = useAbilities(accountId)
  const groups = useQuery({ ...groupsQuery(accountId), enabled: may('groups.view') }).data ?? []
  const shares =
    useQuery({
      ...teamSharesQuery(accountId, team?.id ?? ''),
      enabled: !!team && may('groups.view'),
    }).data ?? []
  if (!team) return []
  const names = new Map(groups.map((group) => [group.id, group.name]))
  const mates = new Map(
    team.members
      .filter((m) => m.status === 'active' && m.accountId !== accountId)
      .map((m) => [m.accountId, m.accountName]),
  )
  const out = shares.map((share) => ({
    groupId: share.groupId,
    groupName: names.get(share.groupId) ?? '',
    direction: 'out' as const,
    other: share.accountName,
  }))
  const into = groups
    .filter((group) => group.shared && mates.has(group.ownerAccountId))
    .map((group) => ({
      groupId: group.id,
      groupName: group.name,
      direction: 'in' as const,
      other: mates.get(group.ownerAccountId) ?? '',
    }))
  return [...out, ...into]
}
