import { Button, Group, Modal, Textarea } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import { showFailure } from '../ui/failure'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import { type Campaign, campaignAction, declineCampaign } from './queries'

/** Seed 002: approve a waiting campaign, or decline it with a reason its submitter will read. */
export function DecisionButtons({
  accountId,
  campaign,
  onDone,
}: {
  accountId: string
  campaign: Campaign
  onDone: () => unknown
}) {
  const [declining, { open, close }] = useDisclosure(false)
  const [approving, setApproving] = useState(false)
  const approve = async () => {
    setApproving(true)
    try {
      await campaignAction(accountId, campaign.id, 'approve')
      await onDone()
    } catch (error) {
      showFailure(error)
    } finally {
      setApproving(false)
    }
  }
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { reason: '' },
      validate: { reason: (value) => (value.trim() ? null : 'Say why it is declined') },
    },
    async ({ reason }) => {
      await declineCampaign(accountId, campaign.id, reason)
      close()
      await onDone()
    },
  )
  return (
    <Group gap="xs" mt="xs">
      <Button size="xs" onClick={approve} loading={approving}>
        Approve
      </Button>
      <Button size="xs" variant="default" onClick={open}>
        Decline
      </Button>
      <Modal opened={declining} onClose={close} title={`Decline “${campaign.name}”`}>
        <ServerForm onSubmit={onSubmit} problem={problem}>
          <Textarea
            label="Reason"
            description="The submitter reads it; the campaign goes back to draft"
            required
            autosize
            minRows={3}
            data-autofocus
            key={form.key('reason')}
            {...form.getInputProps('reason')}
          />
          <Button type="submit" color="red" loading={form.submitting}>
            Decline
          </Button>
        </ServerForm>
      </Modal>
    </Group>
  )
}
