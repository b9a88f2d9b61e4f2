import {
  Alert,
  Autocomplete,
  Button,
  Container,
  Grid,
  Group,
  Loader,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { type FormEvent, lazy, Suspense, useRef, useState } from 'react'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { categoriesQuery, downloadHtml, type Template, templateQuery } from './queries'
import { type Draft, TemplatePreview } from './TemplatePreview'
import { VariablesCheck } from './VariablesCheck'

// The two editors are large: each loads when its tab first opens.
const CodeEditor = lazy(() => import('./CodeEditor'))
const VisualEditor = lazy(() => import('./VisualEditor'))

/** A template: its fields, its body in the visual or the HTML editor, its preview and variables. */
export function TemplateEditorPage() {
  const { accountId, templateId } = useParams({
    from: '/signed-in/a/$accountId/templates/$templateId',
  })
  const template = useQuery(templateQuery(accountId, templateId))
  return (
    <Container size="xl" py="md">
      <AnchorLink to="/a/$accountId/templates" params={{ accountId }} size="sm">
        Email templates
      </AnchorLink>
      {template.error && (
        <Alert color="red" role="alert" mt="md">
          This template could not be loaded.
        </Alert>
      )}
      {template.data && (
        <TemplateEditor key={template.data.id} accountId={accountId} template={template.data} />
      )}
    </Container>
  )
}

interface Values extends Record<string, unknown> {
  name: string
  subject: string
  category: string
  html: string
  text: string
}

function draftOf(channel: Draft['channel'], values: Omit<Draft, 'channel'>): Draft {
  return { channel, subject: values.subject, html: values.html, text: values.text }
}

/** Only the bodies are rendered: a new name or category asks the server for nothing. */
function isDraftChange(values: Values, previous: Values) {
  return (['subject', 'html', 'text'] as const).some((key) => values[key] !== previous[key])
}

function TemplateEditor({ accountId, template }: { accountId: string; template: Template }) {
  const queryClient = useQueryClient()
  const readOnly = !template.abilities.edit
  const categories = useQuery(categoriesQuery(accountId))
  const [tab, setTab] = useState<string | null>('html')
  // What the preview renders: the bodies as they are being edited, not as last saved.
  const [draft, setDraft] = useState<Draft>(() => draftOf(template.channel, template))
  const { form, problem, onSubmit } = useServerForm<Values>(
    {
      initialValues: {
        name: template.name,
        subject: template.subject,
        category: template.category ?? '',
        html: template.html,
        text: template.text,
      },
      onValuesChange: (values, previous) => {
        if (isDraftChange(values, previous)) setDraft(draftOf(template.channel, values))
      },
    },
    async (values) => {
      const saved = await unwrap(
        api.PATCH('/api/v1/accounts/{accountId}/templates/{templateId}', {
          params: { path: { accountId, templateId: template.id } },
          body: { ...values, category: values.category || null },
        }),
      )
      queryClient.setQueryData(templateQuery(accountId, template.id).queryKey, saved)
      await queryClient.invalidateQueries({ queryKey: ['templates', accountId, 'list'] })
      notifications.show({ color: 'green', message: 'The template is saved.' })
    },
  )
  const setBody = (html: string) => form.setFieldValue('html', html)
  // What the visual editor holds is taken before leaving its tab and before saving.
  const flushVisual = useRef<(() => Promise<void>) | null>(null)
  const flush = async () => {
    await flushVisual.current?.()
  }
  const switchTab = async (next: string | null) => {
    await flush()
    setTab(next)
  }
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    await flush()
    onSubmit()
  }
  const htmlError = form.errors.html

  return (
    <Stack mt="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {template.name}
        </Title>
        <Button variant="default" onClick={() => downloadHtml(template)}>
          Export HTML
        </Button>
      </Group>
      {readOnly && (
        <Alert color="gray">
          {template.shared
            ? 'This template is shared with this account by another account: it is read only here.'
            : 'You may look at this template but not change it.'}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ServerForm onSubmit={(event) => void save(event)} problem={problem}>
            <TextInput
              label="Template name"
              required
              readOnly={readOnly}
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <Autocomplete
              label="Category"
              data={categories.data ?? []}
              readOnly={readOnly}
              key={form.key('category')}
              {...form.getInputProps('category')}
            />
            {template.channel === 'email' ? (
              <>
                <TextInput
                  label="Subject"
                  readOnly={readOnly}
                  key={form.key('subject')}
                  {...form.getInputProps('subject')}
                />
                <Tabs value={tab} onChange={(next) => void switchTab(next)} keepMounted={false}>
                  <Tabs.List>
                    <Tabs.Tab value="visual" disabled={readOnly}>
                      Visual
                    </Tabs.Tab>
                    <Tabs.Tab value="html">HTML</Tabs.Tab>
                  </Tabs.List>
                  <Suspense fallback={<Loader m="md" aria-label="Loading the editor" />}>
                    <Tabs.Panel value="visual" pt="xs">
                      <VisualEditor
                        value={form.getValues().html}
                        onChange={setBody}
                        flushRef={flushVisual}
                      />
                    </Tabs.Panel>
                    <Tabs.Panel value="html" pt="xs">
                      <CodeEditor
                        label="HTML body"
                        value={form.getValues().html}
                        onChange={setBody}
                        readOnly={readOnly}
                      />
                    </Tabs.Panel>
                  </Suspense>
                </Tabs>
                {htmlError && (
                  <Text c="red" size="sm" role="alert">
                    {htmlError}
                  </Text>
                )}
              </>
            ) : (
              <Textarea
                label="Message"
                autosize
                minRows={4}
                readOnly={readOnly}
                key={form.key('text')}
                {...form.getInputProps('text')}
              />
            )}
            {!readOnly && (
              <Group>
                <Button type="submit" loading={form.submitting}>
                  Save the template
                </Button>
              </Group>
            )}
          </ServerForm>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <TemplatePreview accountId={accountId} draft={draft} />
            <VariablesCheck accountId={accountId} template={template} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
