import { Alert, Badge, Button, Container, Group, Menu, Text, Title } from '@mantine/core'
import { useParams } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useAbilities } from '../access/catalog'
import { asTree } from '../accounts/tree'
import { type ReachableAccount, useMe } from '../app/session'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { type AccountDialog, AccountDialogs } from './AccountDialogs'
import { CreateAccountModal, type Creation, DEEPEST_LEVEL } from './CreateAccount'
import { withDescendants } from './descendants'

/**
 * Seed 003: the account's sub-accounts as a tree, to level 5; create, rename, delete (typed
 * confirmation) and allocate credits from this account's balance.
 */
export function SubaccountsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/subaccounts' })
  const me = useMe().data
  const { may } = useAbilities(accountId)
  const tree = useMemo(
    () => asTree(withDescendants(me?.accounts ?? [], accountId)),
    [me, accountId],
  )
  const [creation, setCreation] = useState<Creation | null>(null)
  const [dialog, setDialog] = useState<AccountDialog | null>(null)
  const root = tree[0]?.account

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Sub-accounts
        </Title>
        {root && root.level < DEEPEST_LEVEL && may('subaccounts.manage') && (
          <Button onClick={() => setCreation({ kind: 'subaccount', parentId: accountId })}>
            Create sub-account
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md" maw={640}>
        Sub-accounts nest up to five levels. Each has its own contacts, campaigns and credits;
        credits are allocated from the account above.
      </Text>
      {tree.length <= 1 ? (
        <Alert color="gray">This account has no sub-accounts yet.</Alert>
      ) : (
        <ResponsiveActionTable
          label="Sub-accounts"
          minWidth={480}
          columns={['Account', 'Level']}
          items={tree.slice(1).map(({ account, depth }) => ({
            key: account.id,
            cells: [
              // The tree's indent: in the table the cell's own padding counts towards it.
              <Text
                key="name"
                size="sm"
                fw={500}
                ms={`calc(${depth} * 1.25rem - var(--mantine-spacing-xs))`}
              >
                {account.name}
              </Text>,
              <Badge key="level" variant="light">
                Level {account.level}
              </Badge>,
            ],
            actions: () => (
              <AccountActions
                account={account}
                onCreate={() => setCreation({ kind: 'subaccount', parentId: account.id })}
                onDialog={(kind) => setDialog({ kind, account })}
              />
            ),
          }))}
        />
      )}
      <CreateAccountModal creation={creation} onClose={() => setCreation(null)} />
      <AccountDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </Container>
  )
}

/** What the user may do to one sub-account, as their abilities there say. */
function AccountActions({
  account,
  onCreate,
  onDialog,
}: {
  account: ReachableAccount
  onCreate: () => void
  onDialog: (kind: AccountDialog['kind']) => void
}) {
  const { may } = useAbilities(account.id)
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={`Actions for ${account.name}`}>
          Actions
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {account.level < DEEPEST_LEVEL && may('subaccounts.manage') && (
          <Menu.Item onClick={onCreate}>Create sub-account</Menu.Item>
        )}
        {may('account.manage') && <Menu.Item onClick={() => onDialog('rename')}>Rename</Menu.Item>}
        {may('billing.manage') && (
          <Menu.Item onClick={() => onDialog('credits')}>Allocate credits</Menu.Item>
        )}
        {may('subaccounts.manage') && (
          <Menu.Item onClick={() => onDialog('delete')}>Delete</Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}
