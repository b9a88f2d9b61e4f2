import { Alert, Button, CopyButton, Group, Modal, Table, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { type ReactNode, useState } from 'react'
import { placeServerError } from '../auth/errors'

/** A list that did not load says so, instead of looking empty. */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  if (!error) return null
  return (
    <Alert color="red" role="alert" mb="md">
      {what} could not be loaded.
    </Alert>
  )
}

export function when(iso: string | null | undefined, never = 'Never'): string {
  return iso ? new Date(iso).toLocaleString() : never
}

/** A value to copy somewhere else (a DNS record, a key): one click, and it says it did. */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? 'filled' : 'default'}
          color={copied ? 'teal' : undefined}
          onClick={copy}
          style={{ flexShrink: 0 }}
          aria-label={copied ? `${label} copied` : `Copy ${label}`}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      )}
    </CopyButton>
  )
}

/**
 * A button for an act that cannot be undone: it asks first, then runs `act`; a refusal of the
 * server is shown as a notification.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  act,
  accessibleName,
}: {
  label: string
  title: string
  children: ReactNode
  confirmLabel: string
  act: () => Promise<void>
  accessibleName?: string
}) {
  const [opened, { open, close }] = useDisclosure(false)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      await act()
      close()
    } catch (error) {
      notifications.show({ color: 'red', message: placeServerError(null, error) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button
        size="compact-sm"
        variant="default"
        color="red"
        onClick={open}
        aria-label={accessibleName}
      >
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <Text size="sm">{children}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void run()}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  )
}

/** The "more" of a keyset-paged list: shown while the server says there is a next page. */
export function LoadMoreButton({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
}) {
  if (!query.hasNextPage) return null
  return (
    <Button
      variant="default"
      w="fit-content"
      loading={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      Show more
    </Button>
  )
}

/** A warning to read before going on (a secret shown once); its title in the text colour for 4.5:1. */
export function Warning({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert color="yellow" title={title} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      {children}
    </Alert>
  )
}

/** A table's header row; a column given as false is left out (shown only to some callers). */
export function TableHeader({ columns }: { columns: ReadonlyArray<string | false> }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns
          .filter((column) => column !== false)
          .map((column) => (
            <Table.Th key={column}>{column}</Table.Th>
          ))}
      </Table.Tr>
    </Table.Thead>
  )
}
