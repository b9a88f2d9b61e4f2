import { Button, Card, Group, Progress, SimpleGrid, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { showFailure } from '../ui/failure'
import { type Campaign, campaignAction, IN_FLIGHT, reportQuery } from './queries'

const CONTROLS = [
  { action: 'pause', label: 'Pause', variant: 'default', color: 'gray' },
  { action: 'resume', label: 'Resume', variant: 'default', color: 'gray' },
  // Filled takes the theme's darker shade: white on it keeps 4.5:1.
  { action: 'terminate', label: 'Terminate', variant: 'filled', color: 'red' },
] as const

/** Live progress while the campaign goes out (polled), with the controls the caller may use. */
export function SendingProgress({
  accountId,
  campaign,
  onChange,
}: {
  accountId: string
  campaign: Campaign
  onChange: () => unknown
}) {
  const live = IN_FLIGHT.includes(campaign.status)
  const report = useQuery({
    ...reportQuery(accountId, campaign.id),
    enabled: campaign.abilities.viewReport,
    refetchInterval: live ? 2000 : false,
  })
  // Polling stops when the campaign leaves sending, which the page may learn before the report
  // shows the last sends: read the figures once more whenever the status changes.
  const { refetch } = report
  const shownStatus = useRef(campaign.status)
  useEffect(() => {
    if (shownStatus.current === campaign.status) return
    shownStatus.current = campaign.status
    void refetch()
  }, [campaign.status, refetch])
  const [busy, setBusy] = useState<string | null>(null)
  const control = async (action: (typeof CONTROLS)[number]['action']) => {
    setBusy(action)
    try {
      await campaignAction(accountId, campaign.id, action)
      await onChange()
    } catch (error) {
      showFailure(error)
    } finally {
      setBusy(null)
    }
  }
  const figures = report.data
  const done = figures ? figures.sent + figures.failed + figures.skipped : 0
  const share = figures && figures.recipients > 0 ? (done / figures.recipients) * 100 : 0
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {live ? 'Sending progress' : 'Delivery'}
      </Text>
      {figures && (
        <>
          <Progress
            value={share}
            aria-label={`${done} of ${figures.recipients} recipients done`}
            animated={campaign.status === 'sending'}
            mb="sm"
          />
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <Figure label="Recipients" value={figures.recipients} />
            <Figure label="Queued" value={figures.queued} />
            <Figure label="Sent" value={figures.sent} />
            <Figure label="Failed" value={figures.failed} />
            <Figure label="Rate" value={`${figures.sentLastMinute} / min`} />
          </SimpleGrid>
        </>
      )}
      <Group mt="md" gap="xs">
        {CONTROLS.filter(({ action }) => campaign.abilities[action]).map((c) => (
          <Button
            key={c.action}
            color={c.color}
            variant={c.variant}
            loading={busy === c.action}
            onClick={() => control(c.action)}
          >
            {c.label}
          </Button>
        ))}
      </Group>
    </Card>
  )
}

export function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="lg">
        {value}
      </Text>
    </div>
  )
}
