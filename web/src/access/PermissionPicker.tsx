import { MultiSelect, type MultiSelectProps, Stack } from '@mantine/core'
import { useUncontrolled } from '@mantine/hooks'
import { useState } from 'react'
import { useCatalog } from './catalog'
import { RequirementNote } from './RequirementNote'
import { pick, picksOf, requirementNote } from './requirements'

export interface PermissionPickerProps
  extends Omit<MultiSelectProps, 'value' | 'defaultValue' | 'onChange'> {
  /** Given by a controlled owner; an uncontrolled form gives `defaultValue` instead. */
  value?: string[]
  defaultValue?: string[]
  onChange: (permissions: string[]) => void
}

/**
 * A custom permission set picked from a list, kept closed under "requires" as the permission matrix
 * keeps it (SPEC §2): picking a permission picks what it requires, dropping one drops what needs
 * it, and the note under the list says what else changed. The options stay the caller's own.
 */
export function PermissionPicker(props: PermissionPickerProps) {
  const { value: given, defaultValue, onChange, ...rest } = props
  // The picker must see the current set to close it, whoever owns it.
  const [value, setValue] = useUncontrolled({
    value: given,
    defaultValue,
    finalValue: [],
    onChange,
  })
  const permissions = useCatalog().data?.permissions ?? []
  const [note, setNote] = useState<string | null>(null)
  const labelOf = (key: string) => permissions.find((p) => p.key === key)?.label ?? key

  const onPick = (picked: string[]) => {
    const change = pick(permissions, value, picked)
    const { added, removed } = picksOf(value, picked)
    const [key] = [...added, ...removed]
    // A single pick is explained; clearing the whole list at once needs no note.
    const single = added.length + removed.length === 1 && key !== undefined
    setNote(single ? requirementNote(labelOf, key, added.length === 1, change) : null)
    setValue(change.permissions)
  }

  return (
    <Stack gap={4}>
      <MultiSelect {...rest} value={value} onChange={onPick} />
      <RequirementNote note={note} onClose={() => setNote(null)} />
    </Stack>
  )
}
