import { AppShell, Badge, Burger, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import {
  Outlet,
  useLocation,
  useNavigate,
  useParams,
  useRouteContext,
} from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { ApiError, api, unwrap } from '../api/client'
import { NavLinkTo } from '../ui/links'
import { AccountSwitcher } from './AccountSwitcher'
import { ColorSchemeToggle } from './ColorSchemeToggle'
import { accountNavigation } from './navigation'
import { meQuery, useMe } from './session'

/** The frame of every signed-in page: the account switcher, the user's menu, navigation. */
export function AppFrame() {
  const context = useRouteContext({ from: '/signed-in' })
  const me = useMe().data ?? context.me
  const { accountId } = useParams({ strict: false })
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false)
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  const signOut = async () => {
    try {
      await unwrap(api.POST('/api/v1/auth/logout'))
    } catch (error) {
      // Shown signed out only once the server has ended the session (or it had ended already).
      if (!(error instanceof ApiError && error.status === 401)) {
        notifications.show({ color: 'red', message: 'Signing out did not work; try again.' })
        return
      }
    }
    queryClient.setQueryData(meQuery.queryKey, null)
    // Away from the account first: cleared while its pages are mounted, their queries would ask
    // again, signed out (an account route answers 404 to a caller without a session).
    await navigate({ to: '/sign-in', search: {} })
    queryClient.clear()
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label="Navigation"
            />
            <Text fw={700} c="indigo" visibleFrom="xs">
              Chorus
            </Text>
            {me && <AccountSwitcher accounts={me.accounts} currentId={accountId} />}
          </Group>
          <Menu position="bottom-end" width={240}>
            <Menu.Target>
              <UnstyledButton aria-label={`Your menu, ${me?.user.name ?? ''}`}>
                <Text size="sm" fw={500} truncate="end" maw={160}>
                  {me?.user.name}
                </Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{me?.user.email}</Menu.Label>
              <Menu.Item closeMenuOnClick={false} component="div">
                <ColorSchemeToggle />
              </Menu.Item>
              <Menu.Item onClick={() => void navigate({ to: '/me/security' })}>
                My security
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => void signOut()}>Sign out</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {accountId && <AccountNavigation accountId={accountId} onNavigate={closeNav} />}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}

/** The account's pages the caller's abilities open; nothing the server would refuse is offered. */
function AccountNavigation({
  accountId,
  onNavigate,
}: {
  accountId: string
  onNavigate: () => void
}) {
  const { may } = useAbilities(accountId)
  const { pathname } = useLocation()
  const inSection = (section: readonly string[] = []) =>
    section.some((path) => pathname.startsWith(`/a/${accountId}${path}`))
  const permitted = accountNavigation.filter(
    (entry) => entry.permission === null || may(entry.permission),
  )
  // Entries with a condition of the installation are asked for it once they are permitted.
  const conditional = permitted.flatMap((entry) =>
    entry.shownWhen ? [{ entry, query: entry.shownWhen(accountId) }] : [],
  )
  const conditions = useQueries({ queries: conditional.map(({ query }) => query) })
  const unmet = new Set(
    conditional.filter((_, i) => conditions[i]?.data !== true).map(({ entry }) => entry),
  )
  const counted = permitted.flatMap((entry) =>
    entry.badge ? [{ entry, query: entry.badge(accountId) }] : [],
  )
  const counts = useQueries({ queries: counted.map(({ query }) => query) })
  const countOf = (entry: (typeof permitted)[number]) =>
    counts[counted.findIndex((c) => c.entry === entry)]?.data ?? 0
  return (
    <>
      {permitted
        .filter((entry) => !unmet.has(entry))
        .map((entry) => (
          <NavLinkTo
            key={entry.to}
            // The entries are paths of this router; the table keeps them as plain strings.
            to={entry.to as '/a/$accountId'}
            params={{ accountId }}
            label={entry.label}
            {...(countOf(entry) > 0
              ? {
                  rightSection: (
                    <Badge size="sm" circle aria-label={`${countOf(entry)} unread`}>
                      {countOf(entry)}
                    </Badge>
                  ),
                }
              : {})}
            onClick={onNavigate}
            activeOptions={{ exact: entry.to === '/a/$accountId' }}
            {...(inSection(entry.section) ? { active: true } : {})}
          />
        ))}
    </>
  )
}
