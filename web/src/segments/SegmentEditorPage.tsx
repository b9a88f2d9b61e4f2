import { Alert, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { ApiError, api, unwrap } from '../api/client'
import { placeServerError } from '../auth/errors'
import { LoadError } from '../settings/common'
import { AnchorLink } from '../ui/links'
import { fromFilter, type GroupNode, incomplete, newGroup, toFilter } from './conditions'
import { type Segment, useBuilderChoices } from './queries'
import { SegmentActions } from './SegmentActions'
import { ConditionGroup } from './SegmentBuilder'

/** A new segment: an empty builder. */
export function NewSegmentPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience/segments/new' })
  return <SegmentEditor accountId={accountId} />
}

/** A saved segment in the builder, to change, duplicate or delete. */
export function SegmentPage() {
  const { accountId, segmentId } = useParams({
    from: '/signed-in/a/$accountId/audience/segments/$segmentId',
  })
  const segment = useQuery({
    queryKey: ['segments', accountId, segmentId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/segments/{segmentId}', {
          params: { path: { accountId, segmentId } },
        }),
      ),
  })
  if (segment.error) return <LoadError error={segment.error} what="The segment" />
  if (!segment.data) return <Loader aria-label="Loading the segment" />
  // Keyed: opening a duplicate starts its own builder.
  return <SegmentEditor key={segment.data.id} accountId={accountId} segment={segment.data} />
}

/**
 * The builder's live count: the server counts the filter as it stands, a moment after a change.
 * Counting a filter not saved takes segments.manage (as saving one does); a reader without it is
 * shown the saved segment's count.
 */
function useLiveCount(
  accountId: string,
  filter: Record<string, unknown[]> | undefined,
  saved: { segmentId: string } | undefined,
) {
  const [debounced] = useDebouncedValue(filter, 400)
  return useQuery({
    queryKey: [
      'segments',
      accountId,
      'live-count',
      saved?.segmentId,
      JSON.stringify(debounced ?? null),
    ],
    queryFn: () =>
      unwrap(
        saved
          ? api.GET('/api/v1/accounts/{accountId}/segments/{segmentId}/count', {
              params: { path: { accountId, segmentId: saved.segmentId } },
            })
          : api.POST('/api/v1/accounts/{accountId}/segments/count', {
              params: { path: { accountId } },
              body: { filter: debounced ?? {} },
            }),
      ).then((answer) => answer.count),
    enabled: debounced !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  })
}

function SegmentEditor({ accountId, segment }: { accountId: string; segment?: Segment }) {
  const { may } = useAbilities(accountId)
  const choices = useBuilderChoices(accountId)
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [name, setName] = useState(segment?.name ?? '')
  const [root, setRoot] = useState<GroupNode>(() =>
    segment ? fromFilter(segment.filter) : newGroup('all'),
  )
  const [problem, setProblem] = useState<{ name?: string; form?: string }>({})
  const filter = toFilter(root, choices.kindOf)
  const readOnly = !may('segments.manage')
  const count = useLiveCount(
    accountId,
    filter,
    readOnly && segment ? { segmentId: segment.id } : undefined,
  )
  const missing = incomplete(root)

  const save = async () => {
    if (!name.trim()) return setProblem({ name: 'Give the segment a name' })
    if (!filter || missing > 0) return setProblem({ form: 'Give every condition a value first.' })
    setProblem({})
    try {
      const body = { name: name.trim(), filter }
      const saved = segment
        ? await unwrap(
            api.PATCH('/api/v1/accounts/{accountId}/segments/{segmentId}', {
              params: { path: { accountId, segmentId: segment.id } },
              body,
            }),
          )
        : await unwrap(
            api.POST('/api/v1/accounts/{accountId}/segments', {
              params: { path: { accountId } },
              body,
            }),
          )
      await queryClient.invalidateQueries({ queryKey: ['segments', accountId] })
      notifications.show({ color: 'green', message: `${saved.name} is saved.` })
      if (!segment)
        await navigate({
          to: '/a/$accountId/segments/$segmentId',
          params: { accountId, segmentId: saved.id },
        })
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined
      const message = placeServerError(null, error) ?? undefined
      setProblem(field === 'name' ? { name: message } : { form: message })
    }
  }

  return (
    <Stack>
      <AnchorLink to="/a/$accountId/segments" params={{ accountId }} size="sm">
        All segments
      </AnchorLink>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {segment ? segment.name : 'New segment'}
        </Title>
        {segment && !readOnly && <SegmentActions accountId={accountId} segment={segment} />}
      </Group>
      {problem.form && (
        <Alert color="red" role="alert">
          {problem.form}
        </Alert>
      )}
      <TextInput
        label="Segment name"
        required
        maw={420}
        disabled={readOnly}
        value={name}
        error={problem.name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <ConditionGroup group={root} choices={choices} readOnly={readOnly} onChange={setRoot} />
      <LiveCount count={count} complete={filter !== undefined} missing={missing} />
      {!readOnly && (
        <Button w="fit-content" onClick={() => void save()}>
          {segment ? 'Save the segment' : 'Create the segment'}
        </Button>
      )}
    </Stack>
  )
}

function LiveCount({
  count,
  complete,
  missing,
}: {
  count: ReturnType<typeof useLiveCount>
  complete: boolean
  missing: number
}) {
  const refusal = count.error ? placeServerError(null, count.error) : null
  return (
    <Stack gap={2} role="status" aria-live="polite">
      {!complete && <Text size="sm">Give a condition a value to count the contacts.</Text>}
      {complete && refusal && (
        <Text size="sm" c="red.8">
          {refusal}
        </Text>
      )}
      {complete && !refusal && count.data !== undefined && (
        <Text fw={600} aria-busy={count.isFetching}>
          {count.data === 1
            ? '1 contact matches'
            : `${count.data.toLocaleString('en')} contacts match`}
        </Text>
      )}
      {missing > 0 && (
        <Text size="xs" c="dimmed">
          {missing === 1
            ? 'One condition has no value yet and is not counted.'
            : `${missing} conditions have no value yet and are not counted.`}
        </Text>
      )}
    </Stack>
  )
}
