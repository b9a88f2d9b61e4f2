import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { ImportFileError } from './import-columns.js'

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

const SNIFF_BYTES = 64 * 1024
const READ_CHUNK_BYTES = 64 * 1024
/** Guards memory against a quote that never closes: no record is longer than this. */
const MAX_RECORD_CHARS = 4 * 1024 * 1024
const NOT_UTF8 = 'the file is not UTF-8 text; save it as "CSV UTF-8" and upload it again'

function encodingOf(bytes: Buffer): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

/** The delimiter the header row uses most, outside quotes: Excel writes ";" in much of Europe. */
function delimiterOf(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ])
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best = ','
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter
  return best
}

async function sniff(path: string): Promise<{ encoding: Encoding; delimiter: string }> {
  const handle = await open(path)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0)
    const head = buffer.subarray(0, bytesRead)
    const encoding = encodingOf(head)
    return { encoding, delimiter: delimiterOf(new TextDecoder(encoding).decode(head)) }
  } finally {
    await handle.close()
  }
}

/** Where the last complete UTF-8 character of `chunk` ends; the rest waits for the next chunk. */
function completeLength(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back] as number
    if ((byte & 0xc0) === 0x80) continue
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return needs > back ? chunk.length - back : chunk.length
  }
  return chunk.length
}

/** Passes UTF-8 through untouched (checked natively), so valid files cost no decoding here. */
function utf8Guard(): Transform {
  let carry = Buffer.alloc(0)
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk
      const end = completeLength(bytes)
      carry = Buffer.from(bytes.subarray(end))
      const head = bytes.subarray(0, end)
      if (!isUtf8(head)) return done(new ImportFileError(NOT_UTF8))
      done(null, head)
    },
    flush(done: TransformCallback) {
      done(carry.length ? new ImportFileError(NOT_UTF8) : null)
    },
  })
}

/** Excel's "Unicode text" is UTF-16 with a byte order mark; the parser reads UTF-8. */
function utf16ToUtf8(encoding: Encoding): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true })
  const convert = (chunk: Buffer | undefined) =>
    Buffer.from(decoder.decode(chunk, { stream: !!chunk }))
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        done(null, convert(chunk))
      } catch {
        done(new ImportFileError(`the file is not valid ${encoding.toUpperCase()} text`))
      }
    },
    flush(done: TransformCallback) {
      try {
        done(null, convert(undefined))
      } catch {
        done(new ImportFileError(`the file is not valid ${encoding.toUpperCase()} text`))
      }
    },
  })
}

function fileError(error: unknown): unknown {
  if (error instanceof CsvError)
    return new ImportFileError(`the file is not valid CSV: ${error.message}`)
  return error
}

/** Records handed over at a time: one await per group, not per record, while the parser has them. */
const RECORDS_PER_GROUP = 512

/**
 * The records `stream` has buffered, `size` at most at a time, read synchronously; waits only when
 * it has none. Ends with the stream, throws its error, destroys it when the reader stops early.
 */
async function* groupsOf(stream: Readable, size: number): AsyncGenerator<string[][]> {
  let wake: (() => void) | undefined
  const poke = () => {
    const waiting = wake
    wake = undefined
    waiting?.()
  }
  const events = ['readable', 'end', 'error', 'close'] as const
  for (const event of events) stream.on(event, poke)
  try {
    for (;;) {
      const group: string[][] = []
      while (group.length < size) {
        const record: string[] | null = stream.read()
        if (record === null) break
        group.push(record)
      }
      if (group.length > 0) {
        yield group
        continue
      }
      if (stream.errored) throw stream.errored
      if (stream.readableEnded || stream.destroyed) return
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    for (const event of events) stream.off(event, poke)
    stream.destroy()
  }
}

/**
 * The records of a CSV file, header first, read as a stream in groups of a few hundred: a file of
 * any size costs one read chunk and one group of records in memory. UTF-8 (with or without BOM) or
 * UTF-16 with BOM; the delimiter (comma, semicolon or tab) is taken from the header row.
 */
export async function* readRecordGroups(path: string): AsyncGenerator<string[][]> {
  const { encoding, delimiter } = await sniff(path)
  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
  })
  const decode = encoding === 'utf-8' ? utf8Guard() : utf16ToUtf8(encoding)
  // Errors of any stage end up on the parser, which is what the loop below reads.
  pipeline(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }), decode, parser, () => {})
  try {
    yield* groupsOf(parser, RECORDS_PER_GROUP)
  } catch (error) {
    throw fileError(error)
  }
}

/** The records of a CSV file one by one, header first (see readRecordGroups). */
export async function* readRecords(path: string): AsyncGenerator<string[]> {
  for await (const group of readRecordGroups(path)) yield* group
}

/** A record with no value at all: a blank line, or a row of empty cells a spreadsheet left. */
export function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '')
}
