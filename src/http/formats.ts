import type { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { isSaneDate, isSaneDateTime } from '../dates.js'

/** ajv-formats' formats, with dates and times limited to the years we can store (src/dates.ts). */
export function withFormats(ajv: Ajv): Ajv {
  addFormats.default(ajv)
  ajv.addFormat('date', { type: 'string', validate: isSaneDate })
  ajv.addFormat('date-time', { type: 'string', validate: isSaneDateTime })
  return ajv
}
