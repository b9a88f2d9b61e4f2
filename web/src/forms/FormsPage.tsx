import {
  Badge,
  Box,
  Button,
  Container,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { LoadError } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { type AccountForm, formsQuery } from './queries'

type Kind = AccountForm['kind']

const KINDS: Record<Kind, { name: string; create: string; example: string }> = {
  signup: {
    name: 'Sign-up',
    create: 'Create a sign-up form',
    example: 'Shown as the page’s title, e.g. Join our newsletter',
  },
  survey: {
    name: 'Survey',
    create: 'Create a survey',
    example: 'Shown as the page’s title, e.g. How did we do?',
  },
}

/** A form's submissions as the list counts them: sign-ups, or a survey's responses. */
function submissions(form: AccountForm) {
  const n = form.counts.submissions
  if (form.kind === 'survey') return n === 1 ? '1 response' : `${n} responses`
  return n === 1 ? '1 sign-up' : `${n} sign-ups`
}

/** The account's sign-up forms and surveys with their counts (seed 002 "Surveys, pages, and forms"). */
export function FormsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/forms' })
  const forms = useQuery(formsQuery(accountId))
  const [creating, { open, close }] = useDisclosure(false)
  const [kind, setKind] = useState<Kind>('signup')
  const create = (chosen: Kind) => {
    setKind(chosen)
    open()
  }
  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="xs">
        <Title order={1} size="h2">
          Forms
        </Title>
        <Group gap="xs">
          <Button onClick={() => create('signup')}>{KINDS.signup.create}</Button>
          <Button variant="default" onClick={() => create('survey')}>
            {KINDS.survey.create}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" mb="lg">
        Sign-up forms add the people who fill them in to your contacts, with their consent: on a
        page Chorus hosts, or embedded in your own site. A survey does too, and asks its questions;
        its results count the answers.
      </Text>
      <LoadError error={forms.error} what="The forms" />
      {forms.data?.items.length === 0 && <Text>No form yet.</Text>}
      {(forms.data?.items.length ?? 0) > 0 && (
        <ResponsiveActionTable
          label="Forms"
          minWidth={860}
          columns={[
            'Name',
            'Type',
            'Status',
            'Views',
            'Submissions',
            'Confirmed',
            'Held for review',
          ]}
          actions={false}
          items={(forms.data?.items ?? []).map((form) => ({
            key: form.id,
            cells: [
              <AnchorLink
                key="name"
                to="/a/$accountId/forms/$formId"
                params={{ accountId, formId: form.id }}
              >
                {form.name}
              </AnchorLink>,
              <Text key="kind" size="sm" style={{ whiteSpace: 'nowrap' }}>
                {KINDS[form.kind].name}
              </Text>,
              // A badge shrinks to an ellipsis in a tight table: its column keeps its width.
              <Box key="status" miw={120}>
                <StatusBadge status={form.status} />
              </Box>,
              form.counts.views,
              <Text key="submissions" size="sm" style={{ whiteSpace: 'nowrap' }}>
                {submissions(form)}
              </Text>,
              form.counts.confirmations,
              form.counts.held,
            ],
            actions: () => null,
          }))}
        />
      )}
      <Modal opened={creating} onClose={close} title={KINDS[kind].create}>
        <CreateForm accountId={accountId} kind={kind} />
      </Modal>
    </Container>
  )
}

export function StatusBadge({ status }: { status: 'draft' | 'published' }) {
  return (
    <Badge color={status === 'published' ? 'green' : 'gray'} variant="dot">
      {status === 'published' ? 'Published' : 'Draft'}
    </Badge>
  )
}

function CreateForm({ accountId, kind }: { accountId: string; kind: Kind }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm<{ name: string }>(
    {
      initialValues: { name: '' },
      validate: { name: (value) => (value.trim() ? null : 'Name the form') },
    },
    async (values) => {
      const created = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/forms', {
          params: { path: { accountId } },
          body: { kind, name: values.name },
        }),
      )
      await queryClient.invalidateQueries({ queryKey: ['forms', accountId] })
      await navigate({
        to: '/a/$accountId/forms/$formId',
        params: { accountId, formId: created.id },
      })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <Stack>
        <TextInput
          required
          data-autofocus
          label="Name"
          description={KINDS[kind].example}
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Button type="submit" loading={form.submitting}>
          {kind === 'survey' ? 'Create survey' : 'Create form'}
        </Button>
      </Stack>
    </ServerForm>
  )
}
