import { Alert, Button, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { ScrollRegion } from '../ui/ScrollRegion'

const RUNNING = new Set(['queued', 'running'])
/** How often a running import's progress is asked for. */
const POLL_MS = 300

const STATUS_TEXT: Record<string, string> = {
  queued: 'Waiting to start',
  running: 'Importing',
  done: 'Import finished',
  failed: 'Import failed',
  cancelled: 'Import stopped',
}

/**
 * A running import, read again until it ends: the bar is rows read of the rows the file has (its
 * line count, kept in the address with the import id, so a reload shows the same import).
 */
export function ImportProgress({
  accountId,
  importId,
  rows,
  onAgain,
}: {
  accountId: string
  importId: string
  rows: number | undefined
  onAgain: () => void
}) {
  const queryClient = useQueryClient()
  const [problem, setProblem] = useState<string | null>(null)
  const path = { accountId, importId }
  const progress = useQuery({
    queryKey: ['imports', accountId, importId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/imports/{importId}', { params: { path } })),
    refetchInterval: (query) =>
      query.state.data && !RUNNING.has(query.state.data.status) ? false : POLL_MS,
  })
  const imp = progress.data
  if (progress.error) {
    return (
      <Alert color="red" role="alert">
        {progress.error.message}
      </Alert>
    )
  }
  if (!imp) return null
  const running = RUNNING.has(imp.status)
  const percent = !running ? 100 : rows ? Math.min(99, Math.floor((imp.processed / rows) * 100)) : 0
  const stop = async () => {
    try {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/imports/{importId}/cancel', { params: { path } }),
      )
      await queryClient.invalidateQueries({ queryKey: ['imports', accountId, importId] })
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <Stack>
      <Group justify="space-between">
        <Text fw={500} aria-live="polite">
          {STATUS_TEXT[imp.status] ?? imp.status}
        </Text>
        {running && (
          <Button color="red" variant="outline" onClick={stop}>
            Stop the import
          </Button>
        )}
      </Group>
      <Progress.Root size="xl">
        <Progress.Section
          value={percent}
          animated={running}
          color={imp.status === 'failed' ? 'red' : undefined}
          aria-label="Import progress"
        >
          <Progress.Label>{percent}%</Progress.Label>
        </Progress.Section>
      </Progress.Root>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label="Rows read" value={imp.processed} />
        <Count label="Imported" value={imp.imported} />
        <Count label="Updated" value={imp.updated} />
        <Count label="Failed" value={imp.failed} />
      </SimpleGrid>
      {(problem || imp.message) && (
        <Alert color={imp.status === 'failed' ? 'red' : 'yellow'} role="alert">
          {problem ?? imp.message}
        </Alert>
      )}
      {imp.errors.length > 0 && <RowErrors errors={imp.errors} failed={imp.failed} />}
      <Group>
        {!running && imp.failed > 0 && (
          <Button
            component="a"
            href={`/api/v1/accounts/${accountId}/imports/${importId}/rejected.csv`}
            download
            variant="default"
          >
            Download the rejected rows
          </Button>
        )}
        {!running && <Button onClick={onAgain}>Import another file</Button>}
      </Group>
    </Stack>
  )
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600}>
        {value.toLocaleString()}
      </Text>
    </div>
  )
}

function RowErrors({
  errors,
  failed,
}: {
  errors: Array<{ row: number; field?: string; message: string }>
  failed: number
}) {
  return (
    <Stack gap="xs">
      <Text fw={500}>
        Rows not imported{failed > errors.length ? ` (the first ${errors.length} problems)` : ''}
      </Text>
      <ScrollRegion label="Rows not imported">
        <Table striped miw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((error) => (
              <Table.Tr key={`${error.row}-${error.field ?? ''}-${error.message}`}>
                <Table.Td>{error.row}</Table.Td>
                <Table.Td>{error.field ?? '—'}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  )
}
