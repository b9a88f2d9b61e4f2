import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.js'
import type { Deps } from '../../deps.js'
import { type AuditActor, recordAudit } from '../../developer/audit.js'
import { AppError } from '../../errors.js'
import { dataPlace } from '../../jobs/place.js'
import {
  type ClaimFn,
  claimableJobs,
  enqueueJobs,
  type Job,
  JobQueue,
  type JobResult,
  leaseJobs,
} from '../../jobs/queue.js'
import { emitWebhookEvent } from '../../webhooks/events.js'
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
import { presentImport } from './service.js'

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
  /** Called before each batch: the job's lease is renewed while the import runs. */
  heartbeat?: () => Promise<void>
}

type Db = Kysely<DB> | Transaction<DB>

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
  const stillRunning = async () => {
    await options.heartbeat?.()
    return (await importStatus(deps.db, imp.account_id, imp.id)) === 'running'
  }
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
    await emitWebhookEvent(tx, imp.account_id, 'import.finished', async () => {
      const ended = await findImport(tx, imp.account_id, imp.id)
      return ended && presentImport(ended)
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

/** The job kind of an import: one job per import (keyed by its id), placed with its file. */
export const IMPORT_JOB = 'import.run'

/** Queues the import's run in the caller's transaction (the one that records the import). */
export function enqueueImport(
  db: Db,
  deps: Deps,
  imp: { accountId: string; importId: string; actor?: AuditActor },
) {
  return enqueueJobs(db, [
    {
      kind: IMPORT_JOB,
      key: imp.importId,
      accountId: imp.accountId,
      place: dataPlace(deps.config.dataDir),
      payload: { importId: imp.importId, ...(imp.actor ? { actor: imp.actor } : {}) },
    },
  ])
}

/**
 * The claim of import jobs, one at a time under a lock so two workers cannot both start an
 * account's imports: an account with an import running waits, and of the others the one whose
 * latest import started longest ago (or never) goes first, so one account's queue never holds
 * another's import back.
 */
const claimImportJobs: ClaimFn = (db, request) =>
  db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext('chorus.import-claim'))`.execute(tx)
    const candidates = claimableJobs(tx, request)
      .select('jobs.id')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('jobs as busy')
              .select('busy.id')
              .whereRef('busy.kind', '=', 'jobs.kind')
              .whereRef('busy.account_id', '=', 'jobs.account_id')
              .where('busy.lease_until', '>=', request.now),
          ),
        ),
      )
      .orderBy(
        sql`(select max(i.started_at) from imports i where i.account_id = jobs.account_id) asc nulls first`,
      )
      .orderBy('jobs.id')
      .limit(Math.min(request.limit, 1))
      .forUpdate()
      .skipLocked()
    return leaseJobs(tx, request, candidates)
  })

/** Runs of this process's imports, so a cancel here stops one after its batch in flight. */
const localRuns = new WeakMap<Deps, Map<string, { cancelled: boolean; run: Promise<unknown> }>>()

function runsOf(deps: Deps) {
  let runs = localRuns.get(deps)
  if (!runs) {
    runs = new Map()
    localRuns.set(deps, runs)
  }
  return runs
}

/**
 * An import job: runs the import (from its first row), or fails it when its file is gone. Stopped
 * by a stopping process, it asks to run again at once, so the next start (or another process of
 * its place) takes it up; the lease is renewed at every batch, so a long import keeps it.
 */
export async function runImportJob(deps: Deps, job: Job): Promise<JobResult> {
  const { importId, actor } = job.payload as { importId: string; actor?: AuditActor }
  const accountId = job.accountId as string
  const found = await findImport(deps.db, accountId, importId)
  if (!found || (found.status !== 'queued' && found.status !== 'running')) return undefined
  if (!found.file_path || !(await exists(found.file_path))) {
    await failLostImport(deps, found)
    return undefined
  }
  const runs = runsOf(deps)
  const local = { cancelled: false, run: Promise.resolve() as Promise<unknown> }
  const run = runImport(deps, accountId, importId, {
    ...(actor ? { actor } : {}),
    stopping: () => job.stopping() || local.cancelled,
    heartbeat: () => job.renewLease(),
  })
  local.run = run
  runs.set(importId, local)
  try {
    const outcome = await run
    if (outcome === 'interrupted' && !local.cancelled) return { retryAt: deps.clock.now() }
    // Another process holds the import's lock (a lapsed lease): try again in a minute.
    if (outcome === 'skipped') return { retryAt: new Date(deps.clock.now().getTime() + 60_000) }
    return undefined
  } finally {
    runs.delete(importId)
  }
}

/**
 * The queue of this process's imports: it claims import jobs of this data directory, a few at a
 * time (each holds a database connection while it runs; PGlite has one, so one there).
 */
export function createImportWorker(deps: Deps, concurrency = deps.dbKind === 'postgres' ? 2 : 1) {
  return new JobQueue(
    deps,
    { [IMPORT_JOB]: runImportJob },
    { place: dataPlace(deps.config.dataDir), concurrency, claim: claimImportJobs },
  )
}

const workers = new WeakMap<Deps, JobQueue>()

/** This process's import worker: polled by the server's worker, poked when an import is queued. */
export function importWorker(deps: Deps): JobQueue {
  let worker = workers.get(deps)
  if (!worker) {
    worker = createImportWorker(deps)
    workers.set(deps, worker)
  }
  return worker
}

/**
 * Stops an import this process runs after its batch in flight; resolves when it no longer runs.
 * The caller has marked it cancelled and removed its job; an import another process runs sees
 * the status before its next batch.
 */
export async function stopLocalImport(deps: Deps, importId: string): Promise<void> {
  const local = runsOf(deps).get(importId)
  if (!local) return
  local.cancelled = true
  await local.run.catch(() => {})
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

/** Imports queued before they were jobs (or written by hand): none of them has a job yet. */
function importsWithoutJob(deps: Deps) {
  return unfinishedImports(deps.db).then((imports) =>
    deps.db
      .selectFrom('jobs')
      .select('key')
      .where('kind', '=', IMPORT_JOB)
      .where('key', 'in', imports.map((imp) => imp.id).concat(''))
      .execute()
      .then((jobs) => {
        const queued = new Set(jobs.map((job) => job.key))
        return imports.filter((imp) => !queued.has(imp.id))
      }),
  )
}

/**
 * At start: unfinished imports without a job (queued before imports were jobs) get one when their
 * file is here, and fail when it is not (a job run later fails one whose file went meanwhile);
 * files of finished imports, and old uploads no import names, are deleted.
 */
export async function resumeImports(deps: Deps): Promise<void> {
  const keep = new Set<string>()
  for (const imp of await importsWithoutJob(deps)) {
    if (imp.file_path && (await exists(imp.file_path))) {
      keep.add(imp.file_path)
      await enqueueImport(deps.db, deps, { accountId: imp.account_id, importId: imp.id })
    } else {
      await failLostImport(deps, imp)
    }
  }
  for (const imp of await unfinishedImports(deps.db)) if (imp.file_path) keep.add(imp.file_path)
  for (const imp of await finishedImportFiles(deps.db)) {
    if (imp.file_path) await rm(imp.file_path, { force: true })
    await forgetFile(deps.db, imp.account_id, imp.id)
  }
  await removeOrphanFiles(deps, keep)
  void importWorker(deps).poke()
}
