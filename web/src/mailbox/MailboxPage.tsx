import { Alert, Container, Loader, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import type { paths } from '../api/schema'
import { AnchorLink } from '../ui/links'
import { ScrollRegion } from '../ui/ScrollRegion'
import { mailboxQuery } from './queries'

/** The server lists this many of the newest messages when no limit is asked. */
const LISTED = 50

/**
 * The account's mail captured instead of sent (no SMTP server configured): campaign and test
 * emails as they would have gone out, newest first.
 */
export function MailboxPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/mailbox' })
  const mailbox = useQuery(mailboxQuery(accountId))
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="xs">
        Mailbox
      </Title>
      {mailbox.data ? (
        <Messages accountId={accountId} mailbox={mailbox.data} />
      ) : mailbox.error ? (
        <Alert color="red" role="alert">
          The mailbox could not be loaded.
        </Alert>
      ) : (
        <Loader size="sm" aria-label="Loading the mailbox" />
      )}
    </Container>
  )
}

type Mailbox =
  paths['/api/v1/accounts/{accountId}/mailbox']['get']['responses']['200']['content']['application/json']

/** What the server captures and the messages it lists; a table only when there are messages. */
function Messages({ accountId, mailbox }: { accountId: string; mailbox: Mailbox }) {
  const { items } = mailbox
  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        {mailbox.capturing
          ? 'No mail server is configured, so email is not sent: each message is kept here instead, as it would have gone out.'
          : 'Email now goes out through the mail server; these messages were kept before it was configured.'}
        {items.length === LISTED && ` The ${LISTED} newest are shown.`}
      </Text>
      {items.length === 0 ? (
        <Text>No messages yet. Campaign and test emails of this account will appear here.</Text>
      ) : (
        <ScrollRegion label="Messages">
          <Table striped highlightOnHover miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Subject</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Sent at</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/a/$accountId/mailbox/$messageId"
                      params={{ accountId, messageId: message.id }}
                      size="sm"
                      fw={500}
                    >
                      {message.subject || '(no subject)'}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{message.to}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{message.from}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{new Date(message.date).toLocaleString()}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </>
  )
}
