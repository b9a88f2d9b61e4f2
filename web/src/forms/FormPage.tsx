import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  Code,
  Container,
  Group,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Table,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { ApiError, api, unwrap } from '../api/client'
import { sentence } from '../auth/errors'
import { useOwnGroups } from '../groups/ownGroups'
import { ConfirmButton, CopyValueButton, LoadError, TableHeader, when } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { StatusBadge } from './FormsPage'
import { QuestionsEditor } from './QuestionsEditor'
import {
  type AccountForm,
  embedQuery,
  type FormFieldRow,
  formQuery,
  heldQuery,
  STANDARD_FIELDS,
} from './queries'
import {
  controlOf,
  type QuestionRow,
  questionProblems,
  questionRow,
  questionsBody,
} from './questions'

// Only a survey has results: a sign-up form's page does not load the charts.
const SurveyResults = lazy(() =>
  import('./SurveyResults').then((module) => ({ default: module.SurveyResults })),
)

/**
 * One form: its settings, the page and embed code, and what waits for a review; a survey also
 * has its questions among the settings and its results.
 */
export function FormPage() {
  const { accountId, formId } = useParams({ from: '/signed-in/a/$accountId/forms/$formId' })
  const form = useQuery(formQuery(accountId, formId))
  return (
    <Container size="lg" py="md">
      <AnchorLink to="/a/$accountId/forms" params={{ accountId }} size="sm">
        ← Forms
      </AnchorLink>
      <LoadError error={form.error} what="The form" />
      {form.data && (
        <Stack gap="xl" mt="xs">
          <Group justify="space-between">
            <Title order={1} size="h2">
              {form.data.name}
            </Title>
            <StatusBadge status={form.data.status} />
          </Group>
          <Text size="sm">
            {form.data.counts.views} views · {form.data.counts.submissions}{' '}
            {submissionsName(form.data)} · {form.data.counts.confirmations} confirmed ·{' '}
            {form.data.counts.held} held for review
          </Text>
          {form.data.kind === 'survey' && (
            <Suspense>
              <SurveyResults accountId={accountId} form={form.data} />
            </Suspense>
          )}
          <FormSettings accountId={accountId} form={form.data} key={form.data.updatedAt} />
          <PageAndEmbed accountId={accountId} form={form.data} />
          <HeldSubmissions accountId={accountId} form={form.data} />
        </Stack>
      )}
    </Container>
  )
}

/** What a form's submissions are called: a sign-up form's sign-ups, a survey's responses. */
const submissionsName = (form: Pick<AccountForm, 'kind'>) =>
  form.kind === 'survey' ? 'responses' : 'sign-ups'

export type FormValues = {
  name: string
  fields: FormFieldRow[]
  groupIds: string[]
  tags: string[]
  consentText: string
  thankYou: string
  redirectUrl: string
  redirectOrigins: string[]
  questions: QuestionRow[]
  published: boolean
}

function valuesOf(form: AccountForm): FormValues {
  return {
    name: form.name,
    fields: form.fields,
    groupIds: form.groupIds,
    tags: form.tags,
    consentText: form.consentText,
    thankYou: form.thankYou,
    redirectUrl: form.redirectUrl ?? '',
    redirectOrigins: form.redirectOrigins,
    questions: form.questions.map(questionRow),
    published: form.status === 'published',
  }
}

function useFieldChoices(accountId: string) {
  const fields = useQuery({
    queryKey: ['fields', accountId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/fields', { params: { path: { accountId } } })),
  })
  return [
    ...STANDARD_FIELDS,
    ...(fields.data?.items ?? []).map((f) => ({ value: f.key, label: f.label })),
  ]
}

function FormSettings({ accountId, form: current }: { accountId: string; form: AccountForm }) {
  const queryClient = useQueryClient()
  const choices = useFieldChoices(accountId)
  const groups = useOwnGroups(accountId)
  const { form, problem, onSubmit } = useServerForm<FormValues>(
    {
      mode: 'controlled',
      initialValues: valuesOf(current),
      validate: (values) => ({
        name: values.name.trim() ? null : 'Name the form',
        ...questionProblems(values.questions),
      }),
    },
    async (values) => {
      const { published, redirectUrl, questions, ...rest } = values
      try {
        await unwrap(
          api.PATCH('/api/v1/accounts/{accountId}/forms/{formId}', {
            params: { path: { accountId, formId: current.id } },
            body: {
              ...rest,
              redirectUrl: redirectUrl.trim() || null,
              questions: questionsBody(questions, current.questions),
              status: published ? 'published' : 'draft',
            },
          }),
        )
      } catch (error) {
        // A refusal inside a list names its row (questions.2.options): shown on that control.
        const control = error instanceof ApiError && error.field ? controlOf(error.field) : null
        if (!control) throw error
        form.setFieldError(control, sentence((error as ApiError).message))
        return
      }
      notifications.show({ color: 'teal', message: 'The form is saved.' })
      await queryClient.invalidateQueries({ queryKey: ['forms', accountId] })
    },
  )
  const values = form.getValues()
  return (
    <section aria-labelledby="form-settings-title">
      <Title order={2} size="h3" id="form-settings-title" mb="sm">
        Settings
      </Title>
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <TextInput required label="Name" {...form.getInputProps('name')} />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            Fields
          </Text>
          <Text size="xs" c="dimmed">
            The contact fields the form asks for. Email is always asked. A sign-up never overwrites
            what a contact already has; it fills what is empty.
          </Text>
          {values.fields.map((row, index) => (
            <Group key={form.key(`fields.${index}`)} align="flex-end" wrap="wrap">
              <Select
                w={170}
                label={`Field ${index + 1}`}
                data={choices}
                allowDeselect={false}
                disabled={row.field === 'email'}
                {...form.getInputProps(`fields.${index}.field`)}
              />
              <TextInput
                w={200}
                label={`Label ${index + 1}`}
                {...form.getInputProps(`fields.${index}.label`)}
              />
              <TextInput
                w={220}
                label={`Help text ${index + 1}`}
                {...form.getInputProps(`fields.${index}.help`)}
              />
              <Checkbox
                mb={8}
                label="Required"
                disabled={row.field === 'email'}
                {...form.getInputProps(`fields.${index}.required`, { type: 'checkbox' })}
              />
              {row.field !== 'email' && (
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Remove field ${index + 1} (${row.label})`}
                  onClick={() => form.removeListItem('fields', index)}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() =>
              form.insertListItem('fields', {
                field: 'firstName',
                label: 'First name',
                help: '',
                required: false,
              })
            }
          >
            Add a field
          </Button>
        </Stack>
        {current.kind === 'survey' && <QuestionsEditor form={form} />}
        <MultiSelect
          label="Add sign-ups to groups"
          placeholder="No group"
          data={groups}
          {...form.getInputProps('groupIds')}
        />
        <TagsInput label="Tag sign-ups with" {...form.getInputProps('tags')} />
        <Textarea
          label="Consent text"
          description="Shown above the button and recorded with each sign-up"
          autosize
          minRows={2}
          {...form.getInputProps('consentText')}
        />
        <Textarea
          label="Thank-you message"
          description="Shown after submitting, unless a redirect is set"
          autosize
          minRows={2}
          {...form.getInputProps('thankYou')}
        />
        <TagsInput
          label="Allowed redirect origins"
          description="e.g. https://www.example.com; a redirect may go only there"
          {...form.getInputProps('redirectOrigins')}
        />
        <TextInput
          label="Redirect after submitting"
          description="Optional: an address on one of the allowed origins"
          {...form.getInputProps('redirectUrl')}
        />
        <Switch label="Published" {...form.getInputProps('published', { type: 'checkbox' })} />
        <Button type="submit" w="fit-content" loading={form.submitting}>
          Save form
        </Button>
      </ServerForm>
    </section>
  )
}

function PageAndEmbed({ accountId, form }: { accountId: string; form: AccountForm }) {
  const embed = useQuery({ ...embedQuery(accountId, form.id), enabled: true })
  const code = embed.data ? `${embed.data.html}\n${embed.data.script}` : ''
  return (
    <section aria-labelledby="form-embed-title">
      <Title order={2} size="h3" id="form-embed-title" mb="sm">
        Page and embed code
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          Hosted page:{' '}
          <Anchor href={form.url} target="_blank" rel="noopener">
            {form.url}
          </Anchor>
          {form.status === 'draft' && ' (publish the form to open it)'}
        </Text>
        <Text size="sm">
          Paste this into your site. It works without JavaScript; the script adds the anti-spam
          check, without which sign-ups wait for your review.
        </Text>
        <LoadError error={embed.error} what="The embed code" />
        <Code
          block
          data-testid="embed-code"
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        >
          {code}
        </Code>
        <CopyValueButton value={code} label="the embed code" />
      </Stack>
    </section>
  )
}

function HeldSubmissions({ accountId, form }: { accountId: string; form: AccountForm }) {
  const formId = form.id
  const queryClient = useQueryClient()
  const held = useQuery(heldQuery(accountId, formId))
  const decide = async (submissionId: string, decision: 'approve' | 'discard') => {
    const path = { accountId, formId, submissionId }
    await unwrap(
      decision === 'approve'
        ? api.POST('/api/v1/accounts/{accountId}/forms/{formId}/held/{submissionId}/approve', {
            params: { path },
          })
        : api.POST('/api/v1/accounts/{accountId}/forms/{formId}/held/{submissionId}/discard', {
            params: { path },
          }),
    )
    await queryClient.invalidateQueries({ queryKey: ['forms', accountId] })
  }
  return (
    <section aria-labelledby="form-held-title">
      <Title order={2} size="h3" id="form-held-title" mb="xs">
        Held for review
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {sentence(submissionsName(form))} that look suspicious (sent without the anti-spam check, or
        very fast) wait here instead of being applied. Approve the real ones.
      </Text>
      <LoadError error={held.error} what="The held sign-ups" />
      {held.data?.items.length === 0 && <Text size="sm">Nothing is waiting.</Text>}
      {(held.data?.items.length ?? 0) > 0 && (
        <ScrollRegion label="Held for review">
          <Table striped miw={560}>
            <TableHeader columns={['Received', 'Email', 'Why', '']} />
            <Table.Tbody>
              {held.data?.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{when(item.createdAt)}</Table.Td>
                  <Table.Td>{item.data.email ?? ''}</Table.Td>
                  <Table.Td>{item.reason}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        onClick={() => void decide(item.id, 'approve')}
                        aria-label={`Approve ${item.data.email ?? 'the sign-up'}`}
                      >
                        Approve
                      </Button>
                      <ConfirmButton
                        label="Discard"
                        title="Discard this sign-up?"
                        confirmLabel="Discard"
                        accessibleName={`Discard ${item.data.email ?? 'the sign-up'}`}
                        act={() => decide(item.id, 'discard')}
                      >
                        It will not become a contact.
                      </ConfirmButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </section>
  )
}
