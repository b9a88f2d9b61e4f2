import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { ALL_PERMISSIONS } from '../../src/access/catalog.js'
import { uniqueEmail } from './app.js'

/**
 * The app's own description of its routes (the OpenAPI document), for tests generated from the
 * route table rather than written route by route: the access matrix and the edge-input test.
 */
export interface JsonSchema {
  type?: string
  format?: string
  enum?: unknown[]
  minimum?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
}

export interface Operation {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
}

/** Every documented operation, keyed `METHOD /url/:param` as in `app.declaredRoutes`. */
export function operationsOf(app: FastifyInstance): Map<string, Operation> {
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }
  const operations = new Map<string, Operation>()
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(byMethod)) {
      operations.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation)
    }
  }
  return operations
}

/** Values a route can use for fields it names this way; other fields get a value of their type. */
export const HINTS: Record<string, () => unknown> = {
  email: () => uniqueEmail('invitee'),
  name: () => 'Matrix test',
  role: () => 'analyst',
  permission: () => ALL_PERMISSIONS[0],
}

export function sampleValue(name: string, schema: JsonSchema | undefined): unknown {
  const hint = HINTS[name]
  if (hint) return hint()
  if (schema?.enum?.length) return schema.enum[0]
  if (name === 'id' || name.endsWith('Id') || schema?.format === 'uuid') return randomUUID()
  switch (schema?.type) {
    case 'object':
      return sampleObject(schema)
    case 'array':
      return []
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return false
    default:
      return schema?.format === 'email' ? uniqueEmail('sample') : 'matrix'
  }
}

/** Every required field, plus the optional ones named in HINTS (a role for a grant, …). */
export function sampleObject(schema: JsonSchema): Record<string, unknown> {
  const required = new Set(schema.required ?? [])
  const value: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(key) || key in HINTS) value[key] = sampleValue(key, property)
  }
  return value
}
