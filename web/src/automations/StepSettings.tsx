import {
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useCatalog } from '../access/catalog'
import { fromFilter, type GroupNode, newGroup, toFilter } from '../segments/conditions'
import { useBuilderChoices } from '../segments/queries'
import { ConditionGroup } from '../segments/SegmentBuilder'
import { AnchorLink } from '../ui/links'
import { type Option, useChoices } from './choices'
import {
  type Condition,
  type Duration,
  emailStepsBefore,
  type Filter,
  type Step,
  type StepOf,
  WEEKDAYS,
} from './flow'

interface SettingsProps<S extends Step> {
  step: S
  readOnly: boolean
  onChange: (next: S) => void
}

/** The settings of one step; every change goes straight into the flow. */
export function StepSettings({
  step,
  flow,
  readOnly,
  onChange,
}: SettingsProps<Step> & { flow: readonly Step[] }) {
  // Each form hands back a step of its own type, which is a Step.
  const props = { readOnly, onChange }
  switch (step.type) {
    case 'wait':
      return <WaitSettings step={step} {...props} />
    case 'send_email':
      return <EmailSettings step={step} {...props} />
    case 'send_sms':
      return <SmsSettings step={step} {...props} />
    case 'add_tag':
    case 'remove_tag':
      return <PickSettings step={step} field="tagId" label="Tag" pick="tags" {...props} />
    case 'add_to_group':
    case 'remove_from_group':
      return <PickSettings step={step} field="groupId" label="Group" pick="groups" {...props} />
    case 'set_field':
      return <FieldSettings step={step} {...props} />
    case 'branch':
      return <BranchSettings step={step} flow={flow} {...props} />
    case 'wait_for':
      return <WaitForSettings step={step} {...props} />
    case 'webhook':
      return <WebhookSettings step={step} {...props} />
    case 'end':
      return <Text size="sm">Contacts who reach this step leave the program: it is completed.</Text>
  }
}

const UNITS = [
  { value: 'minutes', label: 'minutes' },
  { value: 'hours', label: 'hours' },
  { value: 'days', label: 'days' },
]

export function DurationInput({
  label,
  value,
  readOnly,
  onChange,
}: {
  label: string
  value: Duration
  readOnly: boolean
  onChange: (next: Duration) => void
}) {
  return (
    <Group gap="xs" align="end" wrap="nowrap">
      <NumberInput
        label={label}
        min={1}
        max={1000}
        w={140}
        allowDecimal={false}
        disabled={readOnly}
        value={value.amount}
        onChange={(amount) => onChange({ ...value, amount: Number(amount) || 1 })}
      />
      <Select
        label="Unit"
        w={130}
        allowDeselect={false}
        disabled={readOnly}
        data={UNITS}
        value={value.unit}
        onChange={(unit) => unit && onChange({ ...value, unit: unit as Duration['unit'] })}
      />
    </Group>
  )
}

function WaitSettings({ step, readOnly, onChange }: SettingsProps<StepOf<'wait'>>) {
  const mode = 'duration' in step ? 'duration' : 'until'
  const switchMode = (next: string) => {
    if (next === mode) return
    onChange(
      next === 'duration'
        ? { id: step.id, type: 'wait', duration: { amount: 1, unit: 'days' } }
        : { id: step.id, type: 'wait', until: { time: '09:00', weekdays: [1, 2, 3, 4, 5] } },
    )
  }
  return (
    <Stack>
      <SegmentedControl
        aria-label="Wait how"
        disabled={readOnly}
        value={mode}
        onChange={switchMode}
        data={[
          { value: 'duration', label: 'For a time' },
          { value: 'until', label: 'Until a time of day' },
        ]}
      />
      {'duration' in step ? (
        <DurationInput
          label="Wait for"
          value={step.duration}
          readOnly={readOnly}
          onChange={(duration) => onChange({ ...step, duration })}
        />
      ) : (
        <>
          <TextInput
            label="Time of day"
            description="In the contact’s time zone, else the account’s"
            type="time"
            w={180}
            disabled={readOnly}
            value={step.until.time}
            onChange={(event) =>
              onChange({ ...step, until: { ...step.until, time: event.currentTarget.value } })
            }
          />
          <Checkbox.Group
            label="On these days"
            value={(step.until.weekdays ?? []).map(String)}
            onChange={(days) =>
              onChange({
                ...step,
                until: { ...step.until, weekdays: days.map(Number).sort((a, b) => a - b) },
              })
            }
          >
            <Group gap="sm" mt={4}>
              {WEEKDAYS.map((day, index) => (
                <Checkbox key={day} value={String(index + 1)} label={day} disabled={readOnly} />
              ))}
            </Group>
          </Checkbox.Group>
        </>
      )}
    </Stack>
  )
}

function ChoiceSelect({
  label,
  description,
  data,
  value,
  readOnly,
  clearable,
  placeholder,
  onChange,
}: {
  label: string
  description?: string
  data: Option[]
  value: string | null
  readOnly: boolean
  clearable?: boolean
  placeholder?: string
  onChange: (value: string | null) => void
}) {
  return (
    <Select
      label={label}
      description={description}
      data={data}
      searchable
      clearable={clearable}
      placeholder={placeholder ?? 'Choose'}
      nothingFoundMessage="Nothing here yet"
      disabled={readOnly}
      value={value || null}
      onChange={onChange}
    />
  )
}

function EmailSettings({ step, readOnly, onChange }: SettingsProps<StepOf<'send_email'>>) {
  const choices = useChoices()
  return (
    <Stack>
      <ChoiceSelect
        label="Template"
        description="The account’s email templates"
        data={choices.templates}
        value={step.templateId}
        readOnly={readOnly}
        onChange={(templateId) => onChange({ ...step, templateId })}
      />
      <ChoiceSelect
        label="From address"
        description="A verified sender address; empty: the account’s first one"
        data={choices.senders}
        value={step.fromAddressId}
        readOnly={readOnly}
        clearable
        placeholder="The account’s first sender address"
        onChange={(fromAddressId) => onChange({ ...step, fromAddressId })}
      />
      <TextInput
        label="Subject"
        description="Empty: the template’s subject"
        disabled={readOnly}
        value={step.subject ?? ''}
        onChange={(event) => onChange({ ...step, subject: event.currentTarget.value || null })}
      />
    </Stack>
  )
}

function SmsSettings({ step, readOnly, onChange }: SettingsProps<StepOf<'send_sms'>>) {
  return (
    <Stack>
      <Textarea
        label="Text"
        description="Liquid placeholders such as {{ firstName }} are filled in per contact"
        autosize
        minRows={3}
        disabled={readOnly}
        value={step.text}
        onChange={(event) => onChange({ ...step, text: event.currentTarget.value })}
      />
      <TextInput
        label="Sender"
        description="A phone number in E.164 form or up to 11 letters and digits; empty for the account’s"
        disabled={readOnly}
        value={step.senderId ?? ''}
        onChange={(event) => onChange({ ...step, senderId: event.currentTarget.value || null })}
      />
    </Stack>
  )
}

type PickStep = StepOf<'add_tag' | 'remove_tag' | 'add_to_group' | 'remove_from_group'>

function PickSettings({
  step,
  field,
  label,
  pick,
  readOnly,
  onChange,
}: SettingsProps<PickStep> & {
  field: 'tagId' | 'groupId'
  label: string
  pick: 'tags' | 'groups'
}) {
  const choices = useChoices()
  return (
    <ChoiceSelect
      label={label}
      data={choices[pick]}
      value={(step as Record<string, unknown>)[field] as string | null}
      readOnly={readOnly}
      onChange={(value) => onChange({ ...step, [field]: value })}
    />
  )
}

function WebhookSettings({ step, readOnly, onChange }: SettingsProps<StepOf<'webhook'>>) {
  const choices = useChoices()
  const permission = useCatalog().data?.permissions.find((p) => p.key === 'developer.webhooks')
  if (!choices.mayListWebhooks) {
    return (
      <Text size="sm">
        Choosing a webhook needs the permission “{permission?.label ?? 'developer.webhooks'}”.{' '}
        <AnchorLink to="/a/$accountId/access" params={{ accountId: choices.accountId }}>
          Who can…?
        </AnchorLink>{' '}
        shows who holds it in this account.
      </Text>
    )
  }
  return (
    <ChoiceSelect
      label="Webhook"
      description="Each contact is posted to it as a program.step event, signed like every webhook message"
      data={choices.webhooks}
      value={step.webhookId}
      readOnly={readOnly}
      onChange={(webhookId) => onChange({ ...step, webhookId })}
    />
  )
}

function FieldSettings({ step, readOnly, onChange }: SettingsProps<StepOf<'set_field'>>) {
  const choices = useChoices()
  return (
    <Stack>
      <ChoiceSelect
        label="Field"
        data={choices.fields}
        value={step.field}
        readOnly={readOnly}
        onChange={(field) => onChange({ ...step, field: field ?? '' })}
      />
      <TextInput
        label="Value"
        disabled={readOnly}
        value={step.value}
        onChange={(event) => onChange({ ...step, value: event.currentTarget.value })}
      />
    </Stack>
  )
}

/**
 * The segment builder's conditions, kept as its own model while the drawer is open (a condition
 * still missing its value stays on screen) and written to the step as the API's filter.
 */
export function FilterEditor({
  filter,
  label,
  readOnly,
  onChange,
}: {
  filter: Filter | null
  label: string
  readOnly: boolean
  onChange: (next: Filter) => void
}) {
  const choices = useBuilderChoices(useChoices().accountId)
  // An empty filter opens as the segment builder's new group: one condition to fill in.
  const [root, setRoot] = useState<GroupNode>(() => {
    const saved = filter ? fromFilter(filter as Parameters<typeof fromFilter>[0]) : undefined
    return saved && saved.children.length > 0 ? saved : newGroup('all')
  })
  const change = (next: GroupNode) => {
    setRoot(next)
    onChange(toFilter(next, choices.kindOf) ?? { [next.match]: [] })
  }
  return (
    <ConditionGroup
      group={root}
      choices={choices}
      label={label}
      readOnly={readOnly}
      onChange={change}
    />
  )
}

function BranchSettings({
  step,
  flow,
  readOnly,
  onChange,
}: SettingsProps<StepOf<'branch'>> & { flow: readonly Step[] }) {
  const emails = emailStepsBefore(flow, step.id)
  // A new branch has no condition yet: its form starts as contact conditions, empty.
  const condition: Condition = step.condition ?? { kind: 'segment', filter: { all: [] } }
  const switchKind = (kind: string) => {
    if (kind === condition.kind) return
    onChange({
      ...step,
      condition:
        kind === 'segment'
          ? { kind: 'segment', filter: { all: [] } }
          : { kind: 'engaged', action: 'opened', stepId: emails.at(-1)?.id ?? '' },
    })
  }
  return (
    <Stack>
      <SegmentedControl
        aria-label="Branch on"
        disabled={readOnly}
        value={condition.kind}
        onChange={switchKind}
        data={[
          { value: 'segment', label: 'Contact conditions' },
          { value: 'engaged', label: 'Opened or clicked' },
        ]}
      />
      {condition.kind === 'segment' ? (
        <FilterEditor
          filter={condition.filter}
          label="Branch conditions"
          readOnly={readOnly}
          onChange={(filter) => onChange({ ...step, condition: { ...condition, filter } })}
        />
      ) : (
        <Group align="end">
          <Select
            label="The contact"
            w={130}
            allowDeselect={false}
            disabled={readOnly}
            value={condition.action}
            data={[
              { value: 'opened', label: 'opened' },
              { value: 'clicked', label: 'clicked in' },
            ]}
            onChange={(action) =>
              action &&
              onChange({
                ...step,
                condition: { ...condition, action: action as 'opened' | 'clicked' },
              })
            }
          />
          <ChoiceSelect
            label="The email of"
            description="An email step above this one"
            data={emails.map((email, index) => ({
              value: email.id,
              label: `Email ${index + 1}`,
            }))}
            value={condition.stepId}
            readOnly={readOnly}
            onChange={(stepId) =>
              onChange({ ...step, condition: { ...condition, stepId: stepId ?? '' } })
            }
          />
        </Group>
      )}
    </Stack>
  )
}

function WaitForSettings({ step, readOnly, onChange }: SettingsProps<StepOf<'wait_for'>>) {
  const mode = step.filter ? 'filter' : 'event'
  return (
    <Stack>
      <SegmentedControl
        aria-label="Wait for"
        disabled={readOnly}
        value={mode}
        onChange={(next) =>
          onChange(
            next === 'event'
              ? { ...step, event: '', filter: null }
              : { ...step, event: null, filter: { all: [] } },
          )
        }
        data={[
          { value: 'event', label: 'An event' },
          { value: 'filter', label: 'A condition' },
        ]}
      />
      {mode === 'event' ? (
        <TextInput
          label="Event name"
          description="As posted to the API or by an integration, such as order_placed"
          disabled={readOnly}
          value={step.event ?? ''}
          onChange={(event) => onChange({ ...step, event: event.currentTarget.value })}
        />
      ) : (
        <FilterEditor
          filter={step.filter}
          label="Conditions to wait for"
          readOnly={readOnly}
          onChange={(filter) => onChange({ ...step, filter })}
        />
      )}
      <DurationInput
        label="Give up after"
        value={step.timeout}
        readOnly={readOnly}
        onChange={(timeout) => onChange({ ...step, timeout })}
      />
    </Stack>
  )
}
