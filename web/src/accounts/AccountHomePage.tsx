import { Badge, Container, Group, Text, Title } from '@mantine/core'
import { useParams } from '@tanstack/react-router'
import { useRoleLabel } from '../access/catalog'
import { useMe } from '../app/session'

/** The account's first page: which account this is and how the user reaches it. */
export function AccountHomePage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/' })
  const roleLabel = useRoleLabel()
  const account = useMe().data?.accounts.find((a) => a.id === accountId)
  if (!account) {
    return (
      <Container size="md" py="xl">
        <Title order={1} size="h2">
          Not found
        </Title>
        <Text mt="sm">This account does not exist or you do not reach it.</Text>
      </Container>
    )
  }
  return (
    <Container size="md" py="md">
      <Title order={1} size="h2">
        {account.name}
      </Title>
      <Group gap="xs" mt="xs">
        <Badge variant="light">{roleLabel(account.role)}</Badge>
        <Text size="sm" c="dimmed">
          {account.via === 'member'
            ? 'You are a member of this account.'
            : account.via === 'cascade'
              ? 'You reach this account through a parent account.'
              : 'You reach this account through a connection.'}
        </Text>
      </Group>
    </Container>
  )
}
