import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { useMe } from '../app/session'
import { withDescendants } from '../subaccounts/descendants'
import { SharesDialog } from '../ui/SharesDialog'
import { type Template, templateSharesQuery } from './queries'

/**
 * Share a template, read only, with sub-accounts below this one (templates.admin). The choice is
 * the sub-accounts the user reaches; the server decides whether the share is allowed.
 */
export function TemplateShareDialog({
  accountId,
  template,
}: {
  accountId: string
  template: Template
}) {
  const queryClient = useQueryClient()
  const shares = useQuery(templateSharesQuery(accountId, template.id))
  const shared = new Set(shares.data?.map((share) => share.accountId))
  const accounts = useMe().data?.accounts ?? []
  const targets = withDescendants(accounts, accountId)
    .filter((account) => account.id !== accountId && !shared.has(account.id))
    .map((account) => ({ value: account.id, label: account.name }))
  const path = { accountId, templateId: template.id }
  // The routes, named once: the calls below then read as what they do.
  const sharesRoute = '/api/v1/accounts/{accountId}/templates/{templateId}/shares'
  const shareRoute = '/api/v1/accounts/{accountId}/templates/{templateId}/shares/{targetAccountId}'
  return (
    <SharesDialog
      wording={{
        kind: 'template',
        name: template.name,
        explanation:
          'The sub-account can use the template, read only. Changes made here reach it at once.',
        choose: 'Choose a sub-account',
        noTarget: 'No sub-account to add',
        nobody: 'No sub-account yet.',
      }}
      shares={shares.data?.map((share) => ({
        accountId: share.accountId,
        accountName: share.accountName,
        removable: share.abilities.remove,
      }))}
      targets={targets}
      share={(target) =>
        unwrap(api.POST(sharesRoute, { params: { path }, body: { accountId: target } }))
      }
      unshare={(target) =>
        unwrap(api.DELETE(shareRoute, { params: { path: { ...path, targetAccountId: target } } }))
      }
      refresh={() =>
        queryClient.invalidateQueries({ queryKey: ['templates', accountId, 'shares', template.id] })
      }
    />
  )
}
