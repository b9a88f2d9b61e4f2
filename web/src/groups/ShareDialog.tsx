import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { type Group as ChorusGroup, sharesQuery, shareTargetsQuery } from '../teams/queries'
import { SharesDialog } from '../ui/SharesDialog'

/**
 * The accounts the group may be shared with, as the server answers them (team mates' accounts of
 * a common team and sub-accounts at any depth), less those it is already shared with.
 */
function useShareTargets(accountId: string, groupId: string, shared: Set<string | undefined>) {
  const answer = useQuery(shareTargetsQuery(accountId, groupId)).data
  const targets = (answer?.items ?? [])
    .filter((target) => !shared.has(target.accountId))
    .map((target) => ({
      value: target.accountId,
      label: `${target.accountName} (${target.teamName ? `team ${target.teamName}` : 'sub-account'})`,
    }))
  return { targets, truncated: answer?.truncated ?? false }
}

/** Share a group with a team mate's account or a sub-account; stop sharing it. */
export function ShareDialog({ accountId, group }: { accountId: string; group: ChorusGroup }) {
  const queryClient = useQueryClient()
  const shares = useQuery(sharesQuery(accountId, group.id))
  const shared = new Set(shares.data?.map((s) => s.accountId))
  const { targets, truncated } = useShareTargets(accountId, group.id, shared)
  const path = { accountId, groupId: group.id }
  // The routes, named once: the calls below then read as what they do.
  const sharesRoute = '/api/v1/accounts/{accountId}/groups/{groupId}/shares'
  const shareRoute = '/api/v1/accounts/{accountId}/groups/{groupId}/shares/{targetAccountId}'
  return (
    <SharesDialog
      wording={{
        kind: 'group',
        name: group.name,
        explanation:
          'The account can use the group for its campaigns and see its contacts’ basic information, read only. Only this account exports it.',
        choose: 'Choose an account',
        noTarget: 'No team mate or sub-account to add',
        nobody: 'Nobody yet.',
      }}
      shares={shares.data?.map((share) => ({
        accountId: share.accountId,
        accountName: share.accountName,
        note: share.basis === 'team' ? ' · team mate' : ' · sub-account',
        removable: true,
      }))}
      targets={targets}
      truncated={truncated}
      share={(target) =>
        unwrap(api.POST(sharesRoute, { params: { path }, body: { accountId: target } }))
      }
      unshare={(target) =>
        unwrap(api.DELETE(shareRoute, { params: { path: { ...path, targetAccountId: target } } }))
      }
      refresh={() => queryClient.invalidateQueries({ queryKey: ['shares', accountId] })}
    />
  )
}
