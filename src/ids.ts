import { notFound } from './errors.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids come from URLs; one that is not a UUID names nothing, and must not reach a uuid cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/** `value` when it is a UUID; anything else names nothing, so it is a 404 for `what`. */
export function existingId(value: string, what: string): string {
  if (!isUuid(value)) throw notFound(what)
  return value
}
