import fs from 'node:fs'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../../test/helpers/app.js'
import {
  finished,
  importCsv,
  queuedImport,
  uploadCsv,
  uploadMultipart,
} from '../../../test/helpers/csv.js'
import { testDatabaseKind } from '../../../test/helpers/database.js'
import { memberOf } from '../../../test/helpers/factories.js'
import { adminUrl, databaseUrl } from '../../../test/helpers/postgres.js'
import { newOwner } from '../../../test/helpers/sharing.js'
import { openPostgres, pgPoolOf } from '../../db/database.js'
import { enqueueImport, importWorker, resumeImports, runImport } from './import-runner.js'
import { findImport } from './repository.js'

const t = useTestApp()

const owner = () => newOwner(t, 'importer')

async function contacts(browser: Browser, base: string, query = '') {
  const reply = await browser.get(`${base}/contacts?limit=500${query}`)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.items as any[]
}

function byEmail(items: any[], email: string) {
  return items.find((c) => c.email === email)
}

/** An import row and its file, made by hand so that a test can run it with its own options. */
async function preparedImport(
  accountId: string,
  userId: string,
  csv: string | Buffer,
  status: 'queued' | 'running' = 'queued',
) {
  const { id, filePath } = await queuedImport(t.deps, accountId, userId, csv)
  if (status === 'running') {
    await t.deps.db
      .updateTable('imports')
      .set({ status, processed: 99, imported: 99 })
      .where('id', '=', id)
      .execute()
  }
  return { id, filePath }
}

describe('POST …/imports', () => {
  it('reports each refused row with its number (1 = first data row), field and reason', async () => {
    const { browser, accountId, base } = await owner()
    expect((await browser.post(`${base}/fields`, { key: 'score', type: 'number' })).status).toBe(
      201,
    )
    const csv = [
      'Email,Phone,First Name,last_name,score',
      'good@example.com,,Ann,Lee,10',
      'not-an-email,,Bob,,5',
      ',12345,Cy,,1',
      'ok2@example.com,,Di,,abc',
      ',,Ed,,',
      'sms-only@example.com,+1 (415) 555-0100,Flo,,7.5',
    ].join('\n')
    const result = await importCsv(browser, accountId, csv)
    expect(result).toMatchObject({
      status: 'done',
      processed: 6,
      imported: 2,
      updated: 0,
      failed: 4,
      message: null,
    })
    expect(result.errors).toEqual([
      { row: 2, field: 'email', message: 'not a valid email address' },
      { row: 3, field: 'phone', message: expect.stringMatching(/E\.164/) },
      { row: 4, field: 'score', message: 'score must be a number' },
      { row: 5, field: 'email', message: 'a contact needs an email address or a phone number' },
    ])
    const items = await contacts(browser, base)
    expect(items).toHaveLength(2)
    expect(byEmail(items, 'good@example.com')).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      fields: { score: 10 },
    })
    expect(byEmail(items, 'sms-only@example.com')).toMatchObject({
      phone: '+14155550100',
      fields: { score: 7.5 },
    })
  })

  it('is idempotent: the same file twice creates no duplicates and the second run updates', async () => {
    const { browser, accountId, base } = await owner()
    const csv =
      'email,phone,firstName,company\na@example.com,,A,Acme\nB@Example.com,,B,\n,+14155550111,Text only,Beta\n'
    expect(await importCsv(browser, accountId, csv)).toMatchObject({
      status: 'done',
      imported: 3,
      updated: 0,
      failed: 0,
    })
    expect(await importCsv(browser, accountId, csv)).toMatchObject({
      status: 'done',
      imported: 0,
      updated: 3,
      failed: 0,
    })
    const items = await contacts(browser, base)
    expect(items).toHaveLength(3)
    expect(byEmail(items, 'b@example.com')).toMatchObject({ firstName: 'B' })
    expect(items.find((c) => c.email === null)).toMatchObject({
      phone: '+14155550111',
      fields: { company: 'Beta' },
    })
    // An unknown header became a text custom field of the account.
    const fields = await browser.get(`${base}/fields`)
    expect(fields.body.items).toContainEqual(
      expect.objectContaining({ key: 'company', type: 'text' }),
    )
  })

  it('lets a later row of the same address update the earlier one; empty cells keep values', async () => {
    const { browser, accountId, base } = await owner()
    const csv =
      'email,firstName,lastName,city\nsam@example.com,Sam,Old,Paris\nSAM@example.com,Samuel,,\n'
    expect(await importCsv(browser, accountId, csv)).toMatchObject({ imported: 1, updated: 1 })
    const [sam] = await contacts(browser, base)
    expect(sam).toMatchObject({
      email: 'sam@example.com',
      firstName: 'Samuel',
      lastName: 'Old',
      fields: { city: 'Paris' },
    })
  })

  it('never changes a subscription: an unsubscribe wins over a re-import, even after a delete', async () => {
    const { browser, accountId, base } = await owner()
    const csv = 'email,firstName\ngone@example.com,Gone\nstays@example.com,Stays\n'
    await importCsv(browser, accountId, csv)
    const gone = byEmail(await contacts(browser, base), 'gone@example.com')
    const patched = await browser.patch(`${base}/contacts/${gone.id}`, {
      emailStatus: 'unsubscribed',
    })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect(await importCsv(browser, accountId, csv)).toMatchObject({ imported: 0, updated: 2 })
    let items = await contacts(browser, base)
    expect(byEmail(items, 'gone@example.com').emailStatus).toBe('unsubscribed')
    expect(byEmail(items, 'stays@example.com').emailStatus).toBe('subscribed')
    expect((await browser.delete(`${base}/contacts/${gone.id}`)).status).toBe(204)
    expect(await importCsv(browser, accountId, csv)).toMatchObject({ imported: 1, updated: 1 })
    items = await contacts(browser, base)
    expect(byEmail(items, 'gone@example.com')).toMatchObject({
      emailStatus: 'unsubscribed',
      firstName: 'Gone',
    })
  })

  it('takes a multipart form with one file field', async () => {
    const { browser, accountId, base } = await owner()
    const reply = await uploadMultipart(
      browser,
      accountId,
      'email,lastName\nform@example.com,Form\n',
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(202)
    expect(reply.headers.location).toBe(`${base}/imports/${reply.body.importId}`)
    expect(await finished(browser, accountId, reply.body.importId)).toMatchObject({
      status: 'done',
      imported: 1,
    })
    expect(byEmail(await contacts(browser, base), 'form@example.com').lastName).toBe('Form')
  })

  it('reads semicolon-separated files with a BOM, and UTF-16 ones', async () => {
    const { browser, accountId, base } = await owner()
    const semicolons = '\uFEFFemail;firstName\nsemi@example.com;Zoë\n'
    expect(await importCsv(browser, accountId, semicolons)).toMatchObject({
      status: 'done',
      imported: 1,
    })
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('email,firstName\nwide@example.com,Łucja\n', 'utf16le'),
    ])
    const reply = await uploadCsv(browser, accountId, utf16)
    expect(reply.status, JSON.stringify(reply.body)).toBe(202)
    expect(await finished(browser, accountId, reply.body.importId)).toMatchObject({
      status: 'done',
      imported: 1,
    })
    const items = await contacts(browser, base)
    expect(byEmail(items, 'semi@example.com').firstName).toBe('Zoë')
    expect(byEmail(items, 'wide@example.com').firstName).toBe('Łucja')
  })

  it('adds imported contacts to the group, and keeps its member count', async () => {
    const { browser, accountId, base } = await owner()
    const group = await browser.post(`${base}/groups`, { name: 'Imported' })
    expect(group.status).toBe(201)
    const csv = 'email\ng1@example.com\ng2@example.com\ng3@example.com\n'
    await importCsv(browser, accountId, 'email\ng1@example.com\n')
    expect(await importCsv(browser, accountId, csv, `?groupId=${group.body.id}`)).toMatchObject({
      imported: 2,
      updated: 1,
    })
    expect(await importCsv(browser, accountId, csv, `?groupId=${group.body.id}`)).toMatchObject({
      imported: 0,
      updated: 3,
    })
    expect((await browser.get(`${base}/groups/${group.body.id}`)).body.memberCount).toBe(3)
    expect(await contacts(browser, base, `&groupId=${group.body.id}`)).toHaveLength(3)
  })

  it('refuses a group of another account, a file without an address column, and no file', async () => {
    const { browser, accountId } = await owner()
    const other = await owner()
    const foreign = await other.browser.post(`${other.base}/groups`, { name: 'Theirs' })
    for (const groupId of [foreign.body.id, 'not-a-uuid']) {
      const reply = await uploadCsv(
        browser,
        accountId,
        'email\nx@example.com\n',
        `?groupId=${groupId}`,
      )
      expect(reply.status).toBe(422)
      expect(reply.body.error).toMatchObject({ code: 'validation_failed', field: 'groupId' })
    }
    const noAddress = await uploadCsv(browser, accountId, 'name,city\nAnn,Paris\n')
    expect(noAddress.status).toBe(422)
    expect(noAddress.body.error).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/email or a phone column/),
    })
    const empty = await uploadCsv(browser, accountId, '')
    expect(empty.status).toBe(422)
    expect(empty.body.error.field).toBe('file')
    const twice = await uploadCsv(browser, accountId, 'email,E-mail\nx@example.com,y@example.com\n')
    expect(twice.status).toBe(422)
    const json = await browser.request(
      'POST',
      `/api/v1/accounts/${accountId}/imports`,
      '{"email":"x@example.com"}',
      {
        'content-type': 'application/json',
      },
    )
    expect(json.status).toBe(415)
    const latin1 = await uploadCsv(
      browser,
      accountId,
      Buffer.from('email,firstName\nj@example.com,J\xe9r\xf4me\n', 'latin1'),
    )
    expect(latin1.status).toBe(422)
    expect(latin1.body.error.message).toMatch(/not UTF-8/)
  })

  it('records contacts.imported in the audit log with the counts', async () => {
    const { browser, accountId, base } = await owner()
    const result = await importCsv(browser, accountId, 'email\naudit@example.com\nbad\n')
    const audit = await browser.get(`${base}/audit`)
    const entry = audit.body.items.find((e: any) => e.action === 'contacts.imported')
    expect(entry).toMatchObject({
      target: { type: 'import', id: result.id },
      details: { status: 'done', processed: 2, imported: 1, updated: 0, failed: 1 },
      actor: { kind: 'user' },
    })
  })

  it('fails, writing nothing, when its new columns would pass the account’s 200 custom fields', async () => {
    const { browser, accountId, base } = await owner()
    await t.deps.db
      .insertInto('contact_fields')
      .values(
        Array.from({ length: 150 }, (_, i) => ({
          account_id: accountId,
          key: `old${i}`,
          label: `old${i}`,
          type: 'text' as const,
        })),
      )
      .execute()
    const extra = Array.from({ length: 60 }, (_, i) => `new${i}`)
    const result = await importCsv(
      browser,
      accountId,
      `email,${extra.join(',')}\nx@example.com,${extra.map(() => 'v').join(',')}\n`,
    )
    expect(result).toMatchObject({ status: 'failed', imported: 0 })
    expect(result.message).toContain('at most 200 custom fields')
    expect(await contacts(browser, base)).toEqual([])
    expect((await browser.get(`${base}/fields`)).body.items).toHaveLength(150)
  })

  it('keeps the first 1,000 row errors and counts every failed row', async () => {
    const { browser, accountId } = await owner()
    const rows = Array.from({ length: 1205 }, (_, i) => `bad-${i}`)
    const result = await importCsv(
      browser,
      accountId,
      `email\n${rows.join('\n')}\nfine@example.com\n`,
    )
    expect(result).toMatchObject({ status: 'done', processed: 1206, failed: 1205, imported: 1 })
    expect(result.errors).toHaveLength(1000)
    expect(result.errors[999].row).toBe(1000)
  })
})

describe('an import that fails half-way', () => {
  it('keeps batches 1–2, nothing of batch 3, and says why (the database refused a row)', async () => {
    const { user, browser, accountId, base } = await owner()
    // A rule the database enforces and the import's validation knows nothing about.
    await sql`alter table contacts add constraint import_test_no_zebra check (first_name is distinct from 'Zebra')`.execute(
      t.deps.db,
    )
    try {
      const names = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'Zebra', 'C3', 'D1']
      const csv = `email,firstName\n${names.map((n) => `${n.toLowerCase()}@example.com,${n}`).join('\n')}\n`
      const { id } = await preparedImport(accountId, user.id, csv)
      expect(await runImport(t.deps, accountId, id, { batchSize: 3 })).toBe('failed')
      const progress = await browser.get(`${base}/imports/${id}`)
      expect(progress.body).toMatchObject({
        status: 'failed',
        processed: 6,
        imported: 6,
        failed: 0,
      })
      expect(progress.body.message).toMatch(
        /^rows 7–9 could not be saved \(.*import_test_no_zebra.*\)/,
      )
      const emails = (await contacts(browser, base)).map((c) => c.email).sort()
      expect(emails).toEqual([
        'a1@example.com',
        'a2@example.com',
        'a3@example.com',
        'b1@example.com',
        'b2@example.com',
        'b3@example.com',
      ])
    } finally {
      await sql`alter table contacts drop constraint import_test_no_zebra`.execute(t.deps.db)
    }
  })

  it('fails with a message when the file turns out not to be UTF-8, keeping what was committed', async () => {
    const { user, browser, accountId, base } = await owner()
    const good = Array.from({ length: 12_000 }, (_, i) => `enc${i}@example.com,Name ${i}`).join(
      '\n',
    )
    const file = Buffer.concat([
      Buffer.from(`email,firstName\n${good}\n`),
      Buffer.from('late@example.com,J\xe9r\xf4me\n', 'latin1'),
    ])
    const { id, filePath } = await preparedImport(accountId, user.id, file)
    expect(await runImport(t.deps, accountId, id, { batchSize: 1000 })).toBe('failed')
    const progress = (await browser.get(`${base}/imports/${id}`)).body
    expect(progress.status).toBe('failed')
    expect(progress.message).toMatch(/not UTF-8/)
    expect(progress.processed % 1000).toBe(0)
    expect(progress.imported).toBe(progress.processed)
    const count = await sql<{
      n: number
    }>`select count(*)::int as n from contacts where account_id = ${accountId}`.execute(t.deps.db)
    expect(count.rows[0]?.n).toBe(progress.imported)
    expect(fs.existsSync(filePath)).toBe(false)
  })
})

describe('cancelling a running import', () => {
  it('stops after the batch in flight: the batches committed stay, the rest never comes', async () => {
    const { browser, accountId, base } = await owner()
    const total = 150_000
    const rows = Array.from({ length: total }, (_, i) => `cancel${i}@example.com`)
    const started = await uploadCsv(browser, accountId, `email\n${rows.join('\n')}\n`)
    expect(started.status).toBe(202)
    const url = `${base}/imports/${started.body.importId}`
    let progress = (await browser.get(url)).body
    while (
      progress.status === 'queued' ||
      (progress.status === 'running' && progress.processed === 0)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      progress = (await browser.get(url)).body
    }
    expect(progress.status).toBe('running')
    const cancelled = await browser.post(`${url}/cancel`)
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.status).toBe('cancelled')
    expect(cancelled.body.imported).toBeGreaterThan(0)
    expect(cancelled.body.imported).toBeLessThan(total)
    expect(cancelled.body.imported % 5000).toBe(0)
    await importWorker(t.deps).idle()
    const after = (await browser.get(url)).body
    expect(after).toMatchObject({ status: 'cancelled', imported: cancelled.body.imported })
    const { count } = await t.deps.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow()
    expect(Number(count)).toBe(cancelled.body.imported)
  })
})

describe('resuming after a restart', () => {
  it('runs unfinished imports again from the start, fails those without a file, deletes finished files', async () => {
    const { user, browser, accountId, base } = await owner()
    const interrupted = await preparedImport(
      accountId,
      user.id,
      'email\nr1@example.com\nr2@example.com\n',
      'running',
    )
    const queued = await preparedImport(accountId, user.id, 'email\nr3@example.com\n')
    const lost = await preparedImport(accountId, user.id, 'email\nlost@example.com\n', 'running')
    fs.rmSync(lost.filePath)
    const leftover = await preparedImport(accountId, user.id, 'email\nx@example.com\n')
    await t.deps.db
      .updateTable('imports')
      .set({ status: 'done' })
      .where('id', '=', leftover.id)
      .execute()

    await resumeImports(t.deps)
    await importWorker(t.deps).idle()

    expect((await browser.get(`${base}/imports/${interrupted.id}`)).body).toMatchObject({
      status: 'done',
      processed: 2,
      imported: 2,
    })
    expect((await browser.get(`${base}/imports/${queued.id}`)).body).toMatchObject({
      status: 'done',
      imported: 1,
    })
    expect((await browser.get(`${base}/imports/${lost.id}`)).body).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/file is gone/),
    })
    expect(fs.existsSync(interrupted.filePath)).toBe(false)
    expect(fs.existsSync(leftover.filePath)).toBe(false)
    expect((await findImport(t.deps.db, accountId, leftover.id))?.file_path).toBeNull()
    expect((await contacts(browser, base)).map((c) => c.email).sort()).toEqual([
      'r1@example.com',
      'r2@example.com',
      'r3@example.com',
    ])
  })
})

describe('stopping and a second process', () => {
  it('leaves an import stopped between batches running; the next start runs it again from row 1', async () => {
    const { user, browser, accountId, base } = await owner()
    const csv = `email\n${Array.from({ length: 7 }, (_, i) => `stop${i}@example.com`).join('\n')}\n`
    const { id, filePath } = await preparedImport(accountId, user.id, csv)
    let batches = 0
    const outcome = await runImport(t.deps, accountId, id, {
      batchSize: 3,
      stopping: () => ++batches > 1,
    })
    expect(outcome).toBe('interrupted')
    expect((await browser.get(`${base}/imports/${id}`)).body).toMatchObject({
      status: 'running',
      processed: 3,
      imported: 3,
    })
    expect(fs.existsSync(filePath)).toBe(true)
    await resumeImports(t.deps)
    await importWorker(t.deps).idle()
    // Counters start again with the run: the first batch's rows now count as updated.
    expect((await browser.get(`${base}/imports/${id}`)).body).toMatchObject({
      status: 'done',
      processed: 7,
      imported: 4,
      updated: 3,
    })
    expect(await contacts(browser, base)).toHaveLength(7)
  })

  it.runIf(testDatabaseKind === 'postgres')(
    'skips an import another process holds (PostgreSQL advisory lock)',
    async () => {
      const { user, browser, accountId, base } = await owner()
      const { id } = await preparedImport(accountId, user.id, 'email\nheld@example.com\n')
      const client = await pgPoolOf(t.deps.db)?.connect()
      if (!client) throw new Error('no pool')
      try {
        await client.query(`select pg_advisory_lock(hashtext('chorus.import'), hashtext($1))`, [id])
        expect(await runImport(t.deps, accountId, id)).toBe('skipped')
        expect((await browser.get(`${base}/imports/${id}`)).body.status).toBe('queued')
        await client.query(`select pg_advisory_unlock(hashtext('chorus.import'), hashtext($1))`, [
          id,
        ])
      } finally {
        client.release()
      }
      expect(await runImport(t.deps, accountId, id)).toBe('done')
    },
  )

  it.runIf(testDatabaseKind === 'postgres')(
    'stops an import another server runs when it is cancelled here, after the batch in flight',
    async () => {
      const { user, browser, accountId, base } = await owner()
      const total = 150_000
      const rows = Array.from({ length: total }, (_, i) => `remote${i}@example.com`)
      const { id } = await preparedImport(accountId, user.id, `email\n${rows.join('\n')}\n`)
      // The other server: its own pool on the same database, and so its own import queue.
      const name = await sql<{ name: string }>`select current_database() as name`.execute(t.deps.db)
      const database = openPostgres(
        databaseUrl(adminUrl() as string, name.rows[0]?.name as string),
        5,
      )
      const other = { ...t.deps, db: database.db }
      try {
        await enqueueImport(t.deps.db, t.deps, { accountId, importId: id })
        void importWorker(other).poke()
        const url = `${base}/imports/${id}`
        let progress = (await browser.get(url)).body
        while (progress.status !== 'running' || progress.processed === 0) {
          expect(progress.status).not.toBe('done')
          await new Promise((resolve) => setTimeout(resolve, 10))
          progress = (await browser.get(url)).body
        }
        const cancelled = await browser.post(`${url}/cancel`)
        expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
        expect(cancelled.body.status).toBe('cancelled')
        await importWorker(other).idle()
        const after = (await browser.get(url)).body
        expect(after.status).toBe('cancelled')
        // At most the batch in flight and one whose check passed just before the cancel.
        expect(after.imported - cancelled.body.imported).toBeLessThanOrEqual(2 * 5000)
        expect(after.imported).toBeLessThan(total)
        const { count } = await t.deps.db
          .selectFrom('contacts')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .where('account_id', '=', accountId)
          .executeTakeFirstOrThrow()
        expect(Number(count)).toBe(after.imported)
      } finally {
        await importWorker(other).stop()
        await database.close()
      }
    },
  )
})

describe('import permissions', () => {
  it('needs contacts.create to import and to read progress; 404 for another account', async () => {
    const { browser, accountId, base } = await owner()
    const result = await importCsv(browser, accountId, 'email\nperm@example.com\n')
    const analyst = await memberOf(t.deps, t.app, accountId, { role: 'analyst' })
    const denied = await uploadCsv(analyst.browser, accountId, 'email\nsneaky@example.com\n')
    expect(denied.status).toBe(403)
    expect(denied.body.error).toMatchObject({ code: 'forbidden', permission: 'contacts.create' })
    const progress = await analyst.browser.get(`${base}/imports/${result.id}`)
    expect(progress.status).toBe(403)
    const collaborator = await memberOf(t.deps, t.app, accountId, { role: 'collaborator' })
    expect(
      await importCsv(collaborator.browser, accountId, 'email\ncollab@example.com\n'),
    ).toMatchObject({ imported: 1 })
    const stranger = await owner()
    const hidden = await uploadCsv(stranger.browser, accountId, 'email\nx@example.com\n')
    expect(hidden.status).toBe(404)
    expect(hidden.body.error.resource).toBe('account')
    expect((await stranger.browser.get(`${base}/imports/${result.id}`)).status).toBe(404)
    // An import id of another account is not found from this one.
    const elsewhere = await stranger.browser.get(`${stranger.base}/imports/${result.id}`)
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.body.error.resource).toBe('import')
  })
})
