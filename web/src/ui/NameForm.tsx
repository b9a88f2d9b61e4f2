import { Button, TextInput } from '@mantine/core'
import { ServerForm, useServerForm } from './ServerForm'

/** A form with one name to give (an account, a team): the server's refusal lands on the field. */
export function NameForm({
  label,
  initial = '',
  submit,
  missing,
  onSubmit,
}: {
  label: string
  initial?: string
  /** The button's text. */
  submit: string
  /** What to say when the name is left empty. */
  missing: string
  onSubmit: (name: string) => Promise<void>
}) {
  const {
    form,
    problem,
    onSubmit: send,
  } = useServerForm(
    {
      initialValues: { name: initial },
      validate: { name: (value: string) => (value.trim() ? null : missing) },
    },
    ({ name }) => onSubmit(name),
  )
  return (
    <ServerForm onSubmit={send} problem={problem}>
      <TextInput
        label={label}
        required
        data-autofocus
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      <Button type="submit" loading={form.submitting}>
        {submit}
      </Button>
    </ServerForm>
  )
}
