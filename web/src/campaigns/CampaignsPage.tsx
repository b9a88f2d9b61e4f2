import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue, useDisclosure } from '@mantine/hooks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { showFailure } from '../ui/failure'
import { AnchorLink } from '../ui/links'
import { useOpenCreated } from '../ui/openCreated'
import { type ActionItem, ItemButtons, ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import {
  type Campaign,
  campaignAction,
  campaignsQuery,
  STATUS_COLORS,
  STATUS_LABELS,
} from './queries'

const STATUS_FILTER = [
  { value: '', label: 'Any status' },
  ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
]

/** Seed 004: search campaigns by name, filter by status, create, duplicate and delete. */
export function CampaignsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/campaigns' })
  const { may } = useAbilities(accountId)
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  const [status, setStatus] = useState<string | null>('')
  const campaigns = useQuery(campaignsQuery(accountId, { q, status: status || null }))
  const [creating, { open, close }] = useDisclosure(false)
  const items = campaigns.data?.items ?? []

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Campaigns
        </Title>
        {may('campaigns.edit') && <Button onClick={open}>New campaign</Button>}
      </Group>
      <Group mb="md" align="end">
        <TextInput
          label="Search by name"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label="Status"
          data={STATUS_FILTER}
          value={status}
          onChange={setStatus}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>
      {campaigns.error && (
        <Alert color="red" role="alert">
          The campaigns could not be loaded.
        </Alert>
      )}
      <ResponsiveActionTable
        label="Campaigns"
        minWidth={720}
        columns={['Name', 'Channel', 'Status', 'Created']}
        items={items.map((campaign) =>
          campaignItem(
            accountId,
            campaign,
            may('campaigns.edit') && (campaign.channel !== 'sms' || may('sms.use')),
          ),
        )}
      />
      {campaigns.isSuccess && items.length === 0 && (
        <Text c="dimmed" mt="md">
          {q || status ? 'No campaign matches.' : 'No campaigns yet.'}
        </Text>
      )}
      <Modal opened={creating} onClose={close} title="New campaign">
        <CreateForm accountId={accountId} smsAllowed={may('sms.use')} />
      </Modal>
    </Container>
  )
}

function campaignItem(accountId: string, campaign: Campaign, canDuplicate: boolean): ActionItem {
  const params = { accountId, campaignId: campaign.id }
  return {
    key: campaign.id,
    cells: [
      <AnchorLink key="name" to="/a/$accountId/campaigns/$campaignId" params={params} fw={500}>
        {campaign.name}
      </AnchorLink>,
      campaign.channel === 'sms' ? 'SMS' : 'Email',
      <Badge key="status" color={STATUS_COLORS[campaign.status]} variant="dot">
        {STATUS_LABELS[campaign.status]}
      </Badge>,
      new Date(campaign.createdAt).toLocaleDateString(),
    ],
    actions: (fullWidth) => (
      <CampaignActions
        accountId={accountId}
        campaign={campaign}
        canDuplicate={canDuplicate}
        fullWidth={fullWidth}
      />
    ),
  }
}

function CampaignActions({
  accountId,
  campaign,
  canDuplicate,
  fullWidth,
}: {
  accountId: string
  campaign: Campaign
  canDuplicate: boolean
  fullWidth: boolean
}) {
  const queryClient = useQueryClient()
  const openCreated = useOpenCreated(['campaigns', accountId])
  const params = { accountId, campaignId: campaign.id }
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['campaigns', accountId] })
  const duplicate = async () => {
    try {
      const copy = await campaignAction(accountId, campaign.id, 'duplicate')
      await openCreated({
        to: '/a/$accountId/campaigns/$campaignId',
        params: { accountId, campaignId: copy.id },
      })
    } catch (error) {
      showFailure(error)
    }
  }
  const [confirming, { open: confirm, close: cancel }] = useDisclosure(false)
  const remove = async () => {
    try {
      await unwrap(
        api.DELETE('/api/v1/accounts/{accountId}/campaigns/{campaignId}', {
          params: { path: params },
        }),
      )
      cancel()
      await refresh()
    } catch (error) {
      showFailure(error)
    }
  }
  return (
    <>
      <ItemButtons fullWidth={fullWidth}>
        {campaign.abilities.viewReport && campaign.status !== 'draft' && (
          <Button
            renderRoot={(props) => (
              <Link to="/a/$accountId/campaigns/$campaignId/report" params={params} {...props} />
            )}
            variant="subtle"
            size="xs"
            aria-label={`Report of ${campaign.name}`}
          >
            Report
          </Button>
        )}
        {canDuplicate && (
          <Button
            variant="subtle"
            size="xs"
            onClick={duplicate}
            aria-label={`Duplicate ${campaign.name}`}
          >
            Duplicate
          </Button>
        )}
        {campaign.abilities.delete && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={confirm}
            aria-label={`Delete ${campaign.name}`}
          >
            Delete
          </Button>
        )}
      </ItemButtons>
      <Modal opened={confirming} onClose={cancel} title={`Delete “${campaign.name}”?`}>
        <Text size="sm" mb="md">
          The campaign and its report are deleted for good.
        </Text>
        <Group justify="end">
          <Button variant="default" onClick={cancel}>
            Cancel
          </Button>
          <Button color="red" onClick={remove}>
            Delete
          </Button>
        </Group>
      </Modal>
    </>
  )
}

function CreateForm({ accountId, smsAllowed }: { accountId: string; smsAllowed: boolean }) {
  const openCreated = useOpenCreated(['campaigns', accountId])
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { name: '', channel: 'email' as 'email' | 'sms' },
      validate: { name: (value) => (value.trim() ? null : 'Name the campaign') },
    },
    async ({ name, channel }) => {
      const campaign = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns', {
          params: { path: { accountId } },
          body: { name, channel },
        }),
      )
      await openCreated({
        to: '/a/$accountId/campaigns/$campaignId',
        params: { accountId, campaignId: campaign.id },
      })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <TextInput
        label="Name"
        required
        data-autofocus
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      {smsAllowed && (
        <div>
          <Text size="sm" fw={500} id="new-campaign-channel" mb={4}>
            Channel
          </Text>
          <SegmentedControl
            aria-labelledby="new-campaign-channel"
            data={[
              { value: 'email', label: 'Email' },
              { value: 'sms', label: 'SMS' },
            ]}
            key={form.key('channel')}
            {...form.getInputProps('channel')}
          />
        </div>
      )}
      <Button type="submit" loading={form.submitting}>
        Create campaign
      </Button>
    </ServerForm>
  )
}
