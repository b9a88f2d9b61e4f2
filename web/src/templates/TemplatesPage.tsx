import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Container,
  Group,
  Menu,
  Modal,
  Select,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Fragment, useState } from 'react'
import { useAbilities } from '../access/catalog'
import { ApiError, api, unwrap } from '../api/client'
import { sentence } from '../auth/errors'
import { showFailure } from '../ui/failure'
import { AnchorLink } from '../ui/links'
import { useOpenCreated } from '../ui/openCreated'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'
import { DeleteDialog } from './DeleteDialog'
import { categoriesQuery, downloadHtml, type Template, templatesQuery } from './queries'
import { TemplateShareDialog } from './TemplateShareDialog'

const CHANNEL_LABELS: Record<string, string> = { email: 'Email', sms: 'SMS' }

/** Seed 004 content management: the account's email templates and those shared in. */
export function TemplatesPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/templates' })
  const { may } = useAbilities(accountId)
  const [category, setCategory] = useState<string | null>(null)
  const [search, setSearch] = useState('')
  const [creating, setCreating] = useState(false)
  const [sharing, setSharing] = useState<Template | null>(null)
  const [deleting, setDeleting] = useState<Template | null>(null)
  const [noTesters, setNoTesters] = useState<string | null>(null)
  const templates = useQuery(templatesQuery(accountId, category))
  const categories = useQuery(categoriesQuery(accountId))
  const shown = (templates.data ?? []).filter((t) =>
    t.name.toLowerCase().includes(search.trim().toLowerCase()),
  )

  const queryClient = useQueryClient()
  const remove = async (template: Template) => {
    await unwrap(
      api.DELETE('/api/v1/accounts/{accountId}/templates/{templateId}', {
        params: { path: { accountId, templateId: template.id } },
      }),
    )
    notifications.show({ color: 'green', message: `${template.name} is deleted.` })
    await queryClient.invalidateQueries({ queryKey: ['templates', accountId] })
  }

  const sendTest = async (template: Template) => {
    setNoTesters(null)
    try {
      const result = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/templates/{templateId}/test', {
          params: { path: { accountId, templateId: template.id } },
        }),
      )
      notifications.show({
        color: 'green',
        message: `A test of ${template.name} went to ${result.sent} tester${result.sent === 1 ? '' : 's'}.`,
      })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'no_testers') setNoTesters(error.message)
      else showFailure(error)
    }
  }

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Email templates
        </Title>
        <Group gap="xs">
          <AnchorLink to="/a/$accountId/placeholders" params={{ accountId }} size="sm">
            Placeholders
          </AnchorLink>
          {may('templates.manage') && (
            <Button onClick={() => setCreating(true)}>New template</Button>
          )}
        </Group>
      </Group>
      {noTesters && (
        <Alert color="red" role="alert" mb="md">
          <Text size="sm" fw={600}>
            No test recipient
          </Text>
          <Text size="sm">{sentence(noTesters)}.</Text>
          {may('testers.manage') && (
            <AnchorLink to="/a/$accountId/settings/testers" params={{ accountId }} size="sm">
              Add testers
            </AnchorLink>
          )}
        </Alert>
      )}
      {templates.error && (
        <Alert color="red" role="alert" mb="md">
          The templates could not be loaded.
        </Alert>
      )}
      <Group mb="md" align="end">
        <TextInput
          label="Search templates"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
        <Select
          label="Category"
          placeholder="All categories"
          data={categories.data ?? []}
          value={category}
          onChange={setCategory}
          clearable
          w={220}
        />
      </Group>
      <ResponsiveActionTable
        label="Email templates"
        minWidth={640}
        columns={['Name', 'Category', 'Channel', 'Updated']}
        items={shown.map((template) => ({
          key: template.id,
          cells: [
            <Fragment key="name">
              <AnchorLink
                to="/a/$accountId/templates/$templateId"
                params={{ accountId, templateId: template.id }}
                size="sm"
                fw={500}
              >
                {template.name}
              </AnchorLink>
              {template.shared && (
                <Badge ml="xs" color="gray.7">
                  Shared with this account · read only
                </Badge>
              )}
            </Fragment>,
            template.category ?? '—',
            CHANNEL_LABELS[template.channel] ?? template.channel,
            new Date(template.updatedAt).toLocaleDateString(),
          ],
          actions: () => (
            <TemplateMenu
              template={template}
              canTest={may('templates.manage')}
              onShare={() => setSharing(template)}
              onDelete={() => setDeleting(template)}
              onTest={() => void sendTest(template)}
            />
          ),
        }))}
      />
      {templates.isSuccess && shown.length === 0 && (
        <Text size="sm" mt="md">
          No template here yet.
        </Text>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New template">
        <CreateTemplateForm accountId={accountId} categories={categories.data ?? []} />
      </Modal>
      <Modal
        opened={sharing !== null}
        onClose={() => setSharing(null)}
        title={`Share ${sharing?.name ?? ''}`}
      >
        {sharing && <TemplateShareDialog accountId={accountId} template={sharing} />}
      </Modal>
      <DeleteDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        confirm="Delete the template"
        remove={remove}
        explain={() =>
          'The template is deleted, and sub-accounts it is shared with no longer see it.'
        }
      />
    </Container>
  )
}

function TemplateMenu({
  template,
  canTest,
  onShare,
  onDelete,
  onTest,
}: {
  template: Template
  canTest: boolean
  onShare: () => void
  onDelete: () => void
  onTest: () => void
}) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={`Actions for ${template.name}`}>
          Actions
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => downloadHtml(template)}>Export HTML</Menu.Item>
        {canTest && template.channel === 'email' && (
          <Menu.Item onClick={onTest}>Send a test email</Menu.Item>
        )}
        {template.abilities.share && (
          <Menu.Item onClick={onShare}>Share with sub-accounts</Menu.Item>
        )}
        {template.abilities.delete && (
          <Menu.Item color="red" onClick={onDelete}>
            Delete
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}

function CreateTemplateForm({
  accountId,
  categories,
}: {
  accountId: string
  categories: string[]
}) {
  const openCreated = useOpenCreated(['templates', accountId])
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { name: '', category: '' },
      validate: { name: (value: string) => (value.trim() ? null : 'Name the template') },
    },
    async (values) => {
      const created = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/templates', {
          params: { path: { accountId } },
          body: { name: values.name, category: values.category || null },
        }),
      )
      await openCreated({
        to: '/a/$accountId/templates/$templateId',
        params: { accountId, templateId: created.id },
      })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput of={form} name="name" label="Template name" data-autofocus />
      <Autocomplete
        label="Category"
        description="Pick one or type a new one"
        data={categories}
        key={form.key('category')}
        {...form.getInputProps('category')}
      />
      <Button type="submit" loading={form.submitting}>
        Create the template
      </Button>
    </ServerForm>
  )
}
