import { Button, Group, Modal } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import { DeclineForm } from '../ui/DeclineForm'
import { showFailure } from '../ui/failure'
import { type Campaign, campaignAction, declineCampaign } from './queries'

/** Seed 002: approve a waiting campaign, or decline it with a reason its submitter will read. */
export function DecisionButtons({
  accountId,
  campaign,
  onDone,
  fullWidth = false,
}: {
  accountId: string
  campaign: Campaign
  onDone: () => unknown
  fullWidth?: boolean
}) {
  return (
    <Decision
      fullWidth={fullWidth}
      name={campaign.name}
      description="The submitter reads it; the campaign goes back to draft"
      approve={() => campaignAction(accountId, campaign.id, 'approve')}
      decline={(reason) => declineCampaign(accountId, campaign.id, reason)}
      onDone={onDone}
    />
  )
}

/** Approve, or Decline with a reason: for anything that waits for approval (campaigns, programs). */
export function Decision({
  name,
  description,
  approve,
  decline,
  onDone,
  fullWidth = false,
}: {
  name: string
  /** What happens to the declined thing, under the reason field. */
  description: string
  approve: () => Promise<unknown>
  decline: (reason: string) => Promise<unknown>
  onDone: () => unknown
  /** The two buttons share the whole width, at a size for a finger (a card on a phone). */
  fullWidth?: boolean
}) {
  const [declining, { open, close }] = useDisclosure(false)
  const [approving, setApproving] = useState(false)
  const approveIt = async () => {
    setApproving(true)
    try {
      await approve()
      await onDone()
    } catch (error) {
      showFailure(error)
    } finally {
      setApproving(false)
    }
  }
  const size = fullWidth ? 'sm' : 'xs'
  return (
    <>
      <Group gap="xs" mt={fullWidth ? 0 : 'xs'} grow={fullWidth}>
        <Button size={size} onClick={approveIt} loading={approving}>
          Approve
        </Button>
        <Button size={size} variant="default" onClick={open}>
          Decline
        </Button>
      </Group>
      {/* Outside the group: `grow` shares the width among the group's children, the dialog too. */}
      <Modal opened={declining} onClose={close} title={`Decline “${name}”`}>
        <DeclineForm
          description={description}
          onDecline={async (reason) => {
            await decline(reason)
            close()
            await onDone()
          }}
        />
      </Modal>
    </>
  )
}
