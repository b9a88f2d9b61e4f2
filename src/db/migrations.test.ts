import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../test/helpers/database.js'
import { insertAccount } from '../accounts/repository.js'
import type { Database } from './database.js'
import { migrateTo, migrateToLatest } from './migrate.js'

/** Down steps keep data that cannot be recreated; the ledger above all. */

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database?.close())

describe('0014_system_mail down', () => {
  it('re-labels test-send ledger rows instead of deleting them', async () => {
    const { db } = database
    const account = await insertAccount(db, { name: 'Ledger', parent: null })
    const row = (amount: number, balance: number) => ({
      account_id: account.id,
      id: randomUUID(),
      channel: 'email' as const,
      amount,
      balance_after: balance,
      reason: 'test_send' as const,
    })
    await db
      .insertInto('credit_ledger')
      .values([row(-3, 997), row(1, 998)])
      .execute()

    await migrateTo(db, '0013_people')
    const rows = await db
      .selectFrom('credit_ledger')
      .select(['amount', 'balance_after', 'reason'])
      .where('account_id', '=', account.id)
      .orderBy('balance_after')
      .execute()
    expect(rows.map((r) => [Number(r.amount), Number(r.balance_after), r.reason])).toEqual([
      [-3, 997, 'reserve'],
      [1, 998, 'release'],
    ])
    await migrateToLatest(db)
  })
})

describe('0021_campaign_preview_text up', () => {
  it('clears the schedule a draft kept, and only a draft’s', async () => {
    const { db } = database
    const account = await insertAccount(db, { name: 'Drafts', parent: null })
    const at = new Date(Date.now() + 24 * 3600_000)
    const campaign = (status: 'draft' | 'scheduled') => ({
      account_id: account.id,
      id: randomUUID(),
      name: status,
      channel: 'email' as const,
      status,
      scheduled_at: at,
    })
    await migrateTo(db, '0020_contact_search')
    await db
      .insertInto('campaigns')
      .values([campaign('draft'), campaign('scheduled')])
      .execute()

    await migrateToLatest(db)
    const rows = await db
      .selectFrom('campaigns')
      .select(['status', 'scheduled_at'])
      .where('account_id', '=', account.id)
      .orderBy('status')
      .execute()
    expect(
      rows.map((r) => [r.status, r.scheduled_at && new Date(r.scheduled_at).getTime()]),
    ).toEqual([
      ['draft', null],
      ['scheduled', at.getTime()],
    ])
  })
})

describe('0034_program_submissions up', () => {
  it('dates the submission of programs waiting or declined from their last audit entry', async () => {
    const { db } = database
    const account = await insertAccount(db, { name: 'Programs', parent: null })
    const submitter = randomUUID()
    const program = (status: 'awaiting_approval' | 'declined' | 'active') => ({
      account_id: account.id,
      id: randomUUID(),
      name: status,
      status,
      trigger: '{"type":"manual"}',
      trigger_type: 'manual',
      submitted_by: submitter,
    })
    const programs = [program('awaiting_approval'), program('declined'), program('active')]
    const submitted = (id: string, at: string) => ({
      account_id: account.id,
      at,
      actor_kind: 'user',
      action: 'program.submitted_for_approval',
      target_type: 'program',
      target_id: id,
    })
    await migrateTo(db, '0033_email_to_sms')
    await db.insertInto('programs').values(programs).execute()
    await db
      .insertInto('audit_log')
      .values(
        programs.flatMap((p) => [
          submitted(p.id, '2026-03-01T10:00:00Z'),
          submitted(p.id, '2026-03-02T10:00:00Z'),
        ]),
      )
      .execute()

    await migrateToLatest(db)
    const rows = await db
      .selectFrom('programs')
      .select(['name', 'submitted_at'])
      .where('account_id', '=', account.id)
      .execute()
    const dated = Object.fromEntries(rows.map((r) => [r.name, r.submitted_at?.toISOString()]))
    const last = '2026-03-02T10:00:00.000Z'
    expect(dated).toEqual({ active: undefined, awaiting_approval: last, declined: last })
  })
})

describe('0037_account_language', () => {
  it('gives the accounts there English, and takes only the four languages', async () => {
    const { db } = database
    await migrateTo(db, '0036_job_versions')
    const account = { id: randomUUID() }
    await db
      .insertInto('accounts')
      .values({
        ...account,
        name: 'Before languages',
        parent_id: null,
        level: 1,
        ancestry: [account.id],
      })
      .execute()
    await migrateToLatest(db)
    const row = await db
      .selectFrom('accounts')
      .select('language')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow()
    expect(row.language).toBe('en')
    await db.updateTable('accounts').set({ language: 'fr' }).where('id', '=', account.id).execute()
    await expect(
      db
        .updateTable('accounts')
        .set({ language: 'it' as 'fr' })
        .where('id', '=', account.id)
        .execute(),
    ).rejects.toThrow(/accounts_language_check/)
  })
})
