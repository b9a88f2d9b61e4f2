import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Piscina } from 'piscina'
import { AppError, type ErrorCode, type ErrorDetails } from '../errors.js'
import {
  type PooledSource,
  RENDER_TIME_EXCEEDED,
  RENDER_TIME_MS,
  type RenderContext,
  renderFailed,
} from './render.js'

/**
 * The render worker pool: every Liquid render of a request or of the delivery worker runs here, so
 * no template can hold the server's thread. Each thread compiles a template once (cached by a hash
 * of its source) and renders it per context. A render still running {@link KILL_GRACE_MS} after
 * its time limit has its thread terminated (piscina replaces it), and a thread's heap is bounded:
 * either way the render is 422 naming the field.
 */

export interface RenderTask {
  templates: PooledSource[]
  context: RenderContext
  /** Date.now() when the task was handed to the pool; progress[1] counts from it. */
  submittedAt: number
  /** Shared with the worker: [1 + index of the template rendering (0: not started), its start]. */
  progress: Int32Array
}

export type RenderOutcome =
  | { outputs: string[] }
  | { failure: { index: number; code: ErrorCode; message: string; details: ErrorDetails } }

/** Threads: one per core, at most four (rendering shares the machine with the database). */
const THREADS = Math.min(4, availableParallelism())
/** Lets liquidjs's own error answer a render that ends just late, before its thread is killed. */
const KILL_GRACE_MS = 100
/** How often a task still queued behind others is looked at again. */
const QUEUED_POLL_MS = 50
/** A render's heap (ranges, sorts, strings) beyond the engine's allocation counter. */
const WORKER_HEAP_MB = 256

let pool: Piscina<RenderTask, RenderOutcome> | undefined

function renderPool(): Piscina<RenderTask, RenderOutcome> {
  if (pool) return pool
  // From the TypeScript sources (tests, `npm run dev`) the worker needs tsx's loader too.
  const fromSource = import.meta.url.endsWith('.ts')
  pool = new Piscina({
    filename: new URL(`./render-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
    minThreads: THREADS,
    maxThreads: THREADS,
    execArgv: fromSource
      ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
      : [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  })
  return pool
}

/** Renders `templates` for `context` in a worker; a failure is 422 naming the template's field. */
export async function runInRenderPool(
  templates: PooledSource[],
  context: RenderContext,
): Promise<string[]> {
  const progress = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT))
  const submittedAt = Date.now()
  const abort = new AbortController()
  const stopWatching = killWhenLate(progress, submittedAt, abort)
  let outcome: RenderOutcome
  try {
    outcome = await renderPool().run(
      { templates, context, submittedAt, progress },
      { signal: abort.signal },
    )
  } catch (error) {
    const field = templates[Math.max(0, Atomics.load(progress, 0) - 1)]?.field ?? 'template'
    if (abort.signal.aborted) throw renderFailed(field, RENDER_TIME_EXCEEDED)
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
      throw renderFailed(field, 'the template needs too much memory')
    throw error
  } finally {
    stopWatching()
  }
  if ('failure' in outcome) {
    const { code, message, details } = outcome.failure
    throw new AppError(code, message, details)
  }
  return outcome.outputs
}

/**
 * Aborts the task (piscina then terminates its thread) once the template it is rendering has run
 * past the time limit; time spent queued behind other renders does not count.
 */
function killWhenLate(progress: Int32Array, submittedAt: number, abort: AbortController) {
  let timer: NodeJS.Timeout
  const check = () => {
    if (Atomics.load(progress, 0) === 0) {
      timer = setTimeout(check, QUEUED_POLL_MS)
      return
    }
    const startedAt = submittedAt + Atomics.load(progress, 1)
    const left = startedAt + RENDER_TIME_MS + KILL_GRACE_MS - Date.now()
    if (left > 0) timer = setTimeout(check, left)
    else abort.abort()
  }
  timer = setTimeout(check, RENDER_TIME_MS + KILL_GRACE_MS)
  return () => clearTimeout(timer)
}
