import type { FormatDefinition } from 'ajv'
import { fullFormats } from 'ajv-formats/dist/formats.js'

/**
 * Dates and times that come from outside: RFC 3339 syntax (ajv-formats' full checks, so a 30th of
 * February is refused) and a year from 1900 to 9999. ISO 8601 also allows expanded years
 * (`+275760-09-13`) and PostgreSQL has no year 0; nothing a marketing platform schedules, expires
 * or filters on lies outside these years, and inside them every value is a valid PostgreSQL date.
 */
export const FIRST_YEAR = 1900
export const LAST_YEAR = 9999

type Check = (text: string) => boolean
const rfc3339Date = (fullFormats.date as FormatDefinition<string>).validate as Check
const rfc3339DateTime = (fullFormats['date-time'] as FormatDefinition<string>).validate as Check

function yearInRange(text: string): boolean {
  const year = Number(text.slice(0, 4))
  return year >= FIRST_YEAR && year <= LAST_YEAR
}

/** A calendar date, `YYYY-MM-DD`. */
export function isSaneDate(text: string): boolean {
  return rfc3339Date(text) && yearInRange(text)
}

/** A time with its offset, `YYYY-MM-DDThh:mm:ss(.sss)(Z|±hh:mm)`. */
export function isSaneDateTime(text: string): boolean {
  // RFC 3339 allows a leap second (…:60), which JavaScript's Date cannot hold: refused here.
  return rfc3339DateTime(text) && yearInRange(text) && !Number.isNaN(Date.parse(text))
}

export const SANE_DATES_MESSAGE = `a year from ${FIRST_YEAR} to ${LAST_YEAR}`
