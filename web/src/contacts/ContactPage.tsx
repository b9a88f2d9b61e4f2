import {
  Alert,
  Button,
  Container,
  Group,
  Modal,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { paths } from '../api/schema'
import { ScrollRegion } from '../ui/ScrollRegion'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { fieldsQuery, groupsQuery, STATUS_LABELS } from './queries'

type VisibleContact =
  paths['/api/v1/accounts/{accountId}/contacts/{contactId}']['get']['responses']['200']['content']['application/json']
type OwnContact = Exclude<VisibleContact, { shared: true }>

function contactQuery(accountId: string, contactId: string) {
  return {
    queryKey: ['contacts', accountId, 'one', contactId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
          params: { path: { accountId, contactId } },
        }),
      ),
  }
}

const nameOf = (c: VisibleContact) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || c.phone || 'Contact'

/** Seed 004 "view contact details": fields, groups, tags, consent, history; edit and delete. */
export function ContactPage() {
  const { accountId, contactId } = useParams({
    from: '/signed-in/a/$accountId/contacts/$contactId',
  })
  const contact = useQuery(contactQuery(accountId, contactId))
  if (contact.error) {
    return (
      <Container size="lg" py="md">
        <Title order={1} size="h2">
          Contact
        </Title>
        <Alert color="red" role="alert" mt="md">
          {contact.error.message}
        </Alert>
      </Container>
    )
  }
  if (!contact.data) return null
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="md">
        {nameOf(contact.data)}
      </Title>
      {'shared' in contact.data ? (
        <SharedContact contact={contact.data} />
      ) : (
        <OwnContactView accountId={accountId} contact={contact.data} />
      )}
    </Container>
  )
}

/** A contact shared in by a parent account: its basic fields, read only (SPEC §4). */
function SharedContact({ contact }: { contact: Extract<VisibleContact, { shared: true }> }) {
  return (
    <Stack>
      <Alert color="blue">Shared in by a parent account: read only here.</Alert>
      <Details rows={basicRows(contact)} />
    </Stack>
  )
}

/** What any reader of the contact sees: its address, names and custom fields. */
function basicRows(contact: VisibleContact): Array<[string, string | null]> {
  return [
    ['Email', contact.email],
    ['Phone', contact.phone],
    ['First name', contact.firstName],
    ['Last name', contact.lastName],
    ...Object.entries(contact.fields).map(([k, v]): [string, string] => [k, stringOf(v)]),
  ]
}

function Details({ rows }: { rows: Array<[string, string | null | undefined]> }) {
  return (
    <Table variant="vertical" withTableBorder maw={600}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={180}>{label}</Table.Th>
            <Table.Td>{value || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function OwnContactView({ accountId, contact }: { accountId: string; contact: OwnContact }) {
  const { may } = useAbilities(accountId)
  return (
    <Stack gap="xl">
      <Subscription accountId={accountId} contact={contact} />
      {may('contacts.edit') ? (
        <EditContact accountId={accountId} contact={contact} />
      ) : (
        <Details rows={[...basicRows(contact), ['Tags', contact.tags.join(', ')]]} />
      )}
      <History accountId={accountId} contactId={contact.id} />
      {may('contacts.delete') && <DeleteContact accountId={accountId} contact={contact} />}
    </Stack>
  )
}

function useRefresh(accountId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['contacts', accountId] })
}

/** The subscription per channel; Resubscribe only for who holds contacts.resubscribe. */
function Subscription({ accountId, contact }: { accountId: string; contact: OwnContact }) {
  const { may } = useAbilities(accountId)
  const refresh = useRefresh(accountId)
  const [problem, setProblem] = useState<string | null>(null)
  const act = async (call: () => Promise<unknown>, message: string) => {
    setProblem(null)
    try {
      await call()
      notifications.show({ message, color: 'green' })
      await refresh()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  const path = { accountId, contactId: contact.id }
  const channels = [
    {
      channel: 'email' as const,
      label: 'Email',
      status: contact.emailStatus,
      address: contact.email,
    },
    { channel: 'sms' as const, label: 'SMS', status: contact.smsStatus, address: contact.phone },
  ]
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Subscription
      </Title>
      {problem && (
        <Alert color="red" role="alert" mb="sm">
          {problem}
        </Alert>
      )}
      <Stack gap="xs">
        {channels.map(({ channel, label, status, address }) => (
          <Group key={channel} justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Text size="sm" w={60}>
                {label}
              </Text>
              <Text size="sm" fw={600}>
                {STATUS_LABELS[status] ?? status}
              </Text>
              {status === 'pending' && (
                <Text size="xs" c="dimmed">
                  Double opt-in: the contact has not confirmed yet.
                </Text>
              )}
            </Group>
            {address && status !== 'unsubscribed' && may('contacts.edit') && (
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  act(
                    () =>
                      unwrap(
                        api.PATCH('/api/v1/accounts/{accountId}/contacts/{contactId}', {
                          params: { path },
                          body:
                            channel === 'email'
                              ? { emailStatus: 'unsubscribed' }
                              : { smsStatus: 'unsubscribed' },
                        }),
                      ),
                    `Unsubscribed from ${label}`,
                  )
                }
              >
                Unsubscribe from {label}
              </Button>
            )}
            {address && status === 'unsubscribed' && may('contacts.resubscribe') && (
              <Button
                size="xs"
                onClick={() =>
                  act(
                    () =>
                      unwrap(
                        api.POST('/api/v1/accounts/{accountId}/contacts/{contactId}/resubscribe', {
                          params: { path },
                          body: { channel },
                        }),
                      ),
                    `Resubscribed to ${label}`,
                  )
                }
              >
                Resubscribe to {label}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}

type EditValues = {
  email: string
  phone: string
  firstName: string
  lastName: string
  groupIds: string[]
  tags: string[]
} & Record<`field:${string}`, string>

type Field = { key: string; label: string; type: string }
type GroupOption = { id: string; name: string; shared: boolean }

/** The form once the account's fields and groups are known (they shape its values). */
function EditContact({ accountId, contact }: { accountId: string; contact: OwnContact }) {
  const fields = useQuery(fieldsQuery(accountId)).data?.items
  // Without groups.view the groups are not offered, and saving leaves them as they are.
  const seesGroups = useAbilities(accountId).may('groups.view')
  const groups = useQuery({ ...groupsQuery(accountId), enabled: seesGroups }).data?.items
  if (!fields || (seesGroups && !groups)) return null
  return <EditForm accountId={accountId} contact={contact} fields={fields} groups={groups} />
}

function EditForm({
  accountId,
  contact,
  fields,
  groups,
}: {
  accountId: string
  contact: OwnContact
  fields: Field[]
  groups: GroupOption[] | undefined
}) {
  const refresh = useRefresh(accountId)
  const fieldValues = Object.fromEntries(
    fields.map((f) => [`field:${f.key}`, stringOf(contact.fields[f.key])]),
  )
  const { form, problem, onSubmit } = useServerForm<EditValues>(
    {
      initialValues: {
        email: contact.email ?? '',
        phone: contact.phone ?? '',
        firstName: contact.firstName ?? '',
        lastName: contact.lastName ?? '',
        groupIds: contact.groupIds,
        tags: contact.tags,
        ...fieldValues,
      } as EditValues,
    },
    async (values) => {
      const custom = Object.fromEntries(
        fields.map((f) => [f.key, typedValue(f.type, values[`field:${f.key}`] ?? '')]),
      )
      await unwrap(
        api.PATCH('/api/v1/accounts/{accountId}/contacts/{contactId}', {
          params: { path: { accountId, contactId: contact.id } },
          body: {
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
            firstName: values.firstName.trim() || null,
            lastName: values.lastName.trim() || null,
            ...(groups ? { groupIds: values.groupIds } : {}),
            tags: values.tags,
            fields: custom,
          },
        }),
      )
      notifications.show({ message: 'Contact saved', color: 'green' })
      await refresh()
    },
  )
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Email" key={form.key('email')} {...form.getInputProps('email')} />
          <TextInput label="Phone" key={form.key('phone')} {...form.getInputProps('phone')} />
          <TextInput
            label="First name"
            key={form.key('firstName')}
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label="Last name"
            key={form.key('lastName')}
            {...form.getInputProps('lastName')}
          />
          {fields.map((f) => (
            <TextInput
              key={form.key(`field:${f.key}`)}
              label={f.label}
              description={
                f.type === 'date' ? 'YYYY-MM-DD' : f.type === 'text' ? undefined : f.type
              }
              {...form.getInputProps(`field:${f.key}`)}
            />
          ))}
        </SimpleGrid>
        {groups && (
          <MultiSelect
            label="Groups"
            data={groups.filter((g) => !g.shared).map((g) => ({ value: g.id, label: g.name }))}
            key={form.key('groupIds')}
            {...form.getInputProps('groupIds')}
          />
        )}
        <TagsInput label="Tags" key={form.key('tags')} {...form.getInputProps('tags')} />
        <Group>
          <Button type="submit">Save the contact</Button>
        </Group>
      </ServerForm>
    </Paper>
  )
}

function stringOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

/** A typed field's value from its text box; empty is no value. */
function typedValue(type: string, text: string): string | number | boolean | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (type === 'number' && !Number.isNaN(Number(trimmed))) return Number(trimmed)
  if (type === 'boolean' && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true'
  return trimmed
}

const HISTORY_LABELS: Record<string, string> = {
  sent: 'Sent',
  send_failed: 'Not sent',
  delivered: 'Delivered',
  opened: 'Opened',
  clicked: 'Clicked',
  bounced: 'Bounced',
  complained: 'Marked as spam',
  unsubscribed: 'Unsubscribed',
}

/** What the account's campaigns sent the contact and heard back (the owning account only). */
function History({ accountId, contactId }: { accountId: string; contactId: string }) {
  const history = useQuery({
    queryKey: ['contacts', accountId, 'history', contactId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/contacts/{contactId}/history', {
          params: { path: { accountId, contactId } },
        }),
      ),
  })
  const items = history.data?.items ?? []
  return (
    <section aria-labelledby="contact-history">
      <Title order={2} size="h4" mb="sm" id="contact-history">
        Email, SMS and bounce history
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing sent or received yet.
        </Text>
      ) : (
        <ScrollRegion label="History">
          <Table striped miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Campaign</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{new Date(entry.at).toLocaleString()}</Table.Td>
                  <Table.Td>{HISTORY_LABELS[entry.type] ?? entry.type}</Table.Td>
                  <Table.Td>
                    {entry.channel === 'sms' ? 'SMS' : entry.channel ? 'Email' : '—'}
                  </Table.Td>
                  <Table.Td>{stringOf(entry.details?.campaignName) || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </section>
  )
}

function DeleteContact({ accountId, contact }: { accountId: string; contact: OwnContact }) {
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const navigate = useNavigate()
  const refresh = useRefresh(accountId)
  const remove = async () => {
    try {
      await unwrap(
        api.DELETE('/api/v1/accounts/{accountId}/contacts/{contactId}', {
          params: { path: { accountId, contactId: contact.id } },
        }),
      )
      await refresh()
      notifications.show({ message: 'Contact deleted', color: 'green' })
      await navigate({ to: '/a/$accountId/contacts', params: { accountId } })
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <Group>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        Delete the contact
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Delete ${nameOf(contact)}`}>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Text size="sm">The contact and its history are deleted for good.</Text>
          <Button color="red" onClick={remove}>
            Delete the contact
          </Button>
        </Stack>
      </Modal>
    </Group>
  )
}
