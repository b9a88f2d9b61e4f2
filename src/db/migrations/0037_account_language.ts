import { type Kysely, sql } from 'kysely'

/**
 * `accounts.language`: the language of the words Chorus itself puts on the account's public
 * pages (a sign-up form's button, messages and thank-you page; src/forms/words.ts). What the
 * account types there (labels, help, consent) is shown as typed, in whatever language it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column language text not null default 'en'
    constraint accounts_language_check check (language in ('en', 'fr', 'de', 'es'))`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts drop column language`.execute(db)
}
