import { Group, NumberInput, Select, Stack, TextInput } from '@mantine/core'
import { type FlowChoices, labelOf, type Option, useChoices } from './choices'

export type Trigger =
  | { type: 'group_joined'; groupId: string }
  | { type: 'signed_up' }
  | { type: 'tag_added'; tagId: string }
  | { type: 'date_field'; field: string; time: string; daysBefore: number }
  | { type: 'campaign_engaged'; campaignId: string; action: 'opened' | 'clicked' }
  | { type: 'event'; name: string }

export const TRIGGER_TYPES: ReadonlyArray<{ value: Trigger['type']; label: string }> = [
  { value: 'group_joined', label: 'A contact joins a group' },
  { value: 'signed_up', label: 'A contact signs up or confirms their subscription' },
  { value: 'tag_added', label: 'A tag is added to a contact' },
  { value: 'date_field', label: 'A date comes round (a birthday, a renewal)' },
  { value: 'campaign_engaged', label: 'A contact opens or clicks a campaign' },
  { value: 'event', label: 'An event arrives (from the API or an integration)' },
]

export function newTrigger(type: Trigger['type']): Trigger {
  switch (type) {
    case 'group_joined':
      return { type, groupId: '' }
    case 'signed_up':
      return { type }
    case 'tag_added':
      return { type, tagId: '' }
    case 'date_field':
      return { type, field: 'createdAt', time: '09:00', daysBefore: 0 }
    case 'campaign_engaged':
      return { type, campaignId: '', action: 'opened' }
    case 'event':
      return { type, name: '' }
  }
}

/** What starts the program, in words (the program list, the builder's heading). */
export function triggerInWords(trigger: Trigger, choices: FlowChoices): string {
  switch (trigger.type) {
    case 'group_joined':
      return `Joins the group ${labelOf(choices.groups, trigger.groupId)}`
    case 'signed_up':
      return 'Signs up or confirms their subscription'
    case 'tag_added':
      return `Is tagged ${labelOf(choices.tags, trigger.tagId)}`
    case 'date_field': {
      const before = trigger.daysBefore > 0 ? `${trigger.daysBefore} days before ` : ''
      return `${before}${labelOf(choices.dateFields, trigger.field)}, yearly at ${trigger.time}`
    }
    case 'campaign_engaged':
      return `${trigger.action === 'opened' ? 'Opens' : 'Clicks in'} the campaign ${labelOf(choices.campaigns, trigger.campaignId)}`
    case 'event':
      return `The event “${trigger.name}” arrives`
  }
}

function Pick({
  label,
  data,
  value,
  readOnly,
  onChange,
}: {
  label: string
  data: Option[]
  value: string
  readOnly: boolean
  onChange: (value: string) => void
}) {
  return (
    <Select
      label={label}
      data={data}
      searchable
      placeholder="Choose"
      nothingFoundMessage="Nothing here yet"
      disabled={readOnly}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
    />
  )
}

/** The trigger: what starts the program for a contact, and its settings. */
export function TriggerPicker({
  trigger,
  readOnly,
  onChange,
}: {
  trigger: Trigger
  readOnly: boolean
  onChange: (next: Trigger) => void
}) {
  const choices = useChoices()
  return (
    <Stack>
      <Select
        label="Starts when"
        allowDeselect={false}
        disabled={readOnly}
        data={[...TRIGGER_TYPES]}
        value={trigger.type}
        onChange={(type) =>
          type && type !== trigger.type && onChange(newTrigger(type as Trigger['type']))
        }
      />
      <TriggerSettings
        trigger={trigger}
        choices={choices}
        readOnly={readOnly}
        onChange={onChange}
      />
    </Stack>
  )
}

function TriggerSettings({
  trigger,
  choices,
  readOnly,
  onChange,
}: {
  trigger: Trigger
  choices: FlowChoices
  readOnly: boolean
  onChange: (next: Trigger) => void
}) {
  switch (trigger.type) {
    case 'group_joined':
      return (
        <Pick
          label="Group"
          data={choices.groups}
          value={trigger.groupId}
          readOnly={readOnly}
          onChange={(groupId) => onChange({ ...trigger, groupId })}
        />
      )
    case 'tag_added':
      return (
        <Pick
          label="Tag"
          data={choices.tags}
          value={trigger.tagId}
          readOnly={readOnly}
          onChange={(tagId) => onChange({ ...trigger, tagId })}
        />
      )
    case 'date_field':
      return (
        <Group align="end" wrap="wrap">
          <Pick
            label="Date"
            data={choices.dateFields}
            value={trigger.field}
            readOnly={readOnly}
            onChange={(field) => onChange({ ...trigger, field })}
          />
          <NumberInput
            label="Days before"
            min={0}
            max={365}
            w={130}
            allowDecimal={false}
            disabled={readOnly}
            value={trigger.daysBefore}
            onChange={(days) => onChange({ ...trigger, daysBefore: Number(days) || 0 })}
          />
          <TextInput
            label="At"
            description="The account’s time zone"
            type="time"
            w={150}
            disabled={readOnly}
            value={trigger.time}
            onChange={(event) => onChange({ ...trigger, time: event.currentTarget.value })}
          />
        </Group>
      )
    case 'campaign_engaged':
      return (
        <Group align="end" wrap="wrap">
          <Select
            label="Does what"
            w={160}
            allowDeselect={false}
            disabled={readOnly}
            data={[
              { value: 'opened', label: 'Opens' },
              { value: 'clicked', label: 'Clicks in' },
            ]}
            value={trigger.action}
            onChange={(action) =>
              action && onChange({ ...trigger, action: action as 'opened' | 'clicked' })
            }
          />
          <Pick
            label="Campaign"
            data={choices.campaigns}
            value={trigger.campaignId}
            readOnly={readOnly}
            onChange={(campaignId) => onChange({ ...trigger, campaignId })}
          />
        </Group>
      )
    case 'event':
      return (
        <TextInput
          label="Event name"
          description="As posted to …/events or by an inbound integration, such as order_placed"
          required
          disabled={readOnly}
          value={trigger.name}
          onChange={(event) => onChange({ ...trigger, name: event.currentTarget.value })}
        />
      )
    case 'signed_up':
      return null
  }
}
