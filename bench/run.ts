// Runs benchmarks on a throwaway PostgreSQL cluster: `npm run bench -- [name…]` (default: all).
// Each benchmark gets a freshly migrated database of its own and prints `BENCH …` lines.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { type Cluster, findPostgresBin, startCluster } from '../scripts/pg-cluster.mjs'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { Deps } from '../src/deps.js'
import { createDeps } from '../src/server.js'
import { access } from './access.js'
import { audienceScale } from './audience-scale.js'
import type { Benchmark } from './harness.js'
import { importBench } from './import.js'
import { programTriggers } from './program-triggers.js'
import { programs } from './programs.js'
import { segment } from './segment.js'
import { send } from './send.js'

/** The registry: name → benchmark. A new benchmark is one module in bench/ and one line here. */
const BENCHMARKS: Record<string, Benchmark> = {
  access,
  'audience-scale': audienceScale,
  import: importBench,
  'program-triggers': programTriggers,
  programs,
  segment,
  send,
}

const POOL_SIZE = 8

function peakRss(): string {
  const kb = process.resourceUsage().maxRSS
  return `peak RSS ${(kb / 1024).toFixed(1)} MiB (maxRSS ${kb} kB)`
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function runOne(cluster: Cluster, name: string, benchmark: Benchmark): Promise<void> {
  const database = `bench_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`
  const admin = openPostgres(cluster.adminUrl, 1)
  try {
    await sql.raw(`create database ${database}`).execute(admin.db)
  } finally {
    await admin.close()
  }
  const url = databaseUrl(cluster.adminUrl, database)
  const opened = openPostgres(url, POOL_SIZE)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-bench-'))
  const config = loadConfig({ NODE_ENV: 'test', CHORUS_DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const deps: Deps = createDeps(config, opened)
  try {
    await migrateToLatest(deps.db)
    await benchmark({ deps, databaseUrl: url, poolSize: POOL_SIZE })
  } finally {
    deps.mailer.close()
    await opened.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2).filter((arg) => arg !== '--')
  const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS)
  const unknown = names.filter((name) => !Object.hasOwn(BENCHMARKS, name))
  if (unknown.length > 0) {
    console.error(
      `bench: unknown benchmark ${unknown.join(', ')} (known: ${Object.keys(BENCHMARKS).join(', ')})`,
    )
    return 2
  }
  const bin = findPostgresBin()
  if (!bin) {
    console.error(
      'bench: no PostgreSQL server is installed (no /usr/lib/postgresql/<version>/bin/initdb); ' +
        'the benchmarks run on a throwaway PostgreSQL cluster: install the postgresql package',
    )
    return 1
  }

  console.log(`bench: starting a throwaway PostgreSQL cluster (${bin})`)
  const cluster = await startCluster(bin)
  const stopOnSignal = (signal: NodeJS.Signals) => {
    cluster.stop()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)

  let failed = 0
  try {
    for (const name of names) {
      console.log(`\n=== bench ${name} ===`)
      const started = performance.now()
      try {
        await runOne(cluster, name, BENCHMARKS[name] as Benchmark)
        console.log(
          `${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s, ${peakRss()}`,
        )
      } catch (error) {
        failed += 1
        console.error(`${name}: FAILED: ${error instanceof Error ? error.stack : String(error)}`)
      }
    }
  } finally {
    cluster.stop()
    process.off('SIGINT', stopOnSignal)
    process.off('SIGTERM', stopOnSignal)
  }
  console.log(`\n${peakRss()}`)
  return failed > 0 ? 1 : 0
}

process.exit(await main())
