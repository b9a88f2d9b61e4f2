import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { ConfirmButton, CopyValueButton, LoadError, TableHeader, Warning } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'
import { EVENT_CHOICES, type Webhook, type WebhookEvent, webhookState } from './events'

export const webhooksKey = (accountId: string) => ['webhooks', accountId]

/**
 * Webhooks (developer.webhooks): URLs that Chorus tells of events as they happen, each signed
 * with a secret shown once. Beside the API keys in the settings: both are for developers.
 */
export function WebhooksPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/webhooks' })
  const queryClient = useQueryClient()
  const [creating, { open, close }] = useDisclosure(false)
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null)
  const webhooks = useQuery({
    queryKey: webhooksKey(accountId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/webhooks', { params: { path: { accountId } } })),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhooksKey(accountId) })

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Webhooks
        </Title>
        <Button onClick={open}>Create a webhook</Button>
      </Group>
      <Text size="sm" c="dimmed">
        Chorus posts each event to the URL as it happens, signed as Standard Webhooks describes. A
        failed delivery is tried again for about three days.
      </Text>
      <LoadError error={webhooks.error} what="The webhooks" />
      {webhooks.data?.items.length === 0 && <Text>No webhook yet.</Text>}
      {(webhooks.data?.items.length ?? 0) > 0 && (
        <ScrollRegion label="Webhooks">
          <Table striped miw={760}>
            <TableHeader columns={['URL', 'Events', 'Status', 'Enabled', 'Actions']} />
            <Table.Tbody>
              {webhooks.data?.items.map((webhook) => (
                <WebhookRow
                  key={webhook.id}
                  accountId={accountId}
                  webhook={webhook}
                  onChanged={refresh}
                  onSecret={(value) => setSecret({ title: 'The new signing secret', value })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Modal opened={creating} onClose={close} title="Create a webhook" size="lg">
        <CreateWebhookForm
          accountId={accountId}
          onCreated={async (value) => {
            close()
            setSecret({ title: 'Your webhook’s signing secret', value })
            await refresh()
          }}
        />
      </Modal>
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={secret?.title}>
        <Stack>
          <Warning title="Copy it now">
            This is the only time the secret is shown. Your endpoint checks every delivery’s
            signature with it.
          </Warning>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {secret?.value}
          </Code>
          <Group justify="space-between">
            <CopyValueButton value={secret?.value ?? ''} label="the signing secret" />
            <Button onClick={() => setSecret(null)}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}

function WebhookRow({
  accountId,
  webhook,
  onChanged,
  onSecret,
}: {
  accountId: string
  webhook: Webhook
  onChanged: () => Promise<unknown>
  onSecret: (secret: string) => void
}) {
  const path = { accountId, webhookId: webhook.id }
  const [busy, setBusy] = useState(false)
  const state = webhookState(webhook)
  const act = async (what: () => Promise<void>) => {
    setBusy(true)
    try {
      await what()
      await onChanged()
    } catch (error) {
      notifications.show({ color: 'red', message: placeServerError(null, error) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Table.Tr>
      <Table.Td maw={320} style={{ wordBreak: 'break-all' }}>
        <AnchorLink
          to="/a/$accountId/settings/webhooks/$webhookId"
          params={{ accountId, webhookId: webhook.id }}
        >
          {webhook.url}
        </AnchorLink>
        {webhook.description && (
          <Text size="xs" c="dimmed">
            {webhook.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{webhook.events.join(', ')}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={state.color}>
          {state.label}
        </Badge>
        {webhook.disabledBecause && (
          <Text size="xs" c="dimmed" maw={240}>
            {webhook.disabledBecause}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`Enabled: ${webhook.url}`}
          checked={webhook.enabled}
          disabled={busy}
          onChange={(event) => {
            const enabled = event.currentTarget.checked
            void act(async () => {
              await unwrap(
                api.PATCH('/api/v1/accounts/{accountId}/webhooks/{webhookId}', {
                  params: { path },
                  body: { enabled },
                }),
              )
            })
          }}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <ConfirmButton
            label="Rotate secret"
            accessibleName={`Rotate secret of ${webhook.url}`}
            title="Rotate the signing secret?"
            confirmLabel="Rotate secret"
            act={() =>
              act(async () => {
                const rotated = await unwrap(
                  api.POST('/api/v1/accounts/{accountId}/webhooks/{webhookId}/rotate-secret', {
                    params: { path },
                  }),
                )
                onSecret(rotated.secret)
              })
            }
          >
            A new secret signs every delivery from now on. For 24 hours the old one signs beside it,
            so your endpoint can switch without missing a message.
          </ConfirmButton>
          <ConfirmButton
            label="Delete"
            accessibleName={`Delete ${webhook.url}`}
            title="Delete this webhook?"
            confirmLabel="Delete webhook"
            act={() =>
              act(async () => {
                await unwrap(
                  api.DELETE('/api/v1/accounts/{accountId}/webhooks/{webhookId}', {
                    params: { path },
                  }),
                )
              })
            }
          >
            Nothing more is sent to {webhook.url}, and its delivery log is deleted.
          </ConfirmButton>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}

function CreateWebhookForm({
  accountId,
  onCreated,
}: {
  accountId: string
  onCreated: (secret: string) => Promise<void>
}) {
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { url: 'https://', events: [] as WebhookEvent[], description: '' },
      validate: {
        url: (value) => (/^https?:\/\/\S+$/.test(value.trim()) ? null : 'Enter the URL to post to'),
        events: (value) => (value.length > 0 ? null : 'Choose at least one event'),
      },
    },
    async (values) => {
      const created = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/webhooks', {
          params: { path: { accountId } },
          body: { url: values.url.trim(), events: values.events, description: values.description },
        }),
      )
      await onCreated(created.secret)
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput
        of={form}
        name="url"
        label="URL"
        description="An https address that answers 2xx when it has the event"
        required
        data-autofocus
      />
      <Checkbox.Group
        label="Events"
        description="The events to send to this URL"
        required
        key={form.key('events')}
        {...form.getInputProps('events')}
      >
        <Stack gap={6} mt="xs">
          {EVENT_CHOICES.map((choice) => (
            <Checkbox
              key={choice.value}
              value={choice.value}
              label={
                <>
                  {choice.label} <Code>{choice.value}</Code>
                </>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label="Description"
        description="Optional: what this webhook is for"
        autosize
        minRows={2}
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <Button type="submit" loading={form.submitting}>
        Create webhook
      </Button>
    </ServerForm>
  )
}
