// A throwaway PostgreSQL cluster for the test suite (scripts/test.mjs) and the benchmarks
// (bench/run.ts): initdb into a temporary folder, start it on a free local port, delete it on stop.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** The bin folder of the newest PostgreSQL server installed, or undefined when there is none. */
export function findPostgresBin() {
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return undefined
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined
}

export function freePort() {
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
export function asClusterOwner(bin, args, options = {}) {
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

/**
 * Starts a cluster tuned for throwaway use (no fsync, trust authentication on 127.0.0.1).
 * `adminUrl` is a superuser URL of its `postgres` database; `env` carries the same for the tests.
 */
export async function startCluster(bin) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-pg-'))
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres:', dir])
  const data = path.join(dir, 'data')
  let started = false
  try {
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
    started = true
    const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`
    return {
      adminUrl,
      port,
      env: {
        CHORUS_TEST_PG_ADMIN_URL: adminUrl,
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
  } finally {
    // A cluster that failed to start leaves nothing behind.
    if (!started) fs.rmSync(dir, { recursive: true, force: true })
  }
}
