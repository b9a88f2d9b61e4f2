import { Button, Group, Select, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { showFailure } from './failure'
import { ServerForm, useServerForm } from './ServerForm'

/** One account a thing is shared with, as the dialog lists it. */
export interface ShareRow {
  accountId: string
  accountName: string
  /** Said after the name, dimmed (how the account is reached). */
  note?: string
  /** Whether the caller may stop this share (the server's answer). */
  removable: boolean
}

/** The words that differ between what is shared (a group, a template). */
export interface SharesWording {
  /** What is shared, as in "Share the group". */
  kind: string
  /** Its name, as in "Newsletter is shared.". */
  name: string
  /** What the receiving account gets, above the form. */
  explanation: string
  /** The select's placeholder and the message when none is chosen. */
  choose: string
  /** The select's placeholder when there is nobody left to share with. */
  noTarget: string
  /** Said under "Shared with" when the list is empty. */
  nobody: string
}

/**
 * Share something with another account and stop sharing it: what is shared, with whom it may be,
 * and the calls that do it are the caller's; the server decides whether each is allowed.
 */
export function SharesDialog({
  wording,
  shares,
  targets,
  truncated = false,
  share,
  unshare,
  refresh,
}: {
  wording: SharesWording
  shares: ShareRow[] | undefined
  targets: { value: string; label: string }[]
  /** The server answered only the first 500 targets. */
  truncated?: boolean
  share: (targetAccountId: string) => Promise<unknown>
  unshare: (targetAccountId: string) => Promise<unknown>
  refresh: () => Promise<void>
}) {
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { accountId: '' },
      validate: { accountId: (value: string) => (value ? null : wording.choose) },
    },
    async (values) => {
      await share(values.accountId)
      notifications.show({ color: 'green', message: `${wording.name} is shared.` })
      form.reset()
      await refresh()
    },
  )
  const stop = async (targetAccountId: string) => {
    try {
      await unshare(targetAccountId)
    } catch (error) {
      showFailure(error)
    }
    await refresh()
  }
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {wording.explanation}
      </Text>
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <Select
          label="Share with"
          placeholder={targets.length ? wording.choose : wording.noTarget}
          data={targets}
          searchable
          required
          data-autofocus
          key={form.key('accountId')}
          {...form.getInputProps('accountId')}
          description={truncated ? 'The first 500 accounts by name.' : undefined}
        />
        <Button type="submit" loading={form.submitting}>
          Share the {wording.kind}
        </Button>
      </ServerForm>
      <Text size="sm" fw={600}>
        Shared with
      </Text>
      {shares?.length === 0 && <Text size="sm">{wording.nobody}</Text>}
      {shares?.map((row) => (
        <Group key={row.accountId} justify="space-between" wrap="nowrap">
          <Text size="sm">
            {row.accountName}
            {row.note && (
              <Text span size="xs" c="dimmed">
                {row.note}
              </Text>
            )}
          </Text>
          {row.removable && (
            <Button
              size="xs"
              variant="default"
              onClick={() => void stop(row.accountId)}
              aria-label={`Stop sharing with ${row.accountName}`}
            >
              Stop sharing
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  )
}
