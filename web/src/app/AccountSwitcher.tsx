import {
  Badge,
  Button,
  Group,
  Popover,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useNavigate } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useRoleLabel } from '../access/catalog'
import { asTree } from '../accounts/tree'
import {
  CreateAccountButtons,
  CreateAccountModal,
  type Creation,
} from '../subaccounts/CreateAccount'
import classes from './AccountSwitcher.module.css'
import type { ReachableAccount } from './session'

const HOW: Record<string, string> = {
  member: 'member',
  cascade: 'from a parent account',
  connection: 'connection',
}

/** Always in the header: the account being worked in, and every other one the user reaches. */
export function AccountSwitcher({
  accounts,
  currentId,
}: {
  accounts: readonly ReachableAccount[]
  currentId: string | undefined
}) {
  const [opened, { close, toggle }] = useDisclosure(false)
  const roleLabel = useRoleLabel()
  const [query, setQuery] = useState('')
  const [creation, setCreation] = useState<Creation | null>(null)
  const navigate = useNavigate()
  const current = accounts.find((a) => a.id === currentId)
  const placed = useMemo(() => asTree(accounts), [accounts])
  const shown = query.trim()
    ? placed.filter(({ account }) =>
        account.name.toLowerCase().includes(query.trim().toLowerCase()),
      )
    : placed

  const choose = (accountId: string) => {
    close()
    setQuery('')
    void navigate({ to: '/a/$accountId', params: { accountId } })
  }

  return (
    <>
      <CreateAccountModal creation={creation} onClose={() => setCreation(null)} />
      <Popover
        opened={opened}
        onChange={(open) => !open && close()}
        position="bottom-start"
        width={340}
        shadow="md"
        trapFocus
      >
        <Popover.Target>
          <Button
            variant="default"
            onClick={toggle}
            aria-haspopup="dialog"
            aria-expanded={opened}
            maw={260}
          >
            <Text truncate="end" size="sm" fw={600}>
              {current?.name ?? 'Choose an account'}
            </Text>
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-label="Switch account">
          <Stack gap="xs">
            <TextInput
              label="Search accounts"
              placeholder="Account name"
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              data-autofocus
            />
            <ScrollArea.Autosize mah={360}>
              <Stack gap={2} component="ul" className={classes.list}>
                {shown.map(({ account, depth }) => (
                  <li key={account.id}>
                    <UnstyledButton
                      className={classes.item}
                      data-active={account.id === currentId || undefined}
                      style={{
                        paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${depth} * 1rem)`,
                      }}
                      onClick={() => choose(account.id)}
                      aria-current={account.id === currentId ? 'page' : undefined}
                    >
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm" truncate="end">
                          {account.name}
                        </Text>
                        <Group gap={4} wrap="nowrap">
                          <Badge size="xs" variant="light">
                            {roleLabel(account.role)}
                          </Badge>
                          <Badge size="xs" variant="outline" color="gray">
                            {HOW[account.via] ?? account.via}
                          </Badge>
                        </Group>
                      </Group>
                    </UnstyledButton>
                  </li>
                ))}
                {shown.length === 0 && (
                  <Text size="sm" c="dimmed" component="li">
                    No account matches.
                  </Text>
                )}
              </Stack>
            </ScrollArea.Autosize>
            <CreateAccountButtons
              currentId={currentId}
              onChoose={(chosen) => {
                close()
                setCreation(chosen)
              }}
            />
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </>
  )
}
