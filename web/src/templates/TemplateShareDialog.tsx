import { Button, Group, Select, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { useMe } from '../app/session'
import { withDescendants } from '../subaccounts/descendants'
import { showFailure } from '../ui/failure'
import { ServerForm, useServerForm } from '../ui/ServerForm'
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
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['templates', accountId, 'shares', template.id] })
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { accountId: '' },
      validate: { accountId: (value: string) => (value ? null : 'Choose a sub-account') },
    },
    async (values) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/templates/{templateId}/shares', {
          params: { path: { accountId, templateId: template.id } },
          body: { accountId: values.accountId },
        }),
      )
      notifications.show({ color: 'green', message: `${template.name} is shared.` })
      form.reset()
      await refresh()
    },
  )
  const stop = async (targetAccountId: string) => {
    try {
      await unwrap(
        api.DELETE('/api/v1/accounts/{accountId}/templates/{templateId}/shares/{targetAccountId}', {
          params: { path: { accountId, templateId: template.id, targetAccountId } },
        }),
      )
    } catch (error) {
      showFailure(error)
    }
    await refresh()
  }
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The sub-account can use the template, read only. Changes made here reach it at once.
      </Text>
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <Select
          label="Share with"
          placeholder={targets.length ? 'Choose a sub-account' : 'No sub-account to add'}
          data={targets}
          searchable
          required
          data-autofocus
          key={form.key('accountId')}
          {...form.getInputProps('accountId')}
        />
        <Button type="submit" loading={form.submitting}>
          Share the template
        </Button>
      </ServerForm>
      <Text size="sm" fw={600}>
        Shared with
      </Text>
      {shares.data?.length === 0 && <Text size="sm">No sub-account yet.</Text>}
      {shares.data?.map((share) => (
        <Group key={share.accountId} justify="space-between" wrap="nowrap">
          <Text size="sm">{share.accountName}</Text>
          {share.abilities.remove && (
            <Button
              size="xs"
              variant="default"
              onClick={() => void stop(share.accountId)}
              aria-label={`Stop sharing with ${share.accountName}`}
            >
              Stop sharing
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  )
}
