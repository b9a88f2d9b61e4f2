import type { Deps } from '../src/deps.js'

/** What the runner hands each benchmark: a freshly migrated PostgreSQL database of its own. */
export interface BenchContext {
  /** Services' dependencies on that database, with a pool of `poolSize` connections. */
  deps: Deps
  /** postgres://… of that database, for a benchmark that wants a pool of its own. */
  databaseUrl: string
  poolSize: number
}

export type Benchmark = (context: BenchContext) => Promise<void>

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Math.abs(value) >= 1000) return String(Math.round(value))
  return String(Number(value.toPrecision(4)))
}

/**
 * The machine-readable line of a result:
 * `BENCH <name> value=<n> unit=<unit>[ baseline=<n> ratio=<value/baseline>]`.
 */
export function benchLine(name: string, value: number, unit: string, baseline?: number): string {
  let line = `BENCH ${name} value=${formatNumber(value)} unit=${unit}`
  if (baseline !== undefined) {
    line += ` baseline=${formatNumber(baseline)} ratio=${(value / baseline).toFixed(3)}`
  }
  console.log(line)
  return line
}

/** Nearest-rank percentile (p in 0..1) of values sorted ascending. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)))
  return sorted[rank - 1] as number
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  )
}

/** A small seeded generator (mulberry32), so every run builds the same data set. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list')
  return items[Math.floor(random() * items.length)] as T
}

/**
 * Runs `concurrency` loops calling `operation` until `durationMs` has passed; `operation` gets a
 * running index. Returns how many operations completed and the time they took.
 */
export async function runFor(
  concurrency: number,
  durationMs: number,
  operation: (index: number) => Promise<void>,
): Promise<{ count: number; seconds: number; perSecond: number }> {
  let next = 0
  const started = performance.now()
  const deadline = started + durationMs
  async function loop() {
    while (performance.now() < deadline) await operation(next++)
  }
  await Promise.all(Array.from({ length: concurrency }, loop))
  const seconds = (performance.now() - started) / 1000
  return { count: next, seconds, perSecond: next / seconds }
}
