import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import type { ContactPredicate } from '../audience/contacts/repository.js'
import { escapeLike } from '../audience/segments/filter.js'
import type { CampaignEventKind, CampaignsTable, Channel, DB } from '../db/schema.js'

type Db = Kysely<DB> | Transaction<DB>

export type CampaignRow = Selectable<CampaignsTable>

export function findCampaign(db: Db, accountId: string, campaignId: string) {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', campaignId)
    .executeTakeFirst()
}

/** The row, locked for the rest of the transaction: every status change goes through it. */
export function lockCampaign(tx: Transaction<DB>, accountId: string, campaignId: string) {
  return tx
    .selectFrom('campaigns')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', campaignId)
    .forUpdate()
    .executeTakeFirst()
}

export function listCampaigns(
  db: Db,
  accountId: string,
  options: { q?: string; status?: string; createdBy?: string; cursor?: CampaignRow; limit: number },
) {
  let query = db
    .selectFrom('campaigns')
    .selectAll()
    .where('account_id', '=', accountId)
    // A program's send steps own hidden campaigns (src/automations/sending.ts): not listed.
    .where('program_id', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
  // The text is matched as typed: % and _ in it are not wildcards.
  if (options.q) query = query.where('name', 'ilike', `%${escapeLike(options.q)}%`)
  if (options.status) query = query.where('status', '=', options.status as CampaignRow['status'])
  if (options.createdBy) query = query.where('created_by', '=', options.createdBy)
  const cursor = options.cursor
  if (cursor) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', cursor.created_at),
        eb.and([eb('created_at', '=', cursor.created_at), eb('id', '<', cursor.id)]),
      ]),
    )
  }
  return query.execute()
}

export function insertCampaign(
  db: Db,
  values: { account_id: string; id: string; name: string; channel: Channel; created_by: string },
) {
  return db.insertInto('campaigns').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateCampaign(
  db: Db,
  accountId: string,
  campaignId: string,
  values: Partial<Omit<CampaignRow, 'account_id' | 'id' | 'created_at'>>,
) {
  return db
    .updateTable('campaigns')
    .set({ ...values, updated_at: sql<Date>`now()` } as never)
    .where('account_id', '=', accountId)
    .where('id', '=', campaignId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function deleteCampaign(db: Db, accountId: string, campaignId: string) {
  await clearRecipients(db, accountId, campaignId)
  await db
    .deleteFrom('campaigns')
    .where('account_id', '=', accountId)
    .where('id', '=', campaignId)
    .execute()
}

/** Where a campaign's recipients come from, already checked visible to the sending account. */
export interface AudienceSources {
  ownGroupIds: string[]
  /** Groups shared in: each with the account that owns it. */
  sharedGroups: Array<{ ownerAccountId: string; groupId: string }>
  segments: ContactPredicate[]
}

/** Recipients per `campaign_audience` row: what the worker turns into ledger rows at a time. */
export const AUDIENCE_BATCH = 1_000

/**
 * Fixes the campaign's recipients: one per address (de-duplicated across groups, segments and
 * accounts), leaving out contacts not subscribed on the channel and addresses suppressed for the
 * sending account (its unsubscribes and blocklist, platform-wide bounces and complaints). One
 * INSERT … SELECT into `campaign_audience`, a thousand recipients to a row, so
 * a million recipients never pass through the process; the worker moves them into the send ledger
 * batch by batch (src/delivery/recipients.ts expandAudience). Returns how many there are.
 */
export async function snapshotRecipients(
  tx: Transaction<DB>,
  campaign: { account_id: string; id: string; channel: Channel },
  sources: AudienceSources,
): Promise<number> {
  const recipients = recipientSelection(tx, campaign, sources)
  if (!recipients) return 0
  const accountId = campaign.account_id
  // Batches are numbered as rows come (ordering a million rows first cost a third of the launch),
  // and their grouping stays in memory instead of spilling to disk. Left to itself the planner
  // anti-joins the suppressions by walking the contacts' email index, a random read of every
  // contact; hash joins read them in one pass.
  await sql`set local work_mem = '64MB'`.execute(tx)
  await sql`set local enable_mergejoin = off`.execute(tx)
  const result = await sql<{ recipients: string }>`
    with fixed as (
      insert into campaign_audience
        (account_id, campaign_id, batch, contact_ids, contact_account_ids, addresses)
      select ${accountId}, ${campaign.id}, n.batch,
        array_agg(n.id), array_agg(n.account_id), array_agg(n.address)
      from (
        select r.*, (row_number() over () - 1) / ${AUDIENCE_BATCH} as batch
        from (${recipients}) r
      ) n
      group by n.batch
      returning cardinality(contact_ids) as size
    )
    select coalesce(sum(size), 0) as recipients from fixed`.execute(tx)
  return Number(result.rows[0]?.recipients ?? 0)
}

/**
 * How many recipients a launch now would fix, by the very selection `snapshotRecipients` inserts:
 * the figure the editor shows is the figure the launch reserves credits for.
 */
export async function countRecipients(
  db: Db,
  campaign: { account_id: string; channel: Channel },
  sources: AudienceSources,
): Promise<number> {
  const recipients = recipientSelection(db, campaign, sources)
  if (!recipients) return 0
  const result = await sql<{ n: string }>`select count(*) as n from (${recipients}) r`.execute(db)
  return Number(result.rows[0]?.n ?? 0)
}

/** The recipients' (contact, owner account, address) rows; undefined when there is no source. */
function recipientSelection(
  db: Db,
  campaign: { account_id: string; channel: Channel },
  sources: AudienceSources,
) {
  const accountId = campaign.account_id
  const addressColumn = campaign.channel === 'email' ? 'c.email' : 'c.phone'
  const statusColumn = campaign.channel === 'email' ? 'c.email_status' : 'c.sms_status'
  // A contact's `unsubscribed` status is its owner's own unsubscribes (SPEC §4): it counts for the
  // owner's sends only. Through a share only consent counts (a `pending` contact never gets mail);
  // the sending account's own unsubscribes are left out below like every suppression.
  const base = (ownContacts = true) =>
    db
      .selectFrom('contacts as c')
      .select(['c.account_id', 'c.id', sql<string>`${sql.ref(addressColumn)}`.as('address')])
      .where(sql.ref(addressColumn), 'is not', null)
      .where(
        sql.ref(statusColumn),
        ownContacts ? '=' : '<>',
        ownContacts ? 'subscribed' : 'pending',
      )
  const inGroup = (ownerAccountId: string, groupIds: string[]) =>
    base(ownerAccountId === accountId)
      .where('c.account_id', '=', ownerAccountId)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('group_members as gm')
            .select(sql.lit(1).as('one'))
            .whereRef('gm.account_id', '=', 'c.account_id')
            .whereRef('gm.contact_id', '=', 'c.id')
            .where('gm.group_id', 'in', groupIds),
        ),
      )
  const parts = []
  if (sources.ownGroupIds.length > 0) parts.push(inGroup(accountId, sources.ownGroupIds))
  const byOwner = new Map<string, string[]>()
  for (const { ownerAccountId, groupId } of sources.sharedGroups) {
    byOwner.set(ownerAccountId, [...(byOwner.get(ownerAccountId) ?? []), groupId])
  }
  for (const [owner, groupIds] of byOwner) parts.push(inGroup(owner, groupIds))
  for (const predicate of sources.segments) {
    parts.push(base().where('c.account_id', '=', accountId).where(predicate))
  }
  const [first, ...rest] = parts
  if (!first) return undefined
  const union = rest.reduce((all, part) => all.union(part), first)
  const channel = campaign.channel
  // One hash over every suppressed address (the account's unsubscribes and blocklist, the
  // platform's bounces and complaints), probed once per candidate: three NOT EXISTS cost three
  // hashes and three probes per row, ~0.7 s more on a million contacts. A hash join spills to disk
  // gracefully however long the lists grow (a NOT IN would fall back to a scan per row).
  const suppressed = sql<{ address: string }>`(
    select x.address from unsubscribes x where x.account_id = ${accountId} and x.channel = ${channel}
    union all
    select b.address from blocklist b where b.account_id = ${accountId} and b.channel = ${channel}
    union all
    select p.address from platform_suppressions p where p.channel = ${channel})`
  const candidates = db
    .selectFrom(union.as('u'))
    .leftJoin(suppressed.as<'s'>('s'), (join) => join.onRef('s.address', '=', 'u.address'))
    .select(['u.id', 'u.account_id', 'u.address'])
    .where('s.address', 'is', null)
  // Emails are unique within an account, so the account's own groups and segments cannot repeat
  // an address (the UNION already merges a contact found twice); phones and shared-in groups can.
  const mayRepeat = channel === 'sms' || sources.sharedGroups.length > 0
  return mayRepeat
    ? candidates
        .distinctOn('u.address')
        // The sender's own contact wins over a shared-in one with the same address.
        .orderBy('u.address')
        .orderBy(sql`u.account_id = ${accountId}`, 'desc')
        .orderBy('u.id')
    : candidates
}

export async function recipientCredits(db: Db, accountId: string, campaignId: string) {
  const row = await db
    .selectFrom('campaign_recipients')
    .select(sql<string>`coalesce(sum(credits), 0)`.as('total'))
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow()
  return Number(row.total)
}

export async function clearRecipients(db: Db, accountId: string, campaignId: string) {
  await db
    .deleteFrom('campaign_audience')
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .execute()
  await db
    .deleteFrom('campaign_recipients')
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .execute()
}

/** A campaign's tracked links (position, target), or only the one at `position`. */
export function campaignLinks(db: Db, accountId: string, campaignId: string, position?: number) {
  return db
    .selectFrom('campaign_links')
    .select(['position', 'url'])
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .$if(position !== undefined, (query) => query.where('position', '=', position ?? 0))
    .execute()
}

export async function replaceLinks(db: Db, accountId: string, campaignId: string, urls: string[]) {
  await db
    .deleteFrom('campaign_links')
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .execute()
  if (urls.length === 0) return
  await db
    .insertInto('campaign_links')
    .values(
      urls.map((url, position) => ({
        account_id: accountId,
        campaign_id: campaignId,
        position,
        url,
      })),
    )
    .execute()
}

export async function recipientStatusCounts(db: Db, accountId: string, campaignId: string) {
  const rows = await db
    .selectFrom('campaign_recipients')
    .select(['status', sql<string>`count(*)`.as('n')])
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .groupBy('status')
    .execute()
  const counts = new Map<string, number>(rows.map((row) => [row.status, Number(row.n)]))
  // Recipients not yet moved into the ledger are queued as well.
  const pending = await pendingRecipients(db, accountId, campaignId)
  counts.set('queued', (counts.get('queued') ?? 0) + pending)
  return counts
}

/** Recipients fixed at launch and not yet moved into the send ledger. */
export async function pendingRecipients(db: Db, accountId: string, campaignId: string) {
  const row = await db
    .selectFrom('campaign_audience')
    .select(sql<string>`coalesce(sum(cardinality(contact_ids)), 0)`.as('n'))
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function eventCounts(db: Db, accountId: string, campaignId: string) {
  const rows = await db
    .selectFrom('campaign_events')
    .select(['kind', sql<string>`count(distinct contact_id)`.as('n')])
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .groupBy('kind')
    .execute()
  return new Map(rows.map((row) => [row.kind, Number(row.n)]))
}

export function recipientPage(
  db: Db,
  accountId: string,
  campaignId: string,
  options: { cursor?: string; limit: number },
) {
  let query = db
    .selectFrom('campaign_recipients as r')
    .select([
      'r.contact_id',
      'r.contact_account_id',
      'r.address',
      'r.status',
      'r.sent_at',
      'r.error',
      sql<CampaignEventKind[]>`array(select distinct e.kind from campaign_events e
        where e.account_id = r.account_id and e.campaign_id = r.campaign_id
        and e.contact_id = r.contact_id order by e.kind)`.as('events'),
    ])
    .where('r.account_id', '=', accountId)
    .where('r.campaign_id', '=', campaignId)
    .orderBy('r.contact_id')
    .limit(options.limit)
  if (options.cursor) query = query.where('r.contact_id', '>', options.cursor)
  return query.execute()
}

export type TimelineBucket = 'hour' | 'day'

/** Messages sent per bucket of time (by when each went out). */
export async function sendsOverTime(
  db: Db,
  accountId: string,
  campaignId: string,
  bucket: TimelineBucket,
) {
  const result = await sql<{ at: Date | string; n: string }>`
    select date_trunc(${bucket}, sent_at) as at, count(*) as n from campaign_recipients
    where account_id = ${accountId} and campaign_id = ${campaignId}
      and status = 'sent' and sent_at is not null
    group by 1`.execute(db)
  return result.rows
}

/** Engagements per bucket of time and kind, each recipient once per kind and bucket. */
export async function eventsOverTime(
  db: Db,
  accountId: string,
  campaignId: string,
  bucket: TimelineBucket,
) {
  const result = await sql<{ at: Date | string; kind: CampaignEventKind; n: string }>`
    select date_trunc(${bucket}, at) as at, kind, count(distinct contact_id) as n
    from campaign_events where account_id = ${accountId} and campaign_id = ${campaignId}
    group by 1, 2`.execute(db)
  return result.rows
}

/** Each tracked link of the campaign with how many recipients clicked it. */
export async function linkClicks(db: Db, accountId: string, campaignId: string) {
  const result = await sql<{ position: number; url: string; clicks: string }>`
    select l.position, l.url, count(distinct e.contact_id) as clicks
    from campaign_links l
    left join campaign_events e on e.account_id = l.account_id and e.campaign_id = l.campaign_id
      and e.kind = 'clicked' and e.detail = l.position::text
    where l.account_id = ${accountId} and l.campaign_id = ${campaignId}
    group by l.position, l.url
    order by l.position`.execute(db)
  return result.rows.map((row) => ({ ...row, clicks: Number(row.clicks) }))
}

/** Messages that went out after `since`: the sending rate the progress screen shows. */
export async function sentSince(db: Db, accountId: string, campaignId: string, since: Date) {
  const row = await db
    .selectFrom('campaign_recipients')
    .select(sql<string>`count(*)`.as('n'))
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'sent')
    .where('sent_at', '>', since)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
