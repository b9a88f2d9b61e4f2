import { Button, Group, Stack, Text } from '@mantine/core'
import { type ReactNode, useState } from 'react'
import { showFailure } from '../ui/failure'

/** A deletion asked once more: what it does, keep or delete; a refusal is shown as it came. */
export function ConfirmDelete({
  children,
  confirm,
  remove,
  onDone,
}: {
  children: ReactNode
  confirm: string
  remove: () => Promise<void>
  onDone: () => void
}) {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      await remove()
      onDone()
    } catch (error) {
      showFailure(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Stack>
      <Text size="sm">{children}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Keep it
        </Button>
        <Button color="red" loading={busy} onClick={() => void run()}>
          {confirm}
        </Button>
      </Group>
    </Stack>
  )
}
