import { Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { LoadError } from '../settings/common'
import { ButtonLink } from '../ui/ButtonLink'
import { AnchorLink } from '../ui/links'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { segmentCountQuery, segmentsQuery } from './queries'
import { SegmentActions } from './SegmentActions'

/** Segments: saved filters over the account's contacts, each with its count as of now. */
export function SegmentsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience/segments' })
  const { may } = useAbilities(accountId)
  const segments = useQuery(segmentsQuery(accountId))
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Segments
        </Title>
        {may('segments.manage') && (
          <ButtonLink to="/a/$accountId/segments/new" params={{ accountId }}>
            Create a segment
          </ButtonLink>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        A segment selects contacts by their fields, groups and tags; campaigns can send to it.
      </Text>
      <LoadError error={segments.error} what="The segments" />
      {segments.data?.length === 0 && <Text size="sm">No segment yet.</Text>}
      {(segments.data?.length ?? 0) > 0 && (
        <ResponsiveActionTable
          label="Segments"
          minWidth={560}
          columns={['Segment', 'Contacts']}
          items={(segments.data ?? []).map((segment) => ({
            key: segment.id,
            cells: [
              <AnchorLink
                key="name"
                to="/a/$accountId/segments/$segmentId"
                params={{ accountId, segmentId: segment.id }}
                size="sm"
              >
                {segment.name}
              </AnchorLink>,
              <SegmentCount key="count" accountId={accountId} segmentId={segment.id} />,
            ],
            actions: (fullWidth) =>
              may('segments.manage') && (
                <SegmentActions
                  accountId={accountId}
                  segment={segment}
                  compact
                  fullWidth={fullWidth}
                />
              ),
          }))}
        />
      )}
    </Stack>
  )
}

function SegmentCount({ accountId, segmentId }: { accountId: string; segmentId: string }) {
  const count = useQuery({ ...segmentCountQuery(accountId, segmentId), retry: false })
  if (count.isPending) return <Loader size="xs" aria-label="Counting" />
  // A saved filter can go stale (a custom field removed): the server says so on use.
  if (count.error) return <Text size="sm">Cannot count</Text>
  return <Text size="sm">{count.data.toLocaleString('en')}</Text>
}
