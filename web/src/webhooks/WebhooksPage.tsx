import {
  Badge,
  Box,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Fragment, useState } from 'react'
import { api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { ConfirmButton, CopyValueButton, LoadError, Warning } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { type ActionItem, ItemButtons, ResponsiveActionTable } from '../ui/ResponsiveActionTable'
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
        <ResponsiveActionTable
          label="Webhooks"
          minWidth={760}
          columns={['URL', 'Events', 'Status', 'Enabled']}
          items={(webhooks.data?.items ?? []).map((webhook) =>
            webhookItem(accountId, webhook, refresh, (value) =>
              setSecret({ title: 'The new signing secret', value }),
            ),
          )}
        />
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

/** Runs a change to a webhook, then shows the list as the server has it, or its refusal. */
async function change(what: () => Promise<void>, onChanged: () => Promise<unknown>) {
  try {
    await what()
    await onChanged()
  } catch (error) {
    notifications.show({ color: 'red', message: placeServerError(null, error) })
  }
}

function webhookItem(
  accountId: string,
  webhook: Webhook,
  onChanged: () => Promise<unknown>,
  onSecret: (secret: string) => void,
): ActionItem {
  const path = { accountId, webhookId: webhook.id }
  const state = webhookState(webhook)
  return {
    key: webhook.id,
    cells: [
      <Box key="url" maw={320} style={{ wordBreak: 'break-all' }}>
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
      </Box>,
      <Text key="events" size="sm">
        {webhook.events.join(', ')}
      </Text>,
      <Fragment key="status">
        <Badge variant="dot" color={state.color}>
          {state.label}
        </Badge>
        {webhook.disabledBecause && (
          <Text size="xs" c="dimmed" maw={240}>
            {webhook.disabledBecause}
          </Text>
        )}
      </Fragment>,
      <EnabledSwitch key="enabled" accountId={accountId} webhook={webhook} onChanged={onChanged} />,
    ],
    actions: (fullWidth) => (
      <ItemButtons fullWidth={fullWidth}>
        <ConfirmButton
          label="Rotate secret"
          accessibleName={`Rotate secret of ${webhook.url}`}
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          act={() =>
            change(async () => {
              const rotated = await unwrap(
                api.POST('/api/v1/accounts/{accountId}/webhooks/{webhookId}/rotate-secret', {
                  params: { path },
                }),
              )
              onSecret(rotated.secret)
            }, onChanged)
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
            change(async () => {
              await unwrap(
                api.DELETE('/api/v1/accounts/{accountId}/webhooks/{webhookId}', {
                  params: { path },
                }),
              )
            }, onChanged)
          }
        >
          Nothing more is sent to {webhook.url}, and its delivery log is deleted.
        </ConfirmButton>
      </ItemButtons>
    ),
  }
}

/** On or off; not touched again until the server has answered the last change. */
function EnabledSwitch({
  accountId,
  webhook,
  onChanged,
}: {
  accountId: string
  webhook: Webhook
  onChanged: () => Promise<unknown>
}) {
  const [busy, setBusy] = useState(false)
  return (
    <Switch
      aria-label={`Enabled: ${webhook.url}`}
      checked={webhook.enabled}
      disabled={busy}
      onChange={(event) => {
        const enabled = event.currentTarget.checked
        setBusy(true)
        void change(async () => {
          await unwrap(
            api.PATCH('/api/v1/accounts/{accountId}/webhooks/{webhookId}', {
              params: { path: { accountId, webhookId: webhook.id } },
              body: { enabled },
            }),
          )
        }, onChanged).finally(() => setBusy(false))
      }}
    />
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
