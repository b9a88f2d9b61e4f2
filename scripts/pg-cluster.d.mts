import type { SpawnSyncOptionsWithStringEncoding, SpawnSyncReturns } from 'node:child_process'

export interface Cluster {
  /** Superuser URL of the cluster's `postgres` database. */
  adminUrl: string
  port: number
  /** What scripts/test.mjs hands to vitest: CHORUS_TEST_PG_ADMIN_URL, _BIN and _DATA. */
  env: Record<string, string>
  /** Stops the cluster and deletes its folder. */
  stop(): void
}

export function findPostgresBin(): string | undefined
export function freePort(): Promise<number>
export function asClusterOwner(
  bin: string,
  args: string[],
  options?: Partial<SpawnSyncOptionsWithStringEncoding>,
): SpawnSyncReturns<string>
export function startCluster(bin: string): Promise<Cluster>
