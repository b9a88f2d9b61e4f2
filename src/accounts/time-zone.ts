import { invalidField } from '../errors.js'

/**
 * The canonical IANA name of a time zone as the runtime knows it ("europe/paris" → "Europe/Paris",
 * "US/Pacific" → "America/Los_Angeles"), or a 422 on `timeZone`. Intl also accepts fixed offsets
 * ("+01:00"); those are refused, as they would ignore daylight saving.
 */
export function canonicalTimeZone(input: string): string {
  let zone: string
  try {
    zone = new Intl.DateTimeFormat('en', { timeZone: input }).resolvedOptions().timeZone
  } catch {
    throw invalidField('timeZone', 'timeZone must be an IANA time zone, such as Europe/Paris')
  }
  if (/^[+-]/.test(zone)) {
    throw invalidField('timeZone', 'timeZone must be a named IANA zone, not a fixed offset')
  }
  return zone
}
