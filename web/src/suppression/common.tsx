import { SegmentedControl, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'

export type ChannelChoice = 'all' | 'email' | 'sms'

export const channelLabel = (channel: 'email' | 'sms') => (channel === 'email' ? 'Email' : 'SMS')

/** A search box whose value reaches the server a moment after typing stops. */
export function useSearch() {
  const [text, setText] = useState('')
  const [debounced] = useDebouncedValue(text.trim(), 300)
  const box = (label: string) => (
    <TextInput
      label={label}
      placeholder="Part of an address"
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      maw={360}
    />
  )
  return { q: debounced, box }
}

export function ChannelFilter({
  value,
  onChange,
}: {
  value: ChannelChoice
  onChange: (value: ChannelChoice) => void
}) {
  return (
    <SegmentedControl
      aria-label="Channel"
      value={value}
      onChange={(next) => onChange(next as ChannelChoice)}
      data={[
        { value: 'all', label: 'All' },
        { value: 'email', label: 'Email' },
        { value: 'sms', label: 'SMS' },
      ]}
    />
  )
}
