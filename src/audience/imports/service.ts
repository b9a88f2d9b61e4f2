import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { type Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Static } from 'typebox'
import { v7 as uuidv7 } from 'uuid'
import type { AccountAccess } from '../../access/service.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { AppError, invalidField, notFound } from '../../errors.js'
import { isUuid } from '../../ids.js'
import { fieldTypes } from '../contacts/repository.js'
import { findGroup } from '../groups/repository.js'
import { ImportFileError, mapHeader } from './import-columns.js'
import { importQueue, importsFolder } from './import-runner.js'
import { readRecords } from './import-source.js'
import {
  findImport,
  finishImport,
  type ImportRecord,
  insertImport,
  lockActiveImports,
} from './repository.js'
import type { Import, ImportStarted } from './schemas.js'

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

/** The header is checked before answering, so a file that cannot be imported is a 422 now. */
async function checkHeader(deps: Deps, accountId: string, file: string) {
  try {
    for await (const header of readRecords(file)) {
      mapHeader(header, await fieldTypes(deps.db, accountId))
      return
    }
    throw new ImportFileError('the file is empty: it needs a header row, then one row per contact')
  } catch (error) {
    if (error instanceof ImportFileError) throw invalidField('file', error.message)
    throw error
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
 * Stores the uploaded CSV under the data folder and queues its import, which runs in the
 * background in this process; progress is read with getImport. The quota is checked before the
 * upload is stored and again, under a lock, when the import is recorded.
 */
export async function startImport(
  deps: Deps,
  access: AccountAccess,
  input: { file: Readable; groupId?: string | undefined },
): Promise<Static<typeof ImportStarted>> {
  const groupId = await checkGroup(deps, access.accountId, input.groupId)
  checkActiveQuota(deps, await lockActiveImports(deps.db, access.accountId))
  const folder = importsFolder(deps)
  await mkdir(folder, { recursive: true })
  const importId = uuidv7()
  const filePath = path.join(folder, `${importId}.csv`)
  await store(input.file, filePath, importMaxBytes(deps))
  try {
    await checkHeader(deps, access.accountId, filePath)
    await deps.db.transaction().execute(async (tx) => {
      checkActiveQuota(deps, await lockActiveImports(tx, access.accountId))
      await insertImport(tx, {
        accountId: access.accountId,
        id: importId,
        groupId,
        filePath,
        createdBy: access.userId,
      })
    })
  } catch (error) {
    await rm(filePath, { force: true })
    throw error
  }
  importQueue(deps).add({
    accountId: access.accountId,
    importId,
    actor: actorOf(access),
  })
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
  await importQueue(deps).cancel(imp.id)
  if (imp.file_path) await rm(imp.file_path, { force: true })
  return getImport(deps, access, imp.id)
}
