import { Alert, Group, Loader, Radio, Table, Text, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useAbilities, useRoleLabel } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { placeServerError } from '../auth/errors'
import { ScrollRegion } from '../ui/ScrollRegion'
import { type Member, ownGrant, VIA_LABELS } from './queries'

type TreeAccess =
  paths['/api/v1/accounts/{accountId}/members/{userId}/accounts']['get']['responses']['200']['content']['application/json']['items'][number]

/**
 * What a YES gives in another account of the tree: the grant the member has here (seed 002 copies
 * the user's settings); the Owner's own role never moves, so an Owner's copy is Admin.
 */
function grantToCopy(member: Member, accountId: string) {
  const grant = ownGrant(member, accountId) ?? member.paths[0] ?? member
  if (grant.role) return { role: grant.role === 'owner' ? 'admin' : grant.role }
  return { permissions: [...grant.permissions] }
}

/** Seed 002's Accounts tab: every account of the tree with YES or NO, saved at once. */
export function MemberAccounts({ accountId, member }: { accountId: string; member: Member }) {
  const queryClient = useQueryClient()
  const { may } = useAbilities(accountId)
  const roleLabel = useRoleLabel()
  const [errors, setErrors] = useState<Record<string, string | null>>({})
  // The answer clicked shows at once; the server's list replaces it when it comes back.
  const [pending, setPending] = useState<Record<string, 'yes' | 'no'>>({})
  const queryKey = ['member-accounts', accountId, member.userId]
  const tree = useQuery({
    queryKey,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/members/{userId}/accounts', {
          params: { path: { accountId, userId: member.userId } },
        }),
      ),
  })
  if (tree.isPending) return <Loader size="sm" aria-label="Loading the accounts" />
  if (tree.error) return <Alert color="red">The accounts could not be loaded.</Alert>

  const setAccess = async (other: TreeAccess, yes: boolean) => {
    setErrors((e) => ({ ...e, [other.id]: null }))
    setPending((p) => ({ ...p, [other.id]: yes ? 'yes' : 'no' }))
    const path = { accountId, userId: member.userId, otherAccountId: other.id }
    try {
      await unwrap(
        yes
          ? api.PUT('/api/v1/accounts/{accountId}/members/{userId}/accounts/{otherAccountId}', {
              params: { path },
              body: grantToCopy(member, accountId),
            })
          : api.DELETE('/api/v1/accounts/{accountId}/members/{userId}/accounts/{otherAccountId}', {
              params: { path },
            }),
      )
      notifications.show({
        color: 'green',
        message: `${member.name} ${yes ? 'can now use' : 'no longer has access to'} ${other.name}.`,
      })
    } catch (error) {
      setErrors((e) => ({ ...e, [other.id]: placeServerError(null, error) }))
    }
    await queryClient.invalidateQueries({ queryKey })
    await queryClient.invalidateQueries({ queryKey: ['members', accountId] })
    setPending(({ [other.id]: _settled, ...others }) => others)
  }

  return (
    <ScrollRegion label="Accounts">
      <Table miw={460} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>Access</Table.Th>
            <Table.Th>How</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tree.data.items.map((other) => (
            <Table.Tr key={other.id}>
              <Table.Td
                pl={`calc(var(--mantine-spacing-sm) + var(--mantine-spacing-md) * ${other.level - 1})`}
              >
                <Text size="sm" fw={other.level === 1 ? 600 : 400}>
                  {other.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Radio.Group
                  label={<VisuallyHidden>Access to {other.name}</VisuallyHidden>}
                  value={pending[other.id] ?? (other.via ? 'yes' : 'no')}
                  onChange={(answer) => setAccess(other, answer === 'yes')}
                  error={errors[other.id]}
                >
                  <Group gap="md">
                    {/* Access from a parent account or a connection is changed where it comes from. */}
                    {['yes', 'no'].map((answer) => (
                      <Radio
                        key={answer}
                        value={answer}
                        label={answer === 'yes' ? 'YES' : 'NO'}
                        disabled={
                          !may('users.manage') || (other.via !== null && other.via !== 'member')
                        }
                      />
                    ))}
                  </Group>
                </Radio.Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {other.via
                    ? `${VIA_LABELS[other.via] ?? other.via} · ${roleLabel(other.role)}`
                    : '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
