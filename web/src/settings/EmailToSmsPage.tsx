import {
  Button,
  NumberInput,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { LoadError } from './common'

type Settings = Awaited<ReturnType<typeof loadSettings>>

const loadSettings = (accountId: string) =>
  unwrap(api.GET('/api/v1/accounts/{accountId}/email-to-sms', { params: { path: { accountId } } }))

/**
 * Seed 003's Email to SMS settings (account.manage): members email a number at the inbound domain
 * from an allowed address and the text goes out as an SMS from the account's sender, with its
 * credits; an SMS answer comes back by email to that address.
 */
export function EmailToSmsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/email-to-sms' })
  const settings = useQuery({
    queryKey: ['email-to-sms', accountId],
    queryFn: () => loadSettings(accountId),
  })
  return (
    <Stack maw={560}>
      <Title order={2} size="h3">
        Email to SMS
      </Title>
      <Text size="sm">
        Members send an SMS by emailing the phone number at the inbound domain, for example{' '}
        <Text span ff="monospace" size="sm">
          +33612345678@…
        </Text>
        , from an allowed address. The email’s text goes out from the account’s SMS sender and costs
        SMS credits; an answer to it comes back by email to the address that sent it, and is kept in
        the inbox.
      </Text>
      <LoadError error={settings.error} what="The Email to SMS settings" />
      {settings.data && <EmailToSmsForm accountId={accountId} settings={settings.data} />}
    </Stack>
  )
}

function EmailToSmsForm({ accountId, settings }: { accountId: string; settings: Settings }) {
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: {
        enabled: settings.enabled,
        sender: settings.sender ?? '',
        maxParts: settings.maxParts,
        allowedAddresses: settings.allowedAddresses,
      },
    },
    async (values) => {
      const saved = await unwrap(
        api.PUT('/api/v1/accounts/{accountId}/email-to-sms', {
          params: { path: { accountId } },
          body: { ...values, sender: values.sender.trim() || null },
        }),
      )
      queryClient.setQueryData(['email-to-sms', accountId], saved)
      notifications.show({ color: 'green', message: 'The Email to SMS settings are saved.' })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <Switch
        label="Turn on Email to SMS"
        key={form.key('enabled')}
        {...form.getInputProps('enabled', { type: 'checkbox' })}
      />
      {/* Needed only while Email to SMS is on: the server says so on this field. */}
      <TextInput
        label="SMS sender"
        description="The number (E.164) or name of up to 11 letters and digits the texts come from"
        key={form.key('sender')}
        {...form.getInputProps('sender')}
      />
      <NumberInput
        label="Maximum SMS parts per email"
        description="A longer text is refused; each part costs one SMS credit"
        min={1}
        max={10}
        allowDecimal={false}
        key={form.key('maxParts')}
        {...form.getInputProps('maxParts')}
      />
      <TagsInput
        label="Allowed sender addresses"
        description={
          settings.memberAddresses.length > 0
            ? 'Choose members’ addresses or type any other, then press Enter'
            : 'Type an address, then press Enter'
        }
        data={settings.memberAddresses}
        clearable
        key={form.key('allowedAddresses')}
        {...form.getInputProps('allowedAddresses')}
      />
      <Button type="submit" loading={form.submitting} w="fit-content">
        Save
      </Button>
    </ServerForm>
  )
}
