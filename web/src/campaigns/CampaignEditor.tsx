import '@mantine/dates/styles.css'
import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { api, unwrap } from '../api/client'
import { showFailure } from '../ui/failure'
import { ServerForm, useServerForm } from '../ui/ServerForm'
import type { Campaign } from './queries'

type EditorValues = {
  name: string
  from: string
  fromName: string
  subject: string
  previewText: string
  templateId: string | null
  html: string
  text: string
  groupIds: string[]
  segmentIds: string[]
  /** The picker's local wall time, "YYYY-MM-DD HH:mm:ss"; sent to the API as UTC. */
  scheduledAt: string | null
}

function initialValues(campaign: Campaign): EditorValues {
  return {
    name: campaign.name,
    from: campaign.from,
    fromName: campaign.fromName,
    subject: campaign.subject,
    previewText: campaign.previewText ?? '',
    templateId: campaign.templateId,
    html: campaign.html,
    text: campaign.text,
    groupIds: campaign.groupIds,
    segmentIds: campaign.segmentIds,
    scheduledAt: toLocal(campaign.scheduledAt),
  }
}

/** The edit body: the fields of the channel, the template only when a new one was picked. */
function changes(campaign: Campaign, values: EditorValues) {
  const template =
    values.templateId && values.templateId !== campaign.templateId
      ? { templateId: values.templateId }
      : {}
  const common = {
    name: values.name,
    ...(values.from ? { from: values.from } : {}),
    ...template,
    groupIds: values.groupIds,
    segmentIds: values.segmentIds,
  }
  return campaign.channel === 'sms'
    ? { ...common, text: values.text }
    : {
        ...common,
        fromName: values.fromName,
        subject: values.subject,
        previewText: values.previewText,
        html: values.html,
        text: values.text,
      }
}

/** Whether the form holds content the campaign does not (the schedule is the send's, not saved). */
const unsaved = (campaign: Campaign, values: EditorValues) =>
  JSON.stringify(changes(campaign, values)) !==
  JSON.stringify(changes(campaign, initialValues(campaign)))

/** What Save did: a waiting or scheduled campaign that took a change is a draft again. */
function savedMessage(before: Campaign['status'], after: Campaign['status']) {
  if (before === after) return 'The campaign is saved.'
  if (before === 'scheduled') return 'The campaign is saved and unscheduled: a draft again.'
  return 'The campaign is saved and taken out of the outbox: a draft again.'
}

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss'

/** The picker's wall time is the browser's (dayjs reads "YYYY-MM-DD HH:mm:ss" as local time). */
const toUtc = (local: string | null) => (local ? dayjs(local).toISOString() : undefined)

/** A campaign waiting or scheduled shows its time in the picker, in the browser's time zone. */
const toLocal = (instant: string | null) =>
  instant && dayjs(instant).isAfter(dayjs()) ? dayjs(instant).format(PICKER_FORMAT) : null

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone

function useEditorData(accountId: string, channel: Campaign['channel']) {
  const path = { params: { path: { accountId } } }
  const options = <T,>(key: string, fn: () => Promise<{ items: T[] }>) => ({
    queryKey: [key, accountId],
    queryFn: fn,
    retry: false,
  })
  const senders = useQuery(
    options('senders', () => unwrap(api.GET('/api/v1/accounts/{accountId}/senders', path))),
  )
  const templates = useQuery(
    options('templates', () => unwrap(api.GET('/api/v1/accounts/{accountId}/templates', path))),
  )
  const groups = useQuery(
    options('groups', () => unwrap(api.GET('/api/v1/accounts/{accountId}/groups', path))),
  )
  const segments = useQuery(
    options('segments', () => unwrap(api.GET('/api/v1/accounts/{accountId}/segments', path))),
  )
  return {
    senders: (senders.data?.items ?? [])
      .filter((s) => s.verified)
      .map((s) => ({ value: s.email, label: `${s.name} <${s.email}>` })),
    templates: (templates.data?.items ?? []).filter((t) => t.channel === channel),
    groups: (groups.data?.items ?? []).map((g) => ({
      value: g.id,
      label: g.shared ? `${g.name} (shared)` : g.name,
    })),
    segments: (segments.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
  }
}

/** Seed 004: the campaign's sender, content, audience and schedule; test, save and send. */
export function CampaignEditor({ accountId, campaign }: { accountId: string; campaign: Campaign }) {
  const queryClient = useQueryClient()
  const data = useEditorData(accountId, campaign.channel)
  const params = { path: { accountId, campaignId: campaign.id } }
  const save = (values: EditorValues) =>
    unwrap(
      api.PATCH('/api/v1/accounts/{accountId}/campaigns/{campaignId}', {
        params,
        body: changes(campaign, values),
      }),
    )
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['campaigns', accountId] })
  const { form, problem, onSubmit } = useServerForm<EditorValues>(
    { mode: 'controlled', initialValues: initialValues(campaign) },
    async (values) => {
      const saved = await save(values)
      await refresh()
      notifications.show({ color: 'green', message: savedMessage(campaign.status, saved.status) })
    },
  )
  const send = form.onSubmit(async (values) => {
    try {
      await save(values)
      const scheduledAt = toUtc(values.scheduledAt)
      const sent = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/send', {
          params,
          body: scheduledAt ? { scheduledAt } : {},
        }),
      )
      notifications.show({
        color: 'green',
        message:
          sent.status === 'pending_approval'
            ? 'The campaign is in the outbox, waiting for approval.'
            : sent.status === 'scheduled'
              ? 'The campaign is scheduled.'
              : 'The campaign is on its way.',
      })
      await refresh()
    } catch (error) {
      showFailure(error)
    }
  })
  // Only a draft's unsaved edits are saved first: saving a waiting or scheduled campaign would make
  // it a draft again, so theirs is tested as stored.
  const testSend = async () => {
    try {
      const values = form.getValues()
      const changed = unsaved(campaign, values)
      if (campaign.status === 'draft' && changed) await save(values)
      const result = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/test', { params }),
      )
      // Edits not saved on a waiting or scheduled campaign are not in the test: say so.
      const asStored =
        campaign.status !== 'draft' && changed
          ? ' It is the campaign as stored: your changes are not in it until you save them.'
          : ''
      notifications.show({
        color: result.sent > 0 && !asStored ? 'green' : 'orange',
        message: `Test sent to ${result.sent} tester${result.sent === 1 ? '' : 's'}.${asStored}`,
      })
    } catch (error) {
      showFailure(error)
    }
  }
  const unschedule = async () => {
    try {
      await unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns/{campaignId}/unschedule', { params }),
      )
      form.setFieldValue('scheduledAt', null)
      notifications.show({ color: 'green', message: 'The campaign is unscheduled: a draft again.' })
      await refresh()
    } catch (error) {
      showFailure(error)
    }
  }
  const values = form.getValues()
  const isSms = campaign.channel === 'sms'
  const pickTemplate = (id: string | null) => {
    const template = data.templates.find((t) => t.id === id)
    form.setFieldValue('templateId', id)
    if (!template) return
    form.setValues({ subject: template.subject, html: template.html, text: template.text })
  }
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            Message
          </Title>
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {isSms ? (
              <TextInput
                label="Sender"
                description="A phone number in E.164 form or up to 11 letters and digits"
                {...form.getInputProps('from')}
              />
            ) : (
              <Select
                label="From address"
                description="The account’s verified sender addresses"
                data={data.senders}
                searchable
                nothingFoundMessage="No verified sender address"
                {...form.getInputProps('from')}
              />
            )}
            {!isSms && <TextInput label="Sender name" {...form.getInputProps('fromName')} />}
          </SimpleGrid>
          <Select
            label="Template"
            description="Its content replaces what is written below"
            data={data.templates.map((t) => ({ value: t.id, label: t.name }))}
            clearable
            searchable
            value={values.templateId}
            onChange={pickTemplate}
            error={form.errors.templateId}
          />
          {!isSms && <TextInput label="Subject" {...form.getInputProps('subject')} />}
          {!isSms && (
            <TextInput
              label="Preview text"
              description="Shown by inboxes after the subject with the HTML content; hidden in the message itself"
              maxLength={200}
              {...form.getInputProps('previewText')}
            />
          )}
          {isSms ? (
            <Textarea label="Text" autosize minRows={4} {...form.getInputProps('text')} />
          ) : (
            <Textarea
              label="HTML"
              description="Liquid placeholders such as {{ firstName }} are filled in per recipient"
              autosize
              minRows={6}
              maxRows={20}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('html')}
            />
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            Audience
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label="Groups"
              data={data.groups}
              searchable
              {...form.getInputProps('groupIds')}
            />
            <MultiSelect
              label="Segments"
              data={data.segments}
              searchable
              {...form.getInputProps('segmentIds')}
            />
          </SimpleGrid>
          <Estimate accountId={accountId} campaign={campaign} values={values} />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            Sending
          </Title>
          <DateTimePicker
            label="Schedule (optional)"
            description={`In your time zone, ${TIME_ZONE}; leave empty to send at once`}
            clearable
            minDate={new Date()}
            valueFormat="DD MMM YYYY HH:mm"
            previousLabel="Previous month"
            nextLabel="Next month"
            timePickerProps={{ hoursInputLabel: 'Hours', minutesInputLabel: 'Minutes' }}
            submitButtonProps={{ 'aria-label': 'Done' }}
            clearButtonProps={{ 'aria-label': 'Clear the schedule' }}
            {...form.getInputProps('scheduledAt')}
          />
          {campaign.status === 'scheduled' && (
            <Text size="sm">
              Unscheduling it, or saving a change, makes it a draft again and returns its credits:
              schedule or send it after.
            </Text>
          )}
          {campaign.status === 'pending_approval' && (
            <Text size="sm">
              Saving a change takes it out of the outbox and makes it a draft again: send it for
              approval after.
            </Text>
          )}
          {campaign.abilities.send && !campaign.abilities.sendDirect && (
            <Alert color="yellow" role="note">
              You may not send without approval: this campaign goes to the Outbox and is sent once
              someone who may approve campaigns approves it.
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="default" loading={form.submitting}>
              Save
            </Button>
            {!isSms && (
              <Button variant="default" onClick={testSend}>
                Send a test
              </Button>
            )}
            {campaign.abilities.unschedule && (
              <Button variant="default" onClick={unschedule}>
                Unschedule
              </Button>
            )}
            {campaign.abilities.send && (
              <Button onClick={() => send()}>
                {!campaign.abilities.sendDirect
                  ? 'Send for approval'
                  : values.scheduledAt
                    ? 'Schedule'
                    : 'Send now'}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
    </ServerForm>
  )
}

const ENCODING_LABELS = { gsm7: 'GSM-7', ucs2: 'Unicode (UCS-2)' } as const

/**
 * The recipients after suppressions and the credits a send takes, asked of the server (the launch
 * counts the same way); for SMS also the characters and parts, by the gateway's rules.
 */
function Estimate({
  accountId,
  campaign,
  values,
}: {
  accountId: string
  campaign: Campaign
  values: EditorValues
}) {
  const [input] = useDebouncedValue(
    {
      channel: campaign.channel,
      groupIds: values.groupIds,
      segmentIds: values.segmentIds,
      ...(campaign.channel === 'sms' ? { text: values.text } : {}),
    },
    300,
  )
  const estimate = useQuery({
    queryKey: ['campaigns', accountId, 'estimate', input],
    queryFn: () =>
      unwrap(
        api.POST('/api/v1/accounts/{accountId}/campaigns/estimate', {
          params: { path: { accountId } },
          body: input,
        }),
      ),
    retry: false,
    placeholderData: (previous) => previous,
  })
  const data = estimate.data
  if (!data) return null
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="sm">
        <strong>{data.recipients}</strong> recipient{data.recipients === 1 ? '' : 's'} after
        unsubscribes, the blocklist and bounces
      </Text>
      {data.sms && (
        <Text size="sm">
          {data.sms.units} characters ({ENCODING_LABELS[data.sms.encoding]}, {data.sms.perPart} per
          part) · {data.sms.parts} part{data.sms.parts === 1 ? '' : 's'} per message
        </Text>
      )}
      <Text size="sm">
        Cost: <strong>{data.credits}</strong> {campaign.channel === 'sms' ? 'SMS' : 'email'} credit
        {data.credits === 1 ? '' : 's'}
      </Text>
    </Stack>
  )
}
