import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { type ReactNode, useState } from 'react'
import { showFailure } from '../ui/failure'

/**
 * A deletion asked once more, in a dialog: what it does, keep or delete; a refusal is shown as
 * it came. Open while `item` is set.
 */
export function DeleteDialog<T extends { name: string }>({
  item,
  onClose,
  confirm,
  remove,
  explain,
}: {
  item: T | null
  onClose: () => void
  confirm: string
  remove: (item: T) => Promise<void>
  explain: (item: T) => ReactNode
}) {
  const [busy, setBusy] = useState(false)
  const run = async (target: T) => {
    setBusy(true)
    try {
      await remove(target)
      onClose()
    } catch (error) {
      showFailure(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal opened={item !== null} onClose={onClose} title={`Delete ${item?.name ?? ''}?`}>
      {item && (
        <Stack>
          <Text size="sm">{explain(item)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button color="red" loading={busy} onClick={() => void run(item)}>
              {confirm}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
