import { type Kysely, sql } from 'kysely'

/**
 * Credits of top-level accounts come from the installation's operators (SPEC §3): `users.operator`
 * marks them (granted by `chorus operator grant`). `campaigns.credits_from_balance` records whether
 * a launch took its reservation from the balance: on an installation that does not meter
 * (CHORUS_CREDITS=unlimited) it did not, so nothing is returned to the balance when it ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column operator boolean not null default false`.execute(db)
  await sql`alter table campaigns
    add column credits_from_balance boolean not null default true`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table campaigns drop column credits_from_balance`.execute(db)
  await sql`alter table users drop column operator`.execute(db)
}
