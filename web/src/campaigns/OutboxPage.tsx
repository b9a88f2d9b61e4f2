import { Alert, Badge, Container, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useMe } from '../app/session'
import { ActionTable } from '../ui/ActionTable'
import { AnchorLink } from '../ui/links'
import { DecisionButtons } from './DecisionButtons'
import { type Campaign, campaignsQuery } from './queries'

/**
 * Seed 002's outbox: campaigns waiting for approval, with Approve and Decline for those who may
 * (the server's `approve` ability: never one's own submission); submitters see their own waiting
 * campaigns and those declined, with the reason.
 */
export function OutboxPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/outbox' })
  const me = useMe().data?.user.id
  const queryClient = useQueryClient()
  const waiting = useQuery(campaignsQuery(accountId, { q: '', status: 'pending_approval' }))
  const drafts = useQuery(campaignsQuery(accountId, { q: '', status: 'draft' }))
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['campaigns', accountId] })
  const pending = waiting.data?.items ?? []
  const toDecide = pending.filter((c) => c.abilities.approve)
  const mine = pending.filter((c) => c.submittedBy === me)
  const declined = (drafts.data?.items ?? []).filter(
    (c) => c.declineReason !== null && c.createdBy === me,
  )
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="md">
        Outbox
      </Title>
      {(waiting.error || drafts.error) && (
        <Alert color="red" role="alert">
          The outbox could not be loaded.
        </Alert>
      )}
      <Stack gap="xl">
        <Section title="Waiting for your approval" empty="Nothing waits for your approval.">
          {toDecide.length > 0 && (
            <ActionTable label="Waiting for your approval" minWidth={640} columns={COLUMNS}>
              {toDecide.map((campaign) => (
                <OutboxRow key={campaign.id} accountId={accountId} campaign={campaign}>
                  <DecisionButtons accountId={accountId} campaign={campaign} onDone={refresh} />
                </OutboxRow>
              ))}
            </ActionTable>
          )}
        </Section>
        <Section title="Your campaigns waiting" empty="None of your campaigns is waiting.">
          {mine.length > 0 && (
            <ActionTable label="Your campaigns waiting" minWidth={640} columns={COLUMNS}>
              {mine.map((campaign) => (
                <OutboxRow key={campaign.id} accountId={accountId} campaign={campaign}>
                  <Badge color="yellow" variant="dot">
                    Waiting for approval
                  </Badge>
                </OutboxRow>
              ))}
            </ActionTable>
          )}
        </Section>
        <Section title="Declined" empty="None of your campaigns was declined.">
          {declined.length > 0 && (
            <ActionTable
              label="Declined"
              minWidth={640}
              columns={['Campaign', 'Reason']}
              actions="Status"
            >
              {declined.map((campaign) => (
                <Table.Tr key={campaign.id}>
                  <Table.Td>
                    <CampaignLink accountId={accountId} campaign={campaign} />
                  </Table.Td>
                  <Table.Td>{campaign.declineReason}</Table.Td>
                  <Table.Td>
                    <Badge color="orange" variant="dot">
                      Declined
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ActionTable>
          )}
        </Section>
      </Stack>
    </Container>
  )
}

const COLUMNS = ['Campaign', 'Recipients', 'Scheduled for'] as const

function Section({
  title,
  empty,
  children,
}: {
  title: string
  empty: string
  children: React.ReactNode
}) {
  return (
    <section aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children || (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      )}
    </section>
  )
}

function CampaignLink({ accountId, campaign }: { accountId: string; campaign: Campaign }) {
  return (
    <AnchorLink
      to="/a/$accountId/campaigns/$campaignId"
      params={{ accountId, campaignId: campaign.id }}
      fw={500}
    >
      {campaign.name}
    </AnchorLink>
  )
}

function OutboxRow({
  accountId,
  campaign,
  children,
}: {
  accountId: string
  campaign: Campaign
  children: React.ReactNode
}) {
  return (
    <Table.Tr>
      <Table.Td>
        <CampaignLink accountId={accountId} campaign={campaign} />
      </Table.Td>
      <Table.Td>{campaign.recipients ?? '—'}</Table.Td>
      <Table.Td>
        {campaign.scheduledAt ? new Date(campaign.scheduledAt).toLocaleString() : 'At once'}
      </Table.Td>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  )
}
