#!/usr/bin/env node
// Runs the whole suite on the embedded database (PGlite), then again on a throwaway PostgreSQL
// cluster when a PostgreSQL server is installed, and ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, '.test-results')
fs.mkdirSync(resultsDir, { recursive: true })
const extraArgs = process.argv.slice(2)

function runVitest(label, env) {
  const outputFile = path.join(resultsDir, `${label}.json`)
  fs.rmSync(outputFile, { force: true })
  console.log(`\n=== tests on ${label} ===`)
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${outputFile}`,
        ...extraArgs,
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
    )
    child.on('exit', (code) => {
      let passed = 0
      let failed = 0
      try {
        const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
        passed = report.numPassedTests
        failed = report.numFailedTests
        // A file that fails to load counts as a failure even though it ran no test.
        failed += report.testResults.filter(
          (r) => r.status === 'failed' && r.assertionResults.length === 0,
        ).length
      } catch {
        failed += 1
      }
      if (code !== 0 && failed === 0) failed = 1
      resolve({ passed, failed })
    })
  })
}

function findPostgresBin() {
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return undefined
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user. */
function asClusterOwner(bin, args, options = {}) {
  const isRoot = process.getuid?.() === 0
  const command = isRoot ? 'runuser' : path.join(bin, args[0])
  const commandArgs = isRoot
    ? ['-u', 'postgres', '--', path.join(bin, args[0]), ...args.slice(1)]
    : args.slice(1)
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', ...options })
  if (result.status !== 0) {
    throw new Error(`${args[0]} failed: ${result.stderr || result.stdout}`)
  }
  return result
}

async function startCluster(bin) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-pg-'))
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres:', dir])
  const data = path.join(dir, 'data')
  const port = await freePort()
  asClusterOwner(bin, [
    'initdb',
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
  ])
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-k ${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ')
  asClusterOwner(bin, [
    'pg_ctl',
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ])
  return {
    env: {
      CHORUS_TEST_PG_ADMIN_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
      CHORUS_TEST_PG_BIN: bin,
      CHORUS_TEST_PG_DATA: data,
    },
    stop() {
      try {
        asClusterOwner(bin, ['pg_ctl', '-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

const totals = { passed: 0, failed: 0 }
function add(result) {
  totals.passed += result.passed
  totals.failed += result.failed
}

add(await runVitest('pglite', {}))
const bin = process.env.CHORUS_TEST_SKIP_POSTGRES ? undefined : findPostgresBin()
if (bin) {
  let cluster
  try {
    cluster = await startCluster(bin)
    add(await runVitest('postgres', cluster.env))
  } catch (error) {
    console.error(`PostgreSQL run could not start: ${error.message}`)
    totals.failed += 1
  } finally {
    cluster?.stop()
  }
} else {
  console.log('\n(no PostgreSQL server installed: the PostgreSQL run is skipped)')
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed > 0 ? 1 : 0)
