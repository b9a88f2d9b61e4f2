import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chorusProcess, createApiKey, freePort, runChorus, waitForHealth } from './helpers/cli.js'
import { databaseForProcess, type ProcessDatabase } from './helpers/database.js'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-cli-import-'))
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-cli-import-files-'))
let processDatabase: ProcessDatabase = { env: {}, close: async () => {} }
let server: ChildProcess | undefined
let port = 0
let accountId = ''
let apiKey = ''

const cliEnv = () => ({ CHORUS_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...processDatabase.env })
const chorus = (args: string[], env: Record<string, string> = {}) =>
  chorusProcess(args, { ...cliEnv(), ...env })
const run = (args: string[], env: Record<string, string> = {}) =>
  runChorus(args, { ...cliEnv(), ...env })

function api(url: string) {
  return fetch(`http://127.0.0.1:${port}/api/v1/accounts/${accountId}${url}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  })
}

beforeAll(async () => {
  processDatabase = await databaseForProcess()
  const email = 'cli-import@example.test'
  const password = 'cli import passphrase'
  const created = await run(['user', 'create', '--email', email, '--password', password])
  expect(created.code, created.stderr).toBe(0)
  accountId = created.stdout.trim()
  port = await freePort()
  server = chorus(['start'], { PORT: String(port) })
  await waitForHealth(port, server)
  apiKey = await createApiKey(port, accountId, { email, password }, [
    'contacts.view',
    'contacts.create',
  ])
  // Two processes start on a new embedded database (initdb, every migration): on a loaded 2-core
  // machine that alone took longer than the default minute.
}, 180_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.on('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await processDatabase.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(files, { recursive: true, force: true })
})

describe('chorus import', () => {
  it('uploads the file to the running server, shows progress and a summary with the first errors', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `cli${i}@example.com,Name ${i}`)
    rows.splice(10, 0, 'not-an-email,Broken')
    const file = path.join(files, 'contacts.csv')
    fs.writeFileSync(file, `email,firstName\n${rows.join('\n')}\n`)
    const result = await run([
      'import',
      accountId,
      file,
      '--key',
      apiKey,
      '--url',
      `http://127.0.0.1:${port}`,
    ])
    expect(result.stderr).toMatch(/importing \[#+\] 100% 2,501\/2,501 rows, 1 failed/)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('done: 2,501 rows read; 2,500 imported, 0 updated, 1 failed')
    expect(result.stdout).toContain('row 11 email: not a valid email address')
    const page = (await (await api('/contacts?limit=500')).json()) as { items: unknown[] }
    expect(page.items).toHaveLength(500)
  })

  it('takes the key from CHORUS_API_KEY and the server from PORT; refuses a group of no account', async () => {
    const file = path.join(files, 'group.csv')
    fs.writeFileSync(file, 'email\ncli0@example.com\ngrouped@example.com\n')
    const refused = await run(['import', accountId, file, '--group', 'not-a-group'], {
      CHORUS_API_KEY: apiKey,
      PORT: String(port),
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/chorus: not-a-group is not a group of this account \(groupId\)/)
    const result = await run(['import', accountId, file], {
      CHORUS_API_KEY: apiKey,
      PORT: String(port),
    })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('done: 2 rows read; 1 imported, 1 updated, 0 failed')
  })

  it('exits with 1 and the reason when the import fails', async () => {
    const file = path.join(files, 'latin1.csv')
    const good = Array.from({ length: 4000 }, (_, i) => `late${i}@example.com`).join('\n')
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`email\n${good}\n`),
        Buffer.from('j\xe9r\xf4me@example.com\n', 'latin1'),
      ]),
    )
    const result = await run([
      'import',
      accountId,
      file,
      '--key',
      apiKey,
      '--url',
      `http://127.0.0.1:${port}`,
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^failed: /)
    expect(result.stderr).toMatch(/chorus: the import failed: the file is not UTF-8 text/)
  })

  it('says what is wrong without a key, with a wrong key, or without a server', async () => {
    const file = path.join(files, 'contacts.csv')
    const noKey = await run(['import', accountId, file], { CHORUS_API_KEY: '' })
    expect(noKey.code).toBe(1)
    expect(noKey.stderr).toMatch(/needs an API key/)
    const badKey = await run([
      'import',
      accountId,
      file,
      '--key',
      'chorus_nope',
      '--url',
      `http://127.0.0.1:${port}`,
    ])
    expect(badKey.code).toBe(1)
    expect(badKey.stderr).toBe('chorus: account not found\n')
    const noServer = await run([
      'import',
      accountId,
      file,
      '--key',
      apiKey,
      '--url',
      `http://127.0.0.1:${await freePort()}`,
    ])
    expect(noServer.code).toBe(1)
    expect(noServer.stderr).toMatch(
      /cannot reach Chorus at http:\/\/127\.0\.0\.1:\d+ .*chorus start/,
    )
  })
})
