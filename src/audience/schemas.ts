import { type TSchema, Type } from 'typebox'

/**
 * What the audience subdomains' answers share: dates, nullables, lists and pages, the channel,
 * and the non-JSON answers. Each subdomain's `schemas.ts` holds its own answers; presenters
 * return `Static<typeof X>` of them, and the contract check holds every answer to them in tests.
 */

export const DateTime = Type.String({ format: 'date-time' })
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms')])

/** A list answered whole. */
export const List = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) })

/** A page of a keyset-paged list. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(
      Type.String({ description: 'pass as `cursor` for the next page; null on the last page' }),
    ),
  })

/** A CSV download, streamed. */
export const CsvFile = {
  description: 'CSV file',
  content: { 'text/csv': { schema: { type: 'string' } } },
} as const

/** A page of the public consent flow (hidden from the API document). */
export const HtmlPage = (description: string) =>
  ({ description, content: { 'text/html': { schema: { type: 'string' } } } }) as const
