import { isFieldKey, STANDARD_FIELDS } from '../audience/contact-input.js'
import { invalidField } from '../errors.js'
import type { ContactDetails } from './contacts.js'
import { checkEventName } from './events.js'
import type { Mapping } from './schemas.js'

/** A mapping as stored: every optional part present (null when unset). */
export interface StoredMapping {
  fields: Array<{ from: string; to: string }>
  eventName: string | null
  eventNamePath: string | null
  keyPath: string | null
}

const CUSTOM_PREFIX = 'fields.'
const MAX_SEGMENTS = 10

/** Keys that reach an object's prototype when a path is followed or written. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype'])

function checkPath(path: string, field: string) {
  const segments = path.split('.')
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) {
    throw invalidField(field, 'a path may not name __proto__, constructor or prototype')
  }
  if (segments.length > MAX_SEGMENTS || segments.some((s) => s.trim() === '')) {
    throw invalidField(
      field,
      `a path is keys joined by dots (customer.email), at most ${MAX_SEGMENTS}`,
    )
  }
}

function checkTarget(to: string, field: string) {
  if ((STANDARD_FIELDS as readonly string[]).includes(to)) return
  if (to.startsWith(CUSTOM_PREFIX) && isFieldKey(to.slice(CUSTOM_PREFIX.length))) return
  throw invalidField(
    field,
    'map to email, phone, firstName, lastName, or fields.<key> (a custom field: a letter, then letters, digits, _)',
  )
}

/** Checks a mapping for an endpoint of `kind` and returns it as stored. */
export function checkMapping(kind: 'contacts' | 'events', mapping: Mapping): StoredMapping {
  const targets = new Set<string>()
  mapping.fields.forEach(({ from, to }, index) => {
    checkPath(from, `mapping.fields.${index}.from`)
    checkTarget(to, `mapping.fields.${index}.to`)
    if (targets.has(to)) throw invalidField(`mapping.fields.${index}.to`, `${to} is mapped twice`)
    targets.add(to)
  })
  if (!targets.has('email') && !targets.has('phone')) {
    throw invalidField(
      'mapping.fields',
      'map a posted key to email (or phone): it finds the contact',
    )
  }
  const stored: StoredMapping = {
    fields: mapping.fields.map(({ from, to }) => ({ from, to })),
    eventName: null,
    eventNamePath: null,
    keyPath: null,
  }
  if (kind === 'contacts') return stored
  const { eventName, eventNamePath, keyPath } = mapping
  if (!eventName === !eventNamePath) {
    throw invalidField('mapping.eventName', 'name the event, or the path its name is read from')
  }
  if (eventName) stored.eventName = checkEventName(eventName, 'mapping.eventName')
  if (eventNamePath) {
    checkPath(eventNamePath, 'mapping.eventNamePath')
    stored.eventNamePath = eventNamePath
  }
  if (keyPath) {
    checkPath(keyPath, 'mapping.keyPath')
    stored.keyPath = keyPath
  }
  return stored
}

/**
 * The value at a dotted path of a posted document. A key holding the whole path wins (a form's
 * `customer.email` field); numbers index arrays. Only own properties are read.
 */
export function readPath(document: unknown, path: string): unknown {
  if (isObject(document) && Object.hasOwn(document, path)) return document[path]
  let value: unknown = document
  for (const segment of path.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, segment)) return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** As long as the contacts API takes an address or a name. */
const MAX_TEXT = 320

function asText(value: unknown, from: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value
  if (typeof text !== 'string' || text.length > MAX_TEXT) {
    throw invalidField(from, `${from} must be text of at most ${MAX_TEXT} characters`)
  }
  return text
}

/** The contact details a posted document gives through the mapping; refusals name the path. */
export function mappedContact(mapping: StoredMapping, document: unknown): ContactDetails {
  const details: ContactDetails = {}
  const fields: Record<string, unknown> = {}
  for (const { from, to } of mapping.fields) {
    const value = readPath(document, from)
    if (to.startsWith(CUSTOM_PREFIX)) {
      if (value === undefined || value === '') continue
      if (typeof value === 'object' && value !== null) {
        throw invalidField(from, `${from} must be text, a number or true/false`)
      }
      fields[to.slice(CUSTOM_PREFIX.length)] = value
      continue
    }
    const text = asText(value, from)
    if (text !== undefined) details[to as (typeof STANDARD_FIELDS)[number]] = text
  }
  if (Object.keys(fields).length > 0) details.fields = fields
  return details
}

/** The event a posted document is, through an events endpoint's mapping. */
export function mappedEvent(mapping: StoredMapping, document: unknown) {
  const name = mapping.eventName ?? readPath(document, mapping.eventNamePath ?? '')
  return {
    name: checkEventName(name, mapping.eventNamePath ?? 'mapping.eventName'),
    key: mapping.keyPath ? readPath(document, mapping.keyPath) : undefined,
  }
}
