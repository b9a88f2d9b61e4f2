import type { Deps } from '../deps.js'

/**
 * Calls `tick` every `intervalMs`, never two at once: a tick still running when the timer fires
 * is left to finish. A failed tick is logged and the next one tries again; `stop` waits for the
 * tick in progress. The background workers (delivery, jobs, programs, housekeeping) each run on one.
 */
export class Ticker {
  private timer: NodeJS.Timeout | undefined
  private ticking: Promise<void> | undefined

  constructor(
    private readonly log: Deps['log'],
    private readonly what: string,
    private readonly intervalMs: number,
    private readonly tick: () => Promise<unknown>,
  ) {}

  start(): this {
    this.timer = setInterval(() => this.poll(), this.intervalMs)
    this.timer.unref()
    this.poll()
    return this
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.ticking
  }

  private poll() {
    this.ticking ??= this.tick()
      .then(() => undefined)
      .catch((error) => this.log.warn({ err: error }, `${this.what} poll failed; will retry`))
      .finally(() => {
        this.ticking = undefined
      })
  }
}
