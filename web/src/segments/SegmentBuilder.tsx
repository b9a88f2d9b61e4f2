import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import {
  type ConditionNode,
  type FieldChoice,
  type GroupNode,
  type Kind,
  type Node,
  needsValue,
  newCondition,
  newGroup,
  opLabel,
  opsOf,
} from './conditions'

/** Nested groups of conditions go this deep (the API allows four levels, the root included). */
const MAX_DEPTH = 3

export interface BuilderChoices {
  fields: readonly FieldChoice[]
  groups: ReadonlyArray<{ value: string; label: string }>
  tags: ReadonlyArray<{ value: string; label: string }>
  kindOf: (field: string) => Kind
}

/**
 * A group of conditions — all or any of them — and its nested groups. No SQL: each condition is
 * a field, an operator offered for that field's kind, and a value typed for it.
 */
export function ConditionGroup({
  group,
  choices,
  depth = 1,
  label = 'Conditions',
  readOnly,
  onChange,
  onRemove,
}: {
  group: GroupNode
  choices: BuilderChoices
  depth?: number
  label?: string
  readOnly: boolean
  onChange: (next: GroupNode) => void
  onRemove?: () => void
}) {
  const setChild = (index: number, next: Node | null) => {
    const children = [...group.children]
    if (next) children[index] = next
    else children.splice(index, 1)
    onChange({ ...group, children })
  }
  const add = (node: Node) => onChange({ ...group, children: [...group.children, node] })
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm">Contacts matching</Text>
          <SegmentedControl
            size="xs"
            aria-label={`${label}: match`}
            disabled={readOnly}
            value={group.match}
            onChange={(match) => onChange({ ...group, match: match as 'all' | 'any' })}
            data={[
              { value: 'all', label: 'all of' },
              { value: 'any', label: 'any of' },
            ]}
          />
          <Text size="sm">these conditions</Text>
          {onRemove && !readOnly && (
            <Button size="compact-sm" variant="default" ml="auto" onClick={onRemove}>
              Remove this group
            </Button>
          )}
        </Group>
        {group.children.map((child, index) =>
          child.type === 'group' ? (
            <ConditionGroup
              key={child.id}
              group={child}
              choices={choices}
              depth={depth + 1}
              label={`${label}, group ${index + 1}`}
              readOnly={readOnly}
              onChange={(next) => setChild(index, next)}
              onRemove={() => setChild(index, null)}
            />
          ) : (
            <ConditionRow
              key={child.id}
              condition={child}
              choices={choices}
              label={`${label}, condition ${index + 1}`}
              readOnly={readOnly}
              onChange={(next) => setChild(index, next)}
              onRemove={group.children.length > 1 ? () => setChild(index, null) : undefined}
            />
          ),
        )}
        {!readOnly && (
          <Group gap="xs">
            <Button size="compact-sm" variant="default" onClick={() => add(newCondition())}>
              Add a condition
            </Button>
            {depth < MAX_DEPTH && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => add(newGroup(group.match === 'all' ? 'any' : 'all'))}
              >
                Add a group of conditions
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

function ConditionRow({
  condition,
  choices,
  label,
  readOnly,
  onChange,
  onRemove,
}: {
  condition: ConditionNode
  choices: BuilderChoices
  label: string
  readOnly: boolean
  onChange: (next: ConditionNode) => void
  onRemove: (() => void) | undefined
}) {
  const kind = choices.kindOf(condition.field)
  const changeField = (field: string | null) => {
    if (!field) return
    const op = opsOf(choices.kindOf(field))[0] ?? 'eq'
    onChange({ ...condition, field, op, value: '' })
  }
  return (
    <Group gap="xs" align="center" wrap="wrap">
      <Select
        aria-label={`${label}: field`}
        w={180}
        searchable
        allowDeselect={false}
        disabled={readOnly}
        value={condition.field}
        onChange={changeField}
        data={fieldOptions(choices.fields)}
      />
      <Select
        aria-label={`${label}: operator`}
        w={150}
        allowDeselect={false}
        disabled={readOnly}
        value={condition.op}
        onChange={(op) => op && onChange({ ...condition, op: op as ConditionNode['op'] })}
        data={opsOf(kind).map((op) => ({ value: op, label: opLabel(op, kind) }))}
      />
      {needsValue(condition.op) && (
        <ValueInput
          kind={kind}
          label={`${label}: value`}
          value={condition.value}
          choices={choices}
          readOnly={readOnly}
          onChange={(value) => onChange({ ...condition, value })}
        />
      )}
      {onRemove && !readOnly && (
        <Button
          size="compact-sm"
          variant="default"
          onClick={onRemove}
          aria-label={`Remove ${label}`}
        >
          Remove
        </Button>
      )}
    </Group>
  )
}

function fieldOptions(fields: readonly FieldChoice[]) {
  const standard = fields.filter((f) => !f.value.startsWith('fields.'))
  const custom = fields.filter((f) => f.value.startsWith('fields.'))
  const items = (list: readonly FieldChoice[]) => list.map(({ value, label }) => ({ value, label }))
  return custom.length > 0
    ? [
        { group: 'Contact', items: items(standard) },
        { group: 'Custom fields', items: items(custom) },
      ]
    : items(standard)
}

const STATUSES = [
  { value: 'subscribed', label: 'Subscribed' },
  { value: 'unsubscribed', label: 'Unsubscribed' },
  { value: 'pending', label: 'Waiting for confirmation' },
]

function ValueInput({
  kind,
  label,
  value,
  choices,
  readOnly,
  onChange,
}: {
  kind: Kind
  label: string
  value: string
  choices: BuilderChoices
  readOnly: boolean
  onChange: (value: string) => void
}) {
  const options =
    kind === 'status'
      ? STATUSES
      : kind === 'boolean'
        ? [
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]
        : kind === 'group'
          ? choices.groups
          : kind === 'tag'
            ? choices.tags
            : undefined
  if (options)
    return (
      <Select
        aria-label={label}
        w={220}
        searchable
        disabled={readOnly}
        placeholder="Choose"
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        data={[...options]}
        nothingFoundMessage="Nothing here yet"
      />
    )
  return (
    <TextInput
      aria-label={label}
      w={220}
      disabled={readOnly}
      type={kind === 'date' ? 'date' : 'text'}
      inputMode={kind === 'number' ? 'decimal' : undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  )
}
