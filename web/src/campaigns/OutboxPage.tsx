import { Alert, Badge, Box, Container, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Children, type ReactNode } from 'react'
import { useAbilities } from '../access/catalog'
import { useMe } from '../app/session'
import {
  declineProgram,
  type ProgramSummary,
  programAction,
  programsQuery,
} from '../automations/queries'
import { SendingList } from '../automations/SendingList'
import { ActionTable } from '../ui/ActionTable'
import { AnchorLink } from '../ui/links'
import { Decision, DecisionButtons } from './DecisionButtons'
import { type Campaign, campaignsQuery } from './queries'

/**
 * Seed 002's outbox: campaigns and programs waiting for approval, with Approve and Decline for
 * those who may (the server's `approve` ability: never one's own submission); submitters see
 * their own waiting campaigns and programs and those declined, with the reason.
 */
export function OutboxPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/outbox' })
  const me = useMe().data?.user.id
  const queryClient = useQueryClient()
  const { may } = useAbilities(accountId)
  const waiting = useQuery(campaignsQuery(accountId, { q: '', status: 'pending_approval' }))
  const drafts = useQuery(campaignsQuery(accountId, { q: '', status: 'draft' }))
  // The programs route answers whoever manages programs or approves (only the waiting ones then).
  const programs = useQuery({
    ...programsQuery(accountId),
    enabled: may('automations.manage') || may('campaigns.approve'),
  })
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['campaigns', accountId] }),
      queryClient.invalidateQueries({ queryKey: ['programs', accountId] }),
    ])
  const pending = waiting.data?.items ?? []
  const toDecide = pending.filter((c) => c.abilities.approve)
  const mine = pending.filter((c) => c.submittedBy === me)
  const declined = (drafts.data?.items ?? []).filter(
    (c) => c.declineReason !== null && c.createdBy === me,
  )
  const submitted = (programs.data ?? []).filter((p) => p.submission !== null)
  const programsToDecide = submitted.filter((p) => p.abilities.approve || p.abilities.decline)
  const ofMine = (status: ProgramSummary['status']) =>
    submitted.filter((p) => p.status === status && p.submission?.by.id === me)
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="md">
        Outbox
      </Title>
      {(waiting.error || drafts.error || programs.error) && (
        <Alert color="red" role="alert">
          The outbox could not be loaded.
        </Alert>
      )}
      <Stack gap="xl">
        <Section title="Waiting for your approval" empty="Nothing waits for your approval.">
          {toDecide.length > 0 && (
            <ActionTable
              label="Campaigns waiting for your approval"
              minWidth={640}
              columns={COLUMNS}
            >
              {toDecide.map((campaign) => (
                <OutboxRow key={campaign.id} accountId={accountId} campaign={campaign}>
                  <DecisionButtons accountId={accountId} campaign={campaign} onDone={refresh} />
                </OutboxRow>
              ))}
            </ActionTable>
          )}
          {programsToDecide.length > 0 && (
            <ProgramTable
              label="Programs waiting for your approval"
              accountId={accountId}
              programs={programsToDecide}
              actions={(program) => (
                <Decision
                  name={program.name}
                  description="Whoever submitted it reads it; the program does not start"
                  approve={() => programAction(accountId, program.id, 'approve')}
                  decline={(reason) => declineProgram(accountId, program.id, reason.trim())}
                  onDone={refresh}
                />
              )}
            />
          )}
        </Section>
        <Section title="Yours, waiting" empty="Nothing of yours is waiting.">
          {mine.length > 0 && (
            <ActionTable label="Your campaigns waiting" minWidth={640} columns={COLUMNS}>
              {mine.map((campaign) => (
                <OutboxRow key={campaign.id} accountId={accountId} campaign={campaign}>
                  <WaitingBadge />
                </OutboxRow>
              ))}
            </ActionTable>
          )}
          {ofMine('awaiting_approval').length > 0 && (
            <ProgramTable
              label="Your programs waiting"
              accountId={accountId}
              programs={ofMine('awaiting_approval')}
              actions={() => <WaitingBadge />}
            />
          )}
        </Section>
        <Section title="Declined" empty="Nothing of yours was declined.">
          {(declined.length > 0 || ofMine('declined').length > 0) && (
            <ActionTable
              label="Declined"
              minWidth={640}
              columns={['Campaign or program', 'Reason']}
              actions="Status"
            >
              {declined.map((campaign) => (
                <DeclinedRow key={campaign.id} reason={campaign.declineReason}>
                  <CampaignLink accountId={accountId} campaign={campaign} />
                </DeclinedRow>
              ))}
              {ofMine('declined').map((program) => (
                <DeclinedRow key={program.id} reason={program.declineReason}>
                  <ProgramLink accountId={accountId} program={program} />
                </DeclinedRow>
              ))}
            </ActionTable>
          )}
        </Section>
      </Stack>
    </Container>
  )
}

function WaitingBadge() {
  return (
    <Badge color="yellow" variant="dot">
      Waiting for approval
    </Badge>
  )
}

function DeclinedRow({ reason, children }: { reason: string | null; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td>{children}</Table.Td>
      <Table.Td>{reason}</Table.Td>
      <Table.Td>
        <Badge color="orange" variant="dot">
          Declined
        </Badge>
      </Table.Td>
    </Table.Tr>
  )
}

/** Programs waiting: who submitted each and when, and what it sends (what the approver decides on). */
function ProgramTable({
  label,
  accountId,
  programs,
  actions,
}: {
  label: string
  accountId: string
  programs: ProgramSummary[]
  /** Each row's buttons or badge. */
  actions: (program: ProgramSummary) => ReactNode
}) {
  return (
    <ActionTable label={label} minWidth={720} columns={['Program', 'Submitted', 'Sends']}>
      {programs.map((program) => (
        <Table.Tr key={program.id}>
          <Table.Td>
            <ProgramLink accountId={accountId} program={program} />
          </Table.Td>
          <Table.Td>
            <Submitted submission={program.submission} />
          </Table.Td>
          <Table.Td>
            <SendingList sending={program.sending} />
          </Table.Td>
          <Table.Td>
            {/* Room for the buttons or the whole badge: the Sends column takes what is left. */}
            <Box miw={190}>{actions(program)}</Box>
          </Table.Td>
        </Table.Tr>
      ))}
    </ActionTable>
  )
}

function Submitted({ submission }: { submission: ProgramSummary['submission'] }) {
  if (!submission) return '—'
  return (
    <Text size="sm">
      {submission.by.name ?? 'A former member'}
      {submission.at && (
        <Text span size="sm" c="dimmed" display="block">
          {new Date(submission.at).toLocaleString()}
        </Text>
      )}
    </Text>
  )
}

function ProgramLink({ accountId, program }: { accountId: string; program: ProgramSummary }) {
  return (
    <AnchorLink
      to="/a/$accountId/programs/$programId"
      params={{ accountId, programId: program.id }}
      fw={500}
    >
      {program.name}
    </AnchorLink>
  )
}

const COLUMNS = ['Campaign', 'Recipients', 'Scheduled for'] as const

/** A titled part of the outbox; says `empty` when none of its tables has rows. */
function Section({
  title,
  empty,
  children,
}: {
  title: string
  empty: string
  children: ReactNode
}) {
  return (
    <section aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {Children.toArray(children).length > 0 ? (
        <Stack gap="md">{children}</Stack>
      ) : (
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
  children: ReactNode
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
