import {
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { LoadError, TableHeader } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { formsQuery } from './queries'

/** The account's sign-up forms with their counts (seed 002 "Surveys, pages, and forms"). */
export function FormsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/forms' })
  const forms = useQuery(formsQuery(accountId))
  const [creating, { open, close }] = useDisclosure(false)
  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="xs">
        <Title order={1} size="h2">
          Forms
        </Title>
        <Button onClick={open}>Create a sign-up form</Button>
      </Group>
      <Text c="dimmed" mb="lg">
        Sign-up forms add the people who fill them in to your contacts, with their consent: on a
        page Chorus hosts, or embedded in your own site.
      </Text>
      <LoadError error={forms.error} what="The forms" />
      {forms.data?.items.length === 0 && <Text>No form yet.</Text>}
      {(forms.data?.items.length ?? 0) > 0 && (
        <ScrollRegion label="Forms">
          <Table striped miw={640}>
            <TableHeader
              columns={['Name', 'Status', 'Views', 'Sign-ups', 'Confirmed', 'Held for review']}
            />
            <Table.Tbody>
              {forms.data?.items.map((form) => (
                <Table.Tr key={form.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/a/$accountId/forms/$formId"
                      params={{ accountId, formId: form.id }}
                    >
                      {form.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={form.status} />
                  </Table.Td>
                  <Table.Td>{form.counts.views}</Table.Td>
                  <Table.Td>{form.counts.submissions}</Table.Td>
                  <Table.Td>{form.counts.confirmations}</Table.Td>
                  <Table.Td>{form.counts.held}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Modal opened={creating} onClose={close} title="Create a sign-up form">
        <CreateForm accountId={accountId} />
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

function CreateForm({ accountId }: { accountId: string }) {
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
          body: { name: values.name },
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
          description="Shown as the page’s title, e.g. Join our newsletter"
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Button type="submit" loading={form.submitting}>
          Create form
        </Button>
      </Stack>
    </ServerForm>
  )
}
