import { importQueue, resumeImports } from '../audience/imports/import-runner.js'
import { startDelivery } from '../delivery/sender.js'
import type { Deps } from '../deps.js'
import { pruneRateLimits } from '../identity/rate-limit.js'

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
}

/**
 * The background worker that runs inside the server process by default. Each tick is safe to run
 * twice or in several processes at once; a failed tick is logged and retried on the next one.
 */
export async function startWorker(deps: Deps): Promise<{ stop(): Promise<void> }> {
  let running: Promise<void> | undefined
  const tick = () => {
    running ??= runHousekeeping(deps)
      .catch((error) => deps.log.warn({ err: error }, 'housekeeping failed; will retry'))
      .finally(() => {
        running = undefined
      })
  }
  const timer = setInterval(tick, HOUSEKEEPING_INTERVAL_MS)
  timer.unref()
  tick()
  // Imports a stopped process left unfinished run again from their first row (or fail when their
  // file is gone); they run in this process, and stop at a batch boundary when it stops.
  const resumed = resumeImports(deps).catch((error) =>
    deps.log.error({ err: error }, 'unfinished imports could not be resumed'),
  )
  const delivery = await startDelivery(deps)
  return {
    async stop() {
      // Imports are told first, so their batch in flight commits while delivery winds down.
      const imports = importQueue(deps).stop()
      await delivery.stop()
      clearInterval(timer)
      await running
      await resumed
      await imports
    },
  }
}
