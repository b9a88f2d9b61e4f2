import { randomFillSync } from 'node:crypto'
import type { ImportRow } from './import-columns.js'
import type { RejectedRow, RowError } from './repository.js'

const ID_POOL_BYTES = 16 * 4096
const idState = { pool: Buffer.alloc(ID_POOL_BYTES), offset: ID_POOL_BYTES, msecs: 0, seq: 0 }
/** ASCII codes of the hex digits. */
const HEX = Buffer.from('0123456789abcdef', 'latin1')
/** The 16 bytes of the id being written. */
const ID_BYTES = new Uint8Array(16)

/**
 * Writes a UUIDv7 as its 36 ASCII characters at `offset` of `target`; returns the offset after it.
 * Ids increase in the order they are made (so contacts list in file order), laid out as uuid's v7
 * lays them out (48-bit milliseconds, a 31-bit sequence seeded at random each millisecond, random
 * tail), with the random bytes drawn 64 KiB at a time and no string made per id: one crypto call
 * and one string per id were among the largest costs of an import.
 */
export function writeContactId(target: Buffer, offset: number): number {
  const state = idState
  if (state.offset + 16 > state.pool.length) {
    randomFillSync(state.pool)
    state.offset = 0
  }
  const pool = state.pool
  const r = state.offset
  state.offset += 16
  const now = Date.now()
  if (now > state.msecs) {
    state.msecs = now
    state.seq = pool.readUInt32BE(r + 6) & 0x7fffffff
  } else {
    state.seq = (state.seq + 1) | 0
    if (state.seq === 0) state.msecs += 1
  }
  const { msecs, seq } = state
  const bytes = ID_BYTES
  const high = Math.floor(msecs / 0x100000000)
  bytes[0] = high >>> 8
  bytes[1] = high
  bytes[2] = msecs >>> 24
  bytes[3] = msecs >>> 16
  bytes[4] = msecs >>> 8
  bytes[5] = msecs
  bytes[6] = 0x70 | ((seq >>> 28) & 0x0f)
  bytes[7] = seq >>> 20
  bytes[8] = 0x80 | ((seq >>> 14) & 0x3f)
  bytes[9] = seq >>> 6
  bytes[10] = (seq << 2) | ((pool[r + 10] as number) & 0x03)
  for (let i = 11; i < 16; i++) bytes[i] = pool[r + i] as number
  let o = offset
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) target[o++] = 0x2d
    const byte = bytes[i] as number
    target[o++] = HEX[byte >>> 4] as number
    target[o++] = HEX[byte & 0x0f] as number
  }
  return o
}

const ID_TEXT = Buffer.alloc(36)

/** The next contact id as a string (see writeContactId). */
export function nextContactId(): string {
  writeContactId(ID_TEXT, 0)
  return ID_TEXT.toString('latin1', 0, 36)
}

/** Where a batch keeps its contacts: in the shape its database takes them. */
export interface BatchRows {
  readonly size: number
  /** Adds a new contact: its id is made here, `fields` is the custom fields' JSON. */
  add(row: ImportRow, fields: string): void
}

/** Column arrays, sent as array parameters (PGlite). */
export class ColumnRows implements BatchRows {
  readonly ids: string[] = []
  readonly emails: Array<string | null> = []
  readonly phones: Array<string | null> = []
  readonly firstNames: Array<string | null> = []
  readonly lastNames: Array<string | null> = []
  readonly fields: string[] = []

  get size(): number {
    return this.ids.length
  }

  add(row: ImportRow, fields: string): void {
    this.ids.push(nextContactId())
    this.emails.push(row.email)
    this.phones.push(row.phone)
    this.firstNames.push(row.firstName)
    this.lastNames.push(row.lastName)
    this.fields.push(fields)
  }
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }
const COPY_SPECIAL = /[\\\t\n\r]/
const COPY_SPECIAL_ALL = /[\\\t\n\r]/g

/** A value in COPY's text format: \N is NULL; backslash, tab and line ends are escaped. */
function copyValue(value: string | null): string {
  if (value === null) return '\\N'
  return COPY_SPECIAL.test(value)
    ? value.replace(COPY_SPECIAL_ALL, (c) => COPY_ESCAPES[c] ?? c)
    : value
}

/**
 * The rows as COPY text in one growing buffer (PostgreSQL). Each row's strings die as soon as
 * they are written, so a batch waiting for its turn holds bytes, not a million small objects the
 * garbage collector would have to promote and trace.
 */
export class CopyRows implements BatchRows {
  private length = 0
  size = 0

  /** `buffer` is reused from an earlier batch where there is one: fewer, steadier allocations. */
  constructor(private buffer: Buffer = Buffer.allocUnsafe(256 * 1024)) {}

  add(row: ImportRow, fields: string): void {
    const rest = `\t${copyValue(row.email)}\t${copyValue(row.phone)}\t${copyValue(row.firstName)}\t${copyValue(row.lastName)}\t${copyValue(fields)}\n`
    const needed = this.length + 36 + rest.length * 3
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2))
      this.buffer.copy(grown, 0, 0, this.length)
      this.buffer = grown
    }
    this.length = writeContactId(this.buffer, this.length)
    this.length += this.buffer.write(rest, this.length)
    this.size += 1
  }

  data(): Buffer {
    return this.buffer.subarray(0, this.length)
  }

  /** The buffer, for the next batch once this one is written. */
  release(): Buffer {
    return this.buffer
  }
}

/** FNV-1a of an address, never 0 (0 marks a free slot of AddressSet). */
function addressHash(kind: number, address: string): number {
  let hash = 0x811c9dc5 ^ kind
  for (let i = 0; i < address.length; i++) {
    hash ^= address.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash === 0 ? 1 : hash
}

/** The contact `row` upserts: by email, else (email-less) by phone. */
export function addressOf(row: ImportRow): number {
  return row.email !== null ? addressHash(1, row.email) : addressHash(2, row.phone ?? '')
}

/**
 * The addresses of the batch being filled (one statement cannot upsert the same contact twice), as
 * hashes in one reused typed array: a Set of a batch's size would be a fresh large object per
 * batch. Two addresses sharing a hash only cost an early flush.
 */
export class AddressSet {
  private readonly slots: Int32Array
  private readonly mask: number

  constructor(capacity: number) {
    let size = 1024
    while (size < capacity * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
  }

  /** Adds `hash`; false when it was there already. */
  add(hash: number): boolean {
    let slot = hash & this.mask
    for (;;) {
      const held = this.slots[slot]
      if (held === 0) {
        this.slots[slot] = hash
        return true
      }
      if (held === hash) return false
      slot = (slot + 1) & this.mask
    }
  }

  clear(): void {
    this.slots.fill(0)
  }
}

/**
 * One batch of an import: the contacts to upsert, and the rows read and failed since the previous
 * batch, which commit with it.
 */
export class ImportBatch<Rows extends BatchRows = BatchRows> {
  processed = 0
  failed = 0
  readonly errors: RowError[] = []
  /** Refused rows as read, for the CSV of rejected rows (within the kept limit). */
  readonly rejected: RejectedRow[] = []
  /** The file's row numbers this batch covers, for the message when the database refuses it. */
  firstRow = 0
  lastRow = 0

  constructor(readonly rows: Rows) {}

  get size(): number {
    return this.rows.size
  }

  private count(rowNumber: number): void {
    if (this.firstRow === 0) this.firstRow = rowNumber
    this.lastRow = rowNumber
    this.processed += 1
  }

  add(rowNumber: number, row: ImportRow): void {
    this.count(rowNumber)
    this.rows.add(row, JSON.stringify(row.fields))
  }

  /**
   * A row that failed validation; `errors` are the ones still within the kept limit, `rejected`
   * the row itself while rows are still kept.
   */
  fail(rowNumber: number, errors: RowError[], rejected?: RejectedRow): void {
    this.count(rowNumber)
    this.failed += 1
    this.errors.push(...errors)
    if (rejected) this.rejected.push(rejected)
  }
}
