import { Button, Modal } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { NameForm } from './NameForm'

/** A button opening a one-name form in a dialog (add a tag, rename it); closes once saved. */
export function NameDialog({
  buttonLabel,
  accessibleName,
  title,
  label,
  initial,
  submit,
  missing,
  compact = false,
  onSubmit,
}: {
  buttonLabel: string
  accessibleName?: string
  title: string
  label: string
  initial?: string
  submit: string
  missing: string
  compact?: boolean
  onSubmit: (name: string) => Promise<void>
}) {
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button
        size={compact ? 'compact-sm' : 'sm'}
        variant={compact ? 'default' : 'filled'}
        onClick={open}
        aria-label={accessibleName}
      >
        {buttonLabel}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <NameForm
          label={label}
          submit={submit}
          missing={missing}
          {...(initial !== undefined ? { initial } : {})}
          onSubmit={async (name) => {
            await onSubmit(name.trim())
            close()
          }}
        />
      </Modal>
    </>
  )
}
