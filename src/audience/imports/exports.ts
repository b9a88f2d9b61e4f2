import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify/sync'
import type { Kysely } from 'kysely'
import type { AccountAccess } from '../../access/service.js'
import type { DB } from '../../db/schema.js'
import type { Deps } from '../../deps.js'
import { actorOf, recordAudit } from '../../developer/audit.js'
import { CONTACT_PROPERTIES, neutraliseCell } from '../contact-input.js'
import { type ContactFilterInput, resolveFilter } from '../contacts/filter.js'
import * as repo from '../contacts/repository.js'

/** Contacts read per query: the export walks the selection by keyset, a page at a time. */
export const EXPORT_PAGE_SIZE = 1000

export const EXPORT_COLUMNS = CONTACT_PROPERTIES

/** The contacts table's filter: the export writes what the table shows. */
export type ExportQuery = ContactFilterInput

type Page = Omit<repo.ListOptions, 'limit' | 'after'>

/** Only what the file shows (and the key): a page costs no dates to parse, no unused columns. */
const exportedColumns = [
  'c.id',
  'c.email',
  'c.phone',
  'c.first_name',
  'c.last_name',
  'c.email_status',
  'c.sms_status',
  'c.fields',
] as const

/**
 * One page by keyset on the contact id, as repository.listContacts walks it: through a group the
 * key sits on the membership table that drives the join.
 */
function exportPage(db: Kysely<DB>, accountId: string, page: Page, after: string | undefined) {
  if (page.groupId) {
    let query = db
      .selectFrom('group_members as gm')
      .innerJoin('contacts as c', (join) =>
        join.onRef('c.account_id', '=', 'gm.account_id').onRef('c.id', '=', 'gm.contact_id'),
      )
      .select(exportedColumns)
      .where('gm.account_id', '=', accountId)
      .where('gm.group_id', '=', page.groupId)
      .orderBy('gm.contact_id')
      .limit(EXPORT_PAGE_SIZE)
    if (after) query = query.where('gm.contact_id', '>', after)
    if (page.where) query = query.where(page.where as never)
    return query.execute()
  }
  let query = db
    .selectFrom('contacts as c')
    .select(exportedColumns)
    .where('c.account_id', '=', accountId)
    .orderBy('c.id')
    .limit(EXPORT_PAGE_SIZE)
  if (after) query = query.where('c.id', '>', after)
  if (page.where) query = query.where(page.where)
  return query.execute()
}

type ExportedContact = Awaited<ReturnType<typeof exportPage>>[number]

async function selectionOf(deps: Deps, accountId: string, query: ExportQuery): Promise<Page> {
  const { groupId, where } = await resolveFilter(deps, accountId, query)
  return { ...(groupId ? { groupId } : {}), ...(where ? { where } : {}) }
}

/** A cell as text, made inert for spreadsheets (a value starting with = + - @ is not a formula). */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)
  return neutraliseCell(text)
}

function recordOf(contact: ExportedContact, fieldKeys: string[]): string[] {
  const fields = (contact.fields ?? {}) as Record<string, unknown>
  return [
    cell(contact.email),
    cell(contact.phone),
    cell(contact.first_name),
    cell(contact.last_name),
    cell(contact.email_status),
    cell(contact.sms_status),
    ...fieldKeys.map((key) => cell(fields[key])),
  ]
}

interface ExportRun {
  deps: Deps
  access: AccountAccess
  query: ExportQuery
  page: Page
  fieldKeys: string[]
}

/** RFC 4180: CRLF line ends, quotes where a cell needs them. */
export function csvText(records: string[][]): string {
  return stringify(records, { record_delimiter: 'windows' })
}

/**
 * The CSV text: the header, then a page of contacts at a time (one chunk per page, not per row,
 * keeps the stream cheap); audited once the walk ends, however it ends.
 */
async function* csvPages(run: ExportRun): AsyncGenerator<string> {
  const { deps, access } = run
  yield csvText([[...EXPORT_COLUMNS, ...run.fieldKeys].map(cell)])
  let rows = 0
  let complete = false
  let after: string | undefined
  try {
    for (;;) {
      const page = await exportPage(deps.db, access.accountId, run.page, after)
      if (page.length > 0) yield csvText(page.map((contact) => recordOf(contact, run.fieldKeys)))
      rows += page.length
      if (page.length < EXPORT_PAGE_SIZE) break
      after = page.at(-1)?.id
    }
    complete = true
  } finally {
    await recordAudit(deps.db, actorOf(access), {
      accountId: access.accountId,
      action: 'contacts.exported',
      details: {
        ...run.query,
        groupId: run.query.groupId ?? null,
        segmentId: run.query.segmentId ?? null,
        rows,
        complete,
      },
    })
  }
}

/**
 * The account's contacts (all, or what a filter of the contacts table matches) as a CSV stream (RFC 4180: CRLF, quotes
 * where needed): email, phone, firstName, lastName, emailStatus, smsStatus, then every custom
 * field in key order. The selection is checked before anything is sent.
 */
export async function exportContacts(
  deps: Deps,
  access: AccountAccess,
  query: ExportQuery,
): Promise<{ stream: Readable; filename: string }> {
  const page = await selectionOf(deps, access.accountId, query)
  const fieldKeys = (await repo.listFields(deps.db, access.accountId)).map((f) => f.key)
  const stream = Readable.from(csvPages({ deps, access, query, page, fieldKeys }), {
    objectMode: false,
  })
  const day = deps.clock.now().toISOString().slice(0, 10)
  return { stream, filename: `contacts-${day}.csv` }
}
