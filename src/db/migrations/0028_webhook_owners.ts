import { type Kysely, sql } from 'kysely'

/**
 * A webhook's owner (issue 18): `created_by` is the person whose access it is capped by (who
 * created it, or last pointed it somewhere or turned it back on), and `api_key_id` the API key
 * they did it with, if any, so revoking the key or removing the person disarms it.
 * `disabled_detail` says in a sentence why Chorus turned it off when the reason needs one (the
 * permission its owner lost).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table webhooks
      add column api_key_id text,
      add column disabled_detail text,
      add foreign key (account_id, api_key_id) references api_keys (account_id, id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table webhooks drop column api_key_id, drop column disabled_detail`.execute(db)
}
