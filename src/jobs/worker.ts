import { importWorker, resumeImports } from '../audience/imports/import-runner.js'
import { PROGRAM_JOB_HANDLERS } from '../automations/program-jobs.js'
import { startPrograms } from '../automations/worker.js'
import { startDelivery } from '../delivery/sender.js'
import type { Deps } from '../deps.js'
import { pruneRateLimits } from '../identity/rate-limit.js'
import { runDeliveryJob } from '../webhooks/delivery.js'
import { DELIVERY_JOB } from '../webhooks/events.js'
import { pruneWebhookLog } from '../webhooks/repository.js'
import { type JobHandler, JobQueue } from './queue.js'
import { Ticker } from './ticker.js'

/**
 * What each kind of job of the sending workers' queue runs: webhook deliveries and the programs'
 * dated triggers and backfills. Imports have a queue of their own (`importWorker`), in processes
 * that hold the data directory their file is in.
 */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [DELIVERY_JOB]: runDeliveryJob,
  ...PROGRAM_JOB_HANDLERS,
}

const HOUSEKEEPING_INTERVAL_MS = 5 * 60 * 1000
const ENDED_SESSION_RETENTION_MS = 30 * 24 * 3600 * 1000

/** Drops rows that can no longer matter: old rate-limit windows, long-ended sessions, used links. */
export async function runHousekeeping(deps: Deps): Promise<void> {
  const now = deps.clock.now()
  await pruneRateLimits(deps.db, now)
  await deps.db
    .deleteFrom('sessions')
    .where('ended_at', '<', new Date(now.getTime() - ENDED_SESSION_RETENTION_MS))
    .execute()
  await deps.db.deleteFrom('password_resets').where('expires_at', '<', now).execute()
  await pruneWebhookLog(deps.db, now)
}

/**
 * What sends: campaign delivery, the durable job queue (webhooks) and the program engine. They run
 * in the server and, on PostgreSQL, in as many `chorus worker` processes as wanted besides (each
 * claims its work under SKIP LOCKED and leases).
 */
export async function startSendingWorkers(deps: Deps) {
  const delivery = await startDelivery(deps)
  const jobs = await new JobQueue(deps, JOB_HANDLERS).start()
  const programs = startPrograms(deps)
  return {
    id: delivery.id,
    async stop() {
      await programs.stop()
      await delivery.stop()
      await jobs.stop()
    },
  }
}

/**
 * The background worker that runs inside the server process by default. Each tick is safe to run
 * twice or in several processes at once; a failed tick is logged and retried on the next one.
 */
export async function startWorker(deps: Deps): Promise<{ stop(): Promise<void> }> {
  const housekeeping = new Ticker(deps.log, 'housekeeping', HOUSEKEEPING_INTERVAL_MS, () =>
    runHousekeeping(deps),
  ).start()
  // Import jobs are claimed by processes holding the data directory their file is in: this one
  // (and any sharing its volume). A stopped import's job is due again at once and runs from its
  // first row at the next start; imports from before they were jobs are given one here.
  const resumed = resumeImports(deps).catch((error) =>
    deps.log.error({ err: error }, 'unfinished imports could not be resumed'),
  )
  const imports = await importWorker(deps).start()
  const sending = await startSendingWorkers(deps)
  return {
    async stop() {
      // Imports are told first, so their batch in flight commits while delivery winds down.
      const importsStopped = imports.stop()
      await sending.stop()
      await housekeeping.stop()
      await resumed
      await importsStopped
    },
  }
}
