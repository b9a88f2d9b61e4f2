import { Alert, Badge, Button, Container, Group, Stack, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from '@tanstack/react-router'
import { AnchorLink } from '../ui/links'
import { CampaignEditor } from './CampaignEditor'
import { DecisionButtons } from './DecisionButtons'
import { campaignQuery, IN_FLIGHT, STATUS_COLORS, STATUS_LABELS } from './queries'
import { SendingProgress } from './SendingProgress'

/**
 * One campaign: its editor while it may be edited, its progress and controls while it goes out,
 * and the way to its report. What shows follows the campaign's `abilities` from the server.
 */
export function CampaignPage() {
  const { accountId, campaignId } = useParams({
    from: '/signed-in/a/$accountId/campaigns/$campaignId',
  })
  const queryClient = useQueryClient()
  const campaign = useQuery({
    ...campaignQuery(accountId, campaignId),
    // While it goes out the status moves on its own (sending → sent).
    refetchInterval: (query) =>
      query.state.data && IN_FLIGHT.includes(query.state.data.status) ? 2000 : false,
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['campaigns', accountId] })
  if (campaign.error) {
    return (
      <Container size="lg" py="md">
        <Alert color="red" role="alert" title="Campaign not found">
          This campaign does not exist or is not yours to see.
        </Alert>
      </Container>
    )
  }
  const data = campaign.data
  if (!data) return null
  const params = { accountId, campaignId }
  return (
    <Container size="lg" py="md">
      <Stack>
        <Group justify="space-between" align="start">
          <div>
            <AnchorLink to="/a/$accountId/campaigns" params={{ accountId }} size="sm">
              Campaigns
            </AnchorLink>
            <Title order={1} size="h2">
              {data.name}
            </Title>
            <Group gap="xs" mt={4}>
              <Badge color={STATUS_COLORS[data.status]} variant="dot">
                {STATUS_LABELS[data.status]}
              </Badge>
              <Text size="sm" c="dimmed">
                {data.channel === 'sms' ? 'SMS' : 'Email'}
                {data.scheduledAt &&
                  ` · scheduled for ${new Date(data.scheduledAt).toLocaleString()}`}
              </Text>
            </Group>
          </div>
          {data.abilities.viewReport && data.status !== 'draft' && (
            <Button
              renderRoot={(props) => (
                <Link to="/a/$accountId/campaigns/$campaignId/report" params={params} {...props} />
              )}
              variant="light"
            >
              Report
            </Button>
          )}
        </Group>
        {data.declineReason && data.status === 'draft' && (
          <Alert color="orange" title="Declined" role="status">
            {data.declineReason}
          </Alert>
        )}
        {data.status === 'pending_approval' && (
          <Alert color="yellow" title="In the outbox" role="status">
            <Text size="sm">
              This campaign waits for approval
              {data.recipients !== undefined && ` (${data.recipients} recipients)`}. Editing it
              takes it out of the outbox.
            </Text>
            {data.abilities.approve && (
              <DecisionButtons accountId={accountId} campaign={data} onDone={refresh} />
            )}
          </Alert>
        )}
        {IN_FLIGHT.includes(data.status) ||
        data.status === 'sent' ||
        data.status === 'terminated' ? (
          <SendingProgress accountId={accountId} campaign={data} onChange={refresh} />
        ) : null}
        {data.abilities.edit && <CampaignEditor accountId={accountId} campaign={data} />}
      </Stack>
    </Container>
  )
}
