import { Button, Group, Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { refreshMe, useMe } from '../app/session'
import { NameForm } from '../ui/NameForm'

/** The deepest level an account may be at (SPEC: five levels). */
export const DEEPEST_LEVEL = 5

export type Creation = { kind: 'account' } | { kind: 'subaccount'; parentId: string }

/** The switcher's two ways to add an account: a new top-level one, or one below the current. */
export function CreateAccountButtons({
  currentId,
  onChoose,
}: {
  currentId: string | undefined
  onChoose: (creation: Creation) => void
}) {
  const { may } = useAbilities(currentId ?? '')
  const current = useMe().data?.accounts.find((a) => a.id === currentId)
  const mayNest =
    current && current.level < DEEPEST_LEVEL && may('subaccounts.manage') ? current : undefined
  return (
    <Group gap="xs" grow>
      <Button size="xs" variant="default" onClick={() => onChoose({ kind: 'account' })}>
        Create account
      </Button>
      {mayNest && (
        <Button
          size="xs"
          variant="default"
          onClick={() => onChoose({ kind: 'subaccount', parentId: mayNest.id })}
        >
          Create sub-account
        </Button>
      )}
    </Group>
  )
}

/** Names the new account; the user then works in it. */
export function CreateAccountModal({
  creation,
  onClose,
}: {
  creation: Creation | null
  onClose: () => void
}) {
  const parent = useMe().data?.accounts.find(
    (a) => creation?.kind === 'subaccount' && a.id === creation.parentId,
  )
  const title =
    creation?.kind === 'subaccount' ? `New sub-account of ${parent?.name}` : 'New account'
  return (
    <Modal opened={creation !== null} onClose={onClose} title={title}>
      {creation && <CreateAccountForm creation={creation} onDone={onClose} />}
    </Modal>
  )
}

function CreateAccountForm({ creation, onDone }: { creation: Creation; onDone: () => void }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const create = async (name: string) => {
    const account = await unwrap(
      creation.kind === 'subaccount'
        ? api.POST('/api/v1/accounts/{accountId}/subaccounts', {
            params: { path: { accountId: creation.parentId } },
            body: { name },
          })
        : api.POST('/api/v1/accounts', { body: { name } }),
    )
    await refreshMe(queryClient)
    notifications.show({ color: 'green', message: `${account.name} is created.` })
    onDone()
    await navigate({ to: '/a/$accountId', params: { accountId: account.id } })
  }
  return (
    <NameForm label="Account name" submit="Create" missing="Name the account" onSubmit={create} />
  )
}
