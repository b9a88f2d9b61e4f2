import { Checkbox, NumberInput, Radio, Stack, Switch } from '@mantine/core'
import type { Filter } from './flow'
import { FilterEditor } from './StepSettings'

export interface Rules {
  entry: { mode: 'once' | 'again'; minGapHours: number }
  exit: { onUnsubscribe: boolean; onLeaveGroup: boolean }
  goal: null | { filter: Filter }
}

/** Who may enter again, when a contact leaves early, and the goal that ends the program for them. */
export function ProgramRules({
  rules,
  groupTrigger,
  readOnly,
  onChange,
}: {
  rules: Rules
  /** The trigger is joining a group: leaving that group can end the program. */
  groupTrigger: boolean
  readOnly: boolean
  onChange: (next: Rules) => void
}) {
  const { entry, exit, goal } = rules
  return (
    <Stack>
      <Radio.Group
        label="A contact enters"
        value={entry.mode}
        onChange={(mode) =>
          onChange({ ...rules, entry: { ...entry, mode: mode as 'once' | 'again' } })
        }
      >
        <Stack gap={6} mt={4}>
          <Radio value="once" label="Once, ever" disabled={readOnly} />
          <Radio value="again" label="Again, after the previous time ended" disabled={readOnly} />
        </Stack>
      </Radio.Group>
      {entry.mode === 'again' && (
        <NumberInput
          label="At least this many hours in between"
          min={0}
          max={87600}
          w={260}
          allowDecimal={false}
          disabled={readOnly}
          value={entry.minGapHours}
          onChange={(hours) =>
            onChange({ ...rules, entry: { ...entry, minGapHours: Number(hours) || 0 } })
          }
        />
      )}
      <Checkbox.Group
        label="A contact leaves the program early"
        value={[
          ...(exit.onUnsubscribe ? ['unsubscribe'] : []),
          ...(exit.onLeaveGroup ? ['leave'] : []),
        ]}
        onChange={(reasons) =>
          onChange({
            ...rules,
            exit: {
              onUnsubscribe: reasons.includes('unsubscribe'),
              onLeaveGroup: groupTrigger && reasons.includes('leave'),
            },
          })
        }
      >
        <Stack gap={6} mt={4}>
          <Checkbox value="unsubscribe" label="When they unsubscribe" disabled={readOnly} />
          {groupTrigger && (
            <Checkbox value="leave" label="When they leave the group" disabled={readOnly} />
          )}
        </Stack>
      </Checkbox.Group>
      <Switch
        label="A goal: a contact who reaches it has completed the program"
        disabled={readOnly}
        checked={goal !== null}
        onChange={(event) =>
          onChange({ ...rules, goal: event.currentTarget.checked ? { filter: { all: [] } } : null })
        }
      />
      {goal && (
        <FilterEditor
          filter={goal.filter}
          label="Goal conditions"
          readOnly={readOnly}
          onChange={(filter) => onChange({ ...rules, goal: { filter } })}
        />
      )}
    </Stack>
  )
}
