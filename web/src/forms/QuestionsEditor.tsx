import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Input,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { FormValues } from './FormPage'
import { isChoice, QUESTION_TYPES, type QuestionRow, questionRow } from './questions'

type Form = UseFormReturnType<FormValues>

const SCALE_MIN = ['0', '1']
const SCALE_MAX = ['2', '3', '4', '5', '6', '7', '8', '9', '10']

/**
 * A survey's questions in the form's settings: added, removed and moved; a refusal of the server
 * shows on the control it names (`questions.2.options` under that question's options).
 */
export function QuestionsEditor({ form }: { form: Form }) {
  const rows = form.getValues().questions
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Questions
      </Text>
      <Text size="xs" c="dimmed">
        Asked after the contact fields. Each response keeps its answers; the results count them.
      </Text>
      {rows.map((row, index) => (
        <QuestionFields key={row.key} form={form} row={row} index={index} count={rows.length} />
      ))}
      {form.errors.questions && <Input.Error>{form.errors.questions}</Input.Error>}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => form.insertListItem('questions', questionRow())}
      >
        Add a question
      </Button>
    </Stack>
  )
}

function QuestionFields({
  form,
  row,
  index,
  count,
}: {
  form: Form
  row: QuestionRow
  index: number
  count: number
}) {
  const at = `questions.${index}`
  const move = (to: number) => {
    if (to >= 0 && to < count) form.reorderListItem('questions', { from: index, to })
  }
  // Looked disabled but still focusable: the button keeps the focus when its question reaches
  // the top or the bottom, instead of dropping it to the page.
  const ends = (atEnd: boolean) => (atEnd ? { 'data-disabled': true, 'aria-disabled': true } : {})
  return (
    <Fieldset legend={`Question ${index + 1}`}>
      <Stack gap="sm">
        <Group align="flex-start" wrap="wrap">
          <Select
            w={180}
            label="Type"
            data={QUESTION_TYPES}
            allowDeselect={false}
            {...form.getInputProps(`${at}.type`)}
          />
          <TextInput
            required
            label="Question"
            style={{ flex: '1 1 240px' }}
            {...form.getInputProps(`${at}.label`)}
          />
        </Group>
        <TextInput label="Help text" {...form.getInputProps(`${at}.help`)} />
        <Checkbox
          label="Required"
          {...form.getInputProps(`${at}.required`, { type: 'checkbox' })}
        />
        {isChoice(row.type) && <OptionsFields form={form} row={row} at={at} />}
        {row.type === 'scale' && <ScaleFields form={form} row={row} at={at} />}
        <Group gap="xs">
          <Button
            variant="default"
            size="compact-sm"
            aria-label={`Move up: question ${index + 1}`}
            {...ends(index === 0)}
            onClick={() => move(index - 1)}
          >
            Move up
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            aria-label={`Move down: question ${index + 1}`}
            {...ends(index === count - 1)}
            onClick={() => move(index + 1)}
          >
            Move down
          </Button>
          <Button
            variant="default"
            color="red"
            size="compact-sm"
            aria-label={`Remove: question ${index + 1}`}
            disabled={count === 1}
            onClick={() => form.removeListItem('questions', index)}
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  )
}

function OptionsFields({ form, row, at }: { form: Form; row: QuestionRow; at: string }) {
  const error = form.errors[`${at}.options`]
  const errorId = `${row.key}-options-error`
  return (
    <Fieldset legend="Options" variant="unstyled" aria-describedby={error ? errorId : undefined}>
      <Stack gap="xs">
        {row.options.map((_, i) => (
          // An option is its place in the list: the texts may repeat while being typed.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              required
              label={`Option ${i + 1}`}
              style={{ flex: 1 }}
              {...form.getInputProps(`${at}.options.${i}`)}
            />
            <ActionIcon
              variant="default"
              size="lg"
              mb={form.errors[`${at}.options.${i}`] ? 22 : 0}
              aria-label={`Remove option ${i + 1}`}
              disabled={row.options.length <= 2}
              onClick={() => form.removeListItem(`${at}.options`, i)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {error && <Input.Error id={errorId}>{error}</Input.Error>}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          onClick={() => form.insertListItem(`${at}.options`, '')}
        >
          Add an option
        </Button>
      </Stack>
    </Fieldset>
  )
}

function ScaleFields({ form, row, at }: { form: Form; row: QuestionRow; at: string }) {
  const end = (which: 'min' | 'max', data: string[], label: string) => (
    <Select
      w={110}
      label={label}
      data={data}
      allowDeselect={false}
      value={String(row.scale[which])}
      error={form.errors[`${at}.scale.${which}`]}
      onChange={(value) => form.setFieldValue(`${at}.scale.${which}`, Number(value))}
    />
  )
  return (
    <Stack gap={4}>
      <Group align="flex-start" wrap="wrap">
        {end('min', SCALE_MIN, 'From')}
        <TextInput
          label="Label of the lowest"
          placeholder="e.g. Not at all"
          style={{ flex: '1 1 180px' }}
          {...form.getInputProps(`${at}.scale.minLabel`)}
        />
        {end('max', SCALE_MAX, 'To')}
        <TextInput
          label="Label of the highest"
          placeholder="e.g. Very likely"
          style={{ flex: '1 1 180px' }}
          {...form.getInputProps(`${at}.scale.maxLabel`)}
        />
      </Group>
      {form.errors[`${at}.scale`] && <Input.Error>{form.errors[`${at}.scale`]}</Input.Error>}
    </Stack>
  )
}
