import { Button, Textarea } from '@mantine/core'
import { ServerForm, useServerForm } from './ServerForm'

/** Declining what waits for approval (a campaign, a program): a reason its submitter reads. */
export function DeclineForm({
  description,
  onDecline,
}: {
  description: string
  onDecline: (reason: string) => Promise<void>
}) {
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { reason: '' },
      validate: { reason: (value) => (value.trim() ? null : 'Say why it is declined') },
    },
    ({ reason }) => onDecline(reason),
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <Textarea
        label="Reason"
        description={description}
        required
        autosize
        minRows={3}
        data-autofocus
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
      <Button type="submit" color="red" loading={form.submitting}>
        Decline
      </Button>
    </ServerForm>
  )
}
