import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect } from 'kysely'
import { PGLITE_OPTIONS } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import type { DB } from '../../src/db/schema.js'

/**
 * Starting PGlite from an empty cluster (initdb) and migrating it costs seconds per test file;
 * loading a dump of a migrated cluster costs a fraction of that. The global set-up writes the dump
 * once per run and names it in the environment the test workers inherit, so a run never loads a
 * dump of another run's migrations.
 */
const DUMP_VARIABLE = 'CHORUS_TEST_PGLITE_DUMP'

export async function writeMigratedDump(resultsDir: string) {
  const pglite = new PGlite(PGLITE_OPTIONS)
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) })
  try {
    await migrateToLatest(db)
    const dump = await pglite.dumpDataDir('none')
    fs.mkdirSync(resultsDir, { recursive: true })
    const file = path.join(resultsDir, `pglite-migrated-${process.pid}.tar`)
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
    process.env[DUMP_VARIABLE] = file
    return () => fs.rmSync(file, { force: true })
  } finally {
    await db.destroy()
  }
}

let cached: Blob | undefined
/** The migrated dump this run's global set-up wrote, if any. */
export function migratedDump(): Blob | undefined {
  const file = process.env[DUMP_VARIABLE]
  if (!cached && file && fs.existsSync(file)) cached = new Blob([fs.readFileSync(file)])
  return cached
}
