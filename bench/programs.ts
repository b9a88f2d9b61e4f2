import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { runStep } from '../src/automations/engine.js'
import type { Step } from '../src/automations/schemas.js'
import { type BenchContext, benchLine } from './harness.js'
import { ownedAccount } from './segment.js'

const CONTACTS = Number(process.env.CHORUS_BENCH_CONTACTS ?? 1_000_000)

/**
 * `npm run bench -- programs`: CONTACTS enrolments due at a wait step, moved on to the next step
 * by the engine (runStep: claims with SKIP LOCKED, exit checks, advance and counts, a batch per
 * transaction), against one bare `UPDATE … FROM` of the same rows in the same run.
 */
export async function programs({ deps }: BenchContext): Promise<void> {
  const { db } = deps
  const { account } = await ownedAccount(deps, 'bench programs', 'owner@programs.bench.test')
  const tag = randomUUID()
  await db.insertInto('tags').values({ account_id: account.id, id: tag, name: 'done' }).execute()
  const [wait, next] = [randomUUID(), randomUUID()]
  const steps: Step[] = [
    { id: wait, type: 'wait', duration: { amount: 1, unit: 'minutes' } },
    { id: next, type: 'add_tag', tagId: tag },
  ]
  const programId = randomUUID()
  const program = await db
    .insertInto('programs')
    .values({
      account_id: account.id,
      id: programId,
      name: 'bench',
      status: 'active',
      trigger: JSON.stringify({ type: 'signed_up' }),
      trigger_type: 'signed_up',
      trigger_ref: null,
      steps: JSON.stringify(steps),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  console.log(`programs: ${CONTACTS} contacts enrolled at a due wait step…`)
  await sql`
    insert into contacts (account_id, id, email)
    select ${account.id}, gen_random_uuid(), 'c' || n || '@bench.test'
    from generate_series(1, ${CONTACTS}) n`.execute(db)
  const atWait = sql`
    update program_enrolments set step_id = ${wait}, status = 'waiting',
      due_at = now() - interval '1 second'
    where account_id = ${account.id} and program_id = ${programId}`
  await sql`
    insert into program_enrolments (account_id, program_id, contact_id, step_id, status, due_at)
    select account_id, ${programId}, id, ${wait}, 'waiting', now() - interval '1 second'
    from contacts where account_id = ${account.id}`.execute(db)
  await sql`vacuum analyze program_enrolments`.execute(db)

  let started = performance.now()
  const bare = await sql`
    update program_enrolments e set step_id = ${next}, status = 'active', due_at = now(),
      step_at = now()
    from (select id from program_enrolments where account_id = ${account.id}
      and program_id = ${programId} and step_id = ${wait} and ended_at is null) s
    where e.account_id = ${account.id} and e.program_id = ${programId} and e.id = s.id`.execute(db)
  const baseline = Number(bare.numAffectedRows) / ((performance.now() - started) / 1000)

  await atWait.execute(db)
  await sql`vacuum analyze program_enrolments`.execute(db)
  started = performance.now()
  let moved = 0
  for (;;) {
    const n = await runStep(deps, program, wait)
    if (n === 0) break
    moved += n
  }
  const value = moved / ((performance.now() - started) / 1000)
  if (moved !== CONTACTS) throw new Error(`moved ${moved} of ${CONTACTS}`)
  benchLine('programs', value, 'steps/s', baseline)
}
