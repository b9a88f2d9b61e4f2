import { type Kysely, sql } from 'kysely'

/**
 * SPEC §3 "An account may require 2FA for its members", and what holders of `users.security` see of
 * members: whether 2FA is on (from `totp_secret`) and when they last signed in. Sessions are pruned,
 * so the last sign-in is kept on the user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column require_two_factor boolean not null default false`.execute(
    db,
  )
  await sql`alter table users add column last_sign_in_at timestamptz`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column last_sign_in_at`.execute(db)
  await sql`alter table accounts drop column require_two_factor`.execute(db)
}
