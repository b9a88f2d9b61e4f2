import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from './helpers/database.js'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-cli-'))
let databaseEnv: Record<string, string> = {}
let closeDatabase: () => Promise<void> = async () => {}

beforeAll(async () => {
  // On the PostgreSQL run the CLI gets a database of its own; on the PGlite run, the data folder.
  const database = await createTestDatabase()
  if (database.url) {
    databaseEnv = { DATABASE_URL: database.url }
    closeDatabase = () => database.close()
  } else {
    await database.close()
  }
})
afterAll(async () => {
  await closeDatabase()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function chorus(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, CHORUS_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...databaseEnv, ...env },
  })
}

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = chorus(args, env)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitForHealth(port: number, child: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
      if (response.ok) return response.json()
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('server did not answer')
}

describe('the chorus command', () => {
  it('migrates', async () => {
    const result = await run(['migrate'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/applied 0001_foundation|database is up to date/)
  })

  it('creates a user and prints the id of their new account; refuses the same email twice', async () => {
    const first = await run([
      'user',
      'create',
      '--email',
      'cli@example.test',
      '--password',
      'cli passphrase one',
    ])
    expect(first.code).toBe(0)
    expect(first.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/)
    const again = await run([
      'user',
      'create',
      '--email',
      'cli@example.test',
      '--password',
      'cli passphrase one',
    ])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
    const weak = await run([
      'user',
      'create',
      '--email',
      'weak@example.test',
      '--password',
      'password',
    ])
    expect(weak.code).toBe(1)
    expect(weak.stderr).toMatch(/one of the most common passwords/)
  })

  it('stops with one clear line on invalid configuration', async () => {
    const result = await run(['start'], { PORT: 'eighty' })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'chorus: invalid configuration: PORT must be a whole number from 1 to 65535 (got "eighty")',
    ])
  })

  it('starts, answers on PORT, lets the created user sign in, and stops on SIGTERM', async () => {
    const port = await freePort()
    const server = chorus(['start'], { PORT: String(port) })
    try {
      const health = await waitForHealth(port, server)
      expect(health).toMatchObject({ status: 'ok', database: { ready: true } })
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'cli@example.test', password: 'cli passphrase one' }),
      })
      expect(login.status).toBe(200)
      expect(login.headers.get('set-cookie')).toMatch(/chorus_session=.*HttpOnly/)

      if (!databaseEnv.DATABASE_URL) {
        // The embedded database serves one process: a second one on the same folder is refused.
        const second = await run(['start'], { PORT: String(await freePort()) })
        expect(second.code).toBe(1)
        expect(second.stderr).toMatch(/in use by another Chorus process/)
      }
    } finally {
      const exited = new Promise((resolve) => server.on('exit', resolve))
      server.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })

  it('prints usage for an unknown command', async () => {
    const result = await run(['frobnicate'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/unknown command: frobnicate/)
    expect(result.stderr).toMatch(/Usage:/)
  })
})
