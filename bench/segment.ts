import { sql } from 'kysely'
import { inCatalogOrder } from '../src/access/grants.js'
import { allowAll } from '../src/access/permission-sets.js'
import { accountAccess } from '../src/access/service.js'
import { insertAccount } from '../src/accounts/repository.js'
import * as contactsRepo from '../src/audience/contacts/repository.js'
import * as contacts from '../src/audience/contacts/service.js'
import * as groups from '../src/audience/groups/service.js'
import * as segments from '../src/audience/segments/service.js'
import type { Deps } from '../src/deps.js'
import { type BenchContext, benchLine, median, percentile } from './harness.js'

const CONTACTS = Number(process.env.CHORUS_BENCH_CONTACTS ?? 1_000_000)
const PAGE = 50
const LIST_RUNS = 200
const COUNT_RUNS = 7

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

export async function sample(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await timed(work))
  return times.sort((a, b) => a - b)
}

/** A top-level account and its Owner's access, made straight in the database. */
export async function ownedAccount(deps: Deps, name: string, ownerEmail: string) {
  const account = await insertAccount(deps.db, { name, parent: null })
  const owner = await deps.db
    .insertInto('users')
    .values({ email: ownerEmail, name: 'owner', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const access = accountAccess(account.id, owner.id, [
    {
      kind: 'membership',
      accountId: account.id,
      role: 'owner',
      permissions: inCatalogOrder(allowAll()),
    },
  ])
  return { account, access }
}

/**
 * `npm run bench -- segment`: a 3-condition segment counted over 1,000,000 contacts, and page 1 and
 * page 1,000 of a 1,000,000-contact group, through the product's own code (filter compiler,
 * keyset listing), each beside a bare query on the same table in the same run.
 */
export async function segment({ deps }: BenchContext): Promise<void> {
  const { db } = deps
  const { account, access } = await ownedAccount(deps, 'bench audience', 'owner@bench.test')
  await contactsRepo.insertFields(db, account.id, [
    { key: 'age', type: 'number' },
    { key: 'city', type: 'text' },
    { key: 'vip', type: 'boolean' },
  ])
  const group = await groups.createGroup(deps, access, { name: 'everyone' })

  const seedStart = performance.now()
  await sql`
    insert into contacts (account_id, id, email, first_name, last_name, fields)
    select ${account.id}::uuid, gen_random_uuid(), 'person' || n || '@example.test', 'First' || (n % 1000),
           'Last' || (n % 5000),
           jsonb_build_object('age', n % 90, 'city', (array['Lyon', 'Oslo', 'Lima', 'Pune'])[1 + n % 4], 'vip', n % 7 = 0)
    from generate_series(1, ${CONTACTS}::int) as n`.execute(db)
  await sql`
    insert into group_members (account_id, group_id, contact_id)
    select account_id, ${group.id}::uuid, id from contacts where account_id = ${account.id}::uuid`.execute(
    db,
  )
  await sql`vacuum analyze contacts`.execute(db)
  await sql`vacuum analyze group_members`.execute(db)
  console.log(
    `seeded ${CONTACTS} contacts in one group in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  )

  const filter = {
    all: [
      { field: 'fields.age', op: 'gt', value: 30 },
      { field: 'fields.city', op: 'eq', value: 'Oslo' },
      { field: 'email', op: 'contains', value: '7' },
    ],
  }
  const saved = await segments.createSegment(deps, access, { name: 'older Oslo sevens', filter })
  const { count } = await segments.countSegment(deps, access, saved.id)
  const counts = await sample(COUNT_RUNS, () => segments.countSegment(deps, access, saved.id))
  const bareCounts = await sample(COUNT_RUNS, () =>
    sql`select count(*) from contacts where account_id = ${account.id}::uuid`.execute(db),
  )
  console.log(
    `segment count (${count} of ${CONTACTS} match): median ${median(counts).toFixed(1)} ms, ` +
      `max ${counts.at(-1)?.toFixed(1)} ms (goal < 500 ms); bare count(*) of the account median ${median(bareCounts).toFixed(1)} ms`,
  )
  benchLine('segment', median(counts), 'ms', median(bareCounts))

  const page1 = await sample(LIST_RUNS, () =>
    contacts.listContacts(deps, access, { groupId: group.id, limit: PAGE }),
  )
  const cursorRow = await sql<{ contact_id: string }>`
    select contact_id from group_members where account_id = ${account.id}::uuid and group_id = ${group.id}::uuid
    order by contact_id offset ${999 * PAGE - 1} limit 1`.execute(db)
  const cursor = cursorRow.rows[0]?.contact_id as string
  const page1000 = await sample(LIST_RUNS, () =>
    contacts.listContacts(deps, access, { groupId: group.id, limit: PAGE, cursor }),
  )
  const bare = await sample(LIST_RUNS, () =>
    sql`select * from contacts where account_id = ${account.id}::uuid and id > ${cursor}::uuid order by id limit ${PAGE}`.execute(
      db,
    ),
  )
  console.log(
    `group listing, ${PAGE} a page: page 1 p50 ${percentile(page1, 0.5).toFixed(2)} p99 ${percentile(page1, 0.99).toFixed(2)} ms, ` +
      `page 1,000 p50 ${percentile(page1000, 0.5).toFixed(2)} p99 ${percentile(page1000, 0.99).toFixed(2)} ms (goal p99 < 50 ms); ` +
      `bare keyset select p50 ${percentile(bare, 0.5).toFixed(2)} p99 ${percentile(bare, 0.99).toFixed(2)} ms`,
  )
  benchLine('list-page-1', percentile(page1, 0.99), 'ms', percentile(bare, 0.99))
  benchLine('list-page-1000', percentile(page1000, 0.99), 'ms', percentile(bare, 0.99))
}
