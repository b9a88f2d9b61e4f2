import { Button, Modal } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { emailAddress, FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'

// A type, not an interface: a form's values must be indexable.
export type Address = { email: string; name: string }

/**
 * A button that opens a form for an address and a name (senders, testers), new or to change;
 * `send` writes it, and the dialog closes once the server has accepted it.
 */
export function AddressDialog({
  buttonLabel,
  accessibleName,
  title,
  nameLabel,
  initial = { email: '', name: '' },
  submitLabel,
  send,
}: {
  buttonLabel: string
  accessibleName?: string
  title: string
  nameLabel: string
  initial?: Address
  submitLabel: string
  send: (values: Address) => Promise<void>
}) {
  const [opened, { open, close }] = useDisclosure(false)
  const adding = initial.email === ''
  return (
    <>
      <Button
        onClick={open}
        size={adding ? 'sm' : 'compact-sm'}
        variant={adding ? 'filled' : 'default'}
        aria-label={accessibleName}
      >
        {buttonLabel}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <AddressForm
          initial={initial}
          nameLabel={nameLabel}
          submitLabel={submitLabel}
          send={async (values) => {
            await send(values)
            close()
          }}
        />
      </Modal>
    </>
  )
}

function AddressForm({
  initial,
  nameLabel,
  submitLabel,
  send,
}: {
  initial: Address
  nameLabel: string
  submitLabel: string
  send: (values: Address) => Promise<void>
}) {
  const { form, problem, onSubmit } = useServerForm(
    { initialValues: initial, validate: { email: emailAddress('Enter an email address') } },
    send,
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput of={form} name="email" label="Email address" type="email" data-autofocus />
      <FormTextInput of={form} name="name" label={nameLabel} required={false} />
      <Button type="submit" loading={form.submitting}>
        {submitLabel}
      </Button>
    </ServerForm>
  )
}
