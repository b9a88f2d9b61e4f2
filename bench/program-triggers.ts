import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Deps } from '../src/deps.js'
import { type BenchContext, benchLine, median } from './harness.js'
import { ownedAccount } from './segment.js'

const CONTACTS = Number(process.env.CHORUS_BENCH_CONTACTS ?? 1_000_000)
/** The import's batch: its writes reach the tables 5,000 rows a statement. */
const BATCH = 5_000
const ROUNDS = 3

/**
 * `npm run bench -- program-triggers`: what the programs' statement-level triggers (enrolment on
 * group_members, wake-ups on contacts) cost the writes of an import when no program listens.
 * CONTACTS rows added to a group and then updated, in batches of 5,000 as an import writes them,
 * with the triggers (value) and with the tables' user triggers disabled (baseline), alternated
 * over three rounds, medians compared.
 */
export async function programTriggers({ deps }: BenchContext): Promise<void> {
  const { db } = deps
  const { account } = await ownedAccount(deps, 'bench triggers', 'owner@triggers.bench.test')
  const group = randomUUID()
  await db
    .insertInto('groups')
    .values({ account_id: account.id, id: group, name: 'imported' })
    .execute()
  console.log(`program-triggers: ${CONTACTS} contacts…`)
  await sql`
    insert into contacts (account_id, id, email)
    select ${account.id}, gen_random_uuid(), 'c' || n || '@bench.test'
    from generate_series(1, ${CONTACTS}) n`.execute(db)
  await sql`vacuum analyze contacts`.execute(db)
  const ids = (
    await db.selectFrom('contacts').select('id').where('account_id', '=', account.id).execute()
  ).map((row) => row.id)

  const joins = { on: [] as number[], off: [] as number[] }
  const updates = { on: [] as number[], off: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['on', 'off'] as const) {
      await setTriggers(deps, mode)
      await sql`delete from group_members where account_id = ${account.id}`.execute(db)
      await sql`vacuum analyze group_members`.execute(db)
      joins[mode].push(
        await rowsPerSecond(ids, (batch) => joinGroup(deps, account.id, group, batch)),
      )
      updates[mode].push(
        await rowsPerSecond(ids, (batch) => renameContacts(deps, account.id, batch, round)),
      )
    }
  }
  await setTriggers(deps, 'on')
  benchLine('program-triggers-join', median(joins.on), 'rows/s', median(joins.off))
  benchLine('program-triggers-update', median(updates.on), 'rows/s', median(updates.off))
}

/** The programs' triggers on the tables written here (the member counts' trigger stays on). */
const PROGRAM_TRIGGERS = [
  ['group_members', 'program_enrol'],
  ['group_members', 'program_wake_insert'],
  ['contacts', 'program_wake_update'],
] as const

async function setTriggers(deps: Deps, mode: 'on' | 'off') {
  const verb = mode === 'on' ? 'enable' : 'disable'
  for (const [table, trigger] of PROGRAM_TRIGGERS)
    await sql.raw(`alter table ${table} ${verb} trigger ${trigger}`).execute(deps.db)
}

async function rowsPerSecond(ids: string[], write: (batch: string[]) => Promise<void>) {
  const started = performance.now()
  for (let i = 0; i < ids.length; i += BATCH) await write(ids.slice(i, i + BATCH))
  return ids.length / ((performance.now() - started) / 1000)
}

async function joinGroup(deps: Deps, accountId: string, groupId: string, batch: string[]) {
  await deps.db
    .insertInto('group_members')
    .values(batch.map((id) => ({ account_id: accountId, group_id: groupId, contact_id: id })))
    .execute()
}

async function renameContacts(deps: Deps, accountId: string, batch: string[], round: number) {
  await deps.db
    .updateTable('contacts')
    .set({ first_name: `round ${round}` })
    .where('account_id', '=', accountId)
    .where('id', 'in', batch)
    .execute()
}
