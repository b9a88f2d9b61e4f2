import { type Kysely, sql } from 'kysely'

/**
 * When a program was last sent for approval (issue 19 follow-up): `programs.submitted_at` beside
 * `submitted_by`, so the approvers' list and the declined program's page read it from the row
 * instead of searching the account's audit log (indexed on (account_id, id) only). Programs
 * already waiting or declined take the time of their last `program.submitted_for_approval` entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table programs add column submitted_at timestamptz`.execute(db)
  await sql`
    update programs p set submitted_at = (
      select max(a.at) from audit_log a
      where a.account_id = p.account_id
        and a.action = 'program.submitted_for_approval'
        and a.target_type = 'program'
        and a.target_id = p.id::text)
    where p.status in ('awaiting_approval', 'declined') and p.submitted_by is not null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table programs drop column submitted_at`.execute(db)
}
