import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import { Type } from 'typebox'
import { AppError } from '../errors.js'

/**
 * What every request's input goes through before any route sees it (SPEC §6: never a 500 for bad
 * input). Ids are canonical, text is text, and a query parameter a route does not take is refused
 * like an unknown body field. Dates are checked by the validator's formats (see app.ts).
 */

const UUID_ANY_CASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Inputs that carry ids: `id`, `…Id`, `…Ids`, and the cursors and id lists named otherwise. */
const ID_NAME = /^(?:id|.+Ids?|cursor|add|remove)$/

type Part = 'params' | 'querystring' | 'body'

function lowerCaseUuid(value: unknown): unknown {
  return typeof value === 'string' && UUID_ANY_CASE.test(value) ? value.toLowerCase() : value
}

/**
 * The database spells ids in lower case and compares them as UUIDs, but the code compares them as
 * strings (an access path is a membership only when its account id equals the URL's). So an id in
 * upper case is made the same string as the stored one, once, before any lookup or comparison.
 */
function canonicaliseIds(values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) {
    if (!ID_NAME.test(name)) continue
    values[name] = Array.isArray(value) ? value.map(lowerCaseUuid) : lowerCaseUuid(value)
  }
}

/**
 * Text PostgreSQL can store: no NUL (text columns refuse it) and no lone surrogate (it has no UTF-8
 * form). In a `u` pattern a paired surrogate is one code point, so `\p{Cs}` finds only lone ones.
 */
const LONE_SURROGATE = /\p{Cs}/u

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text)
}

/** Parsed JSON, or the URL's parameters and query (objects with no prototype of their own). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  // A streamed upload (imports) is an object too, and is not walked.
  return prototype === null || Object.getPrototypeOf(prototype) === null
}

function badText(field: string, part: Part): AppError {
  const name = field || part
  return new AppError(
    'validation_failed',
    `${name} must be text without NUL characters or unpaired surrogates`,
    { field: name, in: part },
  )
}

/** Walks one part of the request iteratively (a body may nest deeper than the stack). */
function checkText(input: unknown, part: Part): void {
  const pending: Array<{ value: unknown; field: string }> = [{ value: input, field: '' }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, field } = next
    const at = (key: string | number) => (field ? `${field}.${key}` : String(key))
    if (typeof value === 'string') {
      if (!isStorableText(value)) throw badText(field, part)
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        pending.push({ value: item, field: at(index) })
      })
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (!isStorableText(key)) throw badText(field, part)
        pending.push({ value: item, field: at(key) })
      }
    }
  }
}

/**
 * The JSON API. The pages a message links to (`/u/…`, `/c/…`, `/t/…`) answer HTML and check their
 * tokens by HMAC before anything is looked up, so a bad token is their "link not valid" page.
 */
function isApiRoute(url: string | undefined): boolean {
  return url?.startsWith('/api/v1') ?? false
}

/** `additionalProperties: false` on every /api/v1 query string, declared or not. */
function closeQueryString(route: RouteOptions): void {
  if (!isApiRoute(route.url)) return
  const schema = route.schema ?? {}
  const declared = schema.querystring as { additionalProperties?: unknown } | undefined
  if (declared?.additionalProperties !== undefined) return
  route.schema = {
    ...schema,
    querystring: declared
      ? { ...declared, additionalProperties: false }
      : Type.Object({}, { additionalProperties: false }),
  }
}

/**
 * The secret token of a mailed link (invitation, password reset, email confirmation) as the
 * routes take it: one bound, so that every link's token is refused or taken alike.
 */
export const LinkToken = Type.String({ maxLength: 200 })

/**
 * Installed before authentication: the gate already reads the account id in the URL or the body,
 * so ids are canonical from the first hook on.
 */
export function installInputChecks(app: FastifyInstance): void {
  app.addHook('onRoute', closeQueryString)
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!isApiRoute(request.routeOptions.url)) return
    canonicaliseIds(request.params as Record<string, unknown>)
    canonicaliseIds(request.query as Record<string, unknown>)
  })
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (!isApiRoute(request.routeOptions.url)) return
    // The body's own fields only: nested values are data (a custom field `crmId`, a provider's
    // event id) and are stored as sent.
    if (isRecord(request.body)) canonicaliseIds(request.body)
  })
}

/**
 * Installed after authentication, so that it runs after every gate (also the one of routes whose
 * account is in the body): a caller without access learns nothing about a route's input.
 */
export function installTextChecks(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (!isApiRoute(request.routeOptions.url)) return
    checkText(request.params, 'params')
    checkText(request.query, 'querystring')
    checkText(request.body, 'body')
  })
}
