import { Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities, useCatalog } from '../access/catalog'
import { PermissionPicker } from '../access/PermissionPicker'
import { api, unwrap } from '../api/client'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'
import { ConfirmButton, CopyValueButton, LoadError, Warning, when } from './common'

/** API keys (SPEC §2): each carries a subset of its creator's permissions; the secret shows once. */
export function ApiKeysPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/api-keys' })
  const queryClient = useQueryClient()
  const [creating, { open, close }] = useDisclosure(false)
  const [secret, setSecret] = useState<string | null>(null)
  const keys = useQuery({
    queryKey: ['api-keys', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/api-keys', { params: { path: { accountId } } })),
  })
  const labelOf = usePermissionLabel()
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys', accountId] })

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          API keys
        </Title>
        <Button onClick={open}>Create an API key</Button>
      </Group>
      <Text size="sm" c="dimmed">
        A key can do only what its permissions allow, and never more than its creator may do now.
      </Text>
      <LoadError error={keys.error} what="The API keys" />
      {keys.data?.items.length === 0 && <Text>No API key yet.</Text>}
      {(keys.data?.items.length ?? 0) > 0 && (
        <ResponsiveActionTable
          label="API keys"
          minWidth={640}
          columns={['Name', 'Permissions', 'Created', 'Last used']}
          items={(keys.data?.items ?? []).map((key) => ({
            key: key.id,
            cells: [
              key.name,
              <Text key="permissions" size="sm">
                {key.permissions.map(labelOf).join(', ')}
              </Text>,
              when(key.createdAt),
              when(key.lastUsedAt),
            ],
            actions: () => (
              <ConfirmButton
                label="Revoke"
                accessibleName={`Revoke ${key.name}`}
                title={`Revoke ${key.name}?`}
                confirmLabel="Revoke key"
                act={async () => {
                  await unwrap(
                    api.DELETE('/api/v1/accounts/{accountId}/api-keys/{keyId}', {
                      params: { path: { accountId, keyId: key.id } },
                    }),
                  )
                  await refresh()
                }}
              >
                Programs using this key stop working at once.
              </ConfirmButton>
            ),
          }))}
        />
      )}
      <Modal opened={creating} onClose={close} title="Create an API key">
        <CreateKeyForm
          accountId={accountId}
          onCreated={async (key) => {
            close()
            setSecret(key)
            await refresh()
          }}
        />
      </Modal>
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title="Your new API key">
        <Stack>
          <Warning title="Copy it now">
            This is the only time the key is shown. Keep it somewhere safe: anyone who has it can
            act with its permissions.
          </Warning>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {secret}
          </Code>
          <Group justify="space-between">
            <CopyValueButton value={secret ?? ''} label="the API key" />
            <Button onClick={() => setSecret(null)}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}

function usePermissionLabel() {
  const catalog = useCatalog().data
  return (key: string) => catalog?.permissions.find((p) => p.key === key)?.label ?? key
}

function CreateKeyForm({
  accountId,
  onCreated,
}: {
  accountId: string
  onCreated: (key: string) => Promise<void>
}) {
  const catalog = useCatalog().data
  const held = new Set(useAbilities(accountId).abilities?.permissions ?? [])
  // Only what the caller holds can be given to a key (the server refuses the rest).
  const choices = (catalog?.areas ?? [])
    .map((area) => ({
      group: area.label,
      items: (catalog?.permissions ?? [])
        .filter((p) => p.area === area.key && held.has(p.key))
        .map((p) => ({ value: p.key, label: p.label })),
    }))
    .filter((group) => group.items.length > 0)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { name: '', permissions: [] as string[] },
      validate: {
        name: (value) => (value.trim() ? null : 'Name the key'),
        permissions: (value) => (value.length > 0 ? null : 'Choose at least one permission'),
      },
    },
    async (body) => {
      const created = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/api-keys', {
          params: { path: { accountId } },
          body,
        }),
      )
      await onCreated(created.key)
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput
        of={form}
        name="name"
        label="Name"
        description="What the key is for, e.g. the program that uses it"
        data-autofocus
      />
      <PermissionPicker
        label="Permissions"
        description="You can only give what you hold yourself"
        required
        searchable
        data={choices}
        key={form.key('permissions')}
        {...form.getInputProps('permissions')}
      />
      <Button type="submit" loading={form.submitting}>
        Create key
      </Button>
    </ServerForm>
  )
}
