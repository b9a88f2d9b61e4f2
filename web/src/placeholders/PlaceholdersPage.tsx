import {
  Alert,
  Button,
  Container,
  Group,
  Modal,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { DeleteDialog } from '../templates/DeleteDialog'
import { AnchorLink } from '../ui/links'
import { ItemButtons, ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'

type Placeholder =
  paths['/api/v1/accounts/{accountId}/placeholders/{placeholderId}']['get']['responses']['200']['content']['application/json']

const placeholdersQuery = (accountId: string, q: string) => ({
  queryKey: ['placeholders', accountId, q],
  queryFn: () =>
    unwrap(
      api.GET('/api/v1/accounts/{accountId}/placeholders', {
        params: { path: { accountId }, query: q ? { q } : {} },
      }),
    ).then((list) => list.items),
})

/** How a template or a campaign prints the placeholder. */
const usage = (name: string) => `{{ placeholder.${name} }}`

/** Seed 004 placeholders: named snippets with a default value, for templates and campaigns. */
export function PlaceholdersPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/placeholders' })
  const { may } = useAbilities(accountId)
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  const placeholders = useQuery({
    ...placeholdersQuery(accountId, q),
    placeholderData: keepPreviousData,
  })
  const [editing, setEditing] = useState<Placeholder | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Placeholder | null>(null)
  const close = () => setEditing(null)
  const queryClient = useQueryClient()
  const remove = async (placeholder: Placeholder) => {
    await unwrap(
      api.DELETE('/api/v1/accounts/{accountId}/placeholders/{placeholderId}', {
        params: { path: { accountId, placeholderId: placeholder.id } },
      }),
    )
    await queryClient.invalidateQueries({ queryKey: ['placeholders', accountId] })
  }

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Placeholders
        </Title>
        <Group gap="xs">
          <AnchorLink to="/a/$accountId/templates" params={{ accountId }} size="sm">
            Email templates
          </AnchorLink>
          {may('templates.manage') && (
            <Button onClick={() => setEditing('new')}>New placeholder</Button>
          )}
        </Group>
      </Group>
      <Text size="sm" mb="md">
        A placeholder is a named piece of text with a default value. Write{' '}
        <Text span ff="monospace">
          {usage('name')}
        </Text>{' '}
        in a template or a campaign to print it.
      </Text>
      {placeholders.error && (
        <Alert color="red" role="alert" mb="md">
          The placeholders could not be loaded.
        </Alert>
      )}
      <TextInput
        label="Search placeholders"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={280}
        mb="md"
      />
      <ResponsiveActionTable
        label="Placeholders"
        minWidth={640}
        columns={['Name', 'Default value', 'Description']}
        items={(placeholders.data ?? []).map((placeholder) => ({
          key: placeholder.id,
          cells: [
            <Text key="name" size="sm" ff="monospace">
              {usage(placeholder.name)}
            </Text>,
            <Text key="default" size="sm" lineClamp={2}>
              {placeholder.defaultValue}
            </Text>,
            <Text key="description" size="sm">
              {placeholder.description}
            </Text>,
          ],
          actions: (fullWidth) => (
            <ItemButtons fullWidth={fullWidth}>
              {placeholder.abilities.edit && (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={`Edit ${placeholder.name}`}
                  onClick={() => setEditing(placeholder)}
                >
                  Edit
                </Button>
              )}
              {placeholder.abilities.delete && (
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  aria-label={`Delete ${placeholder.name}`}
                  onClick={() => setDeleting(placeholder)}
                >
                  Delete
                </Button>
              )}
            </ItemButtons>
          ),
        }))}
      />
      {placeholders.data?.length === 0 && (
        <Text size="sm" mt="md">
          {q ? 'No placeholder matches the search.' : 'No placeholder yet.'}
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing === 'new' || editing === null ? 'New placeholder' : `Edit ${editing.name}`}
      >
        {editing !== null && (
          <PlaceholderForm
            accountId={accountId}
            placeholder={editing === 'new' ? null : editing}
            onDone={close}
          />
        )}
      </Modal>
      <DeleteDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        confirm="Delete the placeholder"
        remove={remove}
        explain={(placeholder) => (
          <>
            Templates and campaigns that use{' '}
            <Text span ff="monospace">
              {usage(placeholder.name)}
            </Text>{' '}
            will print nothing there.
          </>
        )}
      />
    </Container>
  )
}

function PlaceholderForm({
  accountId,
  placeholder,
  onDone,
}: {
  accountId: string
  placeholder: Placeholder | null
  onDone: () => void
}) {
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: {
        name: placeholder?.name ?? '',
        defaultValue: placeholder?.defaultValue ?? '',
        description: placeholder?.description ?? '',
      },
      validate: { name: (value: string) => (value.trim() ? null : 'Name the placeholder') },
    },
    async (values) => {
      if (placeholder) {
        await unwrap(
          api.PATCH('/api/v1/accounts/{accountId}/placeholders/{placeholderId}', {
            params: { path: { accountId, placeholderId: placeholder.id } },
            body: values,
          }),
        )
      } else {
        await unwrap(
          api.POST('/api/v1/accounts/{accountId}/placeholders', {
            params: { path: { accountId } },
            body: values,
          }),
        )
      }
      notifications.show({ color: 'green', message: `${values.name} is saved.` })
      await queryClient.invalidateQueries({ queryKey: ['placeholders', accountId] })
      onDone()
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput
        of={form}
        name="name"
        label="Name"
        description="Letters, digits and _, starting with a letter"
        data-autofocus
      />
      <Textarea
        label="Default value"
        autosize
        minRows={3}
        key={form.key('defaultValue')}
        {...form.getInputProps('defaultValue')}
      />
      <TextInput
        label="Description"
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <Button type="submit" loading={form.submitting}>
        Save the placeholder
      </Button>
    </ServerForm>
  )
}
