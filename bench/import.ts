import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { sql } from 'kysely'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { inCatalogOrder } from '../src/access/grants.js'
import { allowAll } from '../src/access/permission-sets.js'
import { accountAccess } from '../src/access/service.js'
import { insertAccount } from '../src/accounts/repository.js'
import * as groups from '../src/audience/groups/service.js'
import { getImport, startImport } from '../src/audience/imports/service.js'
import { openPglite, pgPoolOf } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { Deps } from '../src/deps.js'
import { type BenchContext, benchLine, median } from './harness.js'

const ROWS = Number(process.env.CHORUS_BENCH_ROWS ?? 1_000_000)
const PGLITE_ROWS = Number(process.env.CHORUS_BENCH_PGLITE_ROWS ?? ROWS)

function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024
}

function rssMiB(): number {
  return process.memoryUsage.rss() / 1024 ** 2
}

/** Seconds of CPU the processes of the database server at `backendPid` have used (Linux; else NaN). */
function serverCpuSeconds(backendPid: number): number {
  const fieldsOf = (pid: number | string) =>
    fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  try {
    const postmaster = Number(fieldsOf(backendPid)[1])
    const own = fieldsOf(postmaster)
    // The postmaster's own time and its ended children's, then each live child's.
    let ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(own[i]), 0)
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const fields = fieldsOf(entry)
        if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12])
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100
  } catch {
    return Number.NaN
  }
}

/** Seconds of CPU process `pid` has used (Linux; else NaN). */
function processCpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return Number.NaN
  }
}

/** The server process of the connection writing the import's batches, once it is at work. */
async function importConnectionPid(deps: Deps): Promise<number | undefined> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity
    where query like '%chorus_import_stage%' and query not like '%pg_stat_activity%' limit 1`.execute(
    deps.db,
  )
  return rows[0] ? Number(rows[0].pid) : undefined
}

async function backendPid(deps: Deps): Promise<number> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(deps.db)
  return Number(rows[0]?.pid)
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
  const group = await groups.createGroup(deps, access, { name: 'imported' })
  return { access, group }
}

/** The real path: the upload stored, the header checked, rows parsed, validated and upserted in batches. */
async function importThroughProduct(
  deps: Deps,
  file: string,
): Promise<{
  seconds: number
  imported: number
  peakRss: number
  cpu: number
  connectionCpu: number
}> {
  const { access, group } = await setUp(deps)
  let peakRss = rssMiB()
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const { importId } = await startImport(deps, access, {
    file: fs.createReadStream(file),
    groupId: group.id,
  })
  // PostgreSQL only: the CPU of the connection that writes the batches, from when it is first seen.
  let connection: { pid: number; cpuBefore: number } | undefined
  for (;;) {
    peakRss = Math.max(peakRss, rssMiB())
    if (!connection && deps.dbKind === 'postgres') {
      const pid = await importConnectionPid(deps)
      if (pid) connection = { pid, cpuBefore: processCpuSeconds(pid) }
    }
    const state = await getImport(deps, access, importId)
    if (state.status === 'done') {
      const cpu = process.cpuUsage(cpuBefore)
      return {
        seconds: (performance.now() - started) / 1000,
        imported: state.imported,
        peakRss,
        cpu: (cpu.user + cpu.system) / 1e6,
        connectionCpu: connection
          ? processCpuSeconds(connection.pid) - connection.cpuBefore
          : Number.NaN,
      }
    }
    if (state.status === 'failed') throw new Error(`import failed: ${state.message}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Seconds `work` takes on a client checked out of the PostgreSQL pool behind `deps`. */
async function timedOnClient(deps: Deps, work: (client: pg.PoolClient) => Promise<void>) {
  const pool = pgPoolOf(deps.db)
  if (!pool) throw new Error('the baseline and the plain writes need PostgreSQL')
  const client = await pool.connect()
  try {
    const started = performance.now()
    await work(client)
    return (performance.now() - started) / 1000
  } finally {
    client.release()
  }
}

/** Streams the CSV file (with its header row) into `table` with COPY. */
function copyFile(client: pg.PoolClient, file: string, table: string): Promise<void> {
  return pipeline(
    fs.createReadStream(file),
    client.query(copyFrom(`copy ${table} from stdin with (format csv, header true)`)),
  )
}

/** The baseline: COPY of the same file into a bare table with the same columns, same server. */
async function rawCopy(deps: Deps, file: string): Promise<number> {
  await sql`create table if not exists bare_contacts (email text, phone text, first_name text, last_name text, city text, age text)`.execute(
    deps.db,
  )
  await sql`truncate bare_contacts`.execute(deps.db)
  return timedOnClient(deps, (client) => copyFile(client, file, 'bare_contacts'))
}

/**
 * What the tables alone cost: the same file COPYed into a staging table, then written into contacts
 * and group_members of a fresh account by one plain insert each, in one transaction, with no
 * parsing or checking in Node, no upsert and no suppression lookup. When this is no faster than the
 * import, the import's rate is set by the writes its tables' indexes and foreign keys take.
 */
async function plainSqlWrites(deps: Deps, file: string): Promise<number> {
  const { access, group } = await setUp(deps)
  return timedOnClient(deps, async (client) => {
    await client.query('begin')
    try {
      await client.query(`create temp table plain_stage (email text, phone text, first_name text,
        last_name text, city text, age text) on commit drop`)
      await copyFile(client, file, 'plain_stage')
      // Ids in ascending order, as the import's UUIDv7 ids are.
      await client.query(
        `insert into contacts (account_id, id, email, phone, first_name, last_name, fields)
        select $1, ('00000000-0000-7000-8000-' || lpad(to_hex(row_number() over ()), 12, '0'))::uuid,
          email, phone, first_name, last_name, jsonb_build_object('city', city, 'age', age)
        from plain_stage`,
        [access.accountId],
      )
      await client.query(
        `insert into group_members (account_id, group_id, contact_id)
        select account_id, $2, id from contacts where account_id = $1`,
        [access.accountId, group.id],
      )
      await client.query('commit')
    } catch (error) {
      await client.query('rollback')
      throw error
    }
  })
}

/**
 * `npm run bench -- import`: a generated CSV of 1,000,000 rows imported through the real import
 * path into PostgreSQL, against a raw COPY of the same file into a bare table in the same run, and
 * the same rows written by plain SQL (`plainSqlWrites`); then the same import on the embedded database
 * (PGlite), reported on its own.
 */
export async function importBench({ deps }: BenchContext): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-bench-import-'))
  const file = path.join(dir, 'contacts.csv')
  try {
    await generateCsv(file, ROWS)
    console.log(`generated ${ROWS} rows (${(fs.statSync(file).size / 1024 ** 2).toFixed(0)} MiB)`)
    // The import first, so the memory it is measured by is its own, not what the baseline's
    // COPYs left in the process.
    const rssBefore = peakRssMiB()
    const pid = await backendPid(deps)
    const serverBefore = serverCpuSeconds(pid)
    const real = await importThroughProduct(deps, file)
    const serverCpu = serverCpuSeconds(pid) - serverBefore
    const peakAfterImport = peakRssMiB()
    const copies = [await rawCopy(deps, file), await rawCopy(deps, file), await rawCopy(deps, file)]
    const baseline = ROWS / median(copies)
    if (real.imported !== ROWS) throw new Error(`imported ${real.imported} of ${ROWS} rows`)
    const value = real.imported / real.seconds
    console.log(
      `PostgreSQL: import ${real.seconds.toFixed(1)} s (${Math.round(value)} rows/s); raw COPY median ` +
        `${median(copies).toFixed(1)} s (${Math.round(baseline)} rows/s); peak RSS ${peakAfterImport.toFixed(0)} MiB ` +
        `(${rssBefore.toFixed(0)} MiB before the import; goal ratio >= 0.5, RSS < 300 MB)`,
    )
    // CPU seconds are steadier than rows/s on a busy machine: they count the work, not the wait.
    console.log(
      `PostgreSQL import: RSS sampled during the import at most ${real.peakRss.toFixed(0)} MiB; ` +
        `CPU ${real.cpu.toFixed(1)} s in this process, ${serverCpu.toFixed(1)} s in the database server ` +
        `(${real.connectionCpu.toFixed(1)} s of them in the connection writing the batches); ` +
        `load average ${os.loadavg()[0]?.toFixed(1)}`,
    )
    benchLine('import', value, 'rows/s', baseline)
    const plainSeconds = await plainSqlWrites(deps, file)
    const plain = ROWS / plainSeconds
    console.log(
      `the same rows by plain SQL (COPY to a staging table, one insert into contacts, one into ` +
        `group_members): ${plainSeconds.toFixed(1)} s (${Math.round(plain)} rows/s), ratio to the ` +
        `bare COPY ${(plain / baseline).toFixed(3)}`,
    )
    benchLine('import-plain-sql', plain, 'rows/s', baseline)

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
