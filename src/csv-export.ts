import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify/sync'
import { neutraliseCell } from './audience/contact-input.js'

/**
 * A CSV export read a keyset page at a time and streamed: memory stays one page whatever the
 * rows, every cell is neutralised for spreadsheets, and `done` learns how many rows went out
 * (the audit) once the stream ends, or stops because the download was cut.
 */
export interface PagedCsv<Row> {
  filename: string
  header: string[]
  pageSize: number
  /** The rows after `cursor` (none: from the start), `limit` at most, in cursor order. */
  page(cursor: string | undefined, limit: number): Promise<Row[]>
  cursorOf(row: Row): string
  cells(row: Row): Array<string | null>
  done(rows: number): Promise<void>
}

const line = (cells: Array<string | null>) =>
  stringify([cells.map((cell) => neutraliseCell(cell ?? ''))], { record_delimiter: 'windows' })

async function* lines<Row>(csv: PagedCsv<Row>) {
  yield line(csv.header)
  let cursor: string | undefined
  let rows = 0
  try {
    for (;;) {
      const page = await csv.page(cursor, csv.pageSize)
      yield page.map((row) => line(csv.cells(row))).join('')
      rows += page.length
      const last = page.at(-1)
      if (page.length < csv.pageSize || last === undefined) break
      cursor = csv.cursorOf(last)
    }
  } finally {
    await csv.done(rows)
  }
}

export function pagedCsv<Row>(csv: PagedCsv<Row>) {
  return { filename: csv.filename, stream: Readable.from(lines(csv), { objectMode: false }) }
}
