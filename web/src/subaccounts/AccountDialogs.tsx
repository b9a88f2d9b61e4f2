import { Button, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { type ReachableAccount, refreshMe } from '../app/session'
import { NameForm } from '../ui/NameForm'
import { ServerForm, useServerForm } from '../ui/ServerForm'

export interface AccountDialog {
  kind: 'rename' | 'delete' | 'credits'
  account: ReachableAccount
}

const TITLES: Record<AccountDialog['kind'], (name: string) => string> = {
  rename: (name) => `Rename ${name}`,
  delete: (name) => `Delete ${name}`,
  credits: (name) => `Allocate credits to ${name}`,
}

/** Rename, delete or fund one sub-account; the server decides each. */
export function AccountDialogs({
  dialog,
  onClose,
}: {
  dialog: AccountDialog | null
  onClose: () => void
}) {
  const queryClient = useQueryClient()
  const done = async (message: string) => {
    await refreshMe(queryClient)
    notifications.show({ color: 'green', message })
    onClose()
  }
  return (
    <Modal
      opened={dialog !== null}
      onClose={onClose}
      title={dialog ? TITLES[dialog.kind](dialog.account.name) : ''}
    >
      {dialog?.kind === 'rename' && <RenameForm account={dialog.account} onDone={done} />}
      {dialog?.kind === 'delete' && <DeleteForm account={dialog.account} onDone={done} />}
      {dialog?.kind === 'credits' && <CreditsForm account={dialog.account} onDone={done} />}
    </Modal>
  )
}

type Done = (message: string) => Promise<void>
const path = (account: ReachableAccount) => ({ params: { path: { accountId: account.id } } })

function RenameForm({ account, onDone }: { account: ReachableAccount; onDone: Done }) {
  const rename = async (name: string) => {
    await unwrap(api.PATCH('/api/v1/accounts/{accountId}', { ...path(account), body: { name } }))
    await onDone(`The account is now called ${name}.`)
  }
  return (
    <NameForm
      label="Account name"
      initial={account.name}
      submit="Save"
      missing="Name the account"
      onSubmit={rename}
    />
  )
}

/** Deleting takes the sub-accounts below with it: the name is typed to confirm. */
function DeleteForm({ account, onDone }: { account: ReachableAccount; onDone: Done }) {
  const [typed, setTyped] = useState('')
  const { form, problem, onSubmit } = useServerForm({ initialValues: {} }, async () => {
    await unwrap(api.DELETE('/api/v1/accounts/{accountId}', path(account)))
    await onDone(`${account.name} is deleted.`)
  })
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <Text size="sm">
        {account.name} and every sub-account below it are deleted with their contacts, groups and
        campaigns. This cannot be undone.
      </Text>
      <TextInput
        label={`Type ${account.name} to confirm`}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        data-autofocus
        autoComplete="off"
      />
      <Button type="submit" color="red" disabled={typed !== account.name} loading={form.submitting}>
        Delete the account
      </Button>
    </ServerForm>
  )
}

/** Seed 003: credits move from the parent's balance to the sub-account. */
function CreditsForm({ account, onDone }: { account: ReachableAccount; onDone: Done }) {
  const parentId = account.parentId ?? ''
  const { may } = useAbilities(parentId)
  const balance = useQuery({
    queryKey: ['credits', parentId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/credits', {
          params: { path: { accountId: parentId } },
        }),
      ),
    enabled: may('billing.manage'),
  })
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { channel: 'email' as 'email' | 'sms', amount: 100 as number | string },
      validate: {
        amount: (value) => (Number(value) >= 1 ? null : 'Allocate at least one credit'),
      },
    },
    async ({ channel, amount }) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/credits/top-up', {
          ...path(account),
          body: { channel, amount: Number(amount) },
        }),
      )
      await onDone(`${amount} ${channel === 'email' ? 'email' : 'SMS'} credits allocated.`)
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      {balance.data && (
        <Text size="sm">
          Available in the account above: {String(balance.data.email)} email,{' '}
          {String(balance.data.sms)} SMS credits.
        </Text>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="credit-channel">
          Credits
        </Text>
        <SegmentedControl
          aria-labelledby="credit-channel"
          data={[
            { value: 'email', label: 'Email' },
            { value: 'sms', label: 'SMS' },
          ]}
          key={form.key('channel')}
          {...form.getInputProps('channel')}
        />
      </Stack>
      <NumberInput
        label="Amount"
        min={1}
        max={10_000_000}
        allowDecimal={false}
        data-autofocus
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <Button type="submit" loading={form.submitting}>
        Allocate
      </Button>
    </ServerForm>
  )
}
