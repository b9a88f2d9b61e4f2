import { sql } from 'kysely'
import * as contactsRepo from '../src/audience/contacts/repository.js'
import * as contacts from '../src/audience/contacts/service.js'
import * as groups from '../src/audience/groups/service.js'
import * as segments from '../src/audience/segments/service.js'
import { type BenchContext, benchLine, percentile } from './harness.js'
import { ownedAccount, sample } from './segment.js'

const CONTACTS = Number(process.env.CHORUS_BENCH_CONTACTS ?? 1_000_000)
const PAGE = 50
const RUNS = 40
const SLOW_RUNS = 7

function describe(name: string, times: number[], baseline: number[]) {
  console.log(
    `${name}: p50 ${percentile(times, 0.5).toFixed(2)} p99 ${percentile(times, 0.99).toFixed(2)} ms ` +
      `(bare first page p50 ${percentile(baseline, 0.5).toFixed(2)} ms)`,
  )
  benchLine(`audience-${name}`, percentile(times, 0.5), 'ms', percentile(baseline, 0.5))
}

/** An account of CONTACTS contacts: half in a group, a tenth tagged, a custom field, seeded in SQL. */
async function seed({ deps }: BenchContext) {
  const { db } = deps
  const { account, access } = await ownedAccount(
    deps,
    'bench contacts table',
    'owner@audience.test',
  )
  await contactsRepo.insertFields(db, account.id, [{ key: 'plan', type: 'text' }])
  const half = await groups.createGroup(deps, access, { name: 'half' })
  const started = performance.now()
  await sql`
    insert into contacts (account_id, id, email, first_name, last_name, fields, email_status)
    select ${account.id}::uuid, gen_random_uuid(), 'person' || n || '@example.test', 'First' || (n % 1000),
           'Last' || (n % 5000), jsonb_build_object('plan', (array['Gold', 'Basic', 'Pro'])[1 + n % 3]),
           case when n % 20 = 0 then 'unsubscribed' else 'subscribed' end
    from generate_series(1, ${CONTACTS}::int) as n`.execute(db)
  await sql`
    insert into group_members (account_id, group_id, contact_id)
    select account_id, ${half.id}::uuid, id from contacts
    where account_id = ${account.id}::uuid and hashtext(email) % 2 = 0`.execute(db)
  const tag = await sql<{ id: string }>`
    insert into tags (account_id, id, name) values (${account.id}::uuid, gen_random_uuid(), 'vip')
    returning id`.execute(db)
  await sql`
    insert into contact_tags (account_id, contact_id, tag_id)
    select account_id, id, ${tag.rows[0]?.id}::uuid from contacts
    where account_id = ${account.id}::uuid and hashtext(email) % 10 = 0`.execute(db)
  for (const table of ['contacts', 'group_members', 'contact_tags']) {
    await sql.raw(`vacuum analyze ${table}`).execute(db)
  }
  console.log(
    `seeded ${CONTACTS} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return { account, access, half }
}

/**
 * `npm run bench -- audience-scale`: the contacts table's first page on a 1,000,000-contact account
 * (plain, searched, by group, by tag, by status and custom field), its count, and a segment count,
 * through the product's own code, each beside a bare `select … limit 50` of the same table.
 */
export async function audienceScale(context: BenchContext): Promise<void> {
  const { deps } = context
  const { account, access, half } = await seed(context)
  const list = (query: contacts.ListQuery) => () =>
    contacts.listContacts(deps, access, { ...query, limit: PAGE })
  const bare = await sample(RUNS, () =>
    sql`select * from contacts where account_id = ${account.id}::uuid order by id limit ${PAGE}`.execute(
      deps.db,
    ),
  )
  describe('first-page', await sample(RUNS, list({})), bare)
  describe('search-common', await sample(RUNS, list({ q: 'first7' })), bare)
  describe('search-one-person', await sample(SLOW_RUNS, list({ q: 'person777777@' })), bare)
  describe('by-group', await sample(RUNS, list({ groupId: half.id })), bare)
  describe('by-tag', await sample(RUNS, list({ tag: 'vip' })), bare)
  describe(
    'by-status-and-field',
    await sample(RUNS, list({ emailStatus: 'unsubscribed', field: 'plan', fieldValue: 'pro' })),
    bare,
  )
  describe(
    'count-group-and-tag',
    await sample(SLOW_RUNS, () =>
      contacts.countContacts(deps, access, { groupId: half.id, tag: 'vip' }),
    ),
    bare,
  )
  const segment = await segments.createSegment(deps, access, {
    name: 'gold',
    filter: { all: [{ field: 'fields.plan', op: 'eq', value: 'Gold' }] },
  })
  describe(
    'segment-count',
    await sample(SLOW_RUNS, () => segments.countSegment(deps, access, segment.id)),
    bare,
  )
}
