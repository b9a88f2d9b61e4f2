import { Button, Modal, Textarea, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { ServerForm, useServerForm } from '../ui/ServerForm'

export type GroupFields = {
  name: string
  description: string
}

/** Create a group, or rename and describe one: a button that opens the form in a dialog. */
export function GroupDialog({
  buttonLabel,
  accessibleName,
  title,
  submitLabel,
  initial = { name: '', description: '' },
  send,
}: {
  buttonLabel: string
  accessibleName?: string
  title: string
  submitLabel: string
  initial?: GroupFields
  send: (values: GroupFields) => Promise<void>
}) {
  const [opened, { open, close }] = useDisclosure(false)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: initial,
      validate: { name: (value: string) => (value.trim() ? null : 'Give the group a name') },
    },
    async (values) => {
      await send({ name: values.name.trim(), description: values.description.trim() })
      close()
      form.reset()
    },
  )
  return (
    <>
      <Button
        size={initial.name ? 'compact-sm' : 'sm'}
        variant={initial.name ? 'default' : 'filled'}
        onClick={open}
        aria-label={accessibleName}
      >
        {buttonLabel}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <ServerForm onSubmit={onSubmit} problem={problem}>
          <TextInput
            label="Group name"
            required
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </ServerForm>
      </Modal>
    </>
  )
}
