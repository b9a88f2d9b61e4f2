import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable, Transform, type TransformCallback } from 'node:stream'

export interface ImportCommand {
  accountId: string
  file: string
  groupId?: string | undefined
  /** The running server, e.g. http://127.0.0.1:3000. */
  url: string
  apiKey: string
}

interface Progress {
  id: string
  status: 'queued' | 'running' | 'done' | 'failed'
  processed: number
  imported: number
  updated: number
  failed: number
  errors: Array<{ row: number; field?: string; message: string }>
  message: string | null
}

const POLL_MS = 300
const BAR_WIDTH = 30
const SHOWN_ERRORS = 10

/** The error a command prints as one line, `chorus: …`, before exiting with 1. */
export class CommandError extends Error {}

/** Data rows in the file, for the progress bar: lines after the header (a quoted cell may span lines). */
async function countRows(file: string): Promise<number> {
  let lines = 0
  let last = 0x0a
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines += 1
    last = chunk.at(-1) ?? last
  }
  if (last !== 0x0a) lines += 1
  return Math.max(0, lines - 1)
}

/** One status line on stderr: redrawn in place on a terminal, a line per tenth otherwise. */
class StatusLine {
  private readonly tty = Boolean(process.stderr.isTTY)
  private lastTenth = -1

  show(label: string, done: number, total: number, extra = ''): void {
    const ratio = total > 0 ? Math.min(1, done / total) : 0
    const filled = Math.round(ratio * BAR_WIDTH)
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`
    const line = `${label} ${bar} ${Math.floor(ratio * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}${extra}`
    if (this.tty) {
      process.stderr.write(`\r${line}\x1b[K`)
      return
    }
    const tenth = Math.floor(ratio * 10)
    if (tenth === this.lastTenth) return
    this.lastTenth = tenth
    process.stderr.write(`${line}\n`)
  }

  end(): void {
    if (this.tty) process.stderr.write('\n')
    this.lastTenth = -1
  }
}

async function errorOf(response: Response): Promise<string> {
  const text = await response.text()
  try {
    const error = (JSON.parse(text) as { error?: { message?: string; field?: string } }).error
    if (error?.message) return `${error.message}${error.field ? ` (${error.field})` : ''}`
  } catch {
    // not JSON: fall through to the status line
  }
  return `the server answered ${response.status} ${response.statusText}`
}

async function request(url: string, init: RequestInit & { duplex?: 'half' }): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new CommandError(
      `cannot reach Chorus at ${new URL(url).origin} (${cause?.code ?? cause?.message ?? String(error)}); is the server running (chorus start)?`,
    )
  }
}

function importsUrl(command: ImportCommand): string {
  return `${command.url}/api/v1/accounts/${encodeURIComponent(command.accountId)}/imports`
}

/**
 * Asks for an import that cannot exist before sending the file: a wrong key, account or missing
 * permission is then told at once, not after a gigabyte went over the wire.
 */
async function preflight(command: ImportCommand): Promise<void> {
  const response = await request(`${importsUrl(command)}/00000000-0000-4000-8000-000000000000`, {
    headers: { authorization: `Bearer ${command.apiKey}` },
  })
  const body =
    response.status === 404
      ? await response
          .clone()
          .json()
          .catch(() => ({}))
      : {}
  if ((body as { error?: { resource?: string } }).error?.resource === 'import') return
  throw new CommandError(await errorOf(response))
}

async function upload(command: ImportCommand, size: number, status: StatusLine): Promise<string> {
  let sent = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      sent += chunk.length
      status.show('uploading', sent, size, ' bytes')
      done(null, chunk)
    },
  })
  const query = command.groupId ? `?groupId=${encodeURIComponent(command.groupId)}` : ''
  const response = await request(`${importsUrl(command)}${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${command.apiKey}`,
      'content-type': 'text/csv',
      'content-length': String(size),
    },
    body: Readable.toWeb(createReadStream(command.file).pipe(counter)) as ReadableStream,
    duplex: 'half',
  })
  status.end()
  if (response.status !== 202) throw new CommandError(await errorOf(response))
  return ((await response.json()) as { importId: string }).importId
}

async function poll(command: ImportCommand, importId: string, total: number, status: StatusLine) {
  const url = `${importsUrl(command)}/${importId}`
  for (;;) {
    const response = await request(url, { headers: { authorization: `Bearer ${command.apiKey}` } })
    if (response.status !== 200) throw new CommandError(await errorOf(response))
    const progress = (await response.json()) as Progress
    const failed = progress.failed ? `, ${progress.failed.toLocaleString('en')} failed` : ''
    status.show(
      'importing',
      progress.processed,
      Math.max(total, progress.processed),
      ` rows${failed}`,
    )
    if (progress.status === 'done' || progress.status === 'failed') {
      status.end()
      return progress
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function summary(progress: Progress): string {
  const n = (value: number) => value.toLocaleString('en')
  const lines = [
    `${progress.status}: ${n(progress.processed)} rows read; ${n(progress.imported)} imported, ${n(progress.updated)} updated, ${n(progress.failed)} failed`,
  ]
  for (const error of progress.errors.slice(0, SHOWN_ERRORS)) {
    lines.push(`  row ${error.row}${error.field ? ` ${error.field}` : ''}: ${error.message}`)
  }
  const more = progress.failed - Math.min(progress.errors.length, SHOWN_ERRORS)
  if (more > 0) lines.push(`  … and ${n(more)} more failed rows (see GET …/imports/${progress.id})`)
  return `${lines.join('\n')}\n`
}

/**
 * `chorus import`: uploads the file to the running server (streamed, never read whole), follows
 * the import with a progress bar on stderr and prints the summary on stdout. Returns the exit
 * code: 0 when the import is done (rows may have failed), 1 when it failed.
 */
export async function importFile(command: ImportCommand): Promise<number> {
  const info = await stat(command.file).catch(() => undefined)
  if (!info?.isFile()) throw new CommandError(`cannot read ${command.file}`)
  await preflight(command)
  const status = new StatusLine()
  const total = await countRows(command.file)
  const importId = await upload(command, info.size, status)
  const progress = await poll(command, importId, total, status)
  process.stdout.write(summary(progress))
  if (progress.status === 'failed') {
    process.stderr.write(`chorus: the import failed: ${progress.message ?? 'no reason given'}\n`)
    return 1
  }
  return 0
}
