import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities, useCatalog, useRoleLabel } from '../access/catalog'
import { type Grant, PermissionMatrix } from '../access/PermissionMatrix'
import { api, unwrap } from '../api/client'
import { useMe } from '../app/session'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { emailAddress, ServerForm, useServerForm } from '../ui/ServerForm'
import { membersQuery, VIA_LABELS } from './queries'
import { grantRefusal, type Refusal } from './refusals'

function invitationsQuery(accountId: string) {
  return {
    queryKey: ['invitations', accountId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/invitations', { params: { path: { accountId } } }),
      ),
  }
}

/** Seed 004: who works in the account, with their role, how they reach it and their 2FA. */
export function MembersPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/members' })
  const { may } = useAbilities(accountId)
  const roleLabel = useRoleLabel()
  const members = useQuery(membersQuery(accountId))
  const canManage = may('users.manage')
  const invitations = useQuery({ ...invitationsQuery(accountId), enabled: canManage })
  const [inviting, { open, close }] = useDisclosure(false)
  const accounts = useMe().data?.accounts ?? []
  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? 'another account'
  const showsSecurity = members.data?.items.some((m) => m.twoFactorEnabled !== undefined)

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Members
        </Title>
        {canManage && <Button onClick={open}>Invite someone</Button>}
      </Group>
      {members.error && (
        <Alert color="red" role="alert">
          The members could not be loaded.
        </Alert>
      )}
      <ScrollRegion label="Members">
        <Table striped highlightOnHover miw={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Access</Table.Th>
              {showsSecurity && <Table.Th>2FA</Table.Th>}
              {showsSecurity && <Table.Th>Last sign-in</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data?.items.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>
                  <AnchorLink
                    to="/a/$accountId/members/$userId"
                    params={{ accountId, userId: member.userId }}
                    size="sm"
                    fw={500}
                  >
                    {member.name}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{roleLabel(member.role)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {VIA_LABELS[member.via] ?? member.via}
                    {member.fromAccountId !== accountId &&
                      ` (${accountName(member.fromAccountId)})`}
                  </Text>
                </Table.Td>
                {showsSecurity && (
                  <Table.Td>
                    <Badge color={member.twoFactorEnabled ? 'green' : 'gray'} variant="light">
                      {member.twoFactorEnabled ? 'On' : 'Off'}
                    </Badge>
                  </Table.Td>
                )}
                {showsSecurity && (
                  <Table.Td>
                    <Text size="sm">
                      {member.lastSignInAt
                        ? new Date(member.lastSignInAt).toLocaleString()
                        : 'Never'}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {canManage && (invitations.data?.items.length ?? 0) > 0 && (
        <Stack mt="xl" gap="xs">
          <Title order={2} size="h4">
            Open invitations
          </Title>
          {invitations.data?.items.map((invitation) => (
            <Group key={invitation.id} justify="space-between">
              <Text size="sm">
                {invitation.email} · {roleLabel(invitation.role)}
              </Text>
              <Text size="xs" c="dimmed">
                until {new Date(invitation.expiresAt).toLocaleDateString()}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={inviting} onClose={close} title="Invite someone" size="xl">
        <InviteForm accountId={accountId} onDone={close} />
      </Modal>
    </Container>
  )
}

type InviteKind = 'role' | 'custom'

function InviteForm({ accountId, onDone }: { accountId: string; onDone: () => void }) {
  const queryClient = useQueryClient()
  const catalog = useCatalog().data
  const roles = (catalog?.roles ?? []).filter((role) => role.key !== 'owner')
  const [kind, setKind] = useState<InviteKind>('role')
  const [custom, setCustom] = useState<Grant>({ role: null, permissions: [] })
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { email: '', role: 'author' },
      validate: {
        email: emailAddress('Enter an email address'),
        role: (value) => (kind === 'custom' || value ? null : 'Choose a role'),
      },
    },
    async ({ email, role }) => {
      setRefusal(null)
      const grant = kind === 'custom' ? { permissions: custom.permissions } : { role }
      try {
        await unwrap(
          api.POST('/api/v1/accounts/{accountId}/invitations', {
            params: { path: { accountId } },
            body: { email, ...grant },
          }),
        )
      } catch (error) {
        // A refusal that names a permission belongs on that permission's Yes/No.
        const placed = kind === 'custom' ? grantRefusal(error) : null
        if (!placed?.byPermission) throw error
        setRefusal(placed)
        return
      }
      await queryClient.invalidateQueries({ queryKey: ['invitations', accountId] })
      notifications.show({ color: 'green', message: `An invitation is on its way to ${email}.` })
      onDone()
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem ?? refusal?.message ?? null}>
      <TextInput
        label="Email"
        type="email"
        required
        data-autofocus
        key={form.key('email')}
        {...form.getInputProps('email')}
      />
      <Radio.Group
        label="What they may do"
        description="You can only give what you hold yourself"
        value={kind}
        onChange={(value) => setKind(value as InviteKind)}
      >
        <Group gap="lg" mt={4}>
          <Radio value="role" label="A preset role" />
          <Radio value="custom" label="Custom permissions" />
        </Group>
      </Radio.Group>
      {kind === 'role' ? (
        <Select
          label="Role"
          required
          allowDeselect={false}
          data={roles.map((role) => ({ value: role.key, label: role.label }))}
          key={form.key('role')}
          {...form.getInputProps('role')}
        />
      ) : (
        catalog && (
          <PermissionMatrix
            catalog={catalog}
            value={custom}
            onChange={(next) => {
              setCustom(next)
              setRefusal(null)
            }}
            errors={refusal?.byPermission}
          />
        )
      )}
      <Button type="submit" loading={form.submitting}>
        Send the invitation
      </Button>
    </ServerForm>
  )
}
