import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { databaseForProcess, type ProcessDatabase } from './database.js'

const root = path.resolve(import.meta.dirname, '..', '..')

/** The real `chorus` command as a child process (from source, through tsx). */
export function chorusProcess(
  args: string[],
  env: Record<string, string>,
): ChildProcess & {
  stdout: NonNullable<ChildProcess['stdout']>
  stderr: NonNullable<ChildProcess['stderr']>
} {
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
  }) as never
}

/** Runs `chorus` to the end and collects what it printed. */
export function runChorus(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = chorusProcess(args, env)
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

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const listener = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = listener.address() as net.AddressInfo
      listener.close(() => resolve(port))
    })
  })
}

/** Waits until the server on `port` reports healthy, or fails when it exits first. */
export async function waitForHealth(port: number, child: ChildProcess): Promise<unknown> {
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

/** Signs in over HTTP and creates an API key (what a user does in the web app); returns the key. */
export async function createApiKey(
  port: number,
  accountId: string,
  login: { email: string; password: string },
  permissions: string[],
): Promise<string> {
  const session = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  })
  if (session.status !== 200) throw new Error(`login answered ${session.status}`)
  const cookies = session.headers.getSetCookie().map((c) => c.split(';')[0] as string)
  const csrf = cookies.find((c) => c.startsWith('chorus_csrf='))?.split('=')[1] ?? ''
  const created = await fetch(`http://127.0.0.1:${port}/api/v1/accounts/${accountId}/api-keys`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: cookies.join('; '),
      'x-csrf-token': csrf,
    },
    body: JSON.stringify({ name: 'test key', permissions }),
  })
  if (created.status !== 201) throw new Error(`creating a key answered ${created.status}`)
  return ((await created.json()) as { key: string }).key
}

/**
 * A data folder (named from `prefix`) and a database of their own for the `chorus` processes of
 * one test file: the database is made in beforeAll, and both are removed in afterAll.
 * `databaseEnv()` is what a process needs to find that database (nothing on the PGlite run).
 */
export function useProcessData(prefix: string): {
  dataDir: string
  databaseEnv: () => Record<string, string>
} {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  let database: ProcessDatabase = { env: {}, close: async () => {} }
  beforeAll(async () => {
    database = await databaseForProcess()
  })
  afterAll(async () => {
    await database.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
  return { dataDir, databaseEnv: () => database.env }
}

/**
 * One real `chorus start` at a time on the same data, for the crash tests: started (and again
 * after a kill) with the environment `env(port)` gives, stopped by a signal (SIGKILL: a crash).
 * CHORUS_TEST_SERVER_LOG=info shows what the process logs.
 */
export class ChorusServer {
  private child: ChildProcess | undefined

  constructor(readonly envFor: (port: number) => Record<string, string>) {}

  /** Starts the server and waits until it reports healthy; its port. */
  async start(): Promise<number> {
    const port = await freePort()
    const child = chorusProcess(['start'], this.envFor(port))
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000)
    })
    if (process.env.CHORUS_TEST_SERVER_LOG) {
      child.stdout.pipe(process.stderr)
      child.stderr.pipe(process.stderr)
    } else child.stdout.resume()
    this.child = child
    try {
      await waitForHealth(port, child)
    } catch (error) {
      throw new Error(`${(error as Error).message}: ${stderr}`)
    }
    return port
  }

  /** Sends the signal and waits until the process is gone (nothing when none runs). */
  async stop(signal: 'SIGTERM' | 'SIGKILL') {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill(signal)
    await exited
    this.child = undefined
  }
}
