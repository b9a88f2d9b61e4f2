import { ApiError, csrfToken } from '../api/client'
import type { paths } from '../api/schema'

export type Preview =
  paths['/api/v1/accounts/{accountId}/imports/preview']['post']['responses']['200']['content']['application/json']
export type ColumnChoice = Preview['columns'][number]

/** The start of the file the preview needs: enough for the header and the first rows. */
const PREVIEW_BYTES = 64 * 1024

/** A file upload (the typed client only speaks JSON); the CSRF token as every write carries it. */
async function send(url: string, body: Blob | FormData): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = {}
  const token = csrfToken()
  if (token) headers['x-csrf-token'] = token
  if (!(body instanceof FormData)) headers['content-type'] = 'text/csv'
  const response = await fetch(url, { method: 'POST', body, headers, credentials: 'same-origin' })
  const answer = await response.json().catch(() => ({}))
  if (response.ok) return answer
  const { code, message, field, ...details } = answer?.error ?? {}
  throw new ApiError(
    response.status,
    typeof code === 'string' ? code : 'unknown',
    typeof message === 'string' ? message : response.statusText,
    typeof field === 'string' ? field : undefined,
    details,
  )
}

/** The header, the first rows and the automatic mapping, as the server will read the file. */
export async function previewFile(accountId: string, file: File): Promise<Preview> {
  let head = file.slice(0, PREVIEW_BYTES)
  if (file.size > PREVIEW_BYTES) {
    // Whole lines only: a row cut in half would preview as a broken row.
    const bytes = new Uint8Array(await head.arrayBuffer())
    head = head.slice(0, bytes.lastIndexOf(10) + 1)
  }
  return (await send(`/api/v1/accounts/${accountId}/imports/preview`, head)) as Preview
}

/** Uploads the file with the chosen mapping and group; the import runs in the background. */
export async function startImport(
  accountId: string,
  file: File,
  options: { mapping: ColumnChoice[]; groupId: string | null },
): Promise<string> {
  const query = new URLSearchParams({ mapping: JSON.stringify(options.mapping) })
  if (options.groupId) query.set('groupId', options.groupId)
  const form = new FormData()
  form.append('file', file)
  const started = await send(`/api/v1/accounts/${accountId}/imports?${query}`, form)
  return String(started.importId)
}

/** The file's data rows, about: its lines after the header (for the progress bar's scale). */
export async function countRows(file: File): Promise<number> {
  const reader = file.stream().getReader()
  let lines = 0
  let last = 10
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    for (const byte of value) if (byte === 10) lines += 1
    last = value.at(-1) ?? last
  }
  return Math.max(1, lines + (last === 10 ? 0 : 1) - 1)
}
