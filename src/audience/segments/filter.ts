import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely'
import { isSaneDate, isSaneDateTime, SANE_DATES_MESSAGE } from '../../dates.js'
import type { DB } from '../../db/schema.js'
import { AppError } from '../../errors.js'
import { type FieldType, isFieldKey } from '../contact-input.js'

/**
 * A segment is a saved filter: `{"all"|"any": [condition | filter, …]}`, a condition being
 * `{field, op, value}`. It compiles to a parameterised SQL predicate over `contacts as c`: every
 * user-supplied value is a bound parameter, every field name is checked against a fixed list or
 * the account's custom fields, and nothing user-supplied is ever spliced into the SQL text.
 */
export type Op =
  | 'eq'
  | 'neq'
  | 'contains'
  | 'starts_with'
  | 'gt'
  | 'lt'
  | 'exists'
  | 'in_group'
  | 'not_in_group'
  | 'tagged'

export const OPS: readonly Op[] = [
  'eq',
  'neq',
  'contains',
  'starts_with',
  'gt',
  'lt',
  'exists',
  'in_group',
  'not_in_group',
  'tagged',
]

export interface Condition {
  field?: string
  op: Op
  value?: unknown
}

export type Filter = { all: Array<Condition | Filter> } | { any: Array<Condition | Filter> }

type Eb = ExpressionBuilder<DB & { c: DB['contacts'] }, 'c'>

const BUILT_IN: Record<string, { column: string; type: FieldType | 'status' }> = {
  email: { column: 'c.email', type: 'text' },
  phone: { column: 'c.phone', type: 'text' },
  firstName: { column: 'c.first_name', type: 'text' },
  lastName: { column: 'c.last_name', type: 'text' },
  emailStatus: { column: 'c.email_status', type: 'status' },
  smsStatus: { column: 'c.sms_status', type: 'status' },
  createdAt: { column: 'c.created_at', type: 'date' },
}

const MAX_CONDITIONS = 50
const MAX_DEPTH = 4
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function bad(path: string, message: string): AppError {
  return new AppError('validation_failed', `${path}: ${message}`, { field: path })
}

export interface SegmentContext {
  accountId: string
  fieldTypes: ReadonlyMap<string, FieldType>
}

/** Checks the filter's shape and every field, op and value; throws a 422 naming the place. */
export function validateFilter(filter: unknown, context: SegmentContext): Filter {
  let count = 0
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw bad(path, `filters nest at most ${MAX_DEPTH} levels`)
    if (typeof node !== 'object' || node === null || Array.isArray(node))
      throw bad(path, 'must be an object')
    const keys = Object.keys(node)
    if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) {
      const list = (node as Record<string, unknown>)[keys[0]]
      if (!Array.isArray(list) || list.length === 0)
        throw bad(`${path}.${keys[0]}`, 'must be a non-empty list')
      list.forEach((child, i) => {
        visit(child, `${path}.${keys[0]}[${i}]`, depth + 1)
      })
      return
    }
    if (depth === 0) throw bad(path, 'must be {"all": [...]} or {"any": [...]}')
    count += 1
    if (count > MAX_CONDITIONS) throw bad(path, `at most ${MAX_CONDITIONS} conditions`)
    checkCondition(node as Record<string, unknown>, path, context)
  }
  visit(filter, 'filter', 0)
  return filter as Filter
}

function checkCondition(node: Record<string, unknown>, path: string, context: SegmentContext) {
  const extra = Object.keys(node).filter((k) => !['field', 'op', 'value'].includes(k))
  if (extra.length > 0) throw bad(`${path}.${extra[0]}`, 'is not part of a condition')
  const op = node.op as Op
  if (!OPS.includes(op)) throw bad(`${path}.op`, `must be one of ${OPS.join(', ')}`)
  const value = node.value
  if (op === 'in_group' || op === 'not_in_group') {
    if (typeof value !== 'string' || !UUID.test(value))
      throw bad(`${path}.value`, 'must be a group id')
    return
  }
  if (op === 'tagged') {
    if (typeof value !== 'string' || value.trim() === '')
      throw bad(`${path}.value`, 'must be a tag name')
    return
  }
  const type = fieldType(node.field, `${path}.field`, context)
  if (op === 'exists') {
    if (value !== undefined && typeof value !== 'boolean')
      throw bad(`${path}.value`, 'must be true or false')
    return
  }
  if (
    (op === 'contains' || op === 'starts_with') &&
    (type !== 'text' || typeof value !== 'string')
  ) {
    throw bad(`${path}.op`, `${op} works on text fields with a text value`)
  }
  if ((op === 'gt' || op === 'lt') && !['number', 'date'].includes(type)) {
    throw bad(`${path}.op`, `${op} works on number and date fields`)
  }
  const valueOk =
    type === 'number'
      ? typeof value === 'number' && Number.isFinite(value)
      : type === 'boolean'
        ? typeof value === 'boolean'
        : type === 'date'
          ? typeof value === 'string' &&
            (isSaneDate(value) || (node.field === 'createdAt' && isSaneDateTime(value)))
          : type === 'status'
            ? value === 'subscribed' || value === 'unsubscribed' || value === 'pending'
            : typeof value === 'string' && value.length <= 1000
  if (!valueOk) {
    const expected =
      type === 'status'
        ? 'subscription status'
        : type === 'date'
          ? `date as YYYY-MM-DD, ${SANE_DATES_MESSAGE}`
          : type
    throw bad(`${path}.value`, `must be a ${expected}`)
  }
}

function fieldType(field: unknown, path: string, context: SegmentContext): FieldType | 'status' {
  if (typeof field !== 'string') throw bad(path, 'is required')
  const builtIn = BUILT_IN[field]
  if (builtIn) return builtIn.type
  const key = field.startsWith('fields.') ? field.slice(7) : field
  const type = isFieldKey(key) ? context.fieldTypes.get(key) : undefined
  if (!type) throw bad(path, `${field} is not a field of this account`)
  return type
}

function fieldExpression(field: string): Expression<unknown> {
  return sql.ref((BUILT_IN[field] as { column: string }).column)
}

/**
 * Within `all`, cheap tests run first: PostgreSQL stops at the first false one, so an expensive
 * test (a JSONB range, an ILIKE, a group lookup) only runs on the rows the cheap ones let through.
 */
function cost(node: Condition | Filter): number {
  if ('all' in node || 'any' in node) return 6
  if (node.op === 'in_group' || node.op === 'not_in_group' || node.op === 'tagged') return 5
  const field = node.field as string
  if (BUILT_IN[field])
    return node.op === 'contains' || node.op === 'starts_with'
      ? field === 'email' || field === 'phone'
        ? 1
        : 4
      : 0
  if (node.op === 'eq' || node.op === 'neq') return 2
  return 3
}

function compileCondition(
  eb: Eb,
  condition: Condition,
  context: SegmentContext,
): Expression<SqlBool> {
  const { op, value } = condition
  if (op === 'in_group' || op === 'not_in_group') {
    const member = eb.exists(
      eb
        .selectFrom('group_members as gm')
        .select(sql.lit(1).as('one'))
        .whereRef('gm.account_id', '=', 'c.account_id')
        .whereRef('gm.contact_id', '=', 'c.id')
        .where('gm.group_id', '=', value as string),
    )
    return op === 'in_group' ? member : eb.not(member)
  }
  if (op === 'tagged') {
    return eb.exists(
      eb
        .selectFrom('contact_tags as ct')
        .innerJoin('tags as t', (join) =>
          join.onRef('t.account_id', '=', 'ct.account_id').onRef('t.id', '=', 'ct.tag_id'),
        )
        .select(sql.lit(1).as('one'))
        .whereRef('ct.account_id', '=', 'c.account_id')
        .whereRef('ct.contact_id', '=', 'c.id')
        .where(sql`lower(t.name)`, '=', (value as string).trim().toLowerCase()),
    )
  }
  const field = condition.field as string
  const key = customKey(field)
  if (key !== undefined)
    return compileCustom(key, context.fieldTypes.get(key) as FieldType, op, value)
  const column = fieldExpression(field)
  const operand = field === 'createdAt' && typeof value === 'string' ? new Date(value) : value
  switch (op) {
    case 'exists':
      return value === false ? sql<SqlBool>`${column} is null` : sql<SqlBool>`${column} is not null`
    case 'eq':
      return sql<SqlBool>`${column} = ${operand}`
    case 'neq':
      return sql<SqlBool>`${column} is distinct from ${operand}`
    case 'gt':
      return sql<SqlBool>`${column} > ${operand}`
    case 'lt':
      return sql<SqlBool>`${column} < ${operand}`
    case 'contains':
    case 'starts_with': {
      const pattern = `${op === 'contains' ? '%' : ''}${escapeLike(value as string)}%`
      // Emails and phones are stored normalised, so a case-sensitive LIKE on the normalised value
      // gives the same answer as ILIKE at a fraction of the cost; names need ILIKE.
      if (field === 'email') return sql<SqlBool>`${column} like ${pattern.toLowerCase()}`
      if (field === 'phone') return sql<SqlBool>`${column} like ${pattern}`
      return sql<SqlBool>`${column} ilike ${pattern}`
    }
  }
}

function customKey(field: string): string | undefined {
  if (BUILT_IN[field]) return undefined
  return field.startsWith('fields.') ? field.slice(7) : field
}

/**
 * Custom fields live in one JSONB column. Equality is containment (`@>` with a bound JSON
 * document), which reads the value once and can use a GIN index. Ranges compare JSONB values, whose
 * order puts every number between all strings and all booleans, so `> n and < false` selects
 * numbers greater than n without a cast that a stray value could break.
 */
function compileCustom(key: string, type: FieldType, op: Op, value: unknown): Expression<SqlBool> {
  const json = sql`(c.fields -> ${key}::text)`
  const document = (v: unknown) => sql`${JSON.stringify({ [key]: v })}::jsonb`
  const scalar = sql`${JSON.stringify(value)}::jsonb`
  switch (op) {
    case 'exists':
      return value === false
        ? sql<SqlBool>`coalesce(jsonb_typeof(${json}), 'null') = 'null'`
        : sql<SqlBool>`coalesce(jsonb_typeof(${json}), 'null') <> 'null'`
    case 'eq':
      return sql<SqlBool>`c.fields @> ${document(value)}`
    case 'neq':
      return sql<SqlBool>`not (c.fields @> ${document(value)})`
    case 'gt':
      return type === 'number'
        ? sql<SqlBool>`(${json} > ${scalar} and ${json} < 'false'::jsonb)`
        : sql<SqlBool>`(jsonb_typeof(${json}) = 'string' and ${json} > ${scalar})`
    case 'lt':
      return type === 'number'
        ? sql<SqlBool>`(jsonb_typeof(${json}) = 'number' and ${json} < ${scalar})`
        : sql<SqlBool>`(jsonb_typeof(${json}) = 'string' and ${json} < ${scalar})`
    default: {
      const pattern = `${op === 'contains' ? '%' : ''}${escapeLike(value as string)}%`
      return sql<SqlBool>`(c.fields ->> ${key}::text) ilike ${pattern}`
    }
  }
}

/** Makes `%`, `_` and `\` in user text match themselves in a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** The predicate of a validated filter, for `where` on a query over `contacts as c`. */
export function compileFilter(filter: Filter, context: SegmentContext) {
  const compile = (eb: Eb, node: Condition | Filter): Expression<SqlBool> => {
    if ('all' in node) {
      const ordered = [...node.all].sort((a, b) => cost(a) - cost(b))
      return eb.and(ordered.map((child) => compile(eb, child)))
    }
    if ('any' in node) return eb.or(node.any.map((child) => compile(eb, child)))
    return compileCondition(eb, node, context)
  }
  return (eb: Eb) => compile(eb, filter)
}
