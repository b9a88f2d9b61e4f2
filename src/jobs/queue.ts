import { randomUUID } from 'node:crypto'
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { Ticker } from './ticker.js'

/**
 * The durable job queue: background work that must survive a restart (webhook deliveries,
 * programs' dated triggers and backfills, imports). A job is a row of `jobs`; a worker claims due rows under
 * `FOR UPDATE SKIP LOCKED` and holds each with a lease (owner + until, as the delivery worker
 * holds a campaign), so two processes never run one job at once and a job whose process died is
 * taken up again once its lease lapses. A job runs at least once: handlers make a second run
 * harmless (a webhook message's id is stable, so the receiver can tell).
 *
 * Handlers are registered per kind. A handler that returns `{ retryAt }` asks to run again then
 * (its own schedule, e.g. Standard Webhooks' retries); one that throws is retried with a backoff
 * of its own until MAX_TRIES, then the row stays `failed` with the error. A job that ends is
 * deleted.
 *
 * A queue claims only the kinds it has handlers for, and only jobs without a `place` or of its own
 * (an import's file is on one data directory's disk). A claim that comes back full is followed by
 * another at once (bounded per tick), and a job that ends while more are waiting claims again, so
 * a burst of thousands of messages runs at the speed of its handlers, not of the poll.
 */

type Db = Kysely<DB> | Transaction<DB>

export interface Job {
  id: string
  kind: string
  accountId: string | null
  payload: Record<string, unknown>
  /** Runs of this job so far, this one included. */
  attempts: number
  /** Earlier runs whose handler threw. */
  failures: number
  /** The queue is stopping: a long job stops at a safe point and asks to run again. */
  stopping(): boolean
  /** Extends the lease: a job that runs for minutes (an import) calls it as it goes. */
  renewLease(): Promise<void>
}

/** `retryAt`: run again then; `payload`: what the next run reads (e.g. where it got to). */
export type JobResult = undefined | { retryAt: Date; payload?: Record<string, unknown> }
export type JobHandler = (deps: Deps, job: Job) => Promise<JobResult>

export interface NewJob {
  kind: string
  accountId?: string | null
  payload?: Record<string, unknown>
  /** Absent: due at once. (Writers need no clock; a test's clock of any time finds it due.) */
  runAt?: Date
  /** At most one queued job per kind and key. */
  key?: string
  /** Only a queue of this place claims it (see `dataPlace`). */
  place?: string
}

const LEASE_MS = 5 * 60 * 1000
const POLL_MS = 1000
const CLAIM_BATCH = 8
/** Claims per tick when each comes back full: a backlog is taken at once, a tick still ends. */
const CLAIMS_PER_TICK = 16
/** Jobs of one queue running at once (webhook deliveries wait on the network). */
const MAX_RUNNING = 64
/** Runs of a job whose handler keeps throwing (a bug, the database away), then it is failed. */
const MAX_TRIES = 5

function jobRow(job: NewJob) {
  return {
    id: uuidv7(),
    kind: job.kind,
    account_id: job.accountId ?? null,
    payload: JSON.stringify(job.payload ?? {}),
    run_at: job.runAt ?? null,
    key: job.key ?? null,
    place: job.place ?? null,
  }
}

/** Adds jobs in the caller's transaction: they exist exactly when the change that made them does. */
export async function enqueueJobs(db: Db, jobs: readonly NewJob[]): Promise<void> {
  if (jobs.length === 0) return
  await db.insertInto('jobs').values(jobs.map(jobRow)).execute()
}

/**
 * The keyed job is due at once: added, or (when it exists) made due with its payload kept, so a
 * handler that keeps where it got to in the payload (a date trigger's last day) goes on from it.
 * A job that had failed gets its tries back (the change may be the fix).
 */
export async function keyedJobDueNow(db: Db, job: NewJob & { key: string }) {
  await db
    .insertInto('jobs')
    .values(jobRow({ ...job, runAt: undefined }))
    .onConflict((oc) =>
      oc
        .columns(['kind', 'key'])
        .where('key', 'is not', null)
        .doUpdateSet((eb) => ({
          run_at: null,
          status: 'queued',
          failures: 0,
          last_error: null,
          // A run under way read the job as it was: its end must leave it due (see finishJob).
          version: eb('jobs.version', '+', 1),
        })),
    )
    .execute()
}

/** The keyed job goes, even one running now (its end then changes nothing). */
export async function removeKeyedJob(db: Db, kind: string, key: string) {
  await db.deleteFrom('jobs').where('kind', '=', kind).where('key', '=', key).execute()
}

export interface ClaimRequest {
  owner: string
  now: Date
  limit: number
  /** Only these kinds (the ones the queue has handlers for); all when absent. */
  kinds?: readonly string[]
  /** Jobs of this place as well as those of none. */
  place?: string
}

export type ClaimedJob = Awaited<ReturnType<typeof claimJobs>>[number]
export type ClaimFn = (db: Kysely<DB>, request: ClaimRequest) => Promise<ClaimedJob[]>

/** Due, unleased, queued jobs this queue may take: the candidates of every claim. */
export function claimableJobs(db: Db, request: ClaimRequest) {
  const { now, kinds, place } = request
  let query = db
    .selectFrom('jobs')
    .where('status', '=', 'queued')
    .where((eb) => eb.or([eb('run_at', 'is', null), eb('run_at', '<=', now)]))
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .where((eb) =>
      place === undefined
        ? eb('place', 'is', null)
        : eb.or([eb('place', 'is', null), eb('place', '=', place)]),
    )
  if (kinds) query = query.where('kind', 'in', kinds.length > 0 ? [...kinds] : [''])
  return query
}

/** Leases the jobs `ids` selects (a subquery that locks its rows) to the request's owner. */
export function leaseJobs(
  db: Db,
  request: ClaimRequest,
  ids: SelectQueryBuilder<DB, 'jobs', { id: string }>,
) {
  return db
    .updateTable('jobs')
    .set((eb) => ({
      lease_owner: request.owner,
      lease_until: new Date(request.now.getTime() + LEASE_MS),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', ids)
    .returning(['id', 'kind', 'account_id', 'payload', 'attempts', 'failures', 'version'])
    .execute()
}

/** Claims due jobs, oldest due first, until the lease ends; rows another worker holds are skipped. */
export async function claimJobs(
  db: Db,
  owner: string,
  now: Date,
  limit: number,
  options: Partial<ClaimRequest> = {},
) {
  const request = { ...options, owner, now, limit }
  return leaseJobs(
    db,
    request,
    claimableJobs(db, request)
      .select('id')
      .orderBy('run_at', (ob) => ob.asc().nullsFirst())
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked(),
  )
}

/** A run: the job's id, the worker holding it and the job's version when it was claimed. */
interface Run {
  id: string
  owner: string
  version: number
}

/**
 * The job ended: gone, unless another worker took it over after our lease lapsed, or it was made
 * due again while it ran (`keyedJobDueNow`) — then it is only released, and runs again at once.
 */
async function finishJob(db: Db, run: Run) {
  await db
    .deleteFrom('jobs')
    .where('id', '=', run.id)
    .where('lease_owner', '=', run.owner)
    .where('version', '=', run.version)
    .execute()
  await releaseJob(db, run)
}

/** Lets go of a job made due again during the run (a no-op when the run's end removed it). */
function releaseJob(db: Db, run: Run) {
  return db
    .updateTable('jobs')
    .set({ lease_owner: null, lease_until: null })
    .where('id', '=', run.id)
    .where('lease_owner', '=', run.owner)
    .execute()
}

/**
 * Due again at `runAt`: asked by its handler (maybe with a new payload), or after a failure. A
 * job made due again while it ran stays due now (its payload, the run's progress, is kept).
 */
function rescheduleJob(
  db: Db,
  run: Run,
  next: { runAt: Date; error: string | null; payload?: Record<string, unknown> | undefined },
) {
  return db
    .updateTable('jobs')
    .set((eb) => ({
      run_at: eb
        .case()
        .when('version', '=', run.version)
        .then(next.runAt)
        .else(eb.ref('run_at'))
        .end(),
      lease_owner: null,
      lease_until: null,
      last_error: next.error,
      ...(next.error === null ? {} : { failures: eb('failures', '+', 1) }),
      ...(next.payload ? { payload: JSON.stringify(next.payload) } : {}),
    }))
    .where('id', '=', run.id)
    .where('lease_owner', '=', run.owner)
    .execute()
}

function renewLease(db: Db, id: string, owner: string, now: Date) {
  return db
    .updateTable('jobs')
    .set({ lease_until: new Date(now.getTime() + LEASE_MS) })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute()
}

/** Failed for good — unless it was made due again while it ran (the change may be the fix). */
async function failJob(db: Db, run: Run, error: string) {
  await db
    .updateTable('jobs')
    .set({ status: 'failed', lease_owner: null, lease_until: null, last_error: error })
    .where('id', '=', run.id)
    .where('lease_owner', '=', run.owner)
    .where('version', '=', run.version)
    .execute()
  await releaseJob(db, run)
}

/**
 * On the embedded database only this process runs jobs, so a dead process's leases go at once
 * (those of the queue's kinds: another queue of this process may have started first).
 */
async function clearJobLeases(db: Db, kinds: string[]) {
  if (kinds.length === 0) return
  await db
    .updateTable('jobs')
    .set({ lease_owner: null, lease_until: null })
    .where('lease_owner', 'is not', null)
    .where('kind', 'in', kinds)
    .execute()
}

export interface QueueOptions {
  /** The data directory this process holds (`dataPlace`): its jobs are claimed as well. */
  place?: string
  /** Jobs running at once at most (imports: each holds a connection for minutes). */
  concurrency?: number
  /** How due jobs are chosen (imports: fair across accounts); default oldest due first. */
  claim?: ClaimFn
}

const defaultClaim: ClaimFn = (db, request) =>
  claimJobs(db, request.owner, request.now, request.limit, request)

export class JobQueue {
  readonly id = `jobs-${randomUUID()}`
  private readonly running = new Set<Promise<void>>()
  private ticker: Ticker | undefined
  private stopping = false
  /** The tick in progress (pokes and the timer share it) and whether another was asked meanwhile. */
  private ticking: Promise<number> | undefined
  private tickAgain = false
  /** The last tick stopped with jobs possibly left due: a job that ends claims again. */
  private backlog = false
  private readonly kinds: string[]
  private readonly maxRunning: number
  private readonly claim: ClaimFn

  constructor(
    private readonly deps: Deps,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    private readonly options: QueueOptions = {},
  ) {
    this.kinds = Object.keys(handlers)
    this.maxRunning = options.concurrency ?? MAX_RUNNING
    this.claim = options.claim ?? defaultClaim
  }

  async start() {
    if (this.deps.dbKind === 'pglite') await clearJobLeases(this.deps.db, this.kinds)
    this.ticker = new Ticker(this.deps.log, 'job', POLL_MS, () => this.tick()).start()
    return this
  }

  async stop() {
    this.stopping = true
    await this.ticker?.stop()
    await this.ticking
    await Promise.allSettled(this.running)
  }

  isStopping(): boolean {
    return this.stopping
  }

  /** Claims now rather than at the next poll (a job was just enqueued); never two claims at once. */
  poke(): Promise<number> {
    if (this.ticking) {
      this.tickAgain = true
      return this.ticking
    }
    this.ticking = this.claimRounds()
      .catch((error) => {
        this.deps.log.warn({ err: error }, 'job claim failed; will retry')
        return 0
      })
      .finally(() => {
        this.ticking = undefined
        if (this.tickAgain && !this.stopping) {
          this.tickAgain = false
          void this.poke()
        }
      })
    return this.ticking
  }

  /** Claims the due jobs of this moment and starts them; answers how many it claimed. */
  tick(): Promise<number> {
    return this.poke()
  }

  /**
   * Claims a batch and starts it, and again at once while claims come back full, up to
   * CLAIMS_PER_TICK claims and MAX_RUNNING jobs running.
   */
  private async claimRounds(): Promise<number> {
    let claimed = 0
    this.backlog = false
    for (let round = 0; round < CLAIMS_PER_TICK && !this.stopping; round += 1) {
      const room = this.maxRunning - this.running.size
      if (room <= 0) {
        this.backlog = true
        break
      }
      const limit = Math.min(CLAIM_BATCH, room)
      const rows = await this.claim(this.deps.db, {
        owner: this.id,
        now: this.deps.clock.now(),
        limit,
        kinds: this.kinds,
        ...(this.options.place === undefined ? {} : { place: this.options.place }),
      })
      for (const row of rows) this.runClaimed(row)
      claimed += rows.length
      if (rows.length < limit) return claimed
    }
    this.backlog = true
    return claimed
  }

  private runClaimed(row: ClaimedJob) {
    const run: Promise<void> = this.run({
      id: row.id,
      kind: row.kind,
      accountId: row.account_id,
      payload: row.payload,
      attempts: row.attempts,
      failures: row.failures,
      version: row.version,
      stopping: () => this.stopping,
      renewLease: () =>
        renewLease(this.deps.db, row.id, this.id, this.deps.clock.now()).then(() => {}),
    }).finally(() => {
      this.running.delete(run)
      // A slot is free: more may be waiting (a backlog, or imports held back by the concurrency).
      if ((this.backlog || this.options.concurrency !== undefined) && !this.stopping)
        void this.poke()
    })
    this.running.add(run)
  }

  /** Resolves when no claim is in progress and no job runs (the jobs they start included). */
  async idle() {
    while (this.ticking || this.running.size > 0) {
      await this.ticking
      await Promise.allSettled(this.running)
    }
  }

  /** Runs every job due on the clock's present, including retries that fall due meanwhile. */
  async drain() {
    for (;;) {
      const claimed = await this.tick()
      await this.idle()
      if (claimed === 0) return
    }
  }

  private async run(job: Job & { version: number }) {
    const { db, clock, log } = this.deps
    const handler = this.handlers[job.kind]
    const run = { id: job.id, owner: this.id, version: job.version }
    try {
      if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`)
      const result = await handler(this.deps, job)
      if (result?.retryAt) {
        await rescheduleJob(db, run, {
          runAt: result.retryAt,
          error: null,
          payload: result.payload,
        })
      } else await finishJob(db, run)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      log.warn({ err: error, jobId: job.id, kind: job.kind }, 'job failed')
      const failures = job.failures + 1
      if (failures >= MAX_TRIES) await failJob(db, run, message)
      else {
        const backoff = 2 ** failures * 10_000
        const runAt = new Date(clock.now().getTime() + backoff)
        await rescheduleJob(db, run, { runAt, error: message })
      }
    }
  }
}
