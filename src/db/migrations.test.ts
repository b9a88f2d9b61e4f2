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
