import fs from 'node:fs'
import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../../test/helpers/app.js'
import { finished, queuedImport, uploadCsv, uploadMultipart } from '../../../test/helpers/csv.js'
import { newOwner } from '../../../test/helpers/sharing.js'
import { loadConfig } from '../../config.js'
import { createImportWorker, enqueueImport, importsFolder, importWorker } from './import-runner.js'
import { findImport } from './repository.js'

const LIMITS = { maxBytes: 256 * 1024, maxRows: 1000, maxActivePerAccount: 1 }

const t = useTestApp({ config: { imports: LIMITS } })

const owner = () => newOwner(t, 'importer')

async function emails(browser: Browser, base: string): Promise<string[]> {
  const reply = await browser.get(`${base}/contacts?limit=500`)
  return reply.body.items.map((c: { email: string }) => c.email).sort()
}

describe('import quotas', () => {
  it('are configured from the environment with sane defaults', () => {
    expect(loadConfig({}).imports).toEqual({
      maxBytes: 100 * 1024 * 1024,
      maxRows: 1_000_000,
      maxActivePerAccount: 1,
    })
    expect(
      loadConfig({
        CHORUS_IMPORT_MAX_BYTES: '1048576',
        CHORUS_IMPORT_MAX_ROWS: '50',
        CHORUS_IMPORT_MAX_ACTIVE: '3',
      }).imports,
    ).toEqual({ maxBytes: 1048576, maxRows: 50, maxActivePerAccount: 3 })
    expect(() => loadConfig({ CHORUS_IMPORT_MAX_ROWS: 'lots' })).toThrow(/CHORUS_IMPORT_MAX_ROWS/)
  })

  it('refuse a file over the size limit with 413, as a body or as a form', async () => {
    const { browser, accountId, base } = await owner()
    const big = `email\n${'x'.repeat(LIMITS.maxBytes)}\n`
    for (const reply of [
      await uploadCsv(browser, accountId, big),
      await uploadMultipart(browser, accountId, big),
    ]) {
      expect(reply.status).toBe(413)
      expect(reply.body.error).toMatchObject({
        code: 'payload_too_large',
        limitBytes: LIMITS.maxBytes,
      })
      expect(reply.body.error.message).toContain('262,144 bytes')
    }
    expect(await emails(browser, base)).toEqual([])
    const folder = importsFolder(t.deps)
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([])
  })

  it('end a flood of blank lines at the row limit: blank rows count, the rows before stay', async () => {
    const { browser, accountId, base } = await owner()
    const csv = `email\nfirst@example.com\n${'\n'.repeat(50_000)}last@example.com\n`
    const reply = await uploadCsv(browser, accountId, csv)
    expect(reply.status).toBe(202)
    const result = await finished(browser, accountId, reply.body.importId)
    expect(result).toMatchObject({ status: 'failed', imported: 1 })
    expect(result.message).toContain('more than 1,000 rows (blank lines count too)')
    expect(await emails(browser, base)).toEqual(['first@example.com'])
  })

  it('allow one import per account queued or running: a second is 409 until the first is cancelled', async () => {
    const { user, browser, accountId, base } = await owner()
    const waiting = await queuedImport(t.deps, accountId, user.id, 'email\nwaiting@example.com\n')
    const refused = await uploadCsv(browser, accountId, 'email\nsecond@example.com\n')
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      reason: 'import_in_progress',
      importIds: [waiting.id],
    })
    // Another account is not held back by this one's quota.
    const other = await owner()
    expect((await uploadCsv(other.browser, other.accountId, 'email\no@example.com\n')).status).toBe(
      202,
    )

    const cancelled = await browser.post(`${base}/imports/${waiting.id}/cancel`)
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', imported: 0 })
    expect(fs.existsSync(waiting.filePath)).toBe(false)
    // Cancelling again answers the same; the cancellation is audited.
    expect((await browser.post(`${base}/imports/${waiting.id}/cancel`)).body.status).toBe(
      'cancelled',
    )
    const audit = (await browser.get(`${base}/audit`)).body.items
    expect(audit.map((e: { action: string }) => e.action)).toContain('contacts.import_cancelled')

    const accepted = await uploadCsv(browser, accountId, 'email\nsecond@example.com\n')
    expect(accepted.status).toBe(202)
    expect(await finished(browser, accountId, accepted.body.importId)).toMatchObject({
      status: 'done',
    })
    // A finished import cannot be cancelled; an unknown one is 404.
    const late = await browser.post(`${base}/imports/${accepted.body.importId}/cancel`)
    expect(late.status).toBe(409)
    expect(late.body.error.reason).toBe('import_ended')
    expect((await browser.post(`${base}/imports/${uuidv7()}/cancel`)).status).toBe(404)
    expect(await emails(browser, base)).toEqual(['second@example.com'])
    // The queue never runs the cancelled one.
    await importWorker(t.deps).idle()
    expect((await findImport(t.deps.db, accountId, waiting.id))?.status).toBe('cancelled')
  })

  it('give the next slot to the account that waited longest, not to the busiest account', async () => {
    const a = await owner()
    const b = await owner()
    const csv = (who: string, n: number) =>
      `email\n${Array.from({ length: n }, (_, i) => `${who}${i}@example.com`).join('\n')}\n`
    const a1 = await queuedImport(t.deps, a.accountId, a.user.id, csv('a1-', 900))
    const a2 = await queuedImport(t.deps, a.accountId, a.user.id, csv('a2-', 10))
    const a3 = await queuedImport(t.deps, a.accountId, a.user.id, csv('a3-', 10))
    const b1 = await queuedImport(t.deps, b.accountId, b.user.id, csv('b1-', 10))
    // One slot, as on PGlite: with two (PostgreSQL) both accounts start at once and which ends
    // first is a race, which said nothing about who gets the next slot.
    for (const [accountId, imp] of [
      [a.accountId, a1],
      [a.accountId, a2],
      [a.accountId, a3],
      [b.accountId, b1],
    ] as const) {
      await enqueueImport(t.deps.db, t.deps, { accountId, importId: imp.id })
    }
    const queue = createImportWorker(t.deps, 1)
    await queue.poke()
    await queue.idle()
    const finishedAt = async (accountId: string, id: string) =>
      (await findImport(t.deps.db, accountId, id))?.finished_at?.getTime() ?? Number.NaN
    expect(await finishedAt(b.accountId, b1.id)).toBeLessThan(await finishedAt(a.accountId, a2.id))
    expect(await finishedAt(a.accountId, a2.id)).toBeLessThanOrEqual(
      await finishedAt(a.accountId, a3.id),
    )
  })
})
