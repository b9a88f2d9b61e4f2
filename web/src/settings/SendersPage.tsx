import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { type Address, AddressDialog } from './AddressDialog'
import { AddressTable } from './AddressTable'
import { LoadError, when } from './common'

const listSenders = (accountId: string) =>
  unwrap(api.GET('/api/v1/accounts/{accountId}/senders', { params: { path: { accountId } } }))

type Sender = Awaited<ReturnType<typeof listSenders>>['items'][number]

function status(sender: Sender): string {
  if (sender.verifiedBy === 'domain') return 'Verified by its domain'
  if (sender.verified) return 'Verified by its confirmation link'
  return sender.confirmationSentAt
    ? `Not verified: link sent ${when(sender.confirmationSentAt)}`
    : 'Not verified'
}

/** Sender addresses and names (seed 004): campaigns go out only from a verified one. */
export function SendersPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings/senders' })
  const queryClient = useQueryClient()
  const canManage = useAbilities(accountId).may('senders.manage')
  const senders = useQuery({
    queryKey: ['senders', accountId],
    queryFn: () => listSenders(accountId),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['senders', accountId] })
  const senderPath = (senderId: string) => ({ path: { accountId, senderId } })

  const add = async (body: Address) => {
    const sender = await unwrap(
      api.POST('/api/v1/accounts/{accountId}/senders', { params: { path: { accountId } }, body }),
    )
    await refresh()
    notifications.show({
      color: 'green',
      message: sender.verified
        ? `${sender.email} is ready to use.`
        : `A confirmation link is on its way to ${sender.email}.`,
    })
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Senders
        </Title>
        {canManage && (
          <AddressDialog
            buttonLabel="Add a sender"
            title="Add a sender"
            nameLabel="Sender name"
            submitLabel="Add sender"
            send={add}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        An address is verified when its domain is a verified sender domain, or when someone clicks
        the confirmation link mailed to it.
      </Text>
      <LoadError error={senders.error} what="The senders" />
      {senders.data?.items.length === 0 && <Text>No sender yet.</Text>}
      {(senders.data?.items.length ?? 0) > 0 && (
        <AddressTable
          label="Senders"
          nameLabel="Sender name"
          items={senders.data?.items ?? []}
          canManage={canManage}
          extra={{ header: 'Status', cell: (sender) => <SenderStatus sender={sender} /> }}
          extraAction={(sender) =>
            !sender.verified && (
              <SendLinkButton accountId={accountId} sender={sender} refresh={refresh} />
            )
          }
          editTitle="Change the sender"
          update={async (sender, body) => {
            await unwrap(
              api.PATCH('/api/v1/accounts/{accountId}/senders/{senderId}', {
                params: senderPath(sender.id),
                body,
              }),
            )
            await refresh()
          }}
          removal={{
            verb: 'Delete',
            noun: 'sender',
            warning: 'Campaigns can no longer be sent from this address.',
            act: async (sender) => {
              await unwrap(
                api.DELETE('/api/v1/accounts/{accountId}/senders/{senderId}', {
                  params: senderPath(sender.id),
                }),
              )
              await refresh()
            },
          }}
        />
      )}
    </Stack>
  )
}

function SenderStatus({ sender }: { sender: Sender }) {
  return (
    <>
      <Badge color={sender.verified ? 'green' : 'gray'} variant="dot">
        {sender.verified ? 'Verified' : 'Not verified'}
      </Badge>
      <Text size="xs" c="dimmed">
        {status(sender)}
      </Text>
    </>
  )
}

/** Mails a new confirmation link (or finds the sender verified by now, through its domain). */
function SendLinkButton({
  accountId,
  sender,
  refresh,
}: {
  accountId: string
  sender: Sender
  refresh: () => Promise<void>
}) {
  const verify = async () => {
    try {
      const answer = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/senders/{senderId}/verify', {
          params: { path: { accountId, senderId: sender.id } },
        }),
      )
      await refresh()
      notifications.show({
        color: 'green',
        message: answer.verified
          ? `${answer.email} is verified.`
          : `A new confirmation link is on its way to ${answer.email}.`,
      })
    } catch (error) {
      notifications.show({ color: 'red', message: placeServerError(null, error) })
    }
  }
  return (
    <Button
      size="compact-sm"
      variant="default"
      onClick={() => void verify()}
      aria-label={`Send a confirmation link to ${sender.email}`}
    >
      Send link
    </Button>
  )
}
