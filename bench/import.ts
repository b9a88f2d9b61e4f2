import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { sql } from 'kysely'
import { from as copyFrom } from 'pg-copy-streams'
import { inCatalogOrder } from '../src/access/grants.js'
import { allowAll } from '../src/access/permission-sets.js'
import { accountAccess } from '../src/access/service.js'
import { insertAccount } from '../src/accounts/repository.js'
import { getImport, startImport } from '../src/audience/imports.js'
import * as audience from '../src/audience/service.js'
import { openPglite, pgPoolOf } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { Deps } from '../src/deps.js'
import { type BenchContext, benchLine, median } from './harness.js'

const ROWS = Number(process.env.CHORUS_BENCH_ROWS ?? 1_000_000)
const PGLITE_ROWS = Number(process.env.CHORUS_BENCH_PGLITE_ROWS ?? ROWS)

function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024
}

/** Writes the CSV a customer would upload, streamed to disk (never whole in memory). */
async function generateCsv(file: string, rows: number) {
  const out = fs.createWriteStream(file)
  out.write('email,phone,firstName,lastName,city,age\n')
  const cities = ['Lyon', 'Oslo', 'Lima', 'Pune', 'Kyiv']
  for (let n = 1; n <= rows; n++) {
    const line = `person${n}@example.test,+4420${String(n).padStart(8, '0')},First${n % 1000},Last${n % 5000},${cities[n % 5]},${n % 90}\n`
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

async function setUp(deps: Deps) {
  const account = await insertAccount(deps.db, { name: 'bench import', parent: null })
  const owner = await deps.db
    .insertInto('users')
    .values({ email: `owner-${account.id}@bench.test`, name: 'owner', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const access = accountAccess(account.id, owner.id, [
    {
      kind: 'membership',
      accountId: account.id,
      role: 'owner',
      permissions: inCatalogOrder(allowAll()),
    },
  ])
  const group = await audience.createGroup(deps, access, { name: 'imported' })
  return { access, group }
}

/** The real path: the upload stored, the header checked, rows parsed, validated and upserted in batches. */
async function importThroughProduct(
  deps: Deps,
  file: string,
): Promise<{ seconds: number; imported: number }> {
  const { access, group } = await setUp(deps)
  const started = performance.now()
  const { importId } = await startImport(deps, access, {
    file: fs.createReadStream(file),
    groupId: group.id,
    ip: null,
  })
  for (;;) {
    const state = await getImport(deps, access, importId)
    if (state.status === 'done')
      return { seconds: (performance.now() - started) / 1000, imported: state.imported }
    if (state.status === 'failed') throw new Error(`import failed: ${state.message}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The baseline: COPY of the same file into a bare table with the same columns, same server. */
async function rawCopy(deps: Deps, file: string): Promise<number> {
  await sql`create table if not exists bare_contacts (email text, phone text, first_name text, last_name text, city text, age text)`.execute(
    deps.db,
  )
  await sql`truncate bare_contacts`.execute(deps.db)
  const pool = pgPoolOf(deps.db)
  if (!pool) throw new Error('the baseline needs PostgreSQL')
  const client = await pool.connect()
  try {
    const started = performance.now()
    await pipeline(
      fs.createReadStream(file),
      client.query(copyFrom('copy bare_contacts from stdin with (format csv, header true)')),
    )
    return (performance.now() - started) / 1000
  } finally {
    client.release()
  }
}

/**
 * `npm run bench -- import`: a generated CSV of 1,000,000 rows imported through the real import
 * path into PostgreSQL, against a raw COPY of the same file into a bare table in the same run; then
 * the same import on the embedded database (PGlite), reported on its own.
 */
export async function importBench({ deps }: BenchContext): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-bench-import-'))
  const file = path.join(dir, 'contacts.csv')
  try {
    await generateCsv(file, ROWS)
    console.log(`generated ${ROWS} rows (${(fs.statSync(file).size / 1024 ** 2).toFixed(0)} MiB)`)
    const copies = [await rawCopy(deps, file), await rawCopy(deps, file), await rawCopy(deps, file)]
    const baseline = ROWS / median(copies)
    const rssBefore = peakRssMiB()
    const real = await importThroughProduct(deps, file)
    if (real.imported !== ROWS) throw new Error(`imported ${real.imported} of ${ROWS} rows`)
    const value = real.imported / real.seconds
    console.log(
      `PostgreSQL: import ${real.seconds.toFixed(1)} s (${Math.round(value)} rows/s); raw COPY median ` +
        `${median(copies).toFixed(1)} s (${Math.round(baseline)} rows/s); peak RSS ${peakRssMiB().toFixed(0)} MiB ` +
        `(${rssBefore.toFixed(0)} MiB before the import; goal ratio >= 0.5, RSS < 300 MB)`,
    )
    benchLine('import', value, 'rows/s', baseline)

    const pgliteDir = path.join(dir, 'pglite')
    const pglite = await openPglite(pgliteDir)
    try {
      await migrateToLatest(pglite.db)
      const embedded: Deps = {
        ...deps,
        db: pglite.db,
        dbKind: pglite.kind,
        prepared: pglite.prepared,
      }
      if (PGLITE_ROWS !== ROWS) await generateCsv(file, PGLITE_ROWS)
      const result = await importThroughProduct(embedded, file)
      console.log(`PGlite: imported ${result.imported} rows in ${result.seconds.toFixed(1)} s`)
      benchLine('import-pglite', result.imported / result.seconds, 'rows/s')
    } finally {
      await pglite.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
