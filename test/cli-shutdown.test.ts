import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chorusProcess, createApiKey, freePort, runChorus, waitForHealth } from './helpers/cli.js'
import { databaseForProcess, type ProcessDatabase } from './helpers/database.js'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-cli-shutdown-'))
let processDatabase: ProcessDatabase = { env: {}, close: async () => {} }
let server: ChildProcess | undefined

const cliEnv = (env: Record<string, string> = {}) => ({
  CHORUS_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  ...processDatabase.env,
  ...env,
})

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  child.kill('SIGTERM')
  return exited
}

beforeAll(async () => {
  processDatabase = await databaseForProcess()
})

afterAll(async () => {
  if (server) await stop(server)
  await processDatabase.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('chorus start, stopped during an import', () => {
  it('finishes the batch in flight and exits on SIGTERM; the next start resumes the import', async () => {
    const login = { email: 'shutdown@example.test', password: 'shutdown passphrase' }
    const created = await runChorus(
      ['user', 'create', ...['--email', login.email], ...['--password', login.password]],
      cliEnv(),
    )
    expect(created.code, created.stderr).toBe(0)
    const accountId = created.stdout.trim()
    const port = await freePort()
    // No row limit to speak of: the flood of blank lines below is what the server is busy with.
    server = chorusProcess(
      ['start'],
      cliEnv({ PORT: String(port), CHORUS_IMPORT_MAX_ROWS: '1000000000' }),
    )
    await waitForHealth(port, server)
    const key = await createApiKey(port, accountId, login, ['contacts.view', 'contacts.create'])
    const api = (url: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${port}/api/v1/accounts/${accountId}${url}`, {
        ...init,
        headers: { authorization: `Bearer ${key}`, ...init.headers },
      })

    // Ten million blank lines fill no batch, and the file ends in bytes that are not UTF-8: an
    // import that read on to the end would fail there instead of stopping for the restart.
    const csv = Buffer.concat([
      Buffer.from(`email\nfirst@example.com\n${'\n'.repeat(10_000_000)}`),
      Buffer.from('j\xe9r\xf4me@example.com\n', 'latin1'),
    ])
    const upload = await api('/imports', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    })
    expect(upload.status).toBe(202)
    const { importId } = (await upload.json()) as { importId: string }
    for (;;) {
      const progress = (await (await api(`/imports/${importId}`)).json()) as { status: string }
      if (progress.status === 'running') break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }

    expect(await stop(server)).toBe(0)

    // The next start picks the import up again from its first row; with a row limit this time it
    // ends at the limit, keeping the rows before it.
    const again = await freePort()
    server = chorusProcess(
      ['start'],
      cliEnv({ PORT: String(again), CHORUS_IMPORT_MAX_ROWS: '1000' }),
    )
    await waitForHealth(again, server)
    let progress: { status: string; imported: number; message: string | null }
    for (;;) {
      const reply = await fetch(
        `http://127.0.0.1:${again}/api/v1/accounts/${accountId}/imports/${importId}`,
        {
          headers: { authorization: `Bearer ${key}` },
        },
      )
      progress = (await reply.json()) as typeof progress
      if (progress.status !== 'queued' && progress.status !== 'running') break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(progress).toMatchObject({ status: 'failed', imported: 1 })
    expect(progress.message).toContain('more than 1,000 rows')
    expect(await stop(server)).toBe(0)
  }, 180_000)
})
