import { Alert, Code, Container, Stack, Table, Tabs, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { AnchorLink } from '../ui/links'
import { SandboxedFrame } from '../ui/SandboxedFrame'
import { capturedHtmlUrl, capturedMessageQuery } from './queries'

/** One captured message: its headers, its HTML in a sandboxed frame and its plain text. */
export function CapturedMessagePage() {
  const { accountId, messageId } = useParams({
    from: '/signed-in/a/$accountId/mailbox/$messageId',
  })
  const message = useQuery(capturedMessageQuery(accountId, messageId))
  const back = (
    <AnchorLink to="/a/$accountId/mailbox" params={{ accountId }} size="sm">
      Mailbox
    </AnchorLink>
  )
  if (message.error) {
    return (
      <Container size="lg" py="md">
        {back}
        <Alert color="red" role="alert" title="Message not found" mt="xs">
          This message does not exist or is not yours to see.
        </Alert>
      </Container>
    )
  }
  const data = message.data
  if (!data) return null
  return (
    <Container size="lg" py="md">
      <Stack>
        <div>
          {back}
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {data.subject || '(no subject)'}
          </Title>
        </div>
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Header label="From" value={data.from} />
            <Header label="To" value={data.to} />
            <Header label="Sent at" value={new Date(data.date).toLocaleString()} />
          </Table.Tbody>
        </Table>
        <Tabs defaultValue={data.html === null ? 'text' : 'html'} keepMounted={false}>
          <Tabs.List>
            {data.html !== null && <Tabs.Tab value="html">HTML</Tabs.Tab>}
            <Tabs.Tab value="text">Plain text</Tabs.Tab>
          </Tabs.List>
          {data.html !== null && (
            <Tabs.Panel value="html" pt="sm">
              <SandboxedFrame title="The message" src={capturedHtmlUrl(accountId, messageId)} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="text" pt="sm">
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {data.text}
            </Code>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  )
}

function Header({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w={100}>{label}</Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
    </Table.Tr>
  )
}
