import { type Kysely, sql } from 'kysely'

/**
 * An email campaign's preview text (issue 17): what inboxes show after the subject, sent as a
 * hidden preheader at the start of the HTML. Null when the author wrote none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table campaigns add column preview_text text`.execute(db)
  // A draft has no schedule (its next send says when); older drafts returned from a schedule kept
  // one, and were shown as 'scheduled for' a time nothing would send at.
  await sql`update campaigns set scheduled_at = null where status = 'draft'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table campaigns drop column preview_text`.execute(db)
}
