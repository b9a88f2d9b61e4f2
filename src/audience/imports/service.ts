import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { AppError, invalidField, notFound } from '../../errors.js'
import { isUuid } from '../../ids.js'
import { removeKeyedJob } from '../../jobs/queue.js'
import { neutraliseCell } from '../contact-input.js'
import { fieldTypes } from '../contacts/repository.js'
import { findGroup } from '../groups/repository.js'
import { csvText } from './exports.js'
import {
  type ColumnChoice,
  checkColumns,
  choiceOf,
  ImportFileError,
  MappingError,
  mapHeader,
  mappedColumns,
  parseMapping,
  proposeColumns,
} from './import-columns.js'
import {
  enqueueImport,
  IMPORT_JOB,
  importsFolder,
  importWorker,
  stopLocalImport,
} from './import-runner.js'
import { readRecords } from './import-source.js'
import {
  findImport,
  finishImport,
  type ImportRecord,
  insertImport,
  lockActiveImports,
  type RejectedRow,
  rejectedRows,
} from './repository.js'
import type { Import, ImportPreview, ImportStarted } from './schemas.js'

/** The largest file an import takes (CHORUS_IMPORT_MAX_BYTES). It goes to disk as it arrives. */
export function importMaxBytes(deps: Deps): number {
  return deps.config.imports.maxBytes
}

export function presentImport(imp: ImportRecord): Static<typeof Import> {
  return {
    id: imp.id,
    status: imp.status,
    groupId: imp.group_id,
    processed: imp.processed,
    imported: imp.imported,
    updated: imp.updated,
    failed: imp.failed,
    errors: imp.errors,
    message: imp.message,
    createdAt: new Date(imp.created_at).toISOString(),
    finishedAt: imp.finished_at ? new Date(imp.finished_at).toISOString() : null,
  }
}

export async function getImport(deps: Deps, access: AccountAccess, importId: string) {
  const imp = isUuid(importId) ? await findImport(deps.db, access.accountId, importId) : undefined
  if (!imp) throw notFound('import')
  return presentImport(imp)
}

async function checkGroup(deps: Deps, accountId: string, groupId: string | undefined) {
  if (groupId === undefined) return null
  const group = isUuid(groupId) ? await findGroup(deps.db, accountId, groupId) : undefined
  if (!group) throw invalidField('groupId', `${groupId} is not a group of this account`)
  return group.id
}

function sizeText(bytes: number): string {
  const mib = bytes / 1024 ** 2
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes.toLocaleString('en')} bytes`
}

export function tooLarge(limit: number): AppError {
  return new AppError(
    'payload_too_large',
    `an import file is at most ${sizeText(limit)}; split the file`,
    { limitBytes: limit },
  )
}

/** Counts the bytes going by and stops the upload past the limit. */
function byteLimit(limit: number): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      seen += chunk.length
      done(seen > limit ? tooLarge(limit) : null, chunk)
    },
  })
}

async function store(file: Readable, target: string, limit: number) {
  try {
    await pipeline(file, byteLimit(limit), createWriteStream(target, { flags: 'wx' }))
    // A multipart file part past its limit is cut short and flagged rather than failed.
    if ((file as Readable & { truncated?: boolean }).truncated) throw tooLarge(limit)
  } catch (error) {
    await rm(target, { force: true })
    if (error instanceof AppError) throw error
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(limit)
    throw new AppError('bad_request', 'the upload did not arrive whole; send the file again')
  }
}

/** The first records of a file: the header and up to `rows` data rows. */
async function firstRecords(file: string, rows: number): Promise<string[][]> {
  const records: string[][] = []
  for await (const record of readRecords(file)) {
    records.push(record)
    if (records.length > rows) break
  }
  if (records.length === 0) {
    throw new ImportFileError('the file is empty: it needs a header row, then one row per contact')
  }
  return records
}

/** An unreadable file is a 422 on `file`, a mapping that does not fit it one on `mapping`. */
function asFieldError(error: unknown): never {
  if (error instanceof MappingError) throw invalidField('mapping', error.message)
  if (error instanceof ImportFileError) throw invalidField('file', error.message)
  throw error
}

/** The header is checked before answering, so a file that cannot be imported is a 422 now. */
async function checkHeader(
  deps: Deps,
  accountId: string,
  file: string,
  mapping: ColumnChoice[] | undefined,
) {
  try {
    const [header = []] = await firstRecords(file, 0)
    const types = await fieldTypes(deps.db, accountId)
    if (mapping) mappedColumns(header, mapping, types)
    else mapHeader(header, types)
  } catch (error) {
    asFieldError(error)
  }
}

/** How many data rows the import screen shows under the header. */
const PREVIEW_ROWS = 5

/**
 * The import screen's first look at a file (its first kilobytes are enough): the header, the
 * first rows and the mapping an upload without one would use, from the same code as the import,
 * so the screen and the server agree. `problem` says why that mapping could not run as it is.
 */
export async function previewImport(
  deps: Deps,
  access: AccountAccess,
  input: { file: Readable; maxBytes: number },
): Promise<Static<typeof ImportPreview>> {
  const folder = importsFolder(deps)
  await mkdir(folder, { recursive: true })
  const filePath = path.join(folder, `preview-${uuidv7()}.csv`)
  await store(input.file, filePath, input.maxBytes)
  try {
    const [header = [], ...rows] = await firstRecords(filePath, PREVIEW_ROWS).catch(asFieldError)
    const columns = proposeColumns(header, await fieldTypes(deps.db, access.accountId))
    let problem: string | null = null
    try {
      checkColumns(header, columns)
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error
      problem = error.message
    }
    return { header, rows, columns: columns.map(choiceOf), problem }
  } finally {
    await rm(filePath, { force: true })
  }
}

/** An account has at most CHORUS_IMPORT_MAX_ACTIVE imports queued or running (409 beyond). */
function checkActiveQuota(deps: Deps, active: string[]) {
  const max = deps.config.imports.maxActivePerAccount
  if (active.length < max) return
  throw new AppError(
    'conflict',
    `this account already has ${active.length} import${active.length === 1 ? '' : 's'} queued or running (at most ${max}); wait for it to finish or cancel it`,
    { reason: 'import_in_progress', importIds: active },
  )
}

/**
 * Stores the uploaded CSV under the data folder and queues its import as a job of this data
 * directory, which a process holding it runs in the background; progress is read with getImport. The quota is checked before the
 * upload is stored and again, under a lock, when the import is recorded.
 */
export async function startImport(
  deps: Deps,
  access: AccountAccess,
  input: { file: Readable; groupId?: string | undefined; mapping?: string | undefined },
): Promise<Static<typeof ImportStarted>> {
  let mapping: ColumnChoice[] | undefined
  try {
    mapping = input.mapping === undefined ? undefined : parseMapping(input.mapping)
  } catch (error) {
    asFieldError(error)
  }
  const groupId = await checkGroup(deps, access.accountId, input.groupId)
  checkActiveQuota(deps, await lockActiveImports(deps.db, access.accountId))
  const folder = importsFolder(deps)
  await mkdir(folder, { recursive: true })
  const importId = uuidv7()
  const filePath = path.join(folder, `${importId}.csv`)
  await store(input.file, filePath, importMaxBytes(deps))
  try {
    await checkHeader(deps, access.accountId, filePath, mapping)
    await deps.db.transaction().execute(async (tx) => {
      checkActiveQuota(deps, await lockActiveImports(tx, access.accountId))
      await insertImport(tx, {
        accountId: access.accountId,
        id: importId,
        groupId,
        filePath,
        createdBy: access.userId,
        mapping: mapping ?? null,
      })
      await enqueueImport(tx, deps, {
        accountId: access.accountId,
        importId,
        actor: actorOf(access),
      })
    })
  } catch (error) {
    await rm(filePath, { force: true })
    throw error
  }
  // This process holds the file: it starts the import now rather than at its next poll.
  void importWorker(deps).poke()
  return { importId }
}

/**
 * Cancels a queued or running import: a running one stops after the batch in flight, and the
 * batches it committed stay. Answers the import as it ended; cancelling it again is a no-op, a
 * finished one is 409.
 */
export async function cancelImport(deps: Deps, access: AccountAccess, importId: string) {
  const imp = isUuid(importId) ? await findImport(deps.db, access.accountId, importId) : undefined
  if (!imp) throw notFound('import')
  if (imp.status === 'cancelled') return presentImport(imp)
  const ended = await deps.db.transaction().execute(async (tx) => {
    const totals = await finishImport(tx, access.accountId, imp.id, {
      status: 'cancelled',
      message: 'cancelled; the rows imported before stay',
    })
    if (totals) {
      await removeKeyedJob(tx, IMPORT_JOB, imp.id)
      await recordAudit(tx, actorOf(access), {
        accountId: access.accountId,
        action: 'contacts.import_cancelled',
        target: { type: 'import', id: imp.id },
      })
    }
    return totals
  })
  if (!ended) {
    throw new AppError('conflict', `the import has already ended (${imp.status})`, {
      reason: 'import_ended',
      status: imp.status,
    })
  }
  await stopLocalImport(deps, imp.id)
  if (imp.file_path) await rm(imp.file_path, { force: true })
  return getImport(deps, access, imp.id)
}

/** Refused rows read per chunk of the CSV of rejected rows. */
const REJECTED_CHUNK = 1000

async function* rejectedLines(header: string[], rejected: RejectedRow[]): AsyncGenerator<string> {
  // "Import error" maps to nothing when the fixed file is imported again.
  yield csvText([[...header, 'Import error', 'Import row'].map(neutraliseCell)])
  for (let start = 0; start < rejected.length; start += REJECTED_CHUNK) {
    const chunk = rejected.slice(start, start + REJECTED_CHUNK)
    yield csvText(chunk.map((r) => [...r.cells, r.reason, String(r.row)].map(neutraliseCell)))
  }
}

/**
 * The rows an import refused, as a CSV to fix and import again: the file's own columns, then why
 * each row was refused and its row number (both ignored by an import).
 */
export async function rejectedRowsCsv(deps: Deps, access: AccountAccess, importId: string) {
  const found = isUuid(importId)
    ? await rejectedRows(deps.db, access.accountId, importId)
    : undefined
  if (!found) throw notFound('import')
  const stream = Readable.from(rejectedLines(found.header ?? [], found.rejected), {
    objectMode: false,
  })
  return { stream, filename: `rejected-rows-${importId}.csv` }
}
