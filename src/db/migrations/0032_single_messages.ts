import { type Kysely, sql } from 'kysely'

/**
 * Single messages (issue 19: an answer from the inbox, a text to a number, Email-to-SMS) cost
 * credits as they go, recorded in the ledger as `single_message` (re-labelled `reserve` /
 * `release` on the way down, never deleted, as 0014 does with test sends).
 */
const REASONS = ['signup', 'top_up', 'allocation', 'reserve', 'release', 'test_send']

function reasonCheck(reasons: string[]) {
  return sql`alter table credit_ledger drop constraint credit_ledger_reason_check,
    add constraint credit_ledger_reason_check check (reason in (${sql.join(reasons.map((r) => sql.lit(r)))}))`
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await reasonCheck([...REASONS, 'single_message']).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update credit_ledger
    set reason = case when amount < 0 then 'reserve' else 'release' end
    where reason = 'single_message'`.execute(db)
  await reasonCheck(REASONS).execute(db)
}
