import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // The ids from the top-level account down to the account itself: finding every ancestor (for
  // cascading roles) or every descendant is then one indexed lookup, not a recursive walk.
  await db.schema.alterTable('accounts').addColumn('ancestry', sql`uuid[]`).execute()
  await sql`update accounts set ancestry = array[id] where parent_id is null`.execute(db)
  await sql`alter table accounts alter column ancestry set not null`.execute(db)
  await sql`create index accounts_ancestry on accounts using gin (ancestry)`.execute(db)

  await sql`create unique index memberships_one_owner on memberships (account_id) where role = 'owner'`.execute(
    db,
  )
  await db.schema.alterTable('memberships').addColumn('granted_by', 'uuid').execute()

  await db.schema
    .createTable('invitations')
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('permissions', sql`text[]`)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by', 'uuid')
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('invitations_pk', ['account_id', 'id'])
    .addCheckConstraint(
      'invitations_role_or_permissions',
      sql`(role is null) <> (permissions is null)`,
    )
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'uuid')
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('path', 'jsonb')
    .addColumn('details', 'jsonb')
    .addColumn('ip', 'text')
    .addPrimaryKeyConstraint('audit_log_pk', ['account_id', 'id'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute()
  await db.schema.dropTable('invitations').execute()
  await sql`drop index memberships_one_owner`.execute(db)
  await db.schema.alterTable('memberships').dropColumn('granted_by').execute()
  await db.schema.alterTable('accounts').dropColumn('ancestry').execute()
}
