import { describe, expect, it } from 'vitest'
import { chorusProcess, freePort, runChorus, useProcessData, waitForHealth } from './helpers/cli.js'

const { dataDir, databaseEnv } = useProcessData('chorus-cli-')

const cliEnv = () => ({ CHORUS_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...databaseEnv() })
const chorus = (args: string[], env: Record<string, string> = {}) =>
  chorusProcess(args, { ...cliEnv(), ...env })
const run = (args: string[], env: Record<string, string> = {}) =>
  runChorus(args, { ...cliEnv(), ...env })

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

      if (!databaseEnv().DATABASE_URL) {
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
