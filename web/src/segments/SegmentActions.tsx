import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { ConfirmButton } from '../settings/common'
import { showFailure } from '../ui/failure'
import { ItemButtons } from '../ui/ResponsiveActionTable'
import type { Segment } from './queries'

/**
 * Duplicate (seed 004: the server copies the filter as "<name> (copy)", then the copy opens) and
 * delete a segment; shown to those with segments.manage.
 */
export function SegmentActions({
  accountId,
  segment,
  compact = false,
  fullWidth = false,
}: {
  accountId: string
  segment: Segment
  compact?: boolean
  /** Across a card on a narrow screen rather than at the end of a table row or a page's header. */
  fullWidth?: boolean
}) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const path = { path: { accountId, segmentId: segment.id } }
  const duplicate = async () => {
    try {
      const copy = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/segments/{segmentId}/duplicate', {
          params: path,
          body: {},
        }),
      )
      await queryClient.invalidateQueries({ queryKey: ['segments', accountId] })
      notifications.show({ color: 'green', message: `${copy.name} is created.` })
      await navigate({
        to: '/a/$accountId/segments/$segmentId',
        params: { accountId, segmentId: copy.id },
      })
    } catch (error) {
      showFailure(error)
    }
  }
  const remove = async () => {
    await unwrap(api.DELETE('/api/v1/accounts/{accountId}/segments/{segmentId}', { params: path }))
    await queryClient.invalidateQueries({ queryKey: ['segments', accountId] })
    if (!compact) await navigate({ to: '/a/$accountId/segments', params: { accountId } })
  }
  return (
    <ItemButtons fullWidth={fullWidth}>
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => void duplicate()}
        aria-label={`Duplicate ${segment.name}`}
      >
        Duplicate
      </Button>
      <ConfirmButton
        label="Delete"
        accessibleName={`Delete ${segment.name}`}
        title={`Delete ${segment.name}`}
        confirmLabel="Delete the segment"
        act={remove}
      >
        The segment is deleted; its contacts stay. Campaigns already sent keep their recipients.
      </ConfirmButton>
    </ItemButtons>
  )
}
