import { Alert, Badge, Container, Stack, Text, Title } from '@mantine/core'
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
import { AnchorLink } from '../ui/links'
import { type ActionItem, ResponsiveActionTable } from '../ui/ResponsiveActionTable'
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
            <CampaignList
              label="Campaigns waiting for your approval"
              items={toDecide.map((campaign) =>
                campaignItem(accountId, campaign, (fullWidth) => (
                  <DecisionButtons
                    accountId={accountId}
                    campaign={campaign}
                    onDone={refresh}
                    fullWidth={fullWidth}
                  />
                )),
              )}
            />
          )}
          {programsToDecide.length > 0 && (
            <ProgramList
              label="Programs waiting for your approval"
              items={programsToDecide.map((program) =>
                programItem(accountId, program, (fullWidth) => (
                  <Decision
                    name={program.name}
                    description="Whoever submitted it reads it; the program does not start"
                    approve={() => programAction(accountId, program.id, 'approve')}
                    decline={(reason) => declineProgram(accountId, program.id, reason.trim())}
                    onDone={refresh}
                    fullWidth={fullWidth}
                  />
                )),
              )}
            />
          )}
        </Section>
        <Section title="Yours, waiting" empty="Nothing of yours is waiting.">
          {mine.length > 0 && (
            <CampaignList
              label="Your campaigns waiting"
              items={mine.map((campaign) =>
                campaignItem(accountId, campaign, () => <WaitingBadge />),
              )}
            />
          )}
          {ofMine('awaiting_approval').length > 0 && (
            <ProgramList
              label="Your programs waiting"
              items={ofMine('awaiting_approval').map((program) =>
                programItem(accountId, program, () => <WaitingBadge />),
              )}
            />
          )}
        </Section>
        <Section title="Declined" empty="Nothing of yours was declined.">
          {(declined.length > 0 || ofMine('declined').length > 0) && (
            <ResponsiveActionTable
              label="Declined"
              minWidth={640}
              columns={['Campaign or program', 'Reason']}
              actions="Status"
              items={[
                ...declined.map((campaign) => ({
                  key: campaign.id,
                  cells: [
                    <CampaignLink key="name" accountId={accountId} campaign={campaign} />,
                    campaign.declineReason,
                  ],
                  actions: () => <DeclinedBadge />,
                })),
                ...ofMine('declined').map((program) => ({
                  key: program.id,
                  cells: [
                    <ProgramLink key="name" accountId={accountId} program={program} />,
                    program.declineReason,
                  ],
                  actions: () => <DeclinedBadge />,
                })),
              ]}
            />
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

function DeclinedBadge() {
  return (
    <Badge color="orange" variant="dot">
      Declined
    </Badge>
  )
}

/** Campaigns waiting: how many it goes to and when (what the approver decides on). */
function CampaignList({ label, items }: { label: string; items: ActionItem[] }) {
  return (
    <ResponsiveActionTable
      label={label}
      minWidth={640}
      columns={['Campaign', 'Recipients', 'Scheduled for']}
      items={items}
    />
  )
}

function campaignItem(
  accountId: string,
  campaign: Campaign,
  actions: ActionItem['actions'],
): ActionItem {
  return {
    key: campaign.id,
    cells: [
      <CampaignLink key="name" accountId={accountId} campaign={campaign} />,
      campaign.recipients ?? '—',
      campaign.scheduledAt ? new Date(campaign.scheduledAt).toLocaleString() : 'At once',
    ],
    actions,
  }
}

/** Programs waiting: who submitted each and when, and what it sends (what the approver decides on). */
function ProgramList({ label, items }: { label: string; items: ActionItem[] }) {
  return (
    <ResponsiveActionTable
      label={label}
      minWidth={680}
      columns={['Program', 'Submitted', 'Sends']}
      // Room for the buttons or the whole badge: the Sends column takes what is left.
      actionsMinWidth={190}
      items={items}
    />
  )
}

function programItem(
  accountId: string,
  program: ProgramSummary,
  actions: ActionItem['actions'],
): ActionItem {
  return {
    key: program.id,
    cells: [
      <ProgramLink key="name" accountId={accountId} program={program} />,
      <Submitted key="submitted" submission={program.submission} />,
      <SendingList key="sends" sending={program.sending} />,
    ],
    actions,
  }
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
