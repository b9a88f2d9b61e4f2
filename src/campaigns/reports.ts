import { enforce, mayViewReport } from '../access/policies/index.js'
import type { AccountAccess } from '../access/service.js'
import { pagedCsv } from '../csv-export.js'
import type { Deps } from '../deps.js'
import { actorOf, recordAudit } from '../developer/audit.js'
import { invalidField } from '../errors.js'
import { isUuid } from '../ids.js'
import { keysetPage } from '../paging.js'
import type { TimelineBucket } from './repository.js'
import * as repo from './repository.js'
import type { CampaignReport, CampaignTimeline, ReportRecipient } from './schemas.js'
import { campaignFacts, loadCampaign } from './service.js'

/**
 * SPEC §2: reports.view shows every campaign's report; without it, everyone who can send sees the
 * reports of the campaigns they created (the Basic user's "own message data only").
 */
async function reportableCampaign(deps: Deps, access: AccountAccess, campaignId: string) {
  // 404 when the caller sees only their own campaigns and this is someone else's.
  const campaign = await loadCampaign(deps, access, campaignId)
  enforce(mayViewReport(access, campaignFacts(campaign)))
  return campaign
}

export async function campaignReport(
  deps: Deps,
  access: AccountAccess,
  campaignId: string,
): Promise<CampaignReport> {
  const campaign = await reportableCampaign(deps, access, campaignId)
  const minuteAgo = new Date(deps.clock.now().getTime() - 60_000)
  const [statuses, events, sentLastMinute, links] = await Promise.all([
    repo.recipientStatusCounts(deps.db, access.accountId, campaign.id),
    repo.eventCounts(deps.db, access.accountId, campaign.id),
    repo.sentSince(deps.db, access.accountId, campaign.id, minuteAgo),
    repo.linkClicks(deps.db, access.accountId, campaign.id),
  ])
  return {
    campaignId: campaign.id,
    status: campaign.status,
    recipients: campaign.recipient_count,
    queued: (statuses.get('queued') ?? 0) + (statuses.get('claimed') ?? 0),
    sent: statuses.get('sent') ?? 0,
    delivered: events.get('delivered') ?? 0,
    bounced: events.get('bounced') ?? 0,
    complained: events.get('complained') ?? 0,
    opened: events.get('opened') ?? 0,
    clicked: events.get('clicked') ?? 0,
    unsubscribed: events.get('unsubscribed') ?? 0,
    failed: statuses.get('failed') ?? 0,
    skipped: statuses.get('skipped') ?? 0,
    creditsReserved: Number(campaign.credits_reserved),
    creditsUsed: Number(campaign.credits_used),
    sentLastMinute,
    links,
  }
}

/** Sends and engagements per hour or day: what the report's charts draw. */
export async function campaignTimeline(
  deps: Deps,
  access: AccountAccess,
  campaignId: string,
  bucket: TimelineBucket,
): Promise<CampaignTimeline> {
  const campaign = await reportableCampaign(deps, access, campaignId)
  const [sends, events] = await Promise.all([
    repo.sendsOverTime(deps.db, access.accountId, campaign.id, bucket),
    repo.eventsOverTime(deps.db, access.accountId, campaign.id, bucket),
  ])
  const points = new Map<string, CampaignTimeline['points'][number]>()
  const pointAt = (at: Date | string) => {
    const key = new Date(at).toISOString()
    let point = points.get(key)
    if (!point) {
      point = { at: key, ...EMPTY_POINT }
      points.set(key, point)
    }
    return point
  }
  for (const row of sends) pointAt(row.at).sent += Number(row.n)
  for (const row of events) pointAt(row.at)[row.kind] += Number(row.n)
  return { bucket, points: [...points.values()].sort((a, b) => a.at.localeCompare(b.at)) }
}

const EMPTY_POINT = {
  sent: 0,
  delivered: 0,
  opened: 0,
  clicked: 0,
  bounced: 0,
  complained: 0,
  unsubscribed: 0,
}

function presentRecipient(
  row: Awaited<ReturnType<typeof repo.recipientPage>>[number],
): ReportRecipient {
  return {
    contactId: row.contact_id,
    address: row.address,
    status: row.status,
    sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
    error: row.error,
    events: row.events,
  }
}

/** The per-recipient drill-down (reports.drilldown), a keyset page at a time. */
export async function campaignRecipients(
  deps: Deps,
  access: AccountAccess,
  campaignId: string,
  query: { cursor?: string; limit?: number },
) {
  const campaign = await reportableCampaign(deps, access, campaignId)
  if (query.cursor && !isUuid(query.cursor)) throw invalidField('cursor', 'not a cursor')
  const limit = query.limit ?? 100
  const rows = await repo.recipientPage(deps.db, access.accountId, campaign.id, {
    ...(query.cursor ? { cursor: query.cursor } : {}),
    limit: limit + 1,
  })
  return keysetPage(rows, limit, presentRecipient, (row) => row.contact_id)
}

const EXPORT_PAGE = 5_000
const EXPORT_COLUMNS = ['contactId', 'address', 'status', 'sentAt', 'events', 'error']

/** The drill-down as a streamed CSV (reports.export), audited like every export. */
export async function exportCampaignReport(deps: Deps, access: AccountAccess, campaignId: string) {
  const campaign = await reportableCampaign(deps, access, campaignId)
  return pagedCsv({
    filename: `campaign-${campaign.id}-recipients.csv`,
    header: EXPORT_COLUMNS,
    pageSize: EXPORT_PAGE,
    page: (cursor, limit) =>
      repo.recipientPage(deps.db, access.accountId, campaign.id, {
        ...(cursor ? { cursor } : {}),
        limit,
      }),
    cursorOf: (row) => row.contact_id,
    cells: (row) => {
      const r = presentRecipient(row)
      return [r.contactId, r.address, r.status, r.sentAt, r.events.join(' '), r.error]
    },
    done: (rows) =>
      recordAudit(deps.db, actorOf(access), {
        accountId: access.accountId,
        action: 'campaign.report_exported',
        target: { type: 'campaign', id: campaign.id },
        details: { rows },
      }),
  })
}
