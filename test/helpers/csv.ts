import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { v7 as uuidv7 } from 'uuid'
import { expect } from 'vitest'
import { importsFolder } from '../../src/audience/imports/import-runner.js'
import { insertImport } from '../../src/audience/imports/repository.js'
import type { Deps } from '../../src/deps.js'
import type { Browser, Reply } from './app.js'

/** Uploads `csv` as the request body (text/csv), as `chorus import` and curl do. */
export function uploadCsv(browser: Browser, accountId: string, csv: string | Buffer, query = '') {
  return browser.request('POST', `/api/v1/accounts/${accountId}/imports${query}`, csv, {
    'content-type': 'text/csv',
  })
}

/** Uploads `csv` as the one file field of a multipart form, as a browser form does. */
export function uploadMultipart(browser: Browser, accountId: string, csv: string, query = '') {
  const boundary = 'chorus-test-boundary-7d1f'
  const body =
    `--${boundary}\r\n` +
    'Content-Disposition: form-data; name="file"; filename="contacts.csv"\r\n' +
    'Content-Type: text/csv\r\n\r\n' +
    `${csv}\r\n--${boundary}--\r\n`
  return browser.request('POST', `/api/v1/accounts/${accountId}/imports${query}`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  })
}

/** Polls the import's progress until it is done or failed. */
export async function finished(browser: Browser, accountId: string, importId: string) {
  for (let i = 0; i < 1200; i++) {
    const reply = await browser.get(`/api/v1/accounts/${accountId}/imports/${importId}`)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    if (reply.body.status === 'done' || reply.body.status === 'failed') return reply.body
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`import ${importId} did not finish`)
}

/** Uploads and waits: the finished import's progress. */
export async function importCsv(browser: Browser, accountId: string, csv: string, query = '') {
  const reply = await uploadCsv(browser, accountId, csv, query)
  expect(reply.status, JSON.stringify(reply.body)).toBe(202)
  return finished(browser, accountId, reply.body.importId)
}

export async function exportCsv(browser: Browser, accountId: string, query = ''): Promise<Reply> {
  return browser.get(`/api/v1/accounts/${accountId}/contacts/export${query}`)
}

export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true }) as string[][]
}

/**
 * An import written straight into the queue's table and folder, not yet run: for tests that run
 * (or hold back) the queue themselves rather than upload.
 */
export async function queuedImport(
  deps: Deps,
  accountId: string,
  userId: string,
  csv: string | Buffer,
): Promise<{ id: string; filePath: string }> {
  const id = uuidv7()
  const folder = importsFolder(deps)
  fs.mkdirSync(folder, { recursive: true })
  const filePath = path.join(folder, `${id}.csv`)
  fs.writeFileSync(filePath, csv)
  await insertImport(deps.db, { accountId, id, groupId: null, filePath, createdBy: userId })
  return { id, filePath }
}
