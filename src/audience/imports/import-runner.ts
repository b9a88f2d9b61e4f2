import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Deps } from '../../deps.js'
import { type AuditActor, recordAudit } from '../../developer/audit.js'
import { AppError } from '../../errors.js'
import { fieldTypes, insertFields } from '../contacts/repository.js'
import { AddressSet, addressOf, type ImportBatch } from './import-batch.js'
import {
  type Column,
  type ColumnChoice,
  checkRow,
  ImportFileError,
  mapHeader,
  mappedColumns,
  newFields,
  type RowProblem,
} from './import-columns.js'
import { isBlank, readRecordGroups } from './import-source.js'
import { type BatchWriter, openBatchWriter } from './import-writer.js'
import {
  claimImport,
  findImport,
  finishedImportFiles,
  finishImport,
  forgetFile,
  type ImportRecord,
  importStatus,
  MAX_KEPT_ERRORS,
  MAX_KEPT_REJECTED,
  MAX_KEPT_REJECTED_CHARS,
  type RejectedRow,
  saveHeader,
  unfinishedImports,
} from './repository.js'

/** Rows per batch, and per transaction: a failure loses at most the batch it happens in. */
export const IMPORT_BATCH_SIZE = 5000
/**
 * Rows read between two turns of the event loop: parsing is synchronous work, and the database's
 * answers for the batch in flight are only read when it yields.
 */
const ROWS_PER_TURN = 256
/** An uploaded file no import names is a crashed upload's; it is left this long, then deleted. */
const ORPHAN_FILE_AGE_MS = 3600 * 1000

export interface RunOptions {
  batchSize?: number
  /** Who the audit log names; an import resumed after a restart names its creator as `system`. */
  actor?: AuditActor
  /** Asked between batches: a stopping server leaves the import for the next start to resume. */
  stopping?: () => boolean
}

export type RunOutcome = 'done' | 'failed' | 'interrupted' | 'skipped' | 'cancelled'

export function importsFolder(deps: Deps): string {
  return path.join(deps.config.dataDir, 'imports')
}

class Interrupted extends Error {}

/** The import's row no longer says `running`: cancelled, by this server or another one. */
class Cancelled extends Error {}

/** The database refused a batch; the rows before it are committed. */
class BatchRefused extends Error {
  constructor(batch: ImportBatch, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    const rows =
      batch.firstRow === batch.lastRow
        ? `row ${batch.firstRow}`
        : `rows ${batch.firstRow}–${batch.lastRow}`
    super(`${rows} could not be saved (${reason}); the rows before them are imported`)
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ImportFileError || error instanceof BatchRefused) return error.message
  return `the import stopped: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * Writes batches one after another while the file is read on: batch N commits while batch N+1
 * fills, so parsing and the database work at the same time. Batches never overlap. Before each
 * batch the import's row is read again (one primary-key select per batch): a cancel made on
 * another server sharing the database stops the run here, after the batch in flight.
 */
class Pipeline {
  private inFlight: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly writer: BatchWriter,
    private readonly stopping: () => boolean,
    private readonly stillRunning: () => Promise<boolean>,
  ) {}

  async send(batch: ImportBatch): Promise<void> {
    await this.inFlight
    if (batch.processed === 0) return
    if (this.stopping()) throw new Interrupted()
    if (!(await this.stillRunning())) throw new Cancelled()
    const writing = this.writer.write(batch).catch((error: unknown) => {
      throw new BatchRefused(batch, error)
    })
    // Observed at the next send or drain; this only keeps it from counting as unhandled meanwhile.
    writing.catch(() => {})
    this.inFlight = writing
  }

  drain(): Promise<unknown> {
    return this.inFlight
  }
}

/**
 * The columns of the file: as the user mapped them on the import screen, or mapped automatically.
 * The header is kept for the CSV of rejected rows.
 */
async function columnsOf(deps: Deps, imp: ImportRecord, header: string[]): Promise<Column[]> {
  const accountId = imp.account_id
  const types = await fieldTypes(deps.db, accountId)
  const columns = imp.mapping
    ? mappedColumns(header, imp.mapping as ColumnChoice[], types)
    : mapHeader(header, types)
  await saveHeader(deps.db, accountId, imp.id, keepableCells(header))
  // Past the account's field cap the import fails before any row is written.
  await deps.db
    .transaction()
    .execute((tx) => insertFields(tx, accountId, newFields(columns)))
    .catch((error: unknown) => {
      throw error instanceof AppError ? new ImportFileError(error.message) : error
    })
  return columns
}

/** Past the row limit the rows read so far are written and the import fails, saying so. */
function tooManyRows(maxRows: number): ImportFileError {
  return new ImportFileError(
    `the file has more than ${maxRows.toLocaleString('en')} rows (blank lines count too); the first ${maxRows.toLocaleString('en')} were imported: split the file`,
  )
}

/**
 * Cells as the database can keep them in jsonb, which refuses NUL (a cell with one is a refused
 * row, and keeping it must not fail the batch) and lone surrogates: both become U+FFFD.
 */
export function keepableCells(cells: string[]): string[] {
  return cells.map((cell) => cell.replace(/[\0\p{Cs}]/gu, '\uFFFD'))
}

function rejectedRow(row: number, cells: string[], problems: RowProblem[]): RejectedRow {
  const reason = problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ')
  return { row, cells: keepableCells(cells), reason }
}

const cellsLength = (cells: string[]) => cells.reduce((total, cell) => total + cell.length, 0)

/** Reads the file and writes it batch by batch. Row 1 is the first record after the header. */
async function readInto(
  deps: Deps,
  imp: ImportRecord,
  writer: BatchWriter,
  pipeline: Pipeline,
  options: { batchSize: number; stopping: () => boolean },
) {
  const { batchSize, stopping } = options
  const maxRows = deps.config.imports.maxRows
  let columns: Column[] | undefined
  let batch = writer.newBatch()
  const addresses = new AddressSet(batchSize)
  let rowNumber = 0
  let kept = 0
  let keptRows = 0
  let keptChars = 0
  const flush = async () => {
    const full = batch
    batch = writer.newBatch()
    addresses.clear()
    await pipeline.send(full)
  }
  for await (const group of readRecordGroups(imp.file_path ?? '')) {
    for (const record of group) {
      if (!columns) {
        columns = await columnsOf(deps, imp, record)
        continue
      }
      rowNumber += 1
      if (rowNumber > maxRows) {
        await flush()
        throw tooManyRows(maxRows)
      }
      if (rowNumber % ROWS_PER_TURN === 0) {
        await new Promise((resolve) => setImmediate(resolve))
        // Checked while reading too: a run of blank or refused rows fills no batch for a long time.
        if (stopping()) throw new Interrupted()
      }
      if (isBlank(record)) continue
      const checked = checkRow(columns, record)
      if ('problems' in checked) {
        const errors = checked.problems.slice(0, Math.max(0, MAX_KEPT_ERRORS - kept))
        kept += errors.length
        // Bounded in rows and in characters: one import keeps at most about 10 MB of them.
        const keepRow =
          keptRows < MAX_KEPT_REJECTED && keptChars + cellsLength(record) <= MAX_KEPT_REJECTED_CHARS
        if (keepRow) {
          keptRows += 1
          keptChars += cellsLength(record)
        }
        batch.fail(
          rowNumber,
          errors.map((problem) => ({ row: rowNumber, ...problem })),
          keepRow ? rejectedRow(rowNumber, record, checked.problems) : undefined,
        )
      } else {
        const address = addressOf(checked.row)
        // A later row of the same address updates the earlier one, in the next statement.
        if (!addresses.add(address)) {
          await flush()
          addresses.add(address)
        }
        batch.add(rowNumber, checked.row)
      }
      if (batch.processed >= batchSize) await flush()
    }
  }
  if (!columns) {
    throw new ImportFileError('the file is empty: it needs a header row, then one row per contact')
  }
  await flush()
}

async function importRows(deps: Deps, imp: ImportRecord, writer: BatchWriter, options: RunOptions) {
  const stopping = options.stopping ?? (() => false)
  const stillRunning = async () =>
    (await importStatus(deps.db, imp.account_id, imp.id)) === 'running'
  const pipeline = new Pipeline(writer, stopping, stillRunning)
  try {
    await readInto(deps, imp, writer, pipeline, {
      batchSize: options.batchSize ?? IMPORT_BATCH_SIZE,
      stopping,
    })
  } finally {
    // Whatever stopped the reading, the batch in flight commits or fails before the import ends.
    await pipeline.drain()
  }
}

async function finish(
  deps: Deps,
  imp: ImportRecord,
  outcome: { status: 'done' | 'failed'; message: string | null },
  actor: AuditActor,
) {
  await deps.db.transaction().execute(async (tx) => {
    const totals = await finishImport(tx, imp.account_id, imp.id, outcome)
    if (!totals) return
    await recordAudit(tx, actor, {
      accountId: imp.account_id,
      action: 'contacts.imported',
      target: { type: 'import', id: imp.id },
      details: {
        status: outcome.status,
        groupId: totals.group_id,
        processed: totals.processed,
        imported: totals.imported,
        updated: totals.updated,
        failed: totals.failed,
      },
    })
  })
  if (imp.file_path) await rm(imp.file_path, { force: true })
}

function systemActor(imp: Pick<ImportRecord, 'created_by'>): AuditActor {
  return { userId: imp.created_by, kind: 'system' }
}

/**
 * Runs one import from its first row to the end: `done` with per-row errors counted, or `failed`
 * with a message when the file cannot be read or the database refuses a batch (committed batches
 * stay). `skipped` when it has ended or another process runs it; `interrupted` when the server is
 * stopping (the import stays `running` and the next start runs it again); `cancelled` when its row
 * was cancelled meanwhile, here or on another server (seen before the next batch).
 */
export async function runImport(
  deps: Deps,
  accountId: string,
  importId: string,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const found = await findImport(deps.db, accountId, importId)
  if (!found || (found.status !== 'queued' && found.status !== 'running')) return 'skipped'
  const writer = await openBatchWriter(deps, { accountId, importId, groupId: found.group_id })
  if (!writer) return 'skipped'
  try {
    const imp = await claimImport(deps.db, accountId, importId)
    if (!imp) return 'skipped'
    const actor = options.actor ?? systemActor(imp)
    try {
      await importRows(deps, imp, writer, options)
    } catch (error) {
      if (error instanceof Interrupted) return 'interrupted'
      if (error instanceof Cancelled) {
        // Whoever cancelled it ended the row; the file may be on this server only.
        if (imp.file_path) await rm(imp.file_path, { force: true })
        return 'cancelled'
      }
      if (!(error instanceof ImportFileError || error instanceof BatchRefused))
        deps.log.error({ err: error, importId }, 'import failed')
      await finish(deps, imp, { status: 'failed', message: messageOf(error) }, actor)
      return 'failed'
    }
    await finish(deps, imp, { status: 'done', message: null }, actor)
    return 'done'
  } finally {
    await writer.close()
  }
}

interface Job {
  accountId: string
  importId: string
  actor?: AuditActor
}

/**
 * The imports of this process, run in the background a few at a time (each holds a database
 * connection while it runs) and one at a time per account (two imports of the same people would
 * only wait on each other's row locks). An import is known once: adding it again while it waits
 * or runs is a no-op.
 */
export class ImportQueue {
  private readonly waiting: Job[] = []
  private readonly running = new Map<string, Promise<unknown>>()
  private readonly busyAccounts = new Set<string>()
  private readonly cancelled = new Set<string>()
  /** When each account last got a slot (a turn number): the next slot goes to the longest waiting. */
  private readonly servedAt = new Map<string, number>()
  private turns = 0
  private stopped = false

  constructor(private readonly deps: Deps) {}

  /** PGlite has one connection, so imports there run one at a time. */
  private get concurrency(): number {
    return this.deps.dbKind === 'postgres' ? 2 : 1
  }

  add(job: Job): void {
    if (this.stopped || this.running.has(job.importId)) return
    if (this.waiting.some((j) => j.importId === job.importId)) return
    this.waiting.push(job)
    this.pump()
  }

  /**
   * Round robin across accounts: of the accounts with an import waiting and none running, the one
   * served longest ago goes next, so one account's queue never holds another's import back.
   */
  private nextJob(): number {
    let best = -1
    let bestTurn = Number.POSITIVE_INFINITY
    this.waiting.forEach((job, index) => {
      if (this.busyAccounts.has(job.accountId)) return
      const turn = this.servedAt.get(job.accountId) ?? -1
      if (turn < bestTurn) {
        best = index
        bestTurn = turn
      }
    })
    return best
  }

  private pump(): void {
    while (!this.stopped && this.running.size < this.concurrency) {
      const next = this.nextJob()
      if (next === -1) return
      const [job] = this.waiting.splice(next, 1)
      if (job) this.start(job)
    }
  }

  private start(job: Job): void {
    this.busyAccounts.add(job.accountId)
    this.servedAt.set(job.accountId, this.turns++)
    const run = runImport(this.deps, job.accountId, job.importId, {
      ...(job.actor ? { actor: job.actor } : {}),
      stopping: () => this.stopped || this.cancelled.has(job.importId),
    })
      .catch((error: unknown) =>
        this.deps.log.error({ err: error, importId: job.importId }, 'import could not run'),
      )
      .finally(() => {
        this.running.delete(job.importId)
        this.cancelled.delete(job.importId)
        this.busyAccounts.delete(job.accountId)
        this.pump()
      })
    this.running.set(job.importId, run)
  }

  /**
   * Drops a waiting import, or stops a running one after the batch in flight; resolves when it
   * no longer runs. The caller has already marked it cancelled in the database.
   */
  async cancel(importId: string): Promise<void> {
    const index = this.waiting.findIndex((j) => j.importId === importId)
    if (index !== -1) this.waiting.splice(index, 1)
    const run = this.running.get(importId)
    if (!run) return
    this.cancelled.add(importId)
    await run
  }

  /** Resolves when nothing waits or runs. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()])
  }

  /** Stops at the next batch boundary; unfinished imports are resumed by the next start. */
  async stop(): Promise<void> {
    this.stopped = true
    this.waiting.length = 0
    await this.idle()
  }
}

const queues = new WeakMap<Deps, ImportQueue>()

export function importQueue(deps: Deps): ImportQueue {
  let queue = queues.get(deps)
  if (!queue) {
    queue = new ImportQueue(deps)
    queues.set(deps, queue)
  }
  return queue
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

/** An unfinished import whose file is gone can never finish: it fails, counters as they are. */
async function failLostImport(deps: Deps, imp: { account_id: string; id: string }) {
  const found = await findImport(deps.db, imp.account_id, imp.id)
  if (!found) return
  const writer = await openBatchWriter(deps, {
    accountId: imp.account_id,
    importId: imp.id,
    groupId: found.group_id,
  })
  if (!writer) return
  try {
    const message =
      'the uploaded file is gone (the server stopped before the import finished); upload it again'
    await finish(deps, found, { status: 'failed', message }, systemActor(found))
  } finally {
    await writer.close()
  }
}

async function removeOrphanFiles(deps: Deps, keep: Set<string>) {
  const folder = importsFolder(deps)
  const names = await readdir(folder).catch(() => [] as string[])
  const now = deps.clock.now().getTime()
  for (const name of names) {
    const file = path.join(folder, name)
    if (keep.has(file)) continue
    const info = await stat(file).catch(() => undefined)
    if (info?.isFile() && now - info.mtimeMs > ORPHAN_FILE_AGE_MS) await rm(file, { force: true })
  }
}

/**
 * At start: imports a stopped process left queued or running are run again from the first row
 * (the upsert is idempotent) when their file is still there, and fail when it is not; files of
 * finished imports, and old uploads no import names, are deleted.
 */
export async function resumeImports(deps: Deps): Promise<void> {
  const queue = importQueue(deps)
  const keep = new Set<string>()
  for (const imp of await unfinishedImports(deps.db)) {
    if (imp.file_path && (await exists(imp.file_path))) {
      keep.add(imp.file_path)
      queue.add({ accountId: imp.account_id, importId: imp.id })
    } else {
      await failLostImport(deps, imp)
    }
  }
  for (const imp of await finishedImportFiles(deps.db)) {
    if (imp.file_path) await rm(imp.file_path, { force: true })
    await forgetFile(deps.db, imp.account_id, imp.id)
  }
  await removeOrphanFiles(deps, keep)
}
