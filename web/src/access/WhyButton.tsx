import { Alert, Button, List, Loader, Popover, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { usePathWords } from './paths'

interface WhyProps {
  accountId: string
  userId: string
  permission: { key: string; label: string }
  /** Whose access it is, for the sentence: "Nina" or "you". */
  who: string
}

/** "Why?" beside a permission: the server's own explanation (the same decision the gate makes). */
export function WhyButton(props: WhyProps) {
  const [opened, { toggle, close }] = useDisclosure(false)
  return (
    <Popover
      opened={opened}
      onChange={(open) => !open && close()}
      width={320}
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={toggle}
          aria-label={`Why: ${props.permission.label}?`}
          aria-expanded={opened}
        >
          Why?
        </Button>
      </Popover.Target>
      <Popover.Dropdown>{opened && <Explanation {...props} />}</Popover.Dropdown>
    </Popover>
  )
}

function Explanation({ accountId, userId, permission, who }: WhyProps) {
  const words = usePathWords()
  const explanation = useQuery({
    queryKey: ['explain', accountId, userId, permission.key],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/access/explain', {
          params: { path: { accountId }, query: { userId, permission: permission.key } },
        }),
      ),
  })
  if (explanation.isPending) return <Loader size="sm" aria-label="Loading the explanation" />
  if (explanation.error) return <Alert color="red">The explanation could not be loaded.</Alert>
  const { allowed, paths } = explanation.data
  return (
    <Stack gap="xs" role="status">
      <Text size="sm" fw={600}>
        {allowed
          ? `${who} may: ${permission.label}, through`
          : `${who} may not: ${permission.label}.`}
      </Text>
      {allowed ? (
        <List size="sm">
          {paths.map((path) => (
            <List.Item key={`${path.kind}:${path.accountId}`}>{words(path)}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">
          {paths.length === 0
            ? 'They have no access here.'
            : `None of their access grants it: ${paths.map(words).join('; ')}.`}
        </Text>
      )}
    </Stack>
  )
}
