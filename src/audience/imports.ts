import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { type Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { v7 as uuidv7 } from 'uuid'
import { isUuid } from '../access/repository.js'
import type { AccountAccess } from '../access/service.js'
import { actorOf } from '../accounts/service.js'
import type { Deps } from '../deps.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { ImportFileError, mapHeader } from './import-columns.js'
import { findImport, type ImportRecord, insertImport } from './import-repository.js'
import { importQueue, importsFolder } from './import-runner.js'
import { readRecords } from './import-source.js'
import { fieldTypes, findGroup } from './repository.js'

/** The largest file an import takes. It goes to disk as it arrives, never into memory. */
export const IMPORT_MAX_BYTES = 2 * 1024 ** 3

export function presentImport(imp: ImportRecord) {
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

function tooLarge(): AppError {
  return new AppError(
    'payload_too_large',
    `an import file is at most ${IMPORT_MAX_BYTES / 1024 ** 3} GiB`,
  )
}

/** Counts the bytes going by and stops the upload past the limit. */
function byteLimit(limit: number): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      seen += chunk.length
      done(seen > limit ? tooLarge() : null, chunk)
    },
  })
}

async function store(file: Readable, target: string) {
  try {
    await pipeline(file, byteLimit(IMPORT_MAX_BYTES), createWriteStream(target, { flags: 'wx' }))
  } catch (error) {
    await rm(target, { force: true })
    if (error instanceof AppError) throw error
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge()
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

/**
 * Stores the uploaded CSV under the data folder and queues its import, which runs in the
 * background in this process; progress is read with getImport.
 */
export async function startImport(
  deps: Deps,
  access: AccountAccess,
  input: { file: Readable; groupId?: string | undefined; ip: string | null },
) {
  const groupId = await checkGroup(deps, access.accountId, input.groupId)
  const folder = importsFolder(deps)
  await mkdir(folder, { recursive: true })
  const importId = uuidv7()
  const filePath = path.join(folder, `${importId}.csv`)
  await store(input.file, filePath)
  try {
    await checkHeader(deps, access.accountId, filePath)
    await insertImport(deps.db, {
      accountId: access.accountId,
      id: importId,
      groupId,
      filePath,
      createdBy: access.userId,
    })
  } catch (error) {
    await rm(filePath, { force: true })
    throw error
  }
  importQueue(deps).add({
    accountId: access.accountId,
    importId,
    actor: actorOf(access, input.ip),
  })
  return { importId }
}
