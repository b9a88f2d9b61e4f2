import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Loader,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities, useCatalog, useRoleLabel } from '../access/catalog'
import { type Grant, PermissionMatrix } from '../access/PermissionMatrix'
import { usePathWords } from '../access/paths'
import { WhyButton } from '../access/WhyButton'
import { api, unwrap } from '../api/client'
import { sentence } from '../auth/errors'
import { AnchorLink } from '../ui/links'
import { MemberAccounts } from './MemberAccounts'
import { type Member, membersQuery, ownGrant } from './queries'
import { grantRefusal, type Refusal } from './refusals'

/** Seed 002: one member's settings, with the Accounts tab and the Permissions tab. */
export function MemberPage() {
  const { accountId, userId } = useParams({ from: '/signed-in/a/$accountId/members/$userId' })
  const members = useQuery(membersQuery(accountId))
  const member = members.data?.items.find((m) => m.userId === userId)
  const roleLabel = useRoleLabel()

  if (members.isPending) return <Loader m="xl" aria-label="Loading the member" />
  if (!member) {
    return (
      <Container size="lg" py="md">
        <Alert color="red" role="alert" title="No such member">
          This person has no access to this account, or you cannot see them.
        </Alert>
      </Container>
    )
  }
  return (
    <Container size="lg" py="md">
      <AnchorLink to="/a/$accountId/members" params={{ accountId }} size="sm">
        ← Members
      </AnchorLink>
      <Group justify="space-between" mt="xs" mb="md" wrap="wrap">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {member.name}
          </Title>
          <Text size="sm" c="dimmed">
            {member.email}
          </Text>
        </Stack>
        <Badge variant="light" size="lg">
          {roleLabel(member.role)}
        </Badge>
      </Group>
      <Tabs defaultValue="accounts" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="accounts">Accounts</Tabs.Tab>
          <Tabs.Tab value="permissions">Permissions</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="accounts" pt="md">
          <MemberAccounts accountId={accountId} member={member} />
        </Tabs.Panel>
        <Tabs.Panel value="permissions" pt="md">
          <MemberPermissions accountId={accountId} member={member} />
        </Tabs.Panel>
      </Tabs>
    </Container>
  )
}

function MemberPermissions({ accountId, member }: { accountId: string; member: Member }) {
  const catalog = useCatalog().data
  const { may } = useAbilities(accountId)
  const queryClient = useQueryClient()
  const words = usePathWords()
  const own = ownGrant(member, accountId)
  const [grant, setGrant] = useState<Grant>(
    own ?? { role: member.role, permissions: [...member.permissions] },
  )
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [saving, setSaving] = useState(false)
  if (!catalog) return <Loader size="sm" aria-label="Loading the permissions" />

  const canEdit = may('users.manage') && member.abilities.edit.allowed && own !== null
  const save = async () => {
    setSaving(true)
    setRefusal(null)
    try {
      const changed = await unwrap(
        api.PATCH('/api/v1/accounts/{accountId}/members/{userId}', {
          params: { path: { accountId, userId: member.userId } },
          body: grant.role ? { role: grant.role } : { permissions: grant.permissions },
        }),
      )
      // What the caller may still do to them is in the answer: shown at once, before the re-read.
      queryClient.setQueryData(membersQuery(accountId).queryKey, (list?: { items: Member[] }) =>
        list
          ? {
              ...list,
              items: list.items.map((m) =>
                m.userId === changed.userId ? { ...m, abilities: changed.abilities } : m,
              ),
            }
          : list,
      )
      await queryClient.invalidateQueries({ queryKey: ['members', accountId] })
      notifications.show({ color: 'green', message: `${member.name}’s permissions are saved.` })
    } catch (error) {
      setRefusal(grantRefusal(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Stack>
      {!member.abilities.edit.allowed && (
        <Alert color="gray" title="You cannot change these permissions">
          {sentence(member.abilities.edit.reason)}.
        </Alert>
      )}
      {member.abilities.edit.allowed && own === null && (
        <Alert color="gray" title="Their access here comes from elsewhere">
          {member.paths.map(words).join('; ')}. Change it where it comes from.
        </Alert>
      )}
      <PermissionMatrix
        catalog={catalog}
        value={grant}
        onChange={(next) => {
          setGrant(next)
          setRefusal(null)
        }}
        errors={refusal?.byPermission}
        roleError={refusal?.onRole}
        disabled={!canEdit}
        beside={(permission) => (
          <WhyButton
            accountId={accountId}
            userId={member.userId}
            permission={permission}
            who={member.name}
          />
        )}
      />
      {refusal?.message && (
        <Alert color="red" role="alert">
          {refusal.message}
        </Alert>
      )}
      {canEdit && (
        <Group>
          <Button onClick={save} loading={saving}>
            SAVE
          </Button>
        </Group>
      )}
    </Stack>
  )
}
