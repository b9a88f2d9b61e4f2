import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CompiledQuery } from 'kysely'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { pgPoolOf } from '../../db/database.js'
import type { Deps } from '../../deps.js'
import { ColumnRows, CopyRows, ImportBatch } from './import-batch.js'

export interface BatchCounts {
  imported: number
  updated: number
}

export interface BatchWriter {
  /** An empty batch in the shape this writer sends. */
  newBatch(): ImportBatch
  /** Upserts the batch, adds its group memberships and the import's progress, in one transaction. */
  write(batch: ImportBatch): Promise<BatchCounts>
  close(): Promise<void>
}

interface Target {
  accountId: string
  importId: string
  groupId: string | null
}

const STAGE_COLUMNS = '(id, email, phone, first_name, last_name, fields)'

function statusFor(channel: 'email' | 'sms', column: 'email' | 'phone'): string {
  return `case when exists (select 1 from unsubscribes u where u.account_id = $1 and u.channel = '${channel}'
      and u.address = s.${column}) then 'unsubscribed' else 'subscribed' end`
}

/**
 * The upsert of the batch's contacts with an email (unique by email) or of the email-less ones
 * (unique by phone): PostgreSQL infers one arbiter index per insert. New contacts start
 * unsubscribed where the account has unsubscribed the address (as repository.insertContact does);
 * existing ones keep their statuses, since an import never changes a subscription. Empty cells
 * (NULL) leave what the contact has. `xmax = 0` tells an inserted row from an updated one. Rows go
 * in address order, so two batches touching the same contacts lock them in the same order and
 * cannot deadlock each other.
 */
function upsert(byEmail: boolean): string {
  const conflict = byEmail
    ? '(account_id, email) where email is not null do update set phone = coalesce(excluded.phone, c.phone),'
    : '(account_id, phone) where email is null do update set'
  return `insert into contacts as c (account_id, id, email, phone, first_name, last_name, fields,
        email_status, sms_status)
      select $1::uuid, s.id, s.email, s.phone, s.first_name, s.last_name, s.fields,
        ${statusFor('email', 'email')}, ${statusFor('sms', 'phone')}
      from s
      where s.email is ${byEmail ? 'not null' : 'null'}
      order by s.${byEmail ? 'email' : 'phone'}
      on conflict ${conflict}
        first_name = coalesce(excluded.first_name, c.first_name),
        last_name = coalesce(excluded.last_name, c.last_name),
        fields = c.fields || excluded.fields,
        updated_at = now()
      returning c.id, c.xmax = 0 as inserted`
}

/**
 * One batch as one statement, so one transaction and one round trip: both upserts, the group
 * memberships of every upserted contact (a plain insert for the contacts just created, which can
 * have none yet: `on conflict` costs a speculative insertion per row), and the import's progress
 * ($3 rows read, $4 failed, $5 the errors and refused rows to keep). `source` yields the staged rows. PostgreSQL checks
 * the foreign keys of contacts and memberships once per row: about half of the statement's time
 * (docs/DESIGN.md, "Import speed").
 */
function batchSql(source: string): string {
  return `
    with s as (${source}),
    by_email as (${upsert(true)}),
    by_phone as (${upsert(false)}),
    up as (select * from by_email union all select * from by_phone),
    new_members as (
      insert into group_members (account_id, group_id, contact_id)
      select $1::uuid, $2::uuid, up.id from up where $2::uuid is not null and up.inserted
    ),
    members as (
      insert into group_members (account_id, group_id, contact_id)
      select $1::uuid, $2::uuid, up.id from up where $2::uuid is not null and not up.inserted
      on conflict do nothing
    ),
    counts as (
      select (count(*) filter (where inserted))::int as imported,
        (count(*) filter (where not inserted))::int as updated
      from up
    ),
    progress as (
      update imports set
        processed = imports.processed + $3::int,
        imported = imports.imported + counts.imported,
        updated = imports.updated + counts.updated,
        failed = imports.failed + $4::int,
        errors = imports.errors || ($5::jsonb -> 'errors'),
        rejected = imports.rejected || ($5::jsonb -> 'rejected')
      from counts
      where imports.account_id = $1::uuid and imports.id = $6::uuid
    )
    select imported, updated from counts`
}

function batchValues(target: Target, batch: ImportBatch): unknown[] {
  return [
    target.accountId,
    target.groupId,
    batch.processed,
    batch.failed,
    JSON.stringify({ errors: batch.errors, rejected: batch.rejected }),
    target.importId,
  ]
}

function countsOf(rows: Array<Record<string, unknown>>): BatchCounts {
  return { imported: Number(rows[0]?.imported ?? 0), updated: Number(rows[0]?.updated ?? 0) }
}

function columnsOf(batch: ImportBatch): ColumnRows {
  if (!(batch.rows instanceof ColumnRows)) throw new Error('a batch of another writer')
  return batch.rows
}

/**
 * PGlite (and any Kysely database without a pg pool): the batch travels as six array parameters
 * and is unnested in SQL, so no batch size comes near the 65,535 bind-parameter limit.
 */
function arrayWriter(deps: Deps, target: Target): BatchWriter {
  const text = batchSql(
    `select * from unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[],
      $12::jsonb[]) as u${STAGE_COLUMNS}`,
  )
  return {
    newBatch: () => new ImportBatch(new ColumnRows()),
    write: async (batch) => {
      const rows = columnsOf(batch)
      const values = [
        ...batchValues(target, batch),
        rows.ids,
        rows.emails,
        rows.phones,
        rows.firstNames,
        rows.lastNames,
        rows.fields,
      ]
      const result = await deps.db.executeQuery(CompiledQuery.raw(text, values))
      return countsOf(result.rows as Array<Record<string, unknown>>)
    },
    close: async () => {},
  }
}

const STAGE = 'chorus_import_stage'
const CREATE_STAGE = `create temp table if not exists ${STAGE} (id uuid, email text, phone text,
  first_name text, last_name text, fields jsonb) on commit delete rows`
/** One advisory lock per import: a second process never runs an import a live one is running. */
const LOCK_KEY = `hashtext('chorus.import'), hashtext($1)`

/**
 * PostgreSQL: each batch is one transaction that COPYs the rows into a temporary staging table
 * (emptied at commit) and upserts them from there with the batch statement. The writer holds one
 * pooled client for the whole import: the stage lives in its session, and so does the advisory
 * lock that marks the import taken.
 */
class CopyWriter implements BatchWriter {
  private staged = false
  private broken: Error | undefined
  private readonly text = batchSql(`select * from ${STAGE}`)
  /** Buffers of written batches; at most two batches exist at a time (one fills, one writes). */
  private readonly spare: Buffer[] = []

  constructor(
    private readonly client: pg.PoolClient,
    private readonly target: Target,
  ) {}

  newBatch(): ImportBatch {
    return new ImportBatch(new CopyRows(this.spare.pop()))
  }

  async write(batch: ImportBatch): Promise<BatchCounts> {
    if (!(batch.rows instanceof CopyRows)) throw new Error('a batch of another writer')
    if (!this.staged) {
      await this.client.query(CREATE_STAGE)
      this.staged = true
    }
    await this.client.query('begin')
    try {
      if (batch.size > 0) {
        await pipeline(
          Readable.from([batch.rows.data()]),
          this.client.query(copyFrom(`copy ${STAGE} ${STAGE_COLUMNS} from stdin`)),
        )
      }
      const { rows } = await this.client.query(this.text, batchValues(this.target, batch))
      await this.client.query('commit')
      this.spare.push(batch.rows.release())
      return countsOf(rows)
    } catch (error) {
      await this.client.query('rollback').catch((failure: Error) => {
        this.broken = failure
      })
      throw error
    }
  }

  async close(): Promise<void> {
    try {
      if (!this.broken) {
        if (this.staged) await this.client.query(`drop table if exists ${STAGE}`)
        await this.client.query(`select pg_advisory_unlock(${LOCK_KEY})`, [this.target.importId])
      }
    } catch (error) {
      this.broken = error as Error
    } finally {
      // A broken connection is dropped from the pool (its session, and so its lock, ends).
      this.client.release(this.broken)
    }
  }
}

/**
 * The writer of one import's batches, or undefined when another process holds the import
 * (PostgreSQL only; PGlite serves one process).
 */
export async function openBatchWriter(
  deps: Deps,
  target: Target,
): Promise<BatchWriter | undefined> {
  const pool = deps.dbKind === 'postgres' ? pgPoolOf(deps.db) : undefined
  if (!pool) return arrayWriter(deps, target)
  const client = await pool.connect()
  try {
    const { rows } = await client.query(`select pg_try_advisory_lock(${LOCK_KEY}) as locked`, [
      target.importId,
    ])
    if (rows[0]?.locked) return new CopyWriter(client, target)
    client.release()
    return undefined
  } catch (error) {
    client.release(error as Error)
    throw error
  }
}
