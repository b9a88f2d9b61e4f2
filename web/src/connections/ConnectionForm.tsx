import { Button, Select, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useCatalog } from '../access/catalog'
import { PermissionPicker } from '../access/PermissionPicker'
import { api, unwrap } from '../api/client'
import { emailAddress, ServerForm, useServerForm } from '../ui/ServerForm'

export const CUSTOM = 'custom'

/** The four connection roles of seed 000, or a custom set outside the admin areas. */
export function useConnectionRoles() {
  const catalog = useCatalog().data
  const roles = (catalog?.roles ?? [])
    .filter((role) => role.connection)
    .map((role) => ({ value: role.key as string, label: role.label }))
  const permissions = (catalog?.permissions ?? [])
    .filter((permission) => !permission.adminArea)
    .map((permission) => ({ value: permission.key, label: permission.label }))
  return { roles: [...roles, { value: CUSTOM, label: 'Custom permissions' }], permissions }
}

/** A role or a custom set, as the connection routes take it. */
export function grantOf(role: string, permissions: string[]) {
  return role === CUSTOM ? { permissions } : { role }
}

/** The end of the chosen day, in the user's time zone: access ends by itself then. */
function expiryOf(day: string): string | undefined {
  return day ? new Date(`${day}T23:59:59`).toISOString() : undefined
}

interface Values extends Record<string, unknown> {
  email: string
  role: string
  permissions: string[]
  expiresAt: string
}

/**
 * Access Others: apply with the role you ask for to the account of the person named.
 * Grant Access: let the person named into this account with the role you give.
 */
export function ConnectionForm({
  type,
  accountId,
  onDone,
}: {
  type: 'access_others' | 'grant_access'
  accountId: string
  onDone: () => void
}) {
  const queryClient = useQueryClient()
  const { roles, permissions } = useConnectionRoles()
  const applying = type === 'access_others'
  const { form, problem, onSubmit } = useServerForm<Values>(
    {
      initialValues: { email: '', role: 'collaborator', permissions: [], expiresAt: '' },
      validate: {
        email: emailAddress('Enter an email address'),
        permissions: (value, values) =>
          values.role === CUSTOM && value.length === 0 ? 'Choose at least one permission' : null,
      },
    },
    async ({ email, role, permissions: chosen, expiresAt }) => {
      await unwrap(
        api.POST('/api/v1/connections', {
          body: {
            type,
            email,
            ...(applying ? {} : { accountId }),
            ...grantOf(role, chosen),
            ...(expiresAt ? { expiresAt: expiryOf(expiresAt) } : {}),
          },
        }),
      )
      await queryClient.invalidateQueries({ queryKey: ['connections'] })
      notifications.show({
        color: 'green',
        message: applying
          ? `Your application is on its way. You will hear by email when it is decided.`
          : `If ${email} has a Chorus user, they can now enter this account; they are told by email.`,
      })
      onDone()
    },
  )
  const [custom, setCustom] = useState(false)
  form.watch('role', ({ value }) => setCustom(value === CUSTOM))
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <TextInput
        label={applying ? "The account owner's email" : 'Email of the person to let in'}
        description={
          applying
            ? 'You apply to access the account of the person with this email'
            : 'They enter this account with the role you choose'
        }
        type="email"
        required
        data-autofocus
        key={form.key('email')}
        {...form.getInputProps('email')}
      />
      <Select
        label={applying ? 'Your role in their account' : 'Their role in this account'}
        description="What the connection may do; you can only give what you hold yourself"
        required
        allowDeselect={false}
        data={roles}
        key={form.key('role')}
        {...form.getInputProps('role')}
      />
      {custom && (
        <PermissionPicker
          label="Permissions"
          description="Never account, billing, multi-user or developer settings"
          data={permissions}
          searchable
          key={form.key('permissions')}
          {...form.getInputProps('permissions')}
        />
      )}
      <TextInput
        label="Access ends on (optional)"
        type="date"
        key={form.key('expiresAt')}
        {...form.getInputProps('expiresAt')}
      />
      <Button type="submit" loading={form.submitting}>
        {applying ? 'Apply for access' : 'Grant access'}
      </Button>
    </ServerForm>
  )
}
