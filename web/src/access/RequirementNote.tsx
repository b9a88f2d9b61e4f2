import { Alert, Text } from '@mantine/core'

/** What the "requires" rules changed besides the user's own click, announced as it appears. */
export function RequirementNote({ note, onClose }: { note: string | null; onClose: () => void }) {
  return (
    <div aria-live="polite">
      {note && (
        <Alert
          color="blue"
          variant="light"
          p="xs"
          withCloseButton
          closeButtonLabel="Close"
          onClose={onClose}
        >
          <Text size="xs">{note}</Text>
        </Alert>
      )}
    </div>
  )
}
