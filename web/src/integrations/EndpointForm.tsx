import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { ApiError, api, unwrap } from '../api/client'
import { sentence } from '../auth/errors'
import { useOwnGroups } from '../groups/ownGroups'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { type InboundEndpoint, STANDARD_TARGETS } from './queries'

type Created = InboundEndpoint & { url: string }

type Values = {
  name: string
  kind: 'contacts' | 'events'
  mapping: { fields: Array<{ from: string; to: string }>; eventName: string; keyPath: string }
  groupId: string | null
  tags: string[]
}

const INITIAL: Values = {
  name: '',
  kind: 'contacts',
  mapping: { fields: [{ from: 'email', to: 'email' }], eventName: '', keyPath: '' },
  groupId: null,
  tags: [],
}

function useTargets(accountId: string) {
  const fields = useQuery({
    queryKey: ['fields', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/fields', { params: { path: { accountId } } })),
  })
  return [
    ...STANDARD_TARGETS,
    ...(fields.data?.items ?? []).map((f) => ({ value: `fields.${f.key}`, label: f.label })),
  ]
}

/** The form's values for an endpoint being edited (all of it but its kind, which stays). */
function valuesOf(endpoint: InboundEndpoint): Values {
  return {
    name: endpoint.name,
    kind: endpoint.kind,
    mapping: {
      fields: endpoint.mapping.fields.map(({ from, to }) => ({ from, to })),
      eventName: endpoint.mapping.eventName ?? '',
      keyPath: endpoint.mapping.keyPath ?? '',
    },
    groupId: endpoint.groupId,
    tags: endpoint.tags,
  }
}

/**
 * The settings to send. An event name read from a posted key (set through the API; the form
 * has no control for it) is kept unless a fixed name replaces it.
 */
function settingsOf(values: Values, eventNamePath: string | null) {
  const events = values.kind === 'events'
  const eventName = events ? values.mapping.eventName.trim() || null : null
  return {
    name: values.name,
    mapping: {
      fields: values.mapping.fields.filter((f) => f.from.trim() || f.to),
      eventName,
      eventNamePath: events && !eventName ? eventNamePath : null,
      keyPath: events ? values.mapping.keyPath.trim() || null : null,
    },
    groupId: values.groupId,
    tags: values.tags,
  }
}

type Purpose =
  | { endpoint?: undefined; onCreated: (created: Created) => Promise<void> }
  | { endpoint: InboundEndpoint; onSaved: (saved: InboundEndpoint) => Promise<void> }

/** Creates the endpoint, or saves the one being edited, and hands the answer on. */
async function save(accountId: string, purpose: Purpose, values: Values) {
  if (purpose.endpoint === undefined) {
    const body = { ...settingsOf(values, null), kind: values.kind }
    const created = await unwrap(
      api.POST('/api/v1/accounts/{accountId}/integrations/inbound', {
        params: { path: { accountId } },
        body,
      }),
    )
    return purpose.onCreated(created)
  }
  const { endpoint } = purpose
  const saved = await unwrap(
    api.PATCH('/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}', {
      params: { path: { accountId, inboundId: endpoint.id } },
      body: settingsOf(values, endpoint.mapping.eventNamePath),
    }),
  )
  return purpose.onSaved(saved)
}

/**
 * An inbound endpoint's settings — what kind of posts it takes (chosen once, at creation), and
 * the mapping editor: one row per posted key and the contact field it fills. Serves both the
 * create dialog and editing on the endpoint's page; a refusal lands on the row it names.
 */
export function EndpointForm({ accountId, ...purpose }: { accountId: string } & Purpose) {
  const editing = purpose.endpoint !== undefined
  const targets = useTargets(accountId)
  const groups = useOwnGroups(accountId)
  const { form, problem, onSubmit } = useServerForm<Values>(
    {
      mode: 'controlled',
      initialValues: purpose.endpoint ? valuesOf(purpose.endpoint) : INITIAL,
      validate: { name: (value) => (value.trim() ? null : 'Name the endpoint') },
    },
    async (values) => {
      try {
        await save(accountId, purpose, values)
      } catch (error) {
        // Refusals inside the mapping name a row (mapping.fields.2.to): shown on that control.
        if (error instanceof ApiError && error.field && /^(mapping|groupId)/.test(error.field)) {
          form.setFieldError(error.field, sentence(error.message))
          return
        }
        throw error
      }
    },
  )
  const values = form.getValues()
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <TextInput
        required
        label="Name"
        description="Which system posts here, e.g. Shop orders"
        data-autofocus
        {...form.getInputProps('name')}
      />
      {!editing && (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="inbound-kind-label">
            Each post
          </Text>
          <SegmentedControl
            aria-labelledby="inbound-kind-label"
            data={[
              { value: 'contacts', label: 'Adds a contact' },
              { value: 'events', label: 'Records an event' },
            ]}
            {...form.getInputProps('kind')}
          />
        </Stack>
      )}
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          Mapping: posted key → contact field
        </Text>
        <Text size="xs" c="dimmed">
          Dotted keys reach into nested JSON, e.g. customer.email. A post never overwrites what a
          contact already has; it fills what is empty.
        </Text>
        {values.mapping.fields.map((row, index) => (
          <Group key={form.key(`mapping.fields.${index}`)} align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={`Posted key ${index + 1}`}
              placeholder="customer.email"
              {...form.getInputProps(`mapping.fields.${index}.from`)}
            />
            <Select
              style={{ flex: 1 }}
              label={`Contact field ${index + 1}`}
              data={targets}
              allowDeselect={false}
              {...form.getInputProps(`mapping.fields.${index}.to`)}
            />
            <ActionIcon
              variant="default"
              mt={26}
              size="lg"
              aria-label={`Remove row ${index + 1}${row.from ? ` (${row.from})` : ''}`}
              onClick={() => form.removeListItem('mapping.fields', index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {form.errors['mapping.fields'] && (
          <Text size="sm" c="red" role="alert">
            {form.errors['mapping.fields']}
          </Text>
        )}
        <Button
          variant="default"
          w="fit-content"
          onClick={() => form.insertListItem('mapping.fields', { from: '', to: 'firstName' })}
        >
          Add a row
        </Button>
      </Stack>
      {values.kind === 'events' && (
        <>
          <TextInput
            required
            label="Event name"
            description="Programs start on it, e.g. order_placed"
            {...form.getInputProps('mapping.eventName')}
          />
          <TextInput
            label="Key path"
            description="The posted key that makes an event count once, e.g. order.id"
            {...form.getInputProps('mapping.keyPath')}
          />
        </>
      )}
      <Select
        clearable
        label="Add contacts to a group"
        placeholder="No group"
        data={groups}
        {...form.getInputProps('groupId')}
      />
      <TagsInput label="Tag contacts with" {...form.getInputProps('tags')} />
      <Button type="submit" loading={form.submitting}>
        {editing ? 'Save changes' : 'Create endpoint'}
      </Button>
    </ServerForm>
  )
}
