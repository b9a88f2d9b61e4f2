import { Button, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { ConfirmButton, LoadError, when } from '../settings/common'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { channelLabel, useSearch } from './common'

type Channel = 'email' | 'sms'

/** The account's blocklist (seed 004): search, add, remove; changing it needs blocklist.manage. */
export function BlocklistPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience/blocklist' })
  const { may } = useAbilities(accountId)
  const queryClient = useQueryClient()
  const { q, box } = useSearch()
  const entries = useQuery({
    queryKey: ['blocklist', accountId, q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/blocklist', {
          params: { path: { accountId }, query: q ? { q } : {} },
        }),
      ).then((list) => list.items),
    placeholderData: keepPreviousData,
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['blocklist', accountId] })
  const manage = may('blocklist.manage')

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Blocklist
        </Title>
        {manage && <BlockDialog accountId={accountId} onAdded={refresh} />}
      </Group>
      <Text size="sm" c="dimmed">
        This account sends nothing to a blocked address, on its channel.
      </Text>
      {box('Search the blocklist')}
      <LoadError error={entries.error} what="The blocklist" />
      {entries.data?.length === 0 && (
        <Text size="sm">{q ? 'No blocked address matches.' : 'No address is blocked.'}</Text>
      )}
      {(entries.data?.length ?? 0) > 0 && (
        <ResponsiveActionTable
          label="Blocked addresses"
          minWidth={640}
          columns={['Address', 'Channel', 'Reason', 'Blocked']}
          items={(entries.data ?? []).map((entry) => ({
            key: `${entry.channel}:${entry.address}`,
            cells: [
              <Text key="address" size="sm">
                {entry.address}
              </Text>,
              channelLabel(entry.channel),
              entry.reason,
              when(entry.createdAt),
            ],
            actions: () =>
              manage && (
                <ConfirmButton
                  label="Unblock"
                  accessibleName={`Unblock ${entry.address}`}
                  title={`Unblock ${entry.address}`}
                  confirmLabel="Unblock"
                  act={async () => {
                    await unwrap(
                      api.POST('/api/v1/accounts/{accountId}/blocklist/remove', {
                        params: { path: { accountId } },
                        body: { channel: entry.channel, address: entry.address },
                      }),
                    )
                    await refresh()
                  }}
                >
                  This account may send to the address again.
                </ConfirmButton>
              ),
          }))}
        />
      )}
    </Stack>
  )
}

function BlockDialog({ accountId, onAdded }: { accountId: string; onAdded: () => Promise<void> }) {
  const [opened, { open, close }] = useDisclosure(false)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { channel: 'email' as Channel, address: '', reason: '' },
      validate: { address: (value: string) => (value.trim() ? null : 'Enter an address') },
    },
    async (values) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/blocklist', {
          params: { path: { accountId } },
          body: values,
        }),
      )
      await onAdded()
      close()
      form.reset()
    },
  )
  return (
    <>
      <Button onClick={open}>Block an address</Button>
      <Modal opened={opened} onClose={close} title="Block an address">
        <ServerForm onSubmit={onSubmit} problem={problem}>
          <Select
            label="Channel"
            data={[
              { value: 'email', label: 'Email' },
              { value: 'sms', label: 'SMS' },
            ]}
            allowDeselect={false}
            key={form.key('channel')}
            {...form.getInputProps('channel')}
          />
          <TextInput
            label="Address"
            description="An email address, or a phone number with its country code"
            required
            data-autofocus
            key={form.key('address')}
            {...form.getInputProps('address')}
          />
          <TextInput label="Reason" key={form.key('reason')} {...form.getInputProps('reason')} />
          <Button type="submit" loading={form.submitting}>
            Block
          </Button>
        </ServerForm>
      </Modal>
    </>
  )
}
