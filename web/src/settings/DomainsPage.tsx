import { Badge, Box, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'
import { ConfirmButton, CopyValueButton, LoadError, when } from './common'

type Domain = Awaited<ReturnType<typeof listDomains>>['items'][number]

const listDomains = (accountId: string) =>
  unwrap(api.GET('/api/v1/accounts/{accountId}/domains', { params: { path: { accountId } } }))

const PURPOSE: Record<string, string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC' }

/** Sender domains (seed 004, SPEC): the records to publish, Verify, and the status. */
export function DomainsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/domains' })
  const domains = useQuery({
    queryKey: ['domains', accountId],
    queryFn: () => listDomains(accountId),
  })
  return (
    <Stack>
      <Title order={2} size="h3">
        Sender domains
      </Title>
      <Text size="sm" c="dimmed">
        Publish these TXT records at your DNS provider, then verify. Mail from a verified domain is
        signed (DKIM), and its addresses can be used as senders without a confirmation link.
      </Text>
      <AddDomainForm accountId={accountId} />
      <LoadError error={domains.error} what="The sender domains" />
      {domains.data?.items.length === 0 && <Text>No sender domain yet.</Text>}
      {domains.data?.items.map((domain) => (
        <DomainCard key={domain.id} accountId={accountId} domain={domain} />
      ))}
    </Stack>
  )
}

function AddDomainForm({ accountId }: { accountId: string }) {
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { domain: '' },
      validate: { domain: (value) => (value.trim() ? null : 'Enter a domain') },
    },
    async ({ domain }) => {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/domains', {
          params: { path: { accountId } },
          body: { domain },
        }),
      )
      form.reset()
      await queryClient.invalidateQueries({ queryKey: ['domains', accountId] })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <Group align="flex-end">
        <FormTextInput
          of={form}
          name="domain"
          label="Domain"
          placeholder="example.com"
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button type="submit" loading={form.submitting}>
          Add domain
        </Button>
      </Group>
    </ServerForm>
  )
}

function DomainCard({ accountId, domain }: { accountId: string; domain: Domain }) {
  const queryClient = useQueryClient()
  // What the last check found, record by record (only Verify's answer says).
  const [found, setFound] = useState<Record<string, boolean>>({})
  const [checking, setChecking] = useState(false)
  const path = { accountId, domainId: domain.id }
  const wasChecked = Object.keys(found).length > 0

  const verify = async () => {
    setChecking(true)
    try {
      const checked = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/domains/{domainId}/verify', { params: { path } }),
      )
      setFound(Object.fromEntries(checked.records.map((r) => [r.purpose, r.found])))
      notifications.show({
        color: checked.verified ? 'green' : 'yellow',
        message: checked.verified
          ? `${checked.domain} is verified.`
          : `The DKIM record of ${checked.domain} was not found yet; DNS changes can take a while.`,
      })
      await queryClient.invalidateQueries({ queryKey: ['domains', accountId] })
    } catch (error) {
      notifications.show({ color: 'red', message: placeServerError(null, error) })
    } finally {
      setChecking(false)
    }
  }

  return (
    <Card withBorder component="section" aria-label={domain.domain}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h4">
            {domain.domain}
          </Title>
          <Badge color={domain.verified ? 'green' : 'gray'} variant="dot">
            {domain.verified ? 'Verified' : 'Not verified'}
          </Badge>
        </Group>
        <Group gap="xs">
          <Button size="compact-sm" loading={checking} onClick={() => void verify()}>
            Verify
          </Button>
          <ConfirmButton
            label="Delete"
            accessibleName={`Delete ${domain.domain}`}
            title={`Delete ${domain.domain}?`}
            confirmLabel="Delete domain"
            act={async () => {
              await unwrap(
                api.DELETE('/api/v1/accounts/{accountId}/domains/{domainId}', { params: { path } }),
              )
              await queryClient.invalidateQueries({ queryKey: ['domains', accountId] })
            }}
          >
            Its signing key is deleted too; senders it verified need their confirmation link again.
          </ConfirmButton>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        Last checked: {when(domain.lastCheckedAt)}
      </Text>
      <Stack gap="md">
        {domain.records.map((record) => {
          const label = PURPOSE[record.purpose] ?? record.purpose
          const seen = found[record.purpose]
          return (
            <Box key={record.purpose}>
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={700}>
                  {label} ({record.type} record)
                </Text>
                {wasChecked && <Text size="sm">{seen ? 'Found' : 'Not found'}</Text>}
              </Group>
              <RecordField caption="Name" value={record.name} label={`${label} name`} />
              <RecordField caption="Value" value={record.value} label={`${label} value`} />
            </Box>
          )
        })}
      </Stack>
    </Card>
  )
}

/** One field of a DNS record, whole (a record copied in part does not work), with its copy button. */
function RecordField({ caption, value, label }: { caption: string; value: string; label: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" mb={4}>
      <Text size="sm" c="dimmed" w={48} style={{ flexShrink: 0 }}>
        {caption}
      </Text>
      <Code style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{value}</Code>
      <CopyValueButton value={value} label={label} />
    </Group>
  )
}
