import { Alert, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { fieldsQuery, groupsQuery } from '../contacts/queries'
import { ScrollRegion } from '../ui/ScrollRegion'
import { type ColumnChoice, countRows, type Preview, startImport } from './upload'

const STANDARD = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
]
const NEW_FIELD = 'new'
const SKIP = 'ignored'
const TYPES = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'date', label: 'Date' },
  { value: 'boolean', label: 'Yes / no' },
]

type FieldType = 'text' | 'number' | 'date' | 'boolean'

/** One column as the screen edits it: what it fills, and the new field's key and type. */
interface ColumnState {
  target: string
  key: string
  type: FieldType
}

function stateOf(choice: ColumnChoice, known: Set<string>): ColumnState {
  if (choice.kind !== 'field') return { target: choice.kind, key: '', type: 'text' }
  const type = choice.type ?? 'text'
  return known.has(choice.key)
    ? { target: `field:${choice.key}`, key: choice.key, type }
    : { target: NEW_FIELD, key: choice.key, type }
}

function choiceOf(state: ColumnState): ColumnChoice {
  if (state.target === NEW_FIELD) return { kind: 'field', key: state.key.trim(), type: state.type }
  if (state.target.startsWith('field:')) return { kind: 'field', key: state.target.slice(6) }
  return { kind: state.target as Exclude<ColumnChoice['kind'], 'field'> }
}

/** The file's columns, mapped as the server proposes; each one can be changed before starting. */
export function MappingForm({
  accountId,
  file,
  preview,
  onCancel,
  onStarted,
}: {
  accountId: string
  file: File
  preview: Preview
  onCancel: () => void
  onStarted: (importId: string, rows: number) => void
}) {
  const fields = useQuery(fieldsQuery(accountId)).data?.items ?? []
  const groups = useQuery(groupsQuery(accountId)).data?.items ?? []
  const known = new Set(fields.map((f) => f.key))
  // What the user changed; every other column stays as the server proposed it.
  const [changed, setChanged] = useState<Record<number, ColumnState>>({})
  const columns = preview.columns.map((c, i) => changed[i] ?? stateOf(c, known))
  const [groupId, setGroupId] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(preview.problem)
  const [busy, setBusy] = useState(false)
  const options = [
    ...STANDARD,
    ...fields.map((f) => ({ value: `field:${f.key}`, label: `Custom field: ${f.label}` })),
    { value: NEW_FIELD, label: 'New custom field' },
    { value: SKIP, label: 'Skip this column' },
  ]
  const change = (index: number, update: Partial<ColumnState>) =>
    setChanged((current) => ({
      ...current,
      [index]: { ...(columns[index] as ColumnState), ...update },
    }))

  const start = async () => {
    setProblem(null)
    setBusy(true)
    try {
      const rows = await countRows(file)
      const importId = await startImport(accountId, file, {
        mapping: columns.map(choiceOf),
        groupId,
      })
      onStarted(importId, rows)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
      setBusy(false)
    }
  }

  return (
    <Stack>
      <Text size="sm">
        {file.name}: choose what each column fills. The first rows of the file are shown under their
        column.
      </Text>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <ScrollRegion label="Columns of the file">
        <Table miw={{ base: 300, sm: 720 }} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Column</Table.Th>
              {/* On a phone the samples give way to the choice itself. */}
              <Table.Th visibleFrom="sm">First rows</Table.Th>
              <Table.Th>Imports as</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.header.map((name, index) => {
              const column = columns[index] as ColumnState
              const title = name || `Column ${index + 1}`
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns are positions; they never move
                <Table.Tr key={index}>
                  <Table.Td fw={500}>{title}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="xs" c="dimmed" maw={220} truncate>
                      {preview.rows
                        .map((row) => row[index] ?? '')
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Select
                        aria-label={`Imports as, column ${title}`}
                        data={options}
                        value={column.target}
                        allowDeselect={false}
                        onChange={(value) => value && change(index, { target: value })}
                      />
                      {column.target === NEW_FIELD && (
                        <Group gap="xs" grow>
                          <TextInput
                            aria-label={`New field name, column ${title}`}
                            value={column.key}
                            onChange={(event) => change(index, { key: event.currentTarget.value })}
                          />
                          <Select
                            aria-label={`New field type, column ${title}`}
                            data={TYPES}
                            value={column.type}
                            allowDeselect={false}
                            onChange={(value) =>
                              value && change(index, { type: value as FieldType })
                            }
                          />
                        </Group>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Select
        label="Add the contacts to a group"
        placeholder="No group"
        clearable
        maw={360}
        data={groups.filter((g) => !g.shared).map((g) => ({ value: g.id, label: g.name }))}
        value={groupId}
        onChange={setGroupId}
      />
      <Group>
        <Button onClick={start} loading={busy}>
          Start the import
        </Button>
        <Button variant="default" onClick={onCancel}>
          Choose another file
        </Button>
      </Group>
    </Stack>
  )
}
