import { Anchor, Button, Select, Stack, Switch, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { refreshMe } from '../app/session'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'
import { LoadError } from './common'

const accountQuery = (accountId: string) => ({
  queryKey: ['account', accountId],
  queryFn: () =>
    unwrap(api.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId } } })),
})

/**
 * Seed 004: the account's name, whether its members (and those below) must use 2FA, its time
 * zone (the clock of programs' dated triggers and waits) and its language (the words Chorus puts
 * on its public pages: sign-up forms).
 */
export function AccountSettingsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/account' })
  const account = useQuery(accountQuery(accountId))
  const { may } = useAbilities(accountId)
  return (
    <Stack maw={520}>
      <Title order={2} size="h3">
        Account
      </Title>
      <LoadError error={account.error} what="The account" />
      {account.data &&
        (may('account.manage') ? (
          <AccountForm accountId={accountId} account={account.data.account} />
        ) : (
          <>
            <Text>{account.data.account.name}</Text>
            <Text size="sm" c="dimmed">
              Two-factor authentication is{' '}
              {account.data.account.requireTwoFactor ? 'required' : 'not required'} for members. The
              time zone is {account.data.account.timeZone}. Public pages are in{' '}
              {LANGUAGE_NAMES[account.data.account.language]}. Changing these settings needs the
              account settings permission.
            </Text>
          </>
        ))}
    </Stack>
  )
}

function AccountForm({
  accountId,
  account,
}: {
  accountId: string
  account: { name: string; requireTwoFactor: boolean; timeZone: string; language: Language }
}) {
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: {
        name: account.name,
        requireTwoFactor: account.requireTwoFactor,
        timeZone: account.timeZone,
        language: account.language,
      },
      validate: { name: (value) => (value.trim() ? null : 'Enter a name') },
    },
    async (values) => {
      await unwrap(
        api.PATCH('/api/v1/accounts/{accountId}', {
          params: { path: { accountId } },
          body: values,
        }),
      )
      await queryClient.invalidateQueries({ queryKey: ['account', accountId] })
      await refreshMe(queryClient)
      notifications.show({ color: 'green', message: 'The account settings are saved.' })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput of={form} name="name" label="Account name" />
      <Switch
        label="Require two-factor authentication"
        description="Members of this account and of its sub-accounts must turn on 2FA to work here"
        key={form.key('requireTwoFactor')}
        {...form.getInputProps('requireTwoFactor', { type: 'checkbox' })}
      />
      <TimeZoneSelect form={form} saved={account.timeZone} />
      <Select
        label="Language of public pages"
        description="The words Chorus puts on your sign-up forms (the button, messages, the thank-you page). Labels and texts you write are shown as you write them."
        data={LANGUAGES}
        allowDeselect={false}
        key={form.key('language')}
        {...form.getInputProps('language')}
      />
      <Button type="submit" loading={form.submitting} w="fit-content">
        Save
      </Button>
    </ServerForm>
  )
}

type Language =
  paths['/api/v1/accounts/{accountId}']['get']['responses']['200']['content']['application/json']['account']['language']

/** Each language by its own name, as a speaker of it looks for it. */
const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
}
const LANGUAGES = Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({ value, label }))

/** Every zone the browser knows; "UTC" (the default) is not among Intl's canonical names. */
function timeZones(current: string) {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')]
  return zones.includes(current) ? zones : [current, ...zones]
}

/**
 * A searchable list of zones bound to the form. The browser's own zone is offered next to the
 * saved one, never chosen on the user's behalf.
 */
function TimeZoneSelect({ form, saved }: { form: TimeZoneForm; saved: string }) {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  return (
    <Select
      label="Time zone"
      description={
        <>
          Programs run on this clock (birthdays, “wait until 9:00”) unless a contact has a time zone
          of their own.
          {browserZone !== saved && (
            <>
              {' '}
              Your browser is in {browserZone}:{' '}
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => form.setFieldValue('timeZone', browserZone)}
              >
                use it
              </Anchor>
            </>
          )}
        </>
      }
      data={timeZones(saved)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No such time zone"
      limit={100}
      key={form.key('timeZone')}
      {...form.getInputProps('timeZone')}
    />
  )
}

interface TimeZoneForm {
  key(path: 'timeZone'): string
  getInputProps(path: 'timeZone'): object
  setFieldValue(path: 'timeZone', value: string): void
}
