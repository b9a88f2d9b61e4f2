import { type Kysely, sql } from 'kysely'
import type { Static } from 'typebox'
import type { DB } from '../db/schema.js'
import type { DailyFigures, Figures } from './schemas.js'

type Db = Kysely<DB>

export interface Range {
  from: Date
  to: Date
}

const EVENT_FIGURES = [
  'delivered',
  'opened',
  'clicked',
  'bounced',
  'complained',
  'unsubscribed',
] as const

export function noFigures(): Figures {
  return {
    campaigns: 0,
    recipients: 0,
    sent: 0,
    failed: 0,
    delivered: 0,
    opened: 0,
    clicked: 0,
    bounced: 0,
    complained: 0,
    unsubscribed: 0,
  }
}

/** The campaigns of these accounts launched in the range, as a CTE `c` (account_id, id). */
function withLaunched(db: Db, accountIds: readonly string[], range: Range) {
  return db.with('c', (q) =>
    q
      .selectFrom('campaigns')
      .select(['account_id', 'id', 'recipient_count'])
      .where('account_id', 'in', accountIds)
      .where('launched_at', '>=', range.from)
      .where('launched_at', '<', range.to),
  )
}

/** The send ledger rows (`r`) of the campaigns launched in the range. */
function launchedRecipients(db: Db, accountIds: readonly string[], range: Range) {
  return withLaunched(db, accountIds, range)
    .selectFrom('campaign_recipients as r')
    .innerJoin('c', (join) =>
      join.onRef('r.account_id', '=', 'c.account_id').onRef('r.campaign_id', '=', 'c.id'),
    )
}

/** The events (`e`) of the campaigns launched in the range. */
function launchedEvents(db: Db, accountIds: readonly string[], range: Range) {
  return withLaunched(db, accountIds, range)
    .selectFrom('campaign_events as e')
    .innerJoin('c', (join) =>
      join.onRef('e.account_id', '=', 'c.account_id').onRef('e.campaign_id', '=', 'c.id'),
    )
}

/**
 * Figures per account for the campaigns each launched in the range: three grouped reads over the
 * campaigns' own rows (the indexes lead with account and campaign), whatever the number of accounts.
 */
export async function figuresByAccount(
  db: Db,
  accountIds: readonly string[],
  range: Range,
): Promise<Map<string, Figures>> {
  const byAccount = new Map<string, Figures>(accountIds.map((id) => [id, noFigures()]))
  if (accountIds.length === 0) return byAccount
  const launched = withLaunched(db, accountIds, range)
  const [campaigns, recipients, events] = await Promise.all([
    launched
      .selectFrom('c')
      .select([
        'c.account_id',
        sql<string>`count(*)`.as('campaigns'),
        sql<string>`coalesce(sum(c.recipient_count), 0)`.as('recipients'),
      ])
      .groupBy('c.account_id')
      .execute(),
    launchedRecipients(db, accountIds, range)
      .select([
        'r.account_id',
        sql<string>`count(*) filter (where r.status = 'sent')`.as('sent'),
        sql<string>`count(*) filter (where r.status = 'failed')`.as('failed'),
      ])
      .groupBy('r.account_id')
      .execute(),
    launchedEvents(db, accountIds, range)
      .select([
        'e.account_id',
        'e.kind',
        sql<string>`count(distinct (e.campaign_id, e.contact_id))`.as('n'),
      ])
      .groupBy(['e.account_id', 'e.kind'])
      .execute(),
  ])
  const of = (accountId: string) => byAccount.get(accountId) as Figures
  for (const row of campaigns) {
    Object.assign(of(row.account_id), {
      campaigns: Number(row.campaigns),
      recipients: Number(row.recipients),
    })
  }
  for (const row of recipients) {
    Object.assign(of(row.account_id), { sent: Number(row.sent), failed: Number(row.failed) })
  }
  for (const row of events) {
    const kind = EVENT_FIGURES.find((figure) => figure === row.kind)
    if (kind) of(row.account_id)[kind] = Number(row.n)
  }
  return byAccount
}

/** Per UTC day: messages sent, and contacts who opened, clicked or bounced (once per campaign). */
export async function dailyFigures(db: Db, accountId: string, range: Range) {
  const accountIds = [accountId]
  const [sends, events] = await Promise.all([
    launchedRecipients(db, accountIds, range)
      .select([
        sql<string>`to_char(r.sent_at at time zone 'UTC', 'YYYY-MM-DD')`.as('day'),
        sql<string>`count(*)`.as('n'),
      ])
      .where('r.status', '=', 'sent')
      .groupBy('day')
      .execute(),
    launchedEvents(db, accountIds, range)
      .select([
        sql<string>`to_char(e.at at time zone 'UTC', 'YYYY-MM-DD')`.as('day'),
        'e.kind',
        sql<string>`count(distinct (e.campaign_id, e.contact_id))`.as('n'),
      ])
      .where('e.kind', 'in', ['opened', 'clicked', 'bounced'])
      .groupBy(['day', 'e.kind'])
      .execute(),
  ])
  const days = new Map<string, Static<typeof DailyFigures>>()
  const dayOf = (day: string) => {
    const entry = days.get(day) ?? { day, sent: 0, opened: 0, clicked: 0, bounced: 0 }
    days.set(day, entry)
    return entry
  }
  for (const row of sends) dayOf(row.day).sent = Number(row.n)
  for (const row of events) {
    const kind = row.kind as 'opened' | 'clicked' | 'bounced'
    dayOf(row.day)[kind] = Number(row.n)
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day))
}

/** The live accounts among these, with their names. */
export function liveAccountNames(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('accounts')
    .select(['id', 'name'])
    .where('id', 'in', accountIds)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute()
}

/** The account and its live descendants (any depth). */
export async function accountAndDescendants(db: Db, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([eb('id', '=', accountId), sql<boolean>`ancestry @> array[${accountId}]::uuid[]`]),
    )
    .execute()
  return rows.map((row) => row.id)
}
