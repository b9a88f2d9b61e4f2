import type { Static } from 'typebox'
import type { ContactFieldsTable } from '../db/schema.js'
import type { CustomFieldValues } from './contacts/schemas.js'

export { emailProblem, normaliseEmail } from '../email-address.js'

export type FieldType = ContactFieldsTable['type']

/** The columns every contact has; any other CSV header or `fields` key is a custom field. */
export const STANDARD_FIELDS = ['email', 'phone', 'firstName', 'lastName'] as const

/** A contact's built-in properties: the standard fields and the channel statuses. */
export const CONTACT_PROPERTIES = [...STANDARD_FIELDS, 'emailStatus', 'smsStatus'] as const

export interface FieldProblem {
  field: string
  message: string
}

const E164 = /^\+[1-9]\d{6,14}$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/** Spaces, dashes, dots and brackets are how people write numbers; E.164 has none of them. */
export function normalisePhone(raw: string): string {
  return raw.trim().replace(/[\s\-().]/g, '')
}

export function phoneProblem(phone: string): string | undefined {
  return E164.test(phone) ? undefined : 'not an E.164 phone number (for example +14155550123)'
}

export function isFieldKey(key: string): boolean {
  return FIELD_KEY.test(key)
}

/** The type a new custom field gets from the first value it is given. */
export function inferFieldType(value: unknown): FieldType {
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'text'
}

/**
 * Checks a value against its field's type and returns the value to store (JSON). CSV cells arrive
 * as text, so `fromText` accepts "42", "true"/"false"/"yes"/"no", and "" as no value.
 */
export function coerceFieldValue(
  type: FieldType,
  value: unknown,
  fromText = false,
): { value: unknown } | { problem: string } {
  if (value === null || (fromText && value === '')) return { value: null }
  switch (type) {
    case 'text':
      return typeof value === 'string' && value.length <= 10_000
        ? { value }
        : { problem: 'must be text (at most 10,000 characters)' }
    case 'number': {
      const n = fromText && typeof value === 'string' ? Number(value.trim()) : value
      return typeof n === 'number' && Number.isFinite(n)
        ? { value: n }
        : { problem: 'must be a number' }
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { value }
      const text = fromText && typeof value === 'string' ? value.trim().toLowerCase() : undefined
      if (text === 'true' || text === 'yes' || text === '1') return { value: true }
      if (text === 'false' || text === 'no' || text === '0') return { value: false }
      return { problem: 'must be true or false' }
    }
    case 'date':
      return typeof value === 'string' &&
        ISO_DATE.test(value.trim()) &&
        !Number.isNaN(Date.parse(value.trim()))
        ? { value: value.trim() }
        : { problem: 'must be a date as YYYY-MM-DD' }
  }
}

/** A contact's stored custom fields: every value went through coerceFieldValue on its way in. */
export function storedFieldValues(
  fields: Record<string, unknown>,
): Static<typeof CustomFieldValues> {
  return fields as Static<typeof CustomFieldValues>
}

/** Spreadsheet formulas start with these; an exported cell starting with one is made inert. */
const FORMULA_START = /^[=+\-@\t\r\0]/

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}
