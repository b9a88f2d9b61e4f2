import {
  CONTACT_PROPERTIES,
  coerceFieldValue,
  emailProblem,
  type FieldProblem,
  type FieldType,
  isFieldKey,
  normaliseEmail,
  normalisePhone,
  phoneProblem,
} from '../contact-input.js'

/** What one CSV column feeds: a standard field, a custom field, or nothing. */
export type Column =
  | { kind: 'email' | 'phone' | 'firstName' | 'lastName'; name: string }
  | { kind: 'field'; name: string; key: string; type: FieldType; isNew: boolean }
  | { kind: 'ignored'; name: string }

export interface RowProblem {
  field?: string
  message: string
}

export interface ImportRow {
  email: string | null
  phone: string | null
  firstName: string | null
  lastName: string | null
  fields: Record<string, unknown>
}

/** A file the import cannot read at all; the message is shown to the user as it is. */
export class ImportFileError extends Error {}

export const MAX_CUSTOM_COLUMNS = 200
const MAX_NAME_LENGTH = 200
/** Built-in contact properties, which a custom field may not be named. */
const RESERVED_KEYS = new Set<string>([...CONTACT_PROPERTIES, 'createdAt'])

/** Headers are compared without case, spaces or punctuation: "First Name" = "first_name". */
function squash(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '')
}

type Standard = 'email' | 'phone' | 'firstName' | 'lastName' | 'ignored'
const ALIASES: Record<string, Standard> = {}
for (const [kind, names] of [
  ['email', ['email', 'emailaddress', 'mail']],
  [
    'phone',
    ['phone', 'phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'sms'],
  ],
  ['firstName', ['firstname', 'first', 'givenname', 'forename', 'fname']],
  ['lastName', ['lastname', 'last', 'surname', 'familyname', 'lname']],
  // An export writes the subscription statuses; an import never changes them (an unsubscribe
  // always wins), so re-importing an export ignores these columns instead of making fields.
  ['ignored', ['emailstatus', 'smsstatus']],
  // The CSV of rejected rows adds why each row was refused and where: not data to import.
  ['ignored', ['importerror', 'importrow']],
] as const) {
  for (const name of names) ALIASES[name] = kind
}

/** A custom field key from a header that is not one: "Favourite colour" → "Favourite_colour". */
function fieldKeyFrom(header: string, position: number): string {
  if (isFieldKey(header)) return header
  let key = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (key && !/^[A-Za-z]/.test(key)) key = `f_${key}`
  return key ? key.slice(0, 64) : `column_${position}`
}

function customColumn(
  name: string,
  position: number,
  types: ReadonlyMap<string, FieldType>,
): Column {
  const wanted = fieldKeyFrom(name, position)
  // An existing field is matched without case, so "Company" fills the account's "company".
  const existing = [...types.keys()].find((k) => k.toLowerCase() === wanted.toLowerCase())
  if (existing) {
    return { kind: 'field', name, key: existing, type: types.get(existing) ?? 'text', isNew: false }
  }
  return { kind: 'field', name, key: wanted, type: 'text', isNew: true }
}

function targetOf(column: Column): string | undefined {
  if (column.kind === 'ignored') return undefined
  return column.kind === 'field' ? `field ${column.key.toLowerCase()}` : column.kind
}

/**
 * The automatic mapping of a header row, unchecked: standard fields by name or common alias,
 * case-insensitive; any other header is a custom field (an existing one keeps its type, an unknown
 * one becomes text). The import screen shows it, and an upload without a mapping uses it.
 */
export function proposeColumns(header: string[], types: ReadonlyMap<string, FieldType>): Column[] {
  return header.map((raw, index): Column => {
    const name = raw.trim()
    if (!name) return { kind: 'ignored', name }
    const alias = ALIASES[squash(name)]
    if (alias === 'ignored') return { kind: 'ignored', name }
    if (alias) return { kind: alias, name }
    return customColumn(name, index + 1, types)
  })
}

/** Refuses columns an import cannot run with: two columns filling one field, no address. */
export function checkColumns(header: string[], columns: Column[]): Column[] {
  const seen = new Map<string, string>()
  for (const column of columns) {
    const target = targetOf(column)
    if (!target) continue
    const other = seen.get(target)
    if (other !== undefined) {
      throw new ImportFileError(
        `the columns "${other}" and "${column.name}" both fill ${target}; keep one of them`,
      )
    }
    seen.set(target, column.name)
  }
  if (!seen.has('email') && !seen.has('phone')) {
    throw new ImportFileError(
      `the header row needs an email or a phone column (it has: ${header.join(', ') || 'nothing'})`,
    )
  }
  if (columns.filter((c) => c.kind === 'field').length > MAX_CUSTOM_COLUMNS) {
    throw new ImportFileError(`a file can fill at most ${MAX_CUSTOM_COLUMNS} custom fields`)
  }
  return columns
}

/** Maps the header row automatically (proposeColumns) and checks the result. */
export function mapHeader(header: string[], types: ReadonlyMap<string, FieldType>): Column[] {
  return checkColumns(header, proposeColumns(header, types))
}

/** What the user chose for one column on the import screen (`mapping` of an upload). */
export type ColumnChoice =
  | { kind: 'email' | 'phone' | 'firstName' | 'lastName' | 'ignored' }
  | { kind: 'field'; key: string; type?: FieldType | undefined }

/** A mapping problem, named for the `mapping` field of the upload. */
export class MappingError extends ImportFileError {}

const KINDS = new Set(['email', 'phone', 'firstName', 'lastName', 'ignored', 'field'])
const TYPES = new Set(['text', 'number', 'date', 'boolean'])

function parsedChoice(value: unknown, index: number): ColumnChoice {
  const choice = (value ?? {}) as Record<string, unknown>
  const where = `column ${index + 1}`
  if (typeof choice.kind !== 'string' || !KINDS.has(choice.kind)) {
    throw new MappingError(`${where}: kind is one of ${[...KINDS].join(', ')}`)
  }
  if (choice.kind !== 'field')
    return { kind: choice.kind as Exclude<ColumnChoice['kind'], 'field'> }
  if (typeof choice.key !== 'string' || choice.key.length > 64) {
    throw new MappingError(`${where}: a field column names its key (at most 64 characters)`)
  }
  if (choice.type !== undefined && !(typeof choice.type === 'string' && TYPES.has(choice.type))) {
    throw new MappingError(`${where}: type is one of ${[...TYPES].join(', ')}`)
  }
  return { kind: 'field', key: choice.key, type: choice.type as FieldType | undefined }
}

/** The `mapping` of an upload (JSON): one choice per header column, checked for its shape. */
export function parseMapping(text: string): ColumnChoice[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new MappingError('the mapping is not JSON: send an array with one entry per column')
  }
  if (!Array.isArray(value) || value.length > 1000) {
    throw new MappingError('the mapping is an array with one entry per column')
  }
  return value.map(parsedChoice)
}

function chosenField(
  name: string,
  choice: { key: string; type?: FieldType | undefined },
  types: ReadonlyMap<string, FieldType>,
): Column {
  if (!isFieldKey(choice.key) || RESERVED_KEYS.has(choice.key)) {
    throw new MappingError(
      `"${choice.key}" is not a field name: a letter, then letters, digits and _`,
    )
  }
  const existing = types.get(choice.key)
  if (existing && choice.type && choice.type !== existing) {
    throw new MappingError(`${choice.key} is already a ${existing} field`)
  }
  const type = existing ?? choice.type ?? 'text'
  return { kind: 'field', name, key: choice.key, type, isNew: existing === undefined }
}

/** The columns of a mapping chosen on the import screen: one choice per header column. */
export function mappedColumns(
  header: string[],
  mapping: ColumnChoice[],
  types: ReadonlyMap<string, FieldType>,
): Column[] {
  if (mapping.length !== header.length) {
    throw new MappingError(
      `the mapping has ${mapping.length} columns; the file's header has ${header.length}`,
    )
  }
  const columns = mapping.map((choice, index): Column => {
    const name = (header[index] ?? '').trim()
    return choice.kind === 'field' ? chosenField(name, choice, types) : { kind: choice.kind, name }
  })
  try {
    return checkColumns(header, columns)
  } catch (error) {
    // The file is fine; the columns chosen for it are not.
    throw error instanceof ImportFileError ? new MappingError(error.message) : error
  }
}

/** The choice a column stands for: what the screen shows and an upload sends back. */
export function choiceOf(column: Column): ColumnChoice {
  return column.kind === 'field'
    ? { kind: 'field', key: column.key, type: column.type }
    : { kind: column.kind }
}

/** The custom fields an import creates: headers the account has no field for. */
export function newFields(columns: Column[]): Array<{ key: string; type: FieldType }> {
  return columns.flatMap((c) =>
    c.kind === 'field' && c.isNew ? [{ key: c.key, type: c.type }] : [],
  )
}

/** Undoes neutraliseCell, so that an export imports back as it was ("'+4415…" → "+4415…"). */
const NEUTRALISED = /^'[=+\-@\t\r\0]/

function cellValue(raw: string | undefined): string {
  if (raw === undefined) return ''
  return (NEUTRALISED.test(raw) ? raw.slice(1) : raw).trim()
}

/** Checks one cell into `row`; returns the problem, if any. */
function takeCell(column: Column, value: string, row: ImportRow): FieldProblem | undefined {
  const field = column.kind === 'field' ? column.key : column.kind
  if (value.includes('\0')) return { field, message: 'contains a NUL character' }
  switch (column.kind) {
    case 'ignored':
      return undefined
    case 'email': {
      row.email = normaliseEmail(value)
      const problem = emailProblem(row.email)
      return problem ? { field, message: problem } : undefined
    }
    case 'phone': {
      row.phone = normalisePhone(value)
      const problem = phoneProblem(row.phone)
      return problem ? { field, message: problem } : undefined
    }
    case 'firstName':
    case 'lastName':
      row[column.kind] = value
      return value.length > MAX_NAME_LENGTH
        ? { field, message: `at most ${MAX_NAME_LENGTH} characters` }
        : undefined
    case 'field': {
      const result = coerceFieldValue(column.type, value, true)
      if ('problem' in result) return { field, message: `${column.key} ${result.problem}` }
      row.fields[column.key] = result.value
      return undefined
    }
  }
}

/**
 * One data row: the contact to upsert, or every problem found. An empty cell is no value: it
 * leaves what the contact already has, so a sparse file never erases data.
 */
export function checkRow(
  columns: Column[],
  record: string[],
): { row: ImportRow } | { problems: RowProblem[] } {
  const row: ImportRow = { email: null, phone: null, firstName: null, lastName: null, fields: {} }
  const problems: RowProblem[] = []
  for (let i = 0; i < columns.length; i++) {
    const value = cellValue(record[i])
    if (value === '') continue
    const problem = takeCell(columns[i] as Column, value, row)
    if (problem) problems.push(problem)
  }
  if (record.length > columns.length && record.slice(columns.length).some((c) => c.trim())) {
    problems.push({
      message: `the row has ${record.length} cells; the header names ${columns.length} columns`,
    })
  }
  const addressProblem = problems.some((p) => p.field === 'email' || p.field === 'phone')
  if (row.email === null && row.phone === null && !addressProblem) {
    problems.push({ field: 'email', message: 'a contact needs an email address or a phone number' })
  }
  return problems.length > 0 ? { problems } : { row }
}
